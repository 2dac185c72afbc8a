#include "models/sim/metrics/poolgrowthprofile.h"

#include "models/sim/metrics/seededdraw.h"

#include <algorithm>
#include <cmath>

namespace Sim {

namespace {

constexpr qint64 kHourMs = 3600000;
constexpr double kTwoPi = 6.283185307179586;
// The growth rate peaks at 14:00 UTC: sin(2*pi*dayFraction + phase) is 1 there.
constexpr double kDailyPhase = kTwoPi / 4 - kTwoPi * 14 / 24;
// A week's average weight of a day: five weekdays at 1, two weekend days at kWeekendShare.
constexpr double kWeekAverage = (5 + 2 * PoolGrowthProfile::kWeekendShare) / 7;

// 1970-01-01 was a Thursday: Monday is 0, Saturday 5, Sunday 6.
double dayWeight(qint64 day)
{
    const qint64 weekday = (day + 3) % 7;
    return weekday >= 5 ? PoolGrowthProfile::kWeekendShare : 1.0;
}

} // namespace

PoolGrowthProfile::PoolGrowthProfile(const Shape &shape)
    : m_shape(shape)
{
    std::sort(m_shape.steps.begin(), m_shape.steps.end(),
              [](const CapacityStep &a, const CapacityStep &b) { return a.atMs < b.atMs; });
    m_growthDaysNow = growthDaysSinceEpoch(m_shape.nowMs);
    m_noiseNow = noiseAt(m_shape.nowMs);
}

qint64 PoolGrowthProfile::floorBytes() const
{
    return std::min(m_shape.usedNowBytes, m_shape.sizeBytes / 100);
}

double PoolGrowthProfile::growthDaysSinceEpoch(qint64 ms)
{
    const qint64 day = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    const double fraction = double(ms - day * kDayMs) / kDayMs;
    const qint64 weeks = day >= 0 ? day / 7 : (day - 6) / 7;
    double days = double(weeks) * 7 * kWeekAverage;
    for (qint64 d = weeks * 7; d < day; ++d)
        days += dayWeight(d);
    // Within the day the rate is proportional to 1 + swing * sin(2*pi*f + phase).
    const double swing =
        kDailySwing / kTwoPi * (std::cos(kDailyPhase) - std::cos(kTwoPi * fraction + kDailyPhase));
    days += dayWeight(day) * (fraction + swing);
    return days / kWeekAverage;
}

double PoolGrowthProfile::expectedAt(qint64 ms) const
{
    double used = double(m_shape.usedNowBytes) +
                  m_shape.growthBytesPerDay * (growthDaysSinceEpoch(ms) - m_growthDaysNow);
    for (const CapacityStep &step : m_shape.steps) {
        if (ms < step.atMs && step.atMs <= m_shape.nowMs)
            used -= double(step.bytes);
    }
    return used;
}

qint64 PoolGrowthProfile::usedAt(qint64 ms) const
{
    const double used = expectedAt(ms) + noiseAt(ms) - m_noiseNow;
    return std::clamp(qint64(std::llround(used)), floorBytes(), m_shape.sizeBytes);
}

// Value noise: a seeded value in [-noiseBytes/2, noiseBytes/2] at every whole hour, joined
// smoothly. usedAt subtracts the value now, so the result stays within +-noiseBytes.
double PoolGrowthProfile::noiseAt(qint64 ms) const
{
    if (m_shape.noiseBytes <= 0)
        return 0;
    const qint64 hour = ms >= 0 ? ms / kHourMs : (ms - kHourMs + 1) / kHourMs;
    const double t = double(ms - hour * kHourMs) / kHourMs;
    const double smooth = t * t * (3 - 2 * t);
    const auto knot = [this](qint64 h) {
        const double unit =
            SeededDraw::unit(SeededDraw::mix(m_shape.noiseKey ^ SeededDraw::mix(quint64(h))));
        return (unit - 0.5) * m_shape.noiseBytes;
    };
    return knot(hour) * (1 - smooth) + knot(hour + 1) * smooth;
}

} // namespace Sim
