#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Migration {

// Plans moves that bring the used % of a pool cluster's pools within a few points of each other
// while copying few bytes: again and again a replica leaves the fullest pool for the pool that
// stays emptiest with it, and only when that pool then stays below the source, so that no pool
// ends fuller than the one it relieved. Replicas of volumes whose replicas are all Healthy are
// tried first, then Healthy replicas, then the smallest, then by name. No replica moves twice,
// and every move keeps every rule of a single move against the cluster as it will be once all
// planned moves land (Placement). Only usable pools (ONLINE, writable, on a live node) count and
// take replicas. The same cluster and goal give the same plan.
class RebalancePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Migration::RebalancePlanner)

public:
    struct Goal
    {
        QString poolCluster; // empty: every pool cluster, each balanced on its own
        int maxSpreadPoints = 10;
    };
    struct Plan
    {
        Goal goal;
        QList<ReplicaMove> moves;
        qint64 bytesToCopy = 0; // the data the new replicas rebuild
        // Percentage points: the highest used % less the lowest, over the usable pools (of the
        // pool cluster with the widest spread when there are several), as CapacityProjection
        // counts them before and after the moves.
        int spreadBefore = 0;
        int spreadAfter = 0;
        // One line each: a pool left out because it is not usable while it holds replicas, and
        // why a pool cluster stays above the target.
        QStringList notes;
        bool reachesGoal() const { return spreadAfter <= goal.maxSpreadPoints; }
    };

    static Plan plan(const ClusterSnapshot &cluster, const Goal &goal);
};

} // namespace Migration
