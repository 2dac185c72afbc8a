#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QList>
#include <QString>

#include <optional>

namespace Migration {

// Each affected pool's capacity before and after a set of planned moves (a move, or a drain).
struct PoolProjection
{
    QString pool;
    QString node;
    qint64 totalBytes = 0;
    qint64 usedBefore = 0;
    qint64 usedAfter = 0;
    int thresholdPercent = 85; // the pool's read-only threshold
    // Days until the pool goes read-only before and after the moves, where a capacity forecast
    // of the pool is known (ClusterSnapshot::poolTrend); unset: unknown, or not growing.
    bool trendKnown = false;
    std::optional<double> readOnlyDaysBefore;
    std::optional<double> readOnlyDaysAfter;

    int percentBefore() const;
    int percentAfter() const;
    bool crossesThreshold() const; // below before, at or above after
    bool aboveThresholdAfter() const;
};

class CapacityProjection
{
public:
    // Pools the moves touch, sorted by name. A target gains the volume's data, a source frees
    // its replica's allocated bytes once the move is done.
    static QList<PoolProjection> project(const ClusterSnapshot &cluster,
                                         const QList<ReplicaMove> &moves);
};

} // namespace Migration
