#include "models/sim/metrics/poolhistory.h"

#include "models/sim/metrics/seededdraw.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Sim {

namespace {

constexpr double kFastShare = 0.10; // of the pools grow fast
constexpr double kStepShare = 0.20; // of the pools saw a replica move
constexpr double kNearlyFullDays[] = {9, 14};
constexpr double kFastDays[] = {20, 45};
constexpr double kSlowDays[] = {120, 400};
constexpr double kStepSize[] = {0.03, 0.10};    // of the pool's size
constexpr double kNoiseSize[] = {0.001, 0.003}; // of the pool's size, from low to high

// A number in [0, 1) drawn for one pool and one purpose.
double draw(quint64 seed, const char *purpose, const HistoryPool &pool)
{
    using namespace SeededDraw;
    const QString key = pool.ns + u'/' + pool.cspi;
    return unit(mix(mix(seed ^ hashOf(QString::fromLatin1(purpose))) ^ hashOf(key)));
}

double between(const double (&range)[2], double unit)
{
    return range[0] + (range[1] - range[0]) * unit;
}

bool belowThreshold(const HistoryPool &pool)
{
    return double(pool.usedBytes) * 100 < double(pool.readOnlyPercent) * double(pool.sizeBytes);
}

// Indexes of `pools` for which `take` holds, in the order of a seeded draw.
QList<qsizetype> shuffled(const QList<HistoryPool> &pools, quint64 seed, const char *purpose,
                          const std::function<bool(qsizetype)> &take)
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < pools.size(); ++i) {
        if (take(i))
            indexes.append(i);
    }
    std::sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) {
        return draw(seed, purpose, pools.at(a)) < draw(seed, purpose, pools.at(b));
    });
    return indexes;
}

qint64 floorToStep(qint64 ms, qint64 step)
{
    return (ms >= 0 ? ms / step : (ms - step + 1) / step) * step;
}

} // namespace

std::optional<double> PoolHistory::Pool::daysToPercent(double percent) const
{
    const double target = percent / 100 * double(pool.sizeBytes);
    if (double(pool.usedBytes) >= target)
        return 0.0;
    if (growthBytesPerDay() <= 0)
        return std::nullopt;
    return (target - double(pool.usedBytes)) / growthBytesPerDay();
}

PoolHistory::PoolHistory(const QList<HistoryPool> &pools, const Options &options)
    : m_options(options)
{
    m_options.days = std::max(1, m_options.days);
    m_options.stepMs = std::max<qint64>(1000, m_options.stepMs / 1000 * 1000);
    plan(pools);
}

PoolHistory::PoolHistory(const ObjectStore &store, const Options &options)
    : PoolHistory(HistoryPool::readAll(store), options)
{
}

void PoolHistory::plan(const QList<HistoryPool> &pools)
{
    const quint64 seed = m_options.seed;
    const qsizetype count = pools.size();
    QList<GrowthClass> classes(count, GrowthClass::Slow);

    qsizetype nearlyFull = -1;
    for (qsizetype i = 0; i < count; ++i) {
        const HistoryPool &pool = pools.at(i);
        if (!belowThreshold(pool))
            continue;
        const auto share = [](const HistoryPool &p) {
            return double(p.usedBytes) / double(p.sizeBytes);
        };
        if (nearlyFull < 0 || share(pool) > share(pools.at(nearlyFull)))
            nearlyFull = i;
    }
    if (nearlyFull >= 0)
        classes[nearlyFull] = GrowthClass::NearlyFull;

    const qsizetype fastCount =
        std::max<qsizetype>(qRound(double(count) * kFastShare), count >= 3 ? 1 : 0);
    const QList<qsizetype> fastCandidates = shuffled(pools, seed, "fast", [&](qsizetype i) {
        return i != nearlyFull && belowThreshold(pools.at(i));
    });
    for (qsizetype i = 0; i < std::min(fastCount, fastCandidates.size()); ++i)
        classes[fastCandidates.at(i)] = GrowthClass::Fast;

    const qsizetype stepCount =
        std::max<qsizetype>(qRound(double(count) * kStepShare), count >= 2 ? 1 : 0);
    const QList<qsizetype> stepOrder =
        shuffled(pools, seed, "step", [](qsizetype) { return true; });
    const QList<qsizetype> stepped = stepOrder.mid(0, std::min(stepCount, stepOrder.size()));

    const qint64 windowMs = qint64(m_options.days) * PoolGrowthProfile::kDayMs;
    for (qsizetype i = 0; i < count; ++i) {
        const HistoryPool &pool = pools.at(i);
        const GrowthClass growthClass = classes.at(i);
        const double unit = draw(seed, "days", pool);
        const double days = growthClass == GrowthClass::NearlyFull ? between(kNearlyFullDays, unit)
                            : growthClass == GrowthClass::Fast     ? between(kFastDays, unit)
                                                                   : between(kSlowDays, unit);
        const double size = double(pool.sizeBytes);
        const double target =
            belowThreshold(pool) ? double(pool.readOnlyPercent) / 100 * size : size;

        PoolGrowthProfile::Shape shape;
        shape.sizeBytes = pool.sizeBytes;
        shape.usedNowBytes = pool.usedBytes;
        shape.nowMs = m_options.nowMs;
        shape.growthBytesPerDay = std::max(0.0, target - double(pool.usedBytes)) / days;
        shape.noiseBytes = between(kNoiseSize, draw(seed, "noise", pool)) * size;
        shape.noiseKey =
            SeededDraw::mix(seed ^ SeededDraw::hashOf(QString(pool.ns + u'/' + pool.cspi)));

        if (stepped.contains(i)) {
            // A replica moved in (used jumps up) unless the pool had no room before it for the
            // step, or out (jumps down) unless the pool had no room after it.
            CapacityStep step;
            step.atMs = m_options.nowMs -
                        qint64(double(windowMs) * (0.25 + 0.5 * draw(seed, "step-time", pool)));
            const double bytes = between(kStepSize, draw(seed, "step-size", pool)) * size;
            const PoolGrowthProfile trend(shape);
            const double after = trend.expectedAt(step.atMs);
            const bool roomBefore = after - bytes > double(trend.floorBytes()) + shape.noiseBytes;
            const bool roomAbove = after + bytes < size - shape.noiseBytes;
            const bool moveIn = draw(seed, "step-direction", pool) < 0.5;
            if (roomBefore && (moveIn || !roomAbove))
                step.bytes = qint64(std::llround(bytes));
            else if (roomAbove)
                step.bytes = -qint64(std::llround(bytes));
            if (step.bytes != 0)
                shape.steps.append(step);
        }
        m_pools.append(Pool{pool, growthClass, PoolGrowthProfile(shape)});
    }
}

