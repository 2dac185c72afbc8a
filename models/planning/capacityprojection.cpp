#include "models/planning/capacityprojection.h"

#include <QMap>

namespace Migration {

namespace {
int percentOf(qint64 used, qint64 total)
{
    return total > 0 ? int(used * 100 / total) : 0;
}
} // namespace

int PoolProjection::percentBefore() const
{
    return percentOf(usedBefore, totalBytes);
}

int PoolProjection::percentAfter() const
{
    return percentOf(usedAfter, totalBytes);
}

bool PoolProjection::crossesThreshold() const
{
    return percentBefore() < thresholdPercent && aboveThresholdAfter();
}

bool PoolProjection::aboveThresholdAfter() const
{
    return thresholdPercent < 100 && percentAfter() >= thresholdPercent;
}

QList<PoolProjection> CapacityProjection::project(const ClusterSnapshot &cluster,
                                                  const QList<ReplicaMove> &moves)
{
    QMap<QString, PoolProjection> byPool;
    const auto entry = [&](const QString &name) -> PoolProjection & {
        auto it = byPool.find(name);
        if (it == byPool.end()) {
            PoolProjection projection;
            projection.pool = name;
            if (const Cstor::PoolInstance *pool = cluster.pool(name)) {
                projection.node = pool->hostName;
                projection.totalBytes = pool->totalBytes;
                projection.usedBefore = pool->usedBytes;
                projection.usedAfter = pool->usedBytes;
                projection.thresholdPercent = pool->roThresholdLimit;
            }
            it = byPool.insert(name, projection);
        }
        return *it;
    };
    for (const ReplicaMove &move : moves) {
        const qint64 data = cluster.volumeSize(move.volume);
        entry(move.targetPool).usedAfter += data;
        PoolProjection &source = entry(move.sourcePool);
        const Cstor::VolumeReplica *replica = cluster.replica(move.volume, move.sourcePool);
        source.usedAfter -= replica ? replica->allocatedBytes : data;
        if (source.usedAfter < 0)
            source.usedAfter = 0;
    }
    return byPool.values();
}

} // namespace Migration
