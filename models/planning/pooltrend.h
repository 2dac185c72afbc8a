#pragma once

#include <optional>

namespace Migration {

// Where a pool's used capacity is going, as a capacity forecast found it (from the cluster's
// Prometheus): the level now, the growth a day, and the read-only threshold; enough for a plan
// to say what its moves do to the day the pool goes read-only.
struct PoolTrend
{
    double usedBytes = 0;
    double sizeBytes = 0;
    double growthBytesPerDay = 0;
    int readOnlyPercent = 85;

    // Days until the pool reaches its read-only threshold with `deltaBytes` more used (a move's
    // replica in, or out when negative): 0 when already there, unset when it does not grow.
    std::optional<double> daysToReadOnly(double deltaBytes = 0) const
    {
        const double remaining = readOnlyPercent / 100.0 * sizeBytes - (usedBytes + deltaBytes);
        if (remaining <= 0)
            return 0.0;
        if (growthBytesPerDay <= 0)
            return std::nullopt;
        return remaining / growthBytesPerDay;
    }
};

} // namespace Migration
