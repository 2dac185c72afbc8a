// The live charts of the real main window on the simulated seed cluster (served over HTTPS on
// loopback): the rebuild chart against the migration engine's estimate and the simulator's
// truth, the capacity chart against the pools, the plan's projection bars, and the exports.
// Set CSTOR_CHART_SCREENSHOT to a file name to keep a picture of the window mid-migration.
#include "models/items/capacityhistory.h"
#include "models/items/clustermodel.h"
#include "models/items/replicamodel.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/poolmanager.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/chartwidget.h"
#include "ui/clusterconnection.h"
#include "ui/mainwindow.h"
#include "ui/plandialog.h"
#include "ui/pointdecimation.h"
#include "ui/projectionchart.h"
#include "ui/rebuildchart.h"
#include "ui/timeaxis.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using SeedNames::kVolume;
const QString &kSource = SeedNames::kPn9p;
const QString &kTarget = SeedNames::kPsz5;
constexpr int kMigrationTimeoutMs = 180000;
constexpr double kSpeed = 20;

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A time left the rebuild chart showed, held against the simulator's.
struct EtaCheck
{
    qint64 shownSeconds = 0;
    double trueSeconds = 0;
    double fraction = 0;
    qint64 simMs = 0;     // simulated time when the ETA was shown
    qint64 healthyMs = 0; // simulated time when the engine saw the replica Healthy
};

// Watches one migration on the rebuild chart: each time the chart takes a point, it is the
// engine's estimate at that moment; once a quarter is copied, the time left it shows is held
// against the simulator's.
class RebuildWatch : public QObject
{
public:
    RebuildWatch(Ui::RebuildChart *chart, Migration::MigrationEngine *engine, Sim::SimCluster *sim)
        : m_chart(chart)
        , m_engine(engine)
        , m_sim(sim)
    {
        connect(chart, &Ui::RebuildChart::sampled, this, &RebuildWatch::sampled);
        // The engine leaves Rebuilding when it sees the new replica Healthy.
        connect(engine, &Migration::MigrationEngine::migrationChanged, this,
                [this](const QString &changed) {
                    if (changed == m_id && eta && eta->healthyMs == 0 &&
                        m_engine->status(m_id).state != Migration::MigrationState::Rebuilding)
                        eta->healthyMs = m_sim->clock()->nowMs();
                });
    }

    void setId(const QString &id) { m_id = id; }

    QStringList mismatches;
    int samples = 0;
    std::optional<EtaCheck> eta; // the first once a quarter was copied
    QList<EtaCheck> etaChecks;   // every one from then on, while the copy runs

private:
    void sampled(const QString &sampledId)
    {
        if (sampledId != m_id)
            return;
        const Migration::MigrationStatus status = m_engine->status(m_id);
        const QList<QPointF> points = m_chart->points(m_id);
        if (points.isEmpty())
            return;
        ++samples;
        const double expected = std::clamp(status.progress.fraction, 0.0, 1.0) * 100.0;
        if (std::abs(points.last().y() - expected) > 1e-6)
            mismatches.append(
                QStringLiteral("%1 shown, %2 estimated").arg(points.last().y()).arg(expected));
        if (m_chart->shownEtaSeconds(m_id) != status.progress.etaSeconds ||
            m_chart->shownStalled(m_id) != status.progress.stalled)
            mismatches.append(QStringLiteral("time left or stall differs"));
        if (status.state == Migration::MigrationState::Rebuilding &&
            status.progress.fraction >= 0.25 && status.progress.etaSeconds &&
            !status.progress.stalled)
            checkAgainstTheSimulator(status);
    }

    void checkAgainstTheSimulator(const Migration::MigrationStatus &status)
    {
        for (const QJsonValue &value : m_sim->poolManager()->rebuildTruth()) {
            const QJsonObject truth = value.toObject();
            if (truth.value(QStringLiteral("volume")).toString() != kVolume ||
                truth.value(QStringLiteral("pool")).toString() != kTarget)
                continue;
            const double left = truth.value(QStringLiteral("bytesToCopy")).toDouble() -
                                truth.value(QStringLiteral("bytesCopied")).toDouble();
            const double rate = truth.value(QStringLiteral("rate")).toDouble();
            if (rate <= 0 || left <= 0)
                continue;
            const EtaCheck check{*m_chart->shownEtaSeconds(m_id), left / rate / kSpeed,
                                 status.progress.fraction, m_sim->clock()->nowMs(), 0};
            etaChecks.append(check);
            if (!eta)
                eta = check;
        }
    }

