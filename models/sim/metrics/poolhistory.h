#pragma once

#include "models/sim/metrics/historypool.h"
#include "models/sim/metrics/poolgrowthprofile.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Sim {

class ObjectStore;

// A realistic past of the simulated pools' used capacity, and the truth behind it (what a
// capacity forecast should find). Deterministic for a seed.
//
// Every pool grows at an average g bytes a day (PoolGrowthProfile), chosen from the days it takes
// to reach its read-only threshold, g = (threshold * size - used) / days, drawn by class:
// - nearly full: the pool with the highest used share that is still below its threshold, in 9 to
//   14 days;
// - fast: about 10 % of the other pools (at least one of 3 or more), in 20 to 45 days;
// - slow: the rest, in 120 to 400 days; a pool already past its threshold reaches its full size
//   in that many days.
// About one pool in five (at least one of 2 or more) saw a replica move on or off at a moment in
// the middle half of the window: a step of 3 to 10 % of its size, not counted in g.
class PoolHistory
{
public:
    struct Options
    {
        int days = 30; // at least 1
        quint64 seed = 1;
        qint64 nowMs = 0;       // wall clock, ms since the epoch
        qint64 stepMs = 300000; // the samples' spacing, in whole seconds (at least one)
    };

    enum class GrowthClass { NearlyFull, Fast, Slow };

    struct Pool
    {
        HistoryPool pool;
        GrowthClass growthClass = GrowthClass::Slow;
        PoolGrowthProfile profile;

        double growthBytesPerDay() const { return profile.shape().growthBytesPerDay; }
        const QList<CapacityStep> &steps() const { return profile.shape().steps; }
        // Days from now until the used bytes reach `percent` of the size at the average growth:
        // 0 when already there, nullopt when it does not grow.
        std::optional<double> daysToPercent(double percent) const;
    };

    PoolHistory(const QList<HistoryPool> &pools, const Options &options);
    // The pools as the store has them now.
    PoolHistory(const ObjectStore &store, const Options &options);

    const Options &options() const { return m_options; }
    const QList<Pool> &pools() const { return m_pools; }
    // The sample times: from lastSampleMs() back `days` days, every stepMs. The last one is the
    // last step boundary at least one step before now, so that live samples come after it.
    qint64 firstSampleMs() const;
    qint64 lastSampleMs() const;

    static QString className(GrowthClass growthClass); // "nearlyFull", "fast", "slow"
    // What the history was made from, per pool (see the class comment):
    // {nowMs, days, stepMs, seed, firstSampleMs, lastSampleMs, pools: [{namespace, cspi, cspc,
    //  cspcUid, node, pod, sizeBytes, usedBytes, readOnlyPercent, growthClass, growthBytesPerDay,
    //  steps: [{atMs, bytes}], daysTo80Percent, daysToReadOnly}]}; a days field is left out when
    // the pool does not grow.
    QJsonObject truth() const;

private:
    void plan(const QList<HistoryPool> &pools);

    Options m_options;
    QList<Pool> m_pools;
};

} // namespace Sim
