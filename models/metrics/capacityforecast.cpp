#include "models/metrics/capacityforecast.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Metrics {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kWeekMs = 7 * 24 * kHourMs;
constexpr double kStepSigmas = 8;
constexpr double kStepSizeFraction = 0.005;
constexpr double kStepTypicalHours = 12;
constexpr double kBandErrors = 2;
constexpr qint64 kRecentWeeks = 2;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    const double upper = values.at(middle);
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + middle);
    return (lower + upper) / 2;
}

} // namespace

QString CapacityForecast::methodName()
{
    return tr("step-filtered mean growth");
}

double CapacityForecast::usedPercent() const
{
    return m_sizeBytes > 0 ? 100.0 * m_usedBytes / m_sizeBytes : 0;
}

CapacityForecast CapacityForecast::of(const Input &input)
{
    CapacityForecast forecast;
    forecast.m_sizeBytes = input.sizeBytes;
    forecast.m_readOnlyPercent = input.readOnlyPercent;
    if (input.sizeBytes <= 0) {
        forecast.m_problem = tr("the pool's size is not known");
        return forecast;
    }
    const QList<Series::Sample> hourly = hourlyOf(input.used, input.nowMs, &forecast.m_problem);
    if (!forecast.m_problem.isEmpty())
        return forecast;
    forecast.fit(hourly);
    forecast.m_usedBytes = forecast.levelNow(hourly, input.nowMs);
    forecast.m_toWarning = forecast.crossing(kWarnPercent);
    forecast.m_toReadOnly = forecast.crossing(input.readOnlyPercent);
    return forecast;
}

// The last sample of each hour, over the last whole weeks of the history (or all of it when it
// is shorter than a week), oldest first.
QList<Series::Sample> CapacityForecast::hourlyOf(QList<Series::Sample> samples, qint64 nowMs,
                                                 QString *problem)
{
    samples.erase(std::remove_if(samples.begin(), samples.end(),
                                 [nowMs](const Series::Sample &s) {
                                     return !std::isfinite(s.value) || s.value < 0 ||
                                            s.timeMs > nowMs;
                                 }),
                  samples.end());
    std::sort(samples.begin(), samples.end(),
              [](const Series::Sample &a, const Series::Sample &b) { return a.timeMs < b.timeMs; });
    if (samples.isEmpty()) {
        *problem = tr("no history");
        return {};
    }
    const qint64 spanMs = samples.last().timeMs - samples.first().timeMs;
    if (spanMs < kMinimumHistoryHours * kHourMs) {
        *problem = tr("not enough history: %1 hours of the %2 a forecast needs")
                       .arg(spanMs / kHourMs)
                       .arg(kMinimumHistoryHours);
        return {};
    }
    const qint64 lastMs = samples.last().timeMs;
    const qint64 startMs =
        spanMs >= kWeekMs ? lastMs - (spanMs / kWeekMs) * kWeekMs : samples.first().timeMs;
    QMap<qint64, Series::Sample> byHour;
    for (const Series::Sample &sample : std::as_const(samples)) {
        if (sample.timeMs >= startMs)
            byHour.insert((sample.timeMs - startMs) / kHourMs, sample); // the hour's last
    }
    return byHour.values();
}

bool CapacityForecast::isStep(const Increment &increment, double medianRate, double sigmaRate,
                              double sizeBytes)
{
    const double deviation = std::abs(increment.bytes - medianRate * increment.hours);
    return deviation > kStepSigmas * sigmaRate * std::sqrt(increment.hours) &&
           deviation > kStepSizeFraction * sizeBytes &&
           deviation > kStepTypicalHours * std::abs(medianRate) * increment.hours;
}

CapacityForecast::Fit CapacityForecast::fitOf(const QList<Series::Sample> &hourly, double sizeBytes)
{
    Fit result;
    QList<Increment> increments;
    QList<double> rates;
    for (qsizetype i = 1; i < hourly.size(); ++i) {
        const double hours = double(hourly.at(i).timeMs - hourly.at(i - 1).timeMs) / kHourMs;
        if (hours <= 0)
            continue;
        increments.append(
            {hourly.at(i).value - hourly.at(i - 1).value, hours, hourly.at(i).timeMs});
        rates.append(increments.last().bytes / hours);
    }
    const double medianRate = median(rates);
    QList<double> deviations;
    deviations.reserve(rates.size());
    for (const double rate : std::as_const(rates))
        deviations.append(std::abs(rate - medianRate));
    const double sigmaRate = 1.4826 * median(deviations);

    QList<Increment> kept;
    double bytes = 0;
    double hours = 0;
    for (const Increment &increment : std::as_const(increments)) {
        if (isStep(increment, medianRate, sigmaRate, sizeBytes)) {
            ++result.steps;
            continue;
        }
        kept.append(increment);
        bytes += increment.bytes;
        hours += increment.hours;
    }
    result.days = double(hourly.last().timeMs - hourly.first().timeMs) / (24 * kHourMs);
    result.growthPerDay = hours > 0 ? 24 * bytes / hours : 0;
    result.error = errorOfDailyGrowth(kept, result.growthPerDay);
    return result;
}

