#include "models/planning/drainplanner.h"

#include "models/cstor/capacity.h"

#include <QHash>
#include <QSet>

namespace Migration {

DrainPlanner::Plan
DrainPlanner::plan(const ClusterSnapshot &cluster, const QString &node,
                   const std::function<bool(const Cstor::VolumeReplica &)> &include)
{
    Plan result;
    result.node = node;

    // Space each pool will have once the planned moves land.
    QHash<QString, qint64> plannedUse;
    // Nodes each volume will have replicas on.
    QHash<QString, QSet<QString>> volumeNodes;
    const auto nodeOfReplica = [&](const Cstor::VolumeReplica *replica) {
        const Cstor::PoolInstance *pool = cluster.pool(replica->pool);
        return pool ? pool->hostName : replica->node;
    };

    QList<const Cstor::VolumeReplica *> toMove;
    for (const Cstor::PoolInstance *pool : cluster.poolsOnNode(node)) {
        for (const Cstor::VolumeReplica *replica : cluster.replicasOnPool(pool->meta.name)) {
            if (!include || include(*replica))
                toMove.append(replica);
        }
    }
    // Largest first: they are the hardest to place.
    std::stable_sort(toMove.begin(), toMove.end(),
                     [&](const Cstor::VolumeReplica *a, const Cstor::VolumeReplica *b) {
                         return cluster.volumeSize(a->volume) > cluster.volumeSize(b->volume);
                     });

    for (const Cstor::VolumeReplica *replica : toMove) {
        QSet<QString> &nodes = volumeNodes[replica->volume];
        if (nodes.isEmpty()) {
            for (const Cstor::VolumeReplica *peer : cluster.replicasOfVolume(replica->volume))
                nodes.insert(nodeOfReplica(peer));
        }
        const Cstor::VolumeConfig *cvc = cluster.volumeConfig(replica->volume);
        const qint64 needed = cluster.volumeSize(replica->volume);
        const Cstor::PoolInstance *best = nullptr;
        qint64 bestFree = -1;
        for (const Cstor::PoolInstance *pool : cluster.pools()) {
            if (pool->hostName == node || nodes.contains(pool->hostName))
                continue;
            if (cvc && pool->poolCluster != cvc->poolCluster)
                continue;
            const qint64 planned = plannedUse.value(pool->meta.name);
            if (!canTake(cluster, *pool, needed, planned))
                continue;
            const qint64 free = pool->totalBytes - pool->usedBytes - planned;
            if (free > bestFree) {
                best = pool;
                bestFree = free;
            }
        }
        if (!best) {
            result.unplaceable << Unplaceable{
                replica->meta.name, replica->volume,
                tr("no ONLINE, writable pool on another live node without a replica of %1 has "
                   "%2 free below its read-only threshold")
                    .arg(replica->volume, Cstor::Capacity::formatBytes(needed))};
            continue;
        }
        plannedUse[best->meta.name] += needed;
        nodes.insert(best->hostName);
        result.moves.append(ReplicaMove{replica->volume, replica->pool, best->meta.name});
    }
    return result;
}

bool DrainPlanner::canTake(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool,
                           qint64 needed, qint64 plannedUse)
{
    if (pool.phase != Cstor::PoolPhase::Online || pool.readOnly || cluster.nodeLost(pool.hostName))
        return false;
    const qint64 used = pool.usedBytes + plannedUse;
    const qint64 free = pool.totalBytes - used;
    const bool belowThreshold = pool.roThresholdLimit >= 100 || pool.totalBytes <= 0 ||
                                (used + needed) * 100 / pool.totalBytes < pool.roThresholdLimit;
    return needed < free && belowThreshold;
}

QStringList DrainPlanner::Plan::unplaceableTexts() const
{
    QStringList texts;
    for (const Unplaceable &replica : unplaceable)
        texts << replica.text();
    return texts;
}

} // namespace Migration
