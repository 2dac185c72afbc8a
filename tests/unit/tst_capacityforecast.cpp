// The capacity forecast of one pool (Metrics::CapacityForecast) on histories whose truth is
// known: steady growth with a weekly rhythm and noise, a replica moved in or out half way (a
// step that must not bend the trend), too little history, a pool past its threshold, a pool
// that shrinks.
#include "models/metrics/capacityforecast.h"

#include <QTest>

#include <cmath>
#include <random>

using Metrics::CapacityForecast;
using Metrics::Series;

namespace {

constexpr double kGiB = 1024.0 * 1024 * 1024;
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kNowMs = 1796000000000; // a Thursday

struct History
{
    double size = 100 * kGiB;
    double usedNow = 60 * kGiB;
    double growthPerDay = 1 * kGiB; // the weeks' average
    double noise = 0.002;           // of the size, one standard deviation
    int days = 30;
    qint64 stepAtMs = 0; // a replica moved in (> 0 bytes) or out at this moment
    double stepBytes = 0;
    unsigned seed = 7;

    // Weekdays grow at 3.33x the weekend's rate; the week averages growthPerDay.
    double rateAt(qint64 ms) const
    {
        const int weekday = int((ms / kDayMs + 4) % 7); // 0 Monday (the epoch was a Thursday)
        const double weekend = 0.3;
        const double weekdayRate = growthPerDay * 7 / (5 + 2 * weekend);
        return weekday >= 5 ? weekdayRate * weekend : weekdayRate;
    }
    QList<Series::Sample> samples() const
    {
        std::mt19937 random(seed);
        std::normal_distribution<double> jitter(0, noise * size);
        QList<Series::Sample> out;
        // Walk back from now in 5-minute steps, growth undone as it was made.
        double level = usedNow;
        for (qint64 t = kNowMs - 5 * 60000; t > kNowMs - days * kDayMs; t -= 5 * 60000) {
            level -= rateAt(t) * 5.0 / (24 * 60);
            double value = level;
            if (stepBytes != 0 && t < stepAtMs)
                value -= stepBytes;
            out.prepend({t, value + jitter(random)});
        }
        return out;
    }
    CapacityForecast forecast() const
    {
        return CapacityForecast::of({samples(), size, 85, kNowMs});
    }
    double trueDaysTo(double percent) const
    {
        return (percent / 100 * size - usedNow) / growthPerDay;
    }
};

} // namespace

class TestCapacityForecast : public QObject
{
    Q_OBJECT

private slots:
    void steadyGrowthIsFound()
    {
        const History history;
        const CapacityForecast forecast = history.forecast();
        QVERIFY2(forecast.isValid(), qPrintable(forecast.problem()));
        QVERIFY(std::abs(forecast.growthBytesPerDay() / history.growthPerDay - 1) < 0.03);
        QVERIFY(std::abs(forecast.usedBytes() / history.usedNow - 1) < 0.01);
        QCOMPARE(forecast.stepsIgnored(), 0);
        // Four whole weeks, taken hour by hour (each hour's last sample).
        QVERIFY(forecast.historyDays() > 27.9 && forecast.historyDays() <= 28);
        qInfo("growth %.3f GiB/day (true 1), error %.3f, read-only in %.2f days (true %.2f), "
              "band %.2f-%.2f",
              forecast.growthBytesPerDay() / kGiB, forecast.growthErrorBytesPerDay() / kGiB,
              *forecast.toReadOnly().days, history.trueDaysTo(85), *forecast.toReadOnly().soonest,
              *forecast.toReadOnly().latest);
        const CapacityForecast::Crossing readOnly = forecast.toReadOnly();
        QVERIFY(readOnly.days && readOnly.soonest && readOnly.latest);
        QVERIFY(std::abs(*readOnly.days / history.trueDaysTo(85) - 1) < 0.05);
        QVERIFY(*readOnly.soonest < *readOnly.days && *readOnly.days < *readOnly.latest);
        QVERIFY(*readOnly.soonest < history.trueDaysTo(85));
        QVERIFY(*readOnly.latest > history.trueDaysTo(85));
        QVERIFY(std::abs(*forecast.toWarning().days / history.trueDaysTo(80) - 1) < 0.05);
    }

