#pragma once

#include "models/planning/replicamove.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Recovery {

// One volume with a replica on a lost node's pool, and what can be done for it.
struct LostNodeVolume
{
    enum class Fate {
        Rereplicate, // a new replica on `targetPool` rebuilds from the Healthy ones elsewhere
        Waiting,     // its replicas on live nodes are not Healthy yet (a target restarting)
        NoRoom,      // Healthy elsewhere, but no pool can take a new replica (`why`)
        NoQuorum,    // Healthy copies elsewhere, but too few for its target to rebuild from
        Lost,        // no replica on a live node: its data went with the node
    };
    QString volume;
    QString pool; // the replica's pool on the lost node
    Fate fate = Fate::Lost;
    int healthyCopies = 0; // Healthy replicas on live nodes
    int replicaCount = 0;  // the CVC's spec.provision.replicaCount
    QString targetPool;    // Rereplicate: where the new replica goes
    QString why;           // in words, for every fate
};

// A node gone for good (NotReady or deleted) and the way back to every volume's replica count:
// re-replicate what still has a Healthy copy, report what cannot be, then remove the dead pool.
struct LostNodePlan
{
    QString node;
    QString state;        // "NotReady since …", "gone": why the node counts as lost
    QStringList pools;    // its CSPIs
    QStringList clusters; // their CSPCs, one per pool, in the same order
    QList<LostNodeVolume> volumes;
    QStringList terminating; // CVRs on its pools being deleted (their finalizer waits for it)

    QList<Migration::ReplicaMove> moves() const;
    // Every volume can be brought back to its replica count without the node.
    bool allRecoverable() const;
    int count(LostNodeVolume::Fate fate) const;
};

} // namespace Recovery
