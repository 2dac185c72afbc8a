#pragma once

#include "models/metrics/series.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Metrics {

// When a pool will cross 80 % used and its read-only threshold, from the history of its used
// bytes.
//
// The method ("step-filtered mean growth"): the history is cut to whole weeks (so that a weekly
// rhythm averages out) and taken hour by hour; the growth is the mean of the hourly increments
// once the steps are taken out. A step is an increment far outside the others: beyond 8 robust
// standard deviations (median absolute deviation) of them, half a percent of the pool and twelve
// hours of typical growth. A replica moved in or out is such a step: a known quantity arriving
// at once, not growth; fitting a line through the levels (least squares, or Theil-Sen) would
// bend the trend at every move, while differencing turns a move into one outlier among hundreds.
// When the last two weeks grow differently from the weeks before them beyond what their
// day-to-day spread allows (a workload that came or went), the last two weeks are taken alone.
// The uncertainty is that of the mean daily growth (standard error over the days of the window,
// weekly rhythm included); the band of a crossing is where growth at 2 standard errors either
// side of the mean would put it.
class CapacityForecast
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::CapacityForecast)

public:
    struct Input
    {
        QList<Series::Sample> used; // bytes over time, any order
        double sizeBytes = 0;
        int readOnlyPercent = 85; // the pool's roThresholdLimit
        qint64 nowMs = 0;
    };
    // Days from now to a level; unset when growth never gets there.
    struct Crossing
    {
        bool reached = false;          // already at or past it
        std::optional<double> days;    // at the mean growth
        std::optional<double> soonest; // at the mean growth plus 2 standard errors
        std::optional<double> latest;  // at the mean minus 2; unset when that is no growth
        bool isKnown() const { return reached || days.has_value(); }
    };

    static constexpr double kWarnPercent = 80;
    static constexpr int kMinimumHistoryHours = 48;

    // The forecast, or one whose problem() says why there is none (too little history).
    static CapacityForecast of(const Input &input);
    static QString methodName();

    const QString &problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }
    double usedBytes() const { return m_usedBytes; } // the trend's level now
    double usedPercent() const;
    double sizeBytes() const { return m_sizeBytes; }
    double growthBytesPerDay() const { return m_growthPerDay; }
    double growthErrorBytesPerDay() const { return m_growthError; } // one standard error
    double historyDays() const { return m_historyDays; }            // the window used
    int stepsIgnored() const { return m_steps; }
    // The last two weeks grew differently from the whole window, and were taken alone.
    bool growthChanged() const { return m_changed; }
    const Crossing &toWarning() const { return m_toWarning; } // 80 %
    const Crossing &toReadOnly() const { return m_toReadOnly; }
    int readOnlyPercent() const { return m_readOnlyPercent; }
    // Orders forecasts soonest read-only first: the days to the threshold (0 when reached), then
    // the pools that do not grow, then those without a forecast.
    double readOnlySortKey() const;

    // The crossing of `percent` of the pool by this forecast (the projection's line).
    Crossing crossing(double percent) const;
    // The projected used bytes `days` from now at the mean, soonest and latest growth.
    double projectedBytes(double days, int errors = 0) const;

private:
    struct Fit
    {
        double growthPerDay = 0;
        double error = 0;
        double days = 0;
        int steps = 0;
    };
    struct Increment
    {
        double bytes = 0;
        double hours = 0;
        qint64 endMs = 0;
    };
    void fit(const QList<Series::Sample> &hourly);
    static Fit fitOf(const QList<Series::Sample> &hourly, double sizeBytes);
    static QList<Series::Sample> hourlyOf(QList<Series::Sample> samples, qint64 nowMs,
                                          QString *problem);
    static bool isStep(const Increment &increment, double medianRate, double sigmaRate,
                       double sizeBytes);
    static double errorOfDailyGrowth(const QList<Increment> &kept, double growthPerDay);
    double levelNow(const QList<Series::Sample> &hourly, qint64 nowMs) const;

    QString m_problem;
    double m_sizeBytes = 0;
    double m_usedBytes = 0;
    double m_growthPerDay = 0;
    double m_growthError = 0;
    double m_historyDays = 0;
    int m_steps = 0;
    bool m_changed = false;
    int m_readOnlyPercent = 85;
    Crossing m_toWarning;
    Crossing m_toReadOnly;
};

} // namespace Metrics
