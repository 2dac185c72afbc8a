#pragma once

#include "models/planning/clustersnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Migration {

// What-if: the node is lost now (powered off, its disks gone), nothing changed on the cluster.
// For each volume with a replica on the node: whether it only loses a replica, loses its
// quorum (its target goes Offline until enough replicas come back: no I/O, no rebuild), or
// loses its data (no other Healthy copy); and where its replacement replica would go, from the
// evacuation planner's rules, or why none can. Asked before a node's maintenance: is it safe to
// just switch it off?
class NodeLossImpact
{
    Q_DECLARE_TR_FUNCTIONS(Migration::NodeLossImpact)

public:
    enum class Effect {
        LosesData,    // no Healthy replica elsewhere: the node held its only good copy
        LosesQuorum,  // fewer Healthy replicas elsewhere than its consistency factor
        LosesReplica, // Degraded, serving I/O; a replacement can rebuild
    };
    struct Volume
    {
        QString volume;
        QString pool; // its replica on the node
        Effect effect = Effect::LosesReplica;
        int healthyAfter = 0; // Healthy replicas on other live nodes
        int replicas = 0;     // the target's replication factor (else the CVC's count)
        int quorum = 0;       // the target's consistency factor
        QString targetPool;   // where a replacement would go; empty when none can
        QString why;          // the effect, and the replacement or why none, in words
    };
    struct Impact
    {
        QString node;
        QList<Volume> volumes; // worst first, then by name
        int count(Effect effect) const;
        // "12 volumes lose a replica, 2 lose quorum, 0 lose data": one line.
        QString summary() const;
    };

    static Impact of(const ClusterSnapshot &cluster, const QString &node);
    static QString effectText(Effect effect); // "loses a replica", …
};

} // namespace Migration
