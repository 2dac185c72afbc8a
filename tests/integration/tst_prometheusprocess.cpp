// The simulator's Prometheus: a real prometheus started on a week of backfilled pool history
// serves that history through its query API, sample for sample, with the exporters' labels;
// stop() leaves no process behind; without prometheus on the PATH the failure says so.
#include "models/sim/metrics/exporteridentity.h"
#include "models/sim/metrics/openmetricshistory.h"
#include "models/sim/metrics/poolhistory.h"
#include "models/sim/metrics/prometheusprocess.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStartMs = 120000; // backfill and start, on a loaded machine

bool poolsReady(Sim::SimCluster &sim, int count)
{
    const QList<Sim::HistoryPool> pools = Sim::HistoryPool::readAll(*sim.store());
    if (pools.size() != count)
        return false;
    for (const Sim::HistoryPool &pool : pools) {
        if (pool.pod.isEmpty())
            return false;
    }
    return true;
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

} // namespace

class TestPrometheusProcess : public QObject
{
    Q_OBJECT

private:
    QJsonObject getJson(QNetworkAccessManager &network, const QUrl &url)
    {
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(30000))
            return QJsonObject();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void servesTheBackfilledHistory()
    {
        if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty() ||
            QStandardPaths::findExecutable(u"promtool"_s).isEmpty())
            QSKIP("prometheus and promtool are not installed (Debian package prometheus)");
        Sim::SimCluster sim;
        sim.setSeed(7);
        QString why;
        QVERIFY2(sim.loadDefaultScenario(&why), qPrintable(why));
        sim.startControllers();
        QTRY_VERIFY(poolsReady(sim, 3));