    Ui::RebuildChart *m_chart;
    Migration::MigrationEngine *m_engine;
    Sim::SimCluster *m_sim;
    QString m_id;
};

} // namespace

class TestCharts
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rebuildChartFollowsTheSeedMigration();
    void capacityChartFollowsThePools();
    void capacityHistoryKeptBetweenRuns();
    void planShowsProjectionBars();
    void longLinesAreDecimatedToThePixels();
    void manyRebuildsKeepTheChartReadable();
    void timeAxesTickAtRoundValues();

private:
    Ui::ChartPanel *showCharts();
    void exportsWhileTheMigrationRuns(Ui::RebuildChart *chart, const QString &id);
    void timeLeftAgreesWithTheSimulator(const RebuildWatch &watch);

    QTemporaryDir m_out;
};

void TestCharts::initTestCase()
{
    useTestSettings();
    QVERIFY(m_out.isValid());
}

void TestCharts::init()
{
    QDir(QFileInfo(Items::CapacityHistory::fileFor(QStringLiteral("any"), QStringLiteral("any")))
             .absolutePath())
        .removeRecursively();
    SimHarness::Options options;
    options.speed = kSpeed; // the seed rebuild takes several real seconds
    startSimAndWindow(options);
}

void TestCharts::cleanup()
{
    stopWindowAndSim();
}

Ui::ChartPanel *TestCharts::showCharts()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    m_window->resizeDocks({dock}, {420}, Qt::Vertical);
    return m_window->chartPanel();
}

