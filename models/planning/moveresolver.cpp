#include "models/planning/moveresolver.h"

#include "models/planning/namesuggestions.h"

namespace Migration {

std::optional<ReplicaMove> MoveResolver::resolve(const ClusterSnapshot &cluster,
                                                 const QString &volume, const QString &from,
                                                 const QString &to, QString *error)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    if (!cvc) {
        QStringList names;
        for (const Cstor::VolumeConfig *other : cluster.volumeConfigs())
            names.append(other->meta.name);
        *error = tr("no volume named %1 (no CStorVolumeConfig)").arg(volume) +
                 NameSuggestions::didYouMean(volume, names);
        return std::nullopt;
    }
    ReplicaMove move;
    move.volume = volume;

    // --from: a pool holding a replica of the volume, or the node of one.
    if (cluster.replica(volume, from)) {
        move.sourcePool = from;
    } else {
        for (const Cstor::VolumeReplica *replica : cluster.replicasOfVolume(volume)) {
            const Cstor::PoolInstance *pool = cluster.pool(replica->pool);
            if ((pool ? pool->hostName : replica->node) == from)
                move.sourcePool = replica->pool;
        }
    }
    if (move.sourcePool.isEmpty()) {
        QStringList names;
        for (const Cstor::VolumeReplica *replica : cluster.replicasOfVolume(volume)) {
            const Cstor::PoolInstance *pool = cluster.pool(replica->pool);
            names << replica->pool << (pool ? pool->hostName : replica->node);
        }
        *error = tr("%1 has no replica on a pool or node named %2").arg(volume, from) +
                 NameSuggestions::didYouMean(from, names);
        return std::nullopt;
    }

    // --to: a pool, or the roomiest pool of the volume's pool cluster on that node.
    if (cluster.pool(to)) {
        move.targetPool = to;
    } else {
        qint64 bestFree = -1;
        for (const Cstor::PoolInstance *pool : cluster.poolsOnNode(to)) {
            if (pool->poolCluster != cvc->poolCluster || pool->freeBytes <= bestFree)
                continue;
            move.targetPool = pool->meta.name;
            bestFree = pool->freeBytes;
        }
    }
    if (move.targetPool.isEmpty()) {
        QStringList names;
        for (const Cstor::PoolInstance *pool : cluster.pools()) {
            if (pool->poolCluster == cvc->poolCluster)
                names << pool->meta.name << pool->hostName;
        }
        *error = tr("no pool of %1 named %2 or on a node named %2").arg(cvc->poolCluster, to) +
                 NameSuggestions::didYouMean(to, names);
        return std::nullopt;
    }
    return move;
}

} // namespace Migration
