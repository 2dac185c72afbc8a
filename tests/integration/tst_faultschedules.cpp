// Seeded random fault schedules against the migration engine. Each schedule is a seed that
// draws a sequence of timed faults (a node lost and maybe back, the source's node lost for good
// during the scale-down (the move ends Done, the source left Terminating), a pool offline or
// read-only or its disk failed (UNAVAIL),
// API errors, dropped connections and watches, a second writer, a console killed and started
// again on the same journal), runs the seed's replica move through them on a simulated
// cluster, and then checks that the move ended Done, RolledBack or Failed with a reason, that
// the source replica never went before its replacement and the volume were Healthy, that the
// volume never lost a Healthy replica to the move, and that the journal agrees with the
// cluster.
//
// CSTOR_FAULT_SEED sets the base seed (default: from the clock, printed); schedule i uses
// seed base + i, so CSTOR_FAULT_SEED=<seed of a failing schedule> CSTOR_FAULT_SCHEDULES=1
// replays that one alone. CSTOR_FAULT_SCHEDULES sets how many run (default 200);
// CSTOR_FAULT_LANES how many run at once, each on its own simulated cluster (default 4).

#include "faultschedule.h"
#include "schedulerun.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

#include <functional>

using namespace FaultSchedules;

namespace {

// Which schedules run and how: CSTOR_FAULT_SEED, CSTOR_FAULT_SCHEDULES, CSTOR_FAULT_LANES and
// CSTOR_FAULT_VERBOSE, or their defaults.
struct ScheduleSettings
{
    quint64 base = 0;
    int count = 200;
    int lanes = 4;
    bool verbose = false;

    static ScheduleSettings fromEnvironment()
    {
        ScheduleSettings settings;
        bool ok = false;
        settings.base = qEnvironmentVariable("CSTOR_FAULT_SEED").toULongLong(&ok);
        if (!ok)
            settings.base = quint64(QDateTime::currentMSecsSinceEpoch());
        const int count = qEnvironmentVariableIntValue("CSTOR_FAULT_SCHEDULES", &ok);
        if (ok && count > 0)
            settings.count = count;
        const int lanes = qEnvironmentVariableIntValue("CSTOR_FAULT_LANES", &ok);
        if (ok && lanes > 0)
            settings.lanes = lanes;
        settings.verbose = qEnvironmentVariableIsSet("CSTOR_FAULT_VERBOSE");
        return settings;
    }
};

// What the schedules that ended came to: outcomes, where the faults landed, the failures.
struct ScheduleTally
{
    int ran = 0;
    int held = 0;
    int raced = 0;
    int repaired = 0;
    int sourceLost = 0;
    QMap<QString, int> outcomes;
    QMap<QString, int> hits;
    QStringList failures; // the seeds of the schedules that failed

    void record(const ScheduleRun &run, bool verbose)
    {
        ++ran;
        raced += run.raced();
        repaired += run.repaired() ? 1 : 0;
        sourceLost += run.sourceLost() ? 1 : 0;
        const QString outcome = run.finished() ? MigrationStates::toString(run.outcome())
                                               : QStringLiteral("unfinished");
        ++outcomes[outcome];
        const QMap<QString, int> runHits = run.hits();
        for (auto it = runHits.cbegin(); it != runHits.cend(); ++it)
            hits[it.key()] += it.value();
        if (verbose)
            qInfo("seed %llu: %s -> %s %s [%s]", run.schedule().seed,
                  qPrintable(run.schedule().describe()), qPrintable(outcome),
                  qPrintable(run.reason()), qPrintable(run.timeline()));
        if (run.violations().isEmpty()) {
            ++held;
            return;
        }
        const QString report =
            QStringLiteral("schedule seed %1 failed (replay: CSTOR_FAULT_SEED=%1 "
                           "CSTOR_FAULT_SCHEDULES=1)\n  schedule: %2\n  ended %3: %4\n"
                           "  %5")
                .arg(QString::number(run.schedule().seed), run.schedule().describe(), outcome,
                     run.reason(), run.violations().join(QLatin1String("\n  ")));
        qWarning("%s", qPrintable(report));
        failures << QString::number(run.schedule().seed);
    }

    void report(qint64 elapsedMs) const
    {
        QStringList tally;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            tally << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        QStringList landed;
        for (auto it = hits.cbegin(); it != hits.cend(); ++it)
            landed << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        qInfo("faults landed while the move was: %s", qPrintable(landed.join(QLatin1String(", "))));
        qInfo("%d schedules ran, %d held (%s; %d source removals met a replica lost to a fault, "
              "%d lost nodes brought back for a move past cancelling, %d sources lost for good "
              "with their node); %.1f s, %.0f schedules/min",
              ran, held, qPrintable(tally.join(QLatin1String(", "))), raced, repaired, sourceLost,
              elapsedMs / 1000.0, ran * 60000.0 / std::max<qint64>(1, elapsedMs));
    }
};

} // namespace

class TestFaultSchedules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomSchedules();
};

void TestFaultSchedules::initTestCase()
{
    // Hundreds of clusters and consoles: their routine chatter would bury the figures.
    QLoggingCategory::setFilterRules(
        QStringLiteral("cstor.kube.debug=false\ncstor.sim.info=false\ncstor.migration.info=false"));
}

void TestFaultSchedules::randomSchedules()
{
    const ScheduleSettings settings = ScheduleSettings::fromEnvironment();
    qInfo("base seed %llu (CSTOR_FAULT_SEED), %d schedules, %d at once", settings.base,
          settings.count, settings.lanes);

    QElapsedTimer elapsed;
    elapsed.start();
    int next = 0;
    ScheduleTally tally;
    std::function<void()> launch = [&] {
        if (next >= settings.count)
            return;
        const Schedule schedule = Schedule::draw(settings.base + quint64(next++));
        auto *run = new ScheduleRun(schedule, this);
        connect(run, &ScheduleRun::ended, this, [&, run] {
            tally.record(*run, settings.verbose);
            run->deleteLater();
            launch();
        });
        run->start();
    };
    for (int i = 0; i < settings.lanes; ++i)
        launch();
    QTRY_VERIFY_WITH_TIMEOUT(tally.ran == settings.count, 600000);

    tally.report(elapsed.elapsed());
    QVERIFY2(tally.failures.isEmpty(),
             qPrintable(QStringLiteral("failing schedule seeds: %1 (base seed %2)")
                            .arg(tally.failures.join(QLatin1Char(' ')))
                            .arg(settings.base)));
}

QTEST_GUILESS_MAIN(TestFaultSchedules)
#include "tst_faultschedules.moc"