    // A replica arriving half way is a step of its size: the growth and the crossing stay where
    // they are without it, while the levels' own slope would be far off.
    void movesDoNotBendTheTrend_data()
    {
        QTest::addColumn<double>("stepBytes");
        QTest::newRow("moved in") << 8 * kGiB;
        QTest::newRow("moved out") << -6 * kGiB;
    }
    void movesDoNotBendTheTrend()
    {
        QFETCH(double, stepBytes);
        History history;
        history.stepAtMs = kNowMs - 13 * kDayMs - 3 * 3600000;
        history.stepBytes = stepBytes;
        const QList<Series::Sample> samples = history.samples();
        const double naive = (samples.last().value - samples.first().value) /
                             (double(samples.last().timeMs - samples.first().timeMs) / kDayMs);
        QVERIFY2(std::abs(naive / history.growthPerDay - 1) > 0.2, "the step would bend a line");
        const CapacityForecast forecast = history.forecast();
        QVERIFY2(forecast.isValid(), qPrintable(forecast.problem()));
        QCOMPARE(forecast.stepsIgnored(), 1);
        QVERIFY(std::abs(forecast.growthBytesPerDay() / history.growthPerDay - 1) < 0.03);
        QVERIFY(std::abs(*forecast.toReadOnly().days / history.trueDaysTo(85) - 1) < 0.05);
    }

    // A workload arrives 15 days ago: before it the pool was flat. The last two weeks grow
    // unlike the two before them, so they are taken alone and the date is the present's.
    void aNewWorkloadIsThePresent()
    {
        History history;
        history.noise = 0.001;
        QList<Series::Sample> samples = history.samples();
        const qint64 startedMs = kNowMs - 15 * kDayMs;
        double flat = 0;
        for (const Series::Sample &sample : samples) {
            if (sample.timeMs >= startedMs) {
                flat = sample.value;
                break;
            }
        }
        for (Series::Sample &sample : samples) {
            if (sample.timeMs < startedMs)
                sample.value = flat + (sample.value - flat) * 0.05; // almost no growth then
        }
        const CapacityForecast forecast = CapacityForecast::of({samples, history.size, 85, kNowMs});
        QVERIFY2(forecast.isValid(), qPrintable(forecast.problem()));
        QVERIFY(forecast.growthChanged());
        QVERIFY(forecast.historyDays() < 15);
        QVERIFY2(std::abs(*forecast.toReadOnly().days / history.trueDaysTo(85) - 1) < 0.1,
                 qPrintable(QString::number(*forecast.toReadOnly().days)));
        // Steady growth is not taken for a change.
        QVERIFY(!History().forecast().growthChanged());
    }

    void twoDaysAreTheLeast()
    {
        History history;
        history.days = 1;
        const CapacityForecast forecast = history.forecast();
        QVERIFY(!forecast.isValid());
        QVERIFY2(forecast.problem().contains(QStringLiteral("not enough history")),
                 qPrintable(forecast.problem()));
        QVERIFY(!CapacityForecast::of({{}, history.size, 85, kNowMs}).isValid());
        QCOMPARE(CapacityForecast::of({{}, history.size, 85, kNowMs}).problem(),
                 QStringLiteral("no history"));
        history.days = 3;
        QVERIFY(history.forecast().isValid());
    }

    void aPoolPastItsThresholdIsThereNow()
    {
        History history;
        history.usedNow = 90 * kGiB;
        const CapacityForecast forecast = history.forecast();
        QVERIFY(forecast.toReadOnly().reached);
        QCOMPARE(*forecast.toReadOnly().days, 0.0);
        QVERIFY(forecast.toWarning().reached);
    }

    void aShrinkingPoolNeverGetsThere()
    {
        History history;
        history.growthPerDay = -0.5 * kGiB;
        const CapacityForecast forecast = history.forecast();
        QVERIFY(forecast.isValid());
        QVERIFY(forecast.growthBytesPerDay() < 0);
        QVERIFY(!forecast.toReadOnly().days);
        QVERIFY(!forecast.toReadOnly().latest);
        QVERIFY(!forecast.toReadOnly().isKnown());
    }

    // Quiet, perfectly flat history: no growth, and no sample taken for a step.
    void aFlatPoolHasNoSteps()
    {
        History history;
        history.growthPerDay = 0;
        history.noise = 0;
        const CapacityForecast forecast = history.forecast();
        QVERIFY(forecast.isValid());
        QCOMPARE(forecast.stepsIgnored(), 0);
        QCOMPARE(forecast.growthBytesPerDay(), 0.0);
        QVERIFY(!forecast.toReadOnly().isKnown());
    }
};

QTEST_GUILESS_MAIN(TestCapacityForecast)
#include "tst_capacityforecast.moc"
