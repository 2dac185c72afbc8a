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
    // The dates move by what the moves add or free; the pool's own growth stays (a moved
    // volume's growth moving with it is not counted).
    for (PoolProjection &projection : byPool) {
        if (const PoolTrend *trend = cluster.poolTrend(projection.pool)) {
            projection.trendKnown = true;
            projection.readOnlyDaysBefore = trend->daysToReadOnly();
            projection.readOnlyDaysAfter =
                trend->daysToReadOnly(double(projection.usedAfter - projection.usedBefore));
        }
    }
    return byPool.values();
}

} // namespace Migration