void TestCharts::rebuildChartFollowsTheSeedMigration()
{
    openSeed();
    Ui::ChartPanel *panel = showCharts();
    QVERIFY(panel);
    Ui::RebuildChart *chart = panel->rebuildChart();
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QVERIFY(engine);

    RebuildWatch watch(chart, engine, m_sim->sim());
    const QString id = engine->start({kVolume, kSource, kTarget});
    watch.setId(id);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(chart->migrationIds().contains(id), kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(engine->status(id).state == Migration::MigrationState::Rebuilding,
                             kMigrationTimeoutMs);
    // The chart says its numbers are estimates.
    QVERIFY(chart->caption().contains(QStringLiteral("estimate")));
    QTRY_VERIFY_WITH_TIMEOUT(watch.eta.has_value() ||
                                 Migration::MigrationStates::isFinal(engine->status(id).state),
                             kMigrationTimeoutMs);
    const QString screenshot = qEnvironmentVariable("CSTOR_CHART_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QCoreApplication::processEvents(); // the chart's scene draws its last point
        QVERIFY(m_window->grab().save(screenshot, "PNG"));
    }
    // While it rebuilds, the caption gives the time left and rate (or says it stalled).
    if (!Migration::MigrationStates::isFinal(engine->status(id).state)) {
        const QString caption = chart->caption();
        QVERIFY2(caption.contains(QStringLiteral("ETA")) ||
                     caption.contains(QStringLiteral("stalled")),
                 qPrintable(caption));
    }
    exportsWhileTheMigrationRuns(chart, id);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(Migration::MigrationStates::isFinal(engine->status(id).state),
                             kMigrationTimeoutMs);
    QCOMPARE(engine->status(id).state, Migration::MigrationState::Done);
    QVERIFY2(watch.mismatches.isEmpty(), qPrintable(watch.mismatches.join(QStringLiteral("; "))));
    QVERIFY(watch.samples >= 3);
    timeLeftAgreesWithTheSimulator(watch);
    if (QTest::currentTestFailed())
        return;
    // The finished line ends at 100 % and says how it ended.
    QTRY_VERIFY(chart->seriesName(id).contains(QStringLiteral("Done")));
    QCOMPARE(chart->points(id).last().y(), 100.0);
    QVERIFY(!chart->caption().contains(QStringLiteral("ETA")));
}

void TestCharts::exportsWhileTheMigrationRuns(Ui::RebuildChart *chart, const QString &id)
{
    const QString csvPath = m_out.filePath(QStringLiteral("rebuild.csv"));
    QVERIFY(chart->exportCsv(csvPath));
    const QStringList csv = readLines(csvPath);
    QVERIFY(csv.size() >= 2);
    QCOMPARE(csv.first(), QStringLiteral("seconds,migration,label,estimated_percent"));
    QCOMPARE(csv.size() - 1, int(chart->points(id).size()));
    QVERIFY(csv.at(1).contains(id));
    const QString pngPath = m_out.filePath(QStringLiteral("rebuild.png"));
    QVERIFY(chart->exportPng(pngPath));
    QImage image;
    QVERIFY(image.load(pngPath, "PNG"));
    QVERIFY(image.width() > 100 && image.height() > 100);
}

// Once a quarter is copied, the time left shown is within 20 % of the simulator's, give or take
// the rounding up to whole seconds: when the quarter is reached, and from then on while more than
// a few seconds are left (below that, one resync period of the new replica's reports is most of
// what is left, and the rounding all of the rest).
void TestCharts::timeLeftAgreesWithTheSimulator(const RebuildWatch &watch)
{
    QVERIFY2(watch.eta.has_value(), "no estimate of the time left once a quarter was copied");
    const EtaCheck &eta = *watch.eta;
    const double untilHealthy = double(eta.healthyMs - eta.simMs) / 1000.0 / kSpeed;
    qInfo("at %.0f %% copied: ETA shown %lld s, simulator's time left %.1f s, Healthy seen "
          "after %.1f s",
          eta.fraction * 100, eta.shownSeconds, eta.trueSeconds, untilHealthy);
    double worst = 0; // the largest error beyond the rounding, relative to the truth
    for (const EtaCheck &check : watch.etaChecks) {
        const double error = std::abs(double(check.shownSeconds) - check.trueSeconds);
        if (&check != &watch.etaChecks.constFirst() && check.trueSeconds < 3)
            continue;
        worst = std::max(worst, std::max(0.0, error - 1.0) / check.trueSeconds);
        QVERIFY2(error <= 0.2 * check.trueSeconds + 1.0,
                 qPrintable(QStringLiteral("at %1 % copied: ETA %2 s, truth %3 s")
                                .arg(qRound(check.fraction * 100))
                                .arg(check.shownSeconds)
                                .arg(check.trueSeconds, 0, 'f', 1)));
    }
    qInfo("%lld times left checked after a quarter was copied; worst error beyond the rounding "
          "to whole seconds: %.0f %%",
          qint64(watch.etaChecks.size()), worst * 100);
}

void TestCharts::capacityChartFollowsThePools()
{
    openSeed();
    Ui::ChartPanel *panel = showCharts();
    QVERIFY(panel);
    panel->tabs()->setCurrentWidget(panel->capacityChart());
    Ui::CapacityChart *chart = panel->capacityChart();
    chart->sample();
    QVERIFY(chart->sampleCount() >= 1);

    const auto &pools = m_window->clusterModel()->pools()->rows();
    QCOMPARE(pools.size(), 3);
    qint64 used = 0;
    qint64 total = 0;
    for (const Cstor::PoolInstance &pool : pools) {
        QVERIFY2(chart->seriesNames().contains(pool.meta.name), qPrintable(pool.meta.name));
        const QList<QPointF> points = chart->points(pool.meta.name);
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().y(), Items::PoolModel::usedFraction(pool));
        QVERIFY(!chart->isHighlighted(pool.meta.name)); // the seed's pools are far from 80 %
        used += pool.usedBytes;
        total += pool.totalBytes;
    }
    QVERIFY(chart->seriesNames().contains(Ui::CapacityChart::totalName()));
    QCOMPARE(chart->points(Ui::CapacityChart::totalName()).last().y(),
             double(used) / double(total));
    QVERIFY(!chart->seriesNames().contains(Ui::CapacityChart::othersName()));

    // Pools above the threshold are highlighted, the others not.
    double lowest = 1;
    double highest = 0;
    for (const Cstor::PoolInstance &pool : pools) {
        lowest = std::min(lowest, Items::PoolModel::usedFraction(pool));
        highest = std::max(highest, Items::PoolModel::usedFraction(pool));
    }
    QVERIFY(lowest < highest);
    chart->setThreshold((lowest + highest) / 2);
    for (const Cstor::PoolInstance &pool : pools)
        QCOMPARE(chart->isHighlighted(pool.meta.name),
                 Items::PoolModel::usedFraction(pool) > (lowest + highest) / 2);

    // Only the fullest pools get a line; the rest are "others".
    chart->setTopN(1);
    chart->sample();
    QStringList names = chart->seriesNames();
    QCOMPARE(names.size(), 3);
    QVERIFY(names.contains(Ui::CapacityChart::othersName()));
    for (const Cstor::PoolInstance &pool : pools) {
        if (Items::PoolModel::usedFraction(pool) == highest)
            QCOMPARE(names.first(), pool.meta.name);
    }

    // A second sample a second later extends the lines (the timer samples on its own).
    const int before = chart->sampleCount();
    QTRY_VERIFY(chart->sampleCount() > before);

    // With CSTOR_CHART_SCREENSHOT=x.png, the capacity tab goes to x-capacity.png.
    QString screenshot = qEnvironmentVariable("CSTOR_CHART_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        if (screenshot.endsWith(QStringLiteral(".png")))
            screenshot.chop(4);
        screenshot += QStringLiteral("-capacity.png");
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(screenshot, "PNG"));
    }
    const QString csvPath = m_out.filePath(QStringLiteral("capacity.csv"));
    QVERIFY(chart->exportCsv(csvPath));
    const QStringList csv = readLines(csvPath);
    QCOMPARE(csv.first(), QStringLiteral("seconds,pool,used_bytes,total_bytes,used_fraction"));
    // One row per pool and sample, plus the cluster total's.
    QCOMPARE(csv.size() - 1, 4 * chart->sampleCount());
    const QString pngPath = m_out.filePath(QStringLiteral("capacity.png"));
    QVERIFY(chart->exportPng(pngPath));
    QImage image;
    QVERIFY(image.load(pngPath, "PNG"));
    QVERIFY(!image.isNull());
}

