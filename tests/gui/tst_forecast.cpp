// The capacity forecast in the window, on the simulator with a real Prometheus holding a month
// of drawn pool history: the Pools table says when each pool goes read-only, the Charts dock's
// forecast tab draws the history and the dashed projection inside its band, the Health dock
// warns of the pool going read-only within its horizon, a plan says what a move does to the
// dates and shows the volume's recent I/O, and the tables' I/O columns fill.
#include "models/items/clustermodel.h"
#include "models/items/findingmodel.h"
#include "models/items/poolmodel.h"
#include "models/items/volumemodel.h"
#include "models/migration/migrationengine.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/forecastchart.h"
#include "ui/iochart.h"
#include "ui/mainwindow.h"
#include "ui/plandialog.h"
#include "ui/poolforecasts.h"
#include "ui/tablepanel.h"

#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace Qt::StringLiterals;

class TestForecast
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty())
            QSKIP("prometheus is not installed (Debian package prometheus)");
        useTestSettings();
    }
    void init()
    {
        SimHarness::Options options;
        options.historyDays = 30;
        options.prometheus = true;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void poolsTableAndChartShowTheForecast();
    void aPlanSaysWhatItDoesToTheDates();

private:
    // The pool the history made nearly full, and its true days to read-only.
    QString nearlyFull(double *trueDays) const;
    Items::PoolModel *pools() const { return m_window->clusterModel()->pools(); }
    QString readOnlyIn(const QString &pool) const
    {
        const int row = pools()->rowOfName(pool);
        return pools()->index(row, Items::PoolModel::ReadOnlyIn).data().toString();
    }
};

QString TestForecast::nearlyFull(double *trueDays) const
{
    const QJsonObject truth = m_sim->sim()->historyTruth();
    for (const QJsonValue &pool : truth.value("pools"_L1).toArray()) {
        if (pool["growthClass"_L1].toString() == "nearlyFull"_L1) {
            *trueDays = pool["daysToReadOnly"_L1].toDouble();
            return pool["cspi"_L1].toString();
        }
    }
    return {};
}

