// The capacity forecast without a Prometheus: the window keeps each pool's used bytes once an
// hour (per context and namespace), the forecasts fall back to those samples and say so in the
// Pools table and the forecast chart, and `cstor-console forecast` uses the same kept samples,
// noting where its history came from.
#include "models/items/clustermodel.h"
#include "models/items/keptforecast.h"
#include "models/items/poolmodel.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/chartpanel.h"
#include "ui/forecastchart.h"
#include "ui/hourlycapacity.h"
#include "ui/mainwindow.h"
#include "ui/poolforecasts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestKeptForecast
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The kept samples go where cstor-console keeps them, so that the CLI finds them too.
        QCoreApplication::setApplicationName(u"cstor-console"_s);
        useTestSettings();
    }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void withoutPrometheusTheOwnSamplesForecast();

private:
    Items::PoolModel *pools() const { return m_window->clusterModel()->pools(); }
};

// Four days of hourly samples in which one pool grows 2 % of its size a day up to what it holds
// now, and the others stay flat.
void TestKeptForecast::withoutPrometheusTheOwnSamplesForecast()
{
    openSeed();
    Ui::HourlyCapacity *hourly = m_window->hourlyCapacity();
    const QString file = hourly->file();
    QVERIFY(!file.isEmpty());
    QTRY_VERIFY(hourly->history().size() == 1); // a sample once the cluster is shown

    const QList<Cstor::PoolInstance> rows = pools()->rows();
    QVERIFY(!rows.isEmpty());
    const Cstor::PoolInstance growing = rows.first();
    const double size = double(growing.totalBytes);
    const double growth = 0.02 * size;
    const double trueDays = (growing.roThresholdLimit / 100.0 * size - growing.usedBytes) / growth;
    QVERIFY(trueDays > 1);
    Items::CapacityHistory kept(Items::KeptForecast::kSamples);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int hour = 96; hour >= 1; --hour) {
        QList<Items::CapacityHistory::PoolSample> samples;
        for (const Cstor::PoolInstance &pool : rows) {
            const double used = pool.meta.name == growing.meta.name
                                    ? double(pool.usedBytes) - growth * hour / 24.0
                                    : double(pool.usedBytes);
            samples.append({pool.meta.name, used, double(pool.totalBytes)});
        }
        kept.append(now.addSecs(-3600 * hour), samples);
    }
    QString error;
    QVERIFY2(kept.save(file, &error), qPrintable(error));
    hourly->setFile({});
    hourly->setFile(file); // read again: the four days, then a sample now
    QTRY_VERIFY(hourly->history().size() == 97);

    QSignalSpy updated(m_window->poolForecasts(), &Ui::PoolForecasts::updated);
    m_window->poolForecasts()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 30000);
    const QModelIndex cell =
        pools()->index(pools()->rowOfName(growing.meta.name), Items::PoolModel::ReadOnlyIn);
    const QString text = cell.data().toString();
    bool ok = false;
    const double shown = text.section(u'~', 1).section(u' ', 0, 0).toDouble(&ok);
    qInfo("kept samples: %s, truth %.1f days", qPrintable(text), trueDays);
    QVERIFY2(ok && std::abs(shown - trueDays) <= std::max(1.0, 0.1 * trueDays), qPrintable(text));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(u"this console's own hourly samples (not Prometheus: no Prometheus found"_s),
        qPrintable(tip));
    Ui::ForecastChart *chart = m_window->chartPanel()->forecastChart();
    QTRY_VERIFY(chart->caption().contains(u"Not from Prometheus: no Prometheus found"_s));

    // The command line finds the same samples.
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s,
                       QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    cli.setProcessEnvironment(environment);
    cli.start(qEnvironmentVariable("CSTOR_CONSOLE"),
              {u"forecast"_s, u"-o"_s, u"json"_s, u"--kubeconfig"_s, m_sim->kubeconfigPath()});
    // The simulator answers from this thread: wait with the event loop turning.
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(u"note: the history is this console's own hourly samples of context"_s),
             qPrintable(err));
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(json["source"_L1].toString(), u"this console's own hourly samples"_s);
}

QTEST_MAIN(TestKeptForecast)
#include "tst_keptforecast.moc"
