#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Migration {

// Plans moving every replica off a node's pools: each to the pool of the same pool cluster
// with the most free space after the moves already planned, never onto a node that already
// holds (or will hold) a replica of the same volume, never past a pool's read-only threshold,
// and only to ONLINE, writable pools on other nodes that are not lost.
class DrainPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Migration::DrainPlanner)

public:
    // A replica no pool can take, and why.
    struct Unplaceable
    {
        QString replica; // the CVR
        QString volume;
        QString why;
        QString text() const { return replica + QStringLiteral(": ") + why; }
    };
    struct Plan
    {
        QString node;
        QList<ReplicaMove> moves;
        QList<Unplaceable> unplaceable;
        bool isComplete() const { return unplaceable.isEmpty(); }
        QStringList unplaceableTexts() const; // "<replica>: why" for each
    };

    // `include` picks the replicas to plan for (all when empty); the others stay where they are.
    static Plan plan(const ClusterSnapshot &cluster, const QString &node,
                     const std::function<bool(const Cstor::VolumeReplica &)> &include = {});
    // `pool` is ONLINE, writable and on a live node, and takes `needed` more bytes (beyond
    // `plannedUse` already promised to it) with room to spare and below its read-only threshold.
    static bool canTake(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool,
                        qint64 needed, qint64 plannedUse = 0);
};

} // namespace Migration