void TestCharts::capacityHistoryKeptBetweenRuns()
{
    openSeed();
    Ui::CapacityChart *chart = showCharts()->capacityChart();
    QVERIFY(chart->keepsHistory()); // the default
    QTRY_VERIFY(chart->sampleCount() >= 2);
    const QString file =
        Items::CapacityHistory::fileFor(m_window->currentContext(), m_window->currentNamespace());
    const QString pool = m_window->clusterModel()->pools()->rows().constFirst().meta.name;

    // Closing the window keeps this run's history; the next window on the context shows it
    // before its own, at negative times.
    const int earlier = chart->sampleCount();
    m_window.reset();
    QVERIFY(QFile::exists(file));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    chart = m_window->chartPanel()->capacityChart();
    QSignalSpy loaded(chart, &Ui::CapacityChart::historyLoaded);
    openSeed();
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(chart->sampleCount() >= earlier);
    QTRY_VERIFY(!chart->points(pool).isEmpty());
    QVERIFY(chart->points(pool).constFirst().x() < 0);
    QVERIFY(chart->caption().contains(QStringLiteral("earlier runs")));

    // Switched off: the kept file goes, and the next window starts from nothing.
    auto *keep = chart->findChild<QAction *>(QStringLiteral("keepCapacityHistory"));
    QVERIFY(keep && keep->isChecked());
    keep->trigger();
    QVERIFY(!chart->keepsHistory());
    QVERIFY(!QFile::exists(file));
    m_window.reset();
    QVERIFY(!QFile::exists(file));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    chart = m_window->chartPanel()->capacityChart();
    QVERIFY(!chart->keepsHistory()); // the setting stays
    openSeed();
    QTRY_VERIFY(chart->sampleCount() >= 1);
    QVERIFY(chart->points(pool).constFirst().x() >= 0);
}