// The whole window's growth, unless the last two weeks grow differently from the weeks before
// them beyond what their day-to-day spread allows (a workload that came, or one that ended):
// then the last two weeks', as what comes next follows the present. The spread is the last two
// weeks' own: the weeks before may hold the change itself, which would widen theirs.
void CapacityForecast::fit(const QList<Series::Sample> &hourly)
{
    Fit chosen = fitOf(hourly, m_sizeBytes);
    const qint64 recentFromMs = hourly.last().timeMs - kRecentWeeks * kWeekMs;
    if (hourly.first().timeMs <= recentFromMs - kWeekMs + kHourMs) {
        QList<Series::Sample> before;
        QList<Series::Sample> recent;
        for (const Series::Sample &sample : hourly) {
            if (sample.timeMs <= recentFromMs)
                before.append(sample);
            if (sample.timeMs >= recentFromMs)
                recent.append(sample);
        }
        const Fit earlier = fitOf(before, m_sizeBytes);
        const Fit latest = fitOf(recent, m_sizeBytes);
        const double apart = std::abs(latest.growthPerDay - earlier.growthPerDay);
        if (apart > kBandErrors * std::sqrt(2.0) * latest.error) {
            chosen = latest;
            m_changed = true;
        }
    }
    m_growthPerDay = chosen.growthPerDay;
    m_growthError = chosen.error;
    m_historyDays = chosen.days;
    m_steps = chosen.steps;
}

// The standard error of the mean daily growth: the spread of the days' growth (steps left
// out) over the square root of their number.
double CapacityForecast::errorOfDailyGrowth(const QList<Increment> &kept, double growthPerDay)
{
    QMap<qint64, QPair<double, double>> byDay; // bytes, hours
    for (const Increment &increment : kept) {
        QPair<double, double> &day = byDay[increment.endMs / (24 * kHourMs)];
        day.first += increment.bytes;
        day.second += increment.hours;
    }
    QList<double> daily;
    for (const QPair<double, double> &day : std::as_const(byDay)) {
        if (day.second >= 12) // a day mostly seen
            daily.append(24 * day.first / day.second);
    }
    if (daily.size() < 2)
        return std::abs(growthPerDay);
    double mean = 0;
    for (const double growth : std::as_const(daily))
        mean += growth;
    mean /= double(daily.size());
    double squares = 0;
    for (const double growth : std::as_const(daily))
        squares += (growth - mean) * (growth - mean);
    const double deviation = std::sqrt(squares / double(daily.size() - 1));
    return deviation / std::sqrt(double(daily.size()));
}

// The level the trend has reached now: the median over the last day of each sample carried
// forward along the trend, so that one noisy sample does not move it.
double CapacityForecast::levelNow(const QList<Series::Sample> &hourly, qint64 nowMs) const
{
    QList<double> carried;
    const qint64 fromMs = hourly.last().timeMs - 24 * kHourMs;
    for (auto it = hourly.crbegin(); it != hourly.crend() && it->timeMs >= fromMs; ++it)
        carried.append(it->value + m_growthPerDay * double(nowMs - it->timeMs) / (24 * kHourMs));
    return median(carried);
}

double CapacityForecast::projectedBytes(double days, int errors) const
{
    return m_usedBytes + (m_growthPerDay + errors * m_growthError) * days;
}

CapacityForecast::Crossing CapacityForecast::crossing(double percent) const
{
    Crossing crossing;
    const double remaining = percent / 100.0 * m_sizeBytes - m_usedBytes;
    if (remaining <= 0) {
        crossing.reached = true;
        crossing.days = crossing.soonest = crossing.latest = 0.0;
        return crossing;
    }
    const double slow = m_growthPerDay - kBandErrors * m_growthError;
    const double fast = m_growthPerDay + kBandErrors * m_growthError;
    if (m_growthPerDay > 0)
        crossing.days = remaining / m_growthPerDay;
    if (fast > 0)
        crossing.soonest = remaining / fast;
    if (slow > 0)
        crossing.latest = remaining / slow;
    return crossing;
}

} // namespace Metrics

namespace Metrics {

double CapacityForecast::readOnlySortKey() const
{
    if (!isValid())
        return std::numeric_limits<double>::infinity();
    if (m_toReadOnly.reached)
        return 0;
    return m_toReadOnly.days ? *m_toReadOnly.days : std::numeric_limits<double>::max();
}

} // namespace Metrics
