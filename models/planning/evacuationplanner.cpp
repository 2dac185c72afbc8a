#include "models/planning/evacuationplanner.h"

#include "models/planning/moveclaim.h"
#include "models/planning/placement.h"
#include "models/planning/preflight.h"

#include <QSet>

#include <algorithm>

namespace Migration {

QString EvacuationPlanner::Goal::text() const
{
    QStringList parts;
    for (const QString &node : nodes)
        parts << tr("node %1").arg(node);
    for (const QString &pool : pools)
        parts << tr("pool %1").arg(pool);
    return parts.join(QStringLiteral(", "));
}

QStringList EvacuationPlanner::poolsOf(const ClusterSnapshot &cluster, const Goal &goal)
{
    QSet<QString> names(goal.pools.cbegin(), goal.pools.cend());
    for (const QString &node : goal.nodes) {
        for (const Cstor::PoolInstance *pool : cluster.poolsOnNode(node))
            names.insert(pool->meta.name);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

EvacuationPlanner::Plan
EvacuationPlanner::plan(const ClusterSnapshot &cluster, const Goal &goal,
                        const std::function<bool(const Cstor::VolumeReplica &)> &include)
{
    Plan result;
    result.goal = goal;
    const QStringList pools = poolsOf(cluster, goal);
    Placement placement(cluster);
    placement.excludePools(QSet<QString>(pools.cbegin(), pools.cend()));
    placement.excludeNodes(QSet<QString>(goal.nodes.cbegin(), goal.nodes.cend()));
    // A pool another console is moving a replica off (emptying it, or relieving it) is no
    // place for a new one: two evacuations would hand replicas back and forth.
    QSet<QString> leaving;
    for (const ClaimedMove &claimed : claimedMoves(cluster))
        leaving.insert(claimed.claim.fromPool);
    placement.excludePools(leaving);

    QList<const Cstor::VolumeReplica *> toMove;
    for (const QString &pool : pools) {
        for (const Cstor::VolumeReplica *replica : cluster.replicasOnPool(pool)) {
            if (!include || include(*replica))
                toMove.append(replica);
        }
    }
    // Largest first: they are the hardest to place; then by name, for the same plan each time.
    std::stable_sort(toMove.begin(), toMove.end(),
                     [&](const Cstor::VolumeReplica *a, const Cstor::VolumeReplica *b) {
                         const qint64 sizeA = cluster.volumeSize(a->volume);
                         const qint64 sizeB = cluster.volumeSize(b->volume);
                         return sizeA != sizeB ? sizeA > sizeB : a->meta.name < b->meta.name;
                     });

    for (const Cstor::VolumeReplica *replica : std::as_const(toMove)) {
        const auto refuse = [&](const QString &why) {
            result.unplaceable << Unplaceable{replica->meta.name, replica->volume, replica->pool,
                                              why};
        };
        if (const QString unreadable = Preflight::unreadableObjects(cluster, replica->volume);
            !unreadable.isEmpty()) {
            refuse(tr("the volume's objects cannot all be read: %1").arg(unreadable));
            continue;
        }
        // Removing it runs `zfs destroy -R`, which takes the clones' replicas there with it.
        // (A lost node's pool destroys nothing.)
        const Cstor::PoolInstance *source = cluster.pool(replica->pool);
        if (const QStringList clones =
                source && cluster.nodeLost(source->hostName)
                    ? QStringList()
                    : Preflight::clonesOnPool(cluster, replica->volume, replica->pool);
            !clones.isEmpty()) {
            refuse(tr("removing it from %1 would destroy the replicas of %2 there; move or "
                      "delete those clones first")
                       .arg(replica->pool, clones.join(QStringLiteral(", "))));
            continue;
        }
        QString why;
        const Cstor::PoolInstance *target = placement.bestTarget(*replica, &why);
        if (!target) {
            refuse(why);
            continue;
        }
        const ReplicaMove move{replica->volume, replica->pool, target->meta.name};
        placement.reserve(move);
        result.moves.append(move);
        result.bytesToCopy += cluster.volumeSize(replica->volume);
    }
    return result;
}

QStringList EvacuationPlanner::Plan::unplaceableTexts() const
{
    QStringList texts;
    for (const Unplaceable &replica : unplaceable)
        texts << replica.text();
    return texts;
}

} // namespace Migration
