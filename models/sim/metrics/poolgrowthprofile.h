#pragma once

#include <QList>
#include <QtGlobal>

namespace Sim {

// A replica that moved onto a pool (bytes > 0: its used capacity jumps up at that moment) or
// off it (bytes < 0).
struct CapacityStep
{
    qint64 atMs = 0;
    qint64 bytes = 0;
};

// The used capacity of one pool over time, a continuous function of the wall clock that ends at
// the pool's used bytes now. Going back from now: the average growth per day, spread over the
// week (a weekend day grows at kWeekendShare of a weekday) and over the day (faster in the
// afternoon, UTC), plus smooth seeded noise, minus the replicas that moved on since (steps); never
// below a floor (1 % of the size) nor above the size.
class PoolGrowthProfile
{
public:
    struct Shape
    {
        qint64 sizeBytes = 0;
        qint64 usedNowBytes = 0;
        qint64 nowMs = 0;
        double growthBytesPerDay = 0;
        QList<CapacityStep> steps;
        double noiseBytes = 0; // the noise stays within +-noiseBytes around the trend
        quint64 noiseKey = 0;  // which noise
    };

    static constexpr double kWeekendShare = 0.3;
    static constexpr double kDailySwing = 0.6; // the growth rate's swing over a day, +-60 %
    static constexpr qint64 kDayMs = 86400000;

    PoolGrowthProfile() = default;
    explicit PoolGrowthProfile(const Shape &shape);

    const Shape &shape() const { return m_shape; }
    qint64 floorBytes() const;

    // Used bytes at a moment: trend, steps and noise, kept within the floor and the size.
    qint64 usedAt(qint64 ms) const;
    // The same without noise and limits: the used bytes now plus the average growth since, minus
    // the steps after `ms`. Over any whole number of weeks it grows by exactly g a day.
    double expectedAt(qint64 ms) const;
    // The growth since the epoch in days of average growth: weekdays and afternoons count more.
    static double growthDaysSinceEpoch(qint64 ms);

private:
    double noiseAt(qint64 ms) const;

    Shape m_shape;
    double m_growthDaysNow = 0;
    double m_noiseNow = 0;
};

} // namespace Sim