        Sim::PoolHistory::Options options;
        options.days = 7;
        options.seed = 7;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        const Sim::PoolHistory history(*sim.store(), options);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile file(directory.filePath(u"history.om"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY2(Sim::OpenMetricsHistory::write(history, &file, &why), qPrintable(why));
        file.close();

        Sim::PrometheusProcess prometheus;
        QSignalSpy ready(&prometheus, &Sim::PrometheusProcess::ready);
        QSignalSpy failed(&prometheus, &Sim::PrometheusProcess::failed);
        Sim::PrometheusConfig config;
        config.historyFile = file.fileName();
        config.scrapeTarget = u"127.0.0.1:9"_s; // nothing there: the job exists, its scrapes fail
        config.metricsPath = u"/sim/metrics"_s;
        prometheus.start(config);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), kStartMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        qInfo("backfill of 7 days of 3 pools: %lld ms; Prometheus ready %lld ms after its start",
              prometheus.backfillMs(), prometheus.startupMs());
        const QUrl base = ready.first().first().toUrl();
        QCOMPARE(prometheus.url(), base);
        QVERIFY(prometheus.isRunning());

        QNetworkAccessManager network;
        QUrl query = base.resolved(QUrl(u"/api/v1/query_range"_s));
        QUrlQuery parameters;
        parameters.addQueryItem(u"query"_s, u"openebs_used_pool_capacity"_s);
        parameters.addQueryItem(u"start"_s, QString::number(history.firstSampleMs() / 1000));
        parameters.addQueryItem(u"end"_s, QString::number(history.lastSampleMs() / 1000));
        parameters.addQueryItem(u"step"_s, u"300"_s);
        query.setQuery(parameters);
        const QJsonObject answer = getJson(network, query);
        QCOMPARE(answer.value("status"_L1).toString(), u"success"_s);
        const QJsonArray series = answer.value("data"_L1).toObject().value("result"_L1).toArray();
        QCOMPARE(series.size(), 3);
        const qint64 samples = 7 * 288 + 1;
        for (const Sim::PoolHistory::Pool &pool : history.pools()) {
            QJsonObject expected{{u"__name__"_s, u"openebs_used_pool_capacity"_s}};
            for (const auto &label : Sim::ExporterIdentity::ofPool(pool.pool.ns, pool.pool.cspi,
                                                                   pool.pool.cspc, pool.pool.pod))
                expected.insert(label.first, label.second);
            QJsonArray values;
            for (const QJsonValue &s : series) {
                if (s.toObject().value("metric"_L1).toObject() == expected)
                    values = s.toObject().value("values"_L1).toArray();
            }
            QCOMPARE(values.size(), samples);
            for (const QJsonValue &value : values) {
                const qint64 seconds = qint64(value.toArray().at(0).toDouble());
                const QString used = value.toArray().at(1).toString();
                QCOMPARE(used, QString::number(pool.profile.usedAt(seconds * 1000)));
            }
        }

        // The scrape job, as configured, once Prometheus's discovery has it.
        const QUrl targets = base.resolved(QUrl(u"/api/v1/targets"_s));
        const auto activeTargets = [&] {
            return getJson(network, targets)
                .value("data"_L1)
                .toObject()
                .value("activeTargets"_L1)
                .toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(activeTargets().size(), 1, 30000);
        const QJsonArray active = activeTargets();
        QCOMPARE(active.first().toObject().value("scrapePool"_L1).toString(), u"cstor-sim"_s);
        QCOMPARE(active.first().toObject().value("scrapeUrl"_L1).toString(),
                 u"http://127.0.0.1:9/sim/metrics"_s);

        const qint64 pid = prometheus.processId();
        QVERIFY(processExists(pid));
        prometheus.stop();
        QVERIFY(!prometheus.isRunning());
        QVERIFY(!processExists(pid));
        QVERIFY(failed.isEmpty());
    }

    // Figures, not run by default: CSTOR_HISTORY_MEASURE=<days>[:<generator spec>] writes that
    // many days of the seed cluster's (or a generated cluster's) history, backfills it and starts
    // Prometheus on it, and prints the times and sizes.
    void measuresABackfill()
    {
        const QString measure = qEnvironmentVariable("CSTOR_HISTORY_MEASURE");
        if (measure.isEmpty())
            QSKIP("set CSTOR_HISTORY_MEASURE=<days>[:<generator spec>] to measure a backfill");
        const int days = measure.section(u':', 0, 0).toInt();
        const QString spec = measure.section(u':', 1);
        Sim::SimCluster sim;
        sim.setSeed(7);
        QString why;
        QVERIFY2(spec.isEmpty() ? sim.loadDefaultScenario(&why) : sim.generate(spec, &why),
                 qPrintable(why));
        sim.startControllers();
        const int pools = sim.store()->count(u"cstorpoolinstances"_s);
        QTRY_VERIFY_WITH_TIMEOUT(poolsReady(sim, pools), 60000);

        Sim::PoolHistory::Options options;
        options.days = days;
        options.seed = 7;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer clock;
        clock.start();
        const Sim::PoolHistory history(*sim.store(), options);
        const qint64 planMs = clock.restart();
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile file(directory.filePath(u"history.om"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY2(Sim::OpenMetricsHistory::write(history, &file, &why), qPrintable(why));
        file.close();
        const qint64 writeMs = clock.elapsed();

        Sim::PrometheusProcess prometheus;
        QSignalSpy ready(&prometheus, &Sim::PrometheusProcess::ready);
        QSignalSpy failed(&prometheus, &Sim::PrometheusProcess::failed);
        Sim::PrometheusConfig config;
        config.historyFile = file.fileName();
        config.dataDirectory = directory.filePath(u"prometheus"_s);
        prometheus.start(config);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 3 * 3600 * 1000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        qint64 tsdbBytes = 0;
        QDirIterator it(directory.filePath(u"prometheus/tsdb"_s), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            tsdbBytes += QFileInfo(it.next()).size();
        qInfo("%d days of %d pools: history planned in %lld ms, written in %lld ms (%lld MB), "
              "backfilled in %lld ms, Prometheus ready %lld ms after its start, tsdb %lld MB",
              days, pools, planMs, writeMs, QFileInfo(file).size() >> 20, prometheus.backfillMs(),
              prometheus.startupMs(), tsdbBytes >> 20);
    }

    void saysWhenPrometheusIsMissing()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(empty.path()));
        const auto restorePath = qScopeGuard([&path] { qputenv("PATH", path); });
        Sim::PrometheusProcess prometheus;
        QSignalSpy failed(&prometheus, &Sim::PrometheusProcess::failed);
        prometheus.start(Sim::PrometheusConfig());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(),
                 u"prometheus not found on the PATH (Debian package prometheus)"_s);
        QVERIFY(!prometheus.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusProcess)
#include "tst_prometheusprocess.moc"