void TestForecast::poolsTableAndChartShowTheForecast()
{
    openSeed();
    double trueDays = 0;
    const QString pool = nearlyFull(&trueDays);
    QVERIFY(!pool.isEmpty());
    // Asked of Prometheus at sync, fitted off the UI thread.
    QTRY_VERIFY_WITH_TIMEOUT(!readOnlyIn(pool).isEmpty(), 30000);
    // The first pass (a week, 6-hourly) is replaced by the hourly one.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->poolForecasts()->result().stepSeconds, 3600, 30000);
    const QString text = readOnlyIn(pool);
    bool ok = false;
    const double shown = text.section(u'~', 1).section(u' ', 0, 0).toDouble(&ok);
    QVERIFY2(ok && std::abs(shown / trueDays - 1) < 0.15, qPrintable(text));
    for (int row = 0; row < pools()->rowCount(); ++row)
        QVERIFY(!pools()->index(row, Items::PoolModel::ReadOnlyIn).data().toString().isEmpty());
    const QString tip = pools()
                            ->index(pools()->rowOfName(pool), Items::PoolModel::ReadOnlyIn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.contains(u"Read-only (85 %) in about"_s) &&
                 tip.contains(u"monitoring/prometheus-operated:9090"_s),
             qPrintable(tip));

    Ui::ForecastChart *chart = m_window->chartPanel()->forecastChart();
    m_window->chartPanel()->tabs()->setCurrentWidget(chart);
    QTRY_VERIFY(!chart->shownPools().isEmpty());
    QCOMPARE(chart->shownPools().first(), pool); // soonest first
    QVERIFY2(chart->caption().contains(pool + u" goes read-only (85 %) in ~"_s),
             qPrintable(chart->caption()));
    const QList<QPointF> mean = chart->projection(pool);
    const QList<QPointF> soonest = chart->projection(pool, 2);
    const QList<QPointF> latest = chart->projection(pool, -2);
    QCOMPARE(mean.size(), 31);
    QVERIFY(mean.last().y() > mean.first().y()); // it grows
    QVERIFY(soonest.last().y() >= mean.last().y() && mean.last().y() >= latest.last().y());
    QCOMPARE(mean.last().y(), 100.0); // a month out it is full
    chart->setHorizonDays(7);
    QVERIFY(chart->projection(pool).last().y() < 100.0);
    QVERIFY(chart->exportPng(QDir::temp().filePath(u"forecast-test.png"_s)));

    // The Health dock: read-only within its 14-day horizon.
    const Items::FindingModel *findings = m_window->findChild<Items::FindingModel *>();
    QVERIFY(findings);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Doctor::Finding &finding : findings->findings()) {
                if (finding.rule == "pool-read-only-soon"_L1 &&
                    finding.objects.contains(u"cspi/"_s + pool))
                    return true;
            }
            return false;
        }(),
        10000);

    // I/O: the volumes' and pools' columns fill once Prometheus has answered.
    Items::VolumeModel *volumes = m_window->clusterModel()->volumes();
    QTRY_VERIFY_WITH_TIMEOUT(volumes->ioOf(SeedNames::kVolume).known, 30000);

    // The I/O chart: the busiest pool first, over the last week; then a volume, over a day.
    Ui::IoChart *io = m_window->chartPanel()->ioChart();
    QTRY_VERIFY_WITH_TIMEOUT(io->isLoaded(), 30000);
    QCOMPARE(io->subject().kind, Ui::IoChart::Subject::Pool);
    QVERIFY(!io->rates()[Metrics::VolumeIo::WriteBytes].isEmpty());
    QVERIFY2(io->caption().contains(u"over the last 7 day"_s) &&
                 io->caption().contains(u"Busiest volumes now: "_s),
             qPrintable(io->caption()));
    io->setWindowDays(1);
    io->show({Ui::IoChart::Subject::Volume, SeedNames::kVolume});
    QTRY_VERIFY_WITH_TIMEOUT(io->isLoaded(), 30000);
    QVERIFY(!io->rates()[Metrics::VolumeIo::ReadOps].isEmpty());
    const qint64 span = io->rates()[Metrics::VolumeIo::ReadOps].last().timeMs -
                        io->rates()[Metrics::VolumeIo::ReadOps].first().timeMs;
    QVERIFY2(span > 20 * 3600 * 1000LL && span <= 24 * 3600 * 1000LL, qPrintable(io->caption()));
    QVERIFY2(io->caption().startsWith(u"Volume "_s + SeedNames::kVolume),
             qPrintable(io->caption()));
    const QString ioShot = qEnvironmentVariable("CSTOR_IO_SCREENSHOT");
    if (!ioShot.isEmpty()) {
        io->setWindowDays(7);
        QTRY_VERIFY_WITH_TIMEOUT(io->isLoaded(), 30000);
        m_window->chartPanel()->tabs()->setCurrentWidget(io);
        auto *dock = m_window->findChild<QDockWidget *>(u"chartsDock"_s);
        dock->setFloating(true);
        dock->show();
        dock->resize(1280, 640);
        QTRY_COMPARE(dock->size(), QSize(1280, 640));
        QVERIFY(dock->grab().save(ioShot, "PNG"));
        dock->setFloating(false);
        m_window->chartPanel()->tabs()->setCurrentWidget(chart);
    }

    // With CSTOR_FORECAST_SCREENSHOT=x.png, a picture of the Charts dock with the forecast 30
    // days ahead, floated at 1280x640.
    const QString screenshot = qEnvironmentVariable("CSTOR_FORECAST_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        chart->setHorizonDays(30);
        auto *dock = m_window->findChild<QDockWidget *>(u"chartsDock"_s);
        QVERIFY(dock);
        dock->setFloating(true);
        dock->show();
        dock->resize(1280, 640);
        QTRY_COMPARE(dock->size(), QSize(1280, 640));
        QTRY_VERIFY(chart->height() > 500);
        QVERIFY(dock->grab().save(screenshot, "PNG"));
    }
}

void TestForecast::aPlanSaysWhatItDoesToTheDates()
{
    openSeed();
    double trueDays = 0;
    const QString pool = nearlyFull(&trueDays);
    QTRY_VERIFY_WITH_TIMEOUT(!readOnlyIn(pool).isEmpty(), 30000);
    // The first pass (a week, 6-hourly) is replaced by the hourly one.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->poolForecasts()->result().stepSeconds, 3600, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->engine()->cluster().poolTrend(pool) != nullptr,
                             10000);
    // A replica moved off the nearly full pool pushes its date out.
    const Migration::MigrationEngine *engine = m_window->connection()->engine();
    QString volume;
    QString target;
    for (const Cstor::VolumeReplica *replica : engine->cluster().replicasOnPool(pool)) {
        for (const Cstor::PoolInstance *other : engine->cluster().pools()) {
            if (other->meta.name != pool &&
                !engine->cluster().replica(replica->volume, other->meta.name)) {
                volume = replica->volume;
                target = other->meta.name;
            }
        }
    }
    QVERIFY(!volume.isEmpty() && !target.isEmpty());
    Ui::PlanDialog dialog(m_window->connection()->engine(),
                          {Migration::ReplicaMove{volume, pool, target}}, false, {},
                          m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTreeWidget *>(u"planCapacity"_s);
    QVERIFY(table);
    QString row;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(0) == pool)
            row = table->topLevelItem(i)->text(5);
    }
    QVERIFY2(row.contains(u" → in ~"_s), qPrintable(row));
    const double before = row.section(u'~', 1).section(u' ', 0, 0).toDouble();
    const double after = row.section(u'~', 2).section(u' ', 0, 0).toDouble();
    QVERIFY2(after > before, qPrintable(row));
}

QTEST_MAIN(TestForecast)
#include "tst_forecast.moc"