qint64 PoolHistory::lastSampleMs() const
{
    return floorToStep(m_options.nowMs - m_options.stepMs, m_options.stepMs);
}

qint64 PoolHistory::firstSampleMs() const
{
    const qint64 samples = qint64(m_options.days) * PoolGrowthProfile::kDayMs / m_options.stepMs;
    return lastSampleMs() - samples * m_options.stepMs;
}

QString PoolHistory::className(GrowthClass growthClass)
{
    switch (growthClass) {
    case GrowthClass::NearlyFull:
        return QStringLiteral("nearlyFull");
    case GrowthClass::Fast:
        return QStringLiteral("fast");
    case GrowthClass::Slow:
        break;
    }
    return QStringLiteral("slow");
}

QJsonObject PoolHistory::truth() const
{
    QJsonArray pools;
    for (const Pool &p : m_pools) {
        QJsonArray steps;
        for (const CapacityStep &step : p.steps())
            steps.append(QJsonObject{{QStringLiteral("atMs"), double(step.atMs)},
                                     {QStringLiteral("bytes"), double(step.bytes)}});
        QJsonObject pool{{QStringLiteral("namespace"), p.pool.ns},
                         {QStringLiteral("cspi"), p.pool.cspi},
                         {QStringLiteral("cspc"), p.pool.cspc},
                         {QStringLiteral("cspcUid"), p.pool.cspcUid},
                         {QStringLiteral("node"), p.pool.node},
                         {QStringLiteral("pod"), p.pool.pod},
                         {QStringLiteral("sizeBytes"), double(p.pool.sizeBytes)},
                         {QStringLiteral("usedBytes"), double(p.pool.usedBytes)},
                         {QStringLiteral("readOnlyPercent"), p.pool.readOnlyPercent},
                         {QStringLiteral("growthClass"), className(p.growthClass)},
                         {QStringLiteral("growthBytesPerDay"), p.growthBytesPerDay()},
                         {QStringLiteral("steps"), steps}};
        if (const auto days = p.daysToPercent(80))
            pool.insert(QStringLiteral("daysTo80Percent"), *days);
        if (const auto days = p.daysToPercent(p.pool.readOnlyPercent))
            pool.insert(QStringLiteral("daysToReadOnly"), *days);
        pools.append(pool);
    }
    return QJsonObject{{QStringLiteral("nowMs"), double(m_options.nowMs)},
                       {QStringLiteral("days"), m_options.days},
                       {QStringLiteral("stepMs"), double(m_options.stepMs)},
                       {QStringLiteral("seed"), QString::number(m_options.seed)},
                       {QStringLiteral("firstSampleMs"), double(firstSampleMs())},
                       {QStringLiteral("lastSampleMs"), double(lastSampleMs())},
                       {QStringLiteral("pools"), pools}};
}

} // namespace Sim
