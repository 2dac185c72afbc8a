#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Migration {

// Plans moving every replica off some nodes' pools and some pools (a node going back to the
// vendor, a pool whose disks fail): each replica to the pool of its pool cluster with the most
// free space once the moves already planned land, under every rule of a single move
// (Placement). The largest replicas are placed first, as they are the hardest to place. The
// same cluster and goal give the same plan.
class EvacuationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Migration::EvacuationPlanner)

public:
    struct Goal
    {
        QStringList nodes; // every pool on them
        QStringList pools;
        QString text() const; // "node a, node b, pool p"
    };
    // A replica no pool can take, and why.
    struct Unplaceable
    {
        QString replica; // the CVR
        QString volume;
        QString pool; // where it is
        QString why;
        QString text() const { return replica + QStringLiteral(": ") + why; }
    };
    struct Plan
    {
        Goal goal;
        QList<ReplicaMove> moves;
        QList<Unplaceable> unplaceable;
        qint64 bytesToCopy = 0; // the data the new replicas rebuild
        bool isComplete() const { return unplaceable.isEmpty(); }
        QStringList unplaceableTexts() const; // "<replica>: why" for each
    };

    // `include` picks the replicas to plan for (all when empty); the others stay where they are.
    static Plan plan(const ClusterSnapshot &cluster, const Goal &goal,
                     const std::function<bool(const Cstor::VolumeReplica &)> &include = {});
    // The pools a goal empties, by name.
    static QStringList poolsOf(const ClusterSnapshot &cluster, const Goal &goal);
};

} // namespace Migration