void TestCharts::planShowsProjectionBars()
{
    openSeed();
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    Ui::PlanDialog dialog(engine, {Migration::ReplicaMove{kVolume, kSource, kTarget}}, false, {},
                          m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui::ProjectionChart *chart = dialog.projectionChart();
    QVERIFY(chart);
    // The seed's pools stay far below 80 %.
    QVERIFY(chart->calledOut().isEmpty());
    QVERIFY(chart->caption().contains(QStringLiteral("80")));
    const QString csvPath = m_out.filePath(QStringLiteral("plan.csv"));
    QVERIFY(chart->exportCsv(csvPath));
    QStringList csv = readLines(csvPath);
    QCOMPARE(csv.size(), 3); // header, source and target
    QVERIFY(csv.at(1).startsWith(kSource) || csv.at(1).startsWith(kTarget));

    // A pool that crosses 80 % is called out.
    Migration::PoolProjection crossing;
    crossing.pool = QStringLiteral("full-pool");
    crossing.totalBytes = 100;
    crossing.usedBefore = 70;
    crossing.usedAfter = 85;
    Migration::PoolProjection freed;
    freed.pool = QStringLiteral("freed-pool");
    freed.totalBytes = 100;
    freed.usedBefore = 50;
    freed.usedAfter = 20;
    chart->setProjection({crossing, freed});
    QCOMPARE(chart->calledOut(), QStringList{QStringLiteral("full-pool")});
    QVERIFY(chart->caption().contains(QStringLiteral("full-pool crosses 80")));
    QVERIFY(!chart->caption().contains(QStringLiteral("freed-pool")));
    const QString pngPath = m_out.filePath(QStringLiteral("plan.png"));
    QVERIFY(chart->exportPng(pngPath));
    QVERIFY(QFile(pngPath).size() > 0);
    dialog.reject();
}

void TestCharts::longLinesAreDecimatedToThePixels()
{
    // Five hours of a rebuild sampled every second, with a stall and a restart in it.
    QList<QPointF> points;
    for (int second = 0; second < 5 * 3600; ++second) {
        double percent = std::min(100.0, second / 150.0);
        if (second > 3000 && second < 4000)
            percent = 20; // stalled
        if (second >= 9000)
            percent = (second - 9000) / 120.0; // started again
        points.append(QPointF(second, percent));
    }
    const QList<QPointF> thin = Ui::decimatePoints(points, 800);
    QVERIFY(thin.size() <= 2 * 800 + 1);
    QCOMPARE(thin.first(), points.first());
    QCOMPARE(thin.last(), points.last());
    QVERIFY(std::is_sorted(thin.cbegin(), thin.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    // The shape stays: the highest point before the restart and the low right after it.
    const auto near = [&](double x) {
        return std::min_element(thin.cbegin(), thin.cend(),
                                [x](const QPointF &a, const QPointF &b) {
                                    return std::abs(a.x() - x) < std::abs(b.x() - x);
                                });
    };
    QVERIFY(std::any_of(thin.cbegin(), thin.cend(),
                        [](const QPointF &p) { return p.y() >= 59.9 && p.x() < 9000; }));
    QVERIFY(near(9001)->y() < 1.0);
    // Short lines are left alone.
    const QList<QPointF> few = points.mid(0, 100);
    QCOMPARE(Ui::decimatePoints(few, 800), few);
}

// Eleven replicas rebuilding at once on a generated cluster: the legend gives way to the lines'
// tooltips, and the caption lists the stalled or slowest few and counts the others.
void TestCharts::manyRebuildsKeepTheChartReadable()
{
    constexpr int kMoves = 11;
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = kSpeed;
    options.generateSpec = QStringLiteral("nodes=16,pools-per-node=1,volumes=12,replicas=3");
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    openSeed();
    Ui::ChartPanel *panel = showCharts();
    QVERIFY(panel);
    Ui::RebuildChart *chart = panel->rebuildChart();
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QVERIFY(engine);
    // A move's verdict waits for the answer to whether this user may patch CVCs; on a loaded
    // machine it can come after the sync.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->isWritePermissionKnown(), kSyncTimeoutMs);
    QVERIFY(m_window->connection()->isWriteAllowed());
    engine->setLimits({1, kMoves, kMoves});

    // Every caption shown while they run stays within the five listed, the count and the note.
    int longestCaption = 0;
    connect(chart, &Ui::RebuildChart::sampled, this, [&] {
        longestCaption =
            std::max(longestCaption, int(chart->caption().count(QLatin1Char('\n'))) + 1);
    });
    Items::ClusterModel *model = m_window->clusterModel();
    const Items::ReplicaModel *replicas = model->replicas();
    const QStringList nodes = model->nodeNames();
    QSet<QString> volumes;
    for (int row = 0; row < replicas->rowCount() && volumes.size() < kMoves; ++row) {
        const Cstor::VolumeReplica &candidate = replicas->at(row);
        if (volumes.contains(candidate.volume))
            continue;
        for (const QString &node : nodes) {
            const QStringList pools = model->poolsOfNode(node);
            const auto target = std::find_if(pools.cbegin(), pools.cend(), [&](const QString &p) {
                return m_window->moveVerdict(candidate.meta.uid, p).isEmpty();
            });
            if (target == pools.cend())
                continue;
            QVERIFY(!engine->start({candidate.volume, candidate.pool, *target}).isEmpty());
            volumes.insert(candidate.volume);
            break;
        }
    }
    QCOMPARE(int(volumes.size()), kMoves);
    QTRY_COMPARE_WITH_TIMEOUT(int(chart->migrationIds().size()), kMoves, kSyncTimeoutMs);
    QVERIFY(!chart->isLegendShown());
    QTRY_VERIFY_WITH_TIMEOUT(chart->caption().contains(QStringLiteral("more rebuilding")),
                             kMigrationTimeoutMs);
    QVERIFY2(chart->caption().count(QLatin1Char('\n')) + 1 <=
                 Ui::RebuildChart::kMaxCaptionLines + 2,
             qPrintable(chart->caption()));
    for (const Migration::MigrationStatus &status : engine->migrations())
        engine->cancel(status.id);
    QVERIFY2(longestCaption <= Ui::RebuildChart::kMaxCaptionLines + 2,
             qPrintable(QString::number(longestCaption)));
}

// Ticks on round times (10 s, 15 s, 2 min, 6 h ...), not Qt's even division (0, 22, 45, 67, 90),
// labelled in the step's unit (1:30, then minutes, hours, days), which the title names.
void TestCharts::timeAxesTickAtRoundValues()
{
    QCOMPARE(Ui::TimeAxis::step(60), 10.0);
    QCOMPARE(Ui::TimeAxis::step(90), 15.0);
    QCOMPARE(Ui::TimeAxis::step(600), 120.0);
    QCOMPARE(Ui::TimeAxis::step(3600), 600.0);
    QCOMPARE(Ui::TimeAxis::step(86400), 21600.0);
    QCOMPARE(Ui::TimeAxis::label(90, 15), u"1:30"_s);
    QCOMPARE(Ui::TimeAxis::label(5, 1), u"0:05"_s);
    QCOMPARE(Ui::TimeAxis::label(-90, 15), u"-1:30"_s); // an earlier run's history
    QCOMPARE(Ui::TimeAxis::label(1200, 120), u"20"_s);
    QCOMPARE(Ui::TimeAxis::label(43200, 21600), u"12"_s);
    QCOMPARE(Ui::TimeAxis::label(172800, 86400), u"2"_s);
    QCOMPARE(Ui::TimeAxis::title(600), u"Time (min)"_s);
    QCOMPARE(Ui::TimeAxis::title(21600), u"Time (h)"_s);
    Ui::RebuildChart rebuild;
    Items::ClusterModel model;
    Ui::CapacityChart capacity(&model);
    for (Ui::ChartWidget *view : std::initializer_list<Ui::ChartWidget *>{&rebuild, &capacity}) {
        auto *chartView = view->findChild<QChartView *>();
        QVERIFY(chartView);
        const QList<QAbstractAxis *> axes = chartView->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
        QVERIFY(axis);
        QCOMPARE(axis->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        QCOMPARE(axis->titleText(), u"Time (min:s)"_s);
        QCOMPARE(axis->categoriesLabels(), (QStringList{u"0:00"_s, u"0:10"_s, u"0:20"_s, u"0:30"_s,
                                                        u"0:40"_s, u"0:50"_s, u"1:00"_s}));
        // A window that starts at an odd second still ticks on multiples of the step.
        Ui::TimeAxis::fit(axis, 37, 127);
        QCOMPARE(axis->categoriesLabels(),
                 (QStringList{u"0:45"_s, u"1:00"_s, u"1:15"_s, u"1:30"_s, u"1:45"_s, u"2:00"_s}));
        QCOMPARE(axis->endValue(u"0:45"_s), 45.0);
        QCOMPARE(axis->min(), 37.0);
        // Hours of history: labelled in minutes, then hours.
        Ui::TimeAxis::fit(axis, 0, 3 * 3600);
        QCOMPARE(axis->titleText(), u"Time (min)"_s);
        QCOMPARE(axis->categoriesLabels().value(1), u"30"_s);
        Ui::TimeAxis::fit(axis, 0, 2 * 86400);
        QCOMPARE(axis->titleText(), u"Time (h)"_s);
        QCOMPARE(axis->categoriesLabels().value(1), u"12"_s);
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
