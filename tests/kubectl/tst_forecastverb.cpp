// `cstor-console forecast` against the simulator with a real Prometheus (Debian's prometheus,
// started by the simulator with a month of drawn pool history): each pool's read-only date
// lands within 10 % of the history's truth, moves in the history (steps) do not bend it, the
// service proxy path answers kubectl the same series as Prometheus itself, and a missing, down,
// forbidden or hostile Prometheus each get a message naming what is wrong, exit code 1, no hang.
#include "tests/common/hostileserver.h"
#include "tests/kubectl/simkubectl.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The series of a query_range answer by pool, as "pool -> values".
QMap<QString, QJsonArray> seriesByPool(const QByteArray &answer)
{
    QMap<QString, QJsonArray> byPool;
    const QJsonArray result = QJsonDocument::fromJson(answer)
                                  .object()
                                  .value("data"_L1)
                                  .toObject()
                                  .value("result"_L1)
                                  .toArray();
    for (const QJsonValue &series : result) {
        byPool.insert(series["metric"_L1]["cstor_pool"_L1].toString(),
                      series["values"_L1].toArray());
    }
    return byPool;
}

const QString kSixPools = u"nodes=6,pools-per-node=1,volumes=12,replicas=3"_s;

} // namespace

class TestForecastVerb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forecastLandsNearTheTruth();
    void proxyPathAnswersKubectlTheSameSeries();
    void doctorWarnsWithinTheHorizon();
    void aPlanSaysWhatItsMovesDoToTheDates();
    void withoutPrometheusItSaysSo();
    void aPrometheusThatIsDownIsNamed();
    void theReadOnlyUserIsToldWhy();
    void aHostilePrometheusIsNamed_data();
    void aHostilePrometheusIsNamed();

private:
    // The seed cluster, or `generate`d (enough pools for a plan that empties one).
    bool startSim(int historyDays, const QString &generate = {});
    ProgramRun console(const QStringList &args) const;
    QString firstPool() const; // a CStorPoolInstance's name

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestForecastVerb::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus)");
    m_console = SimKubectl::consoleProgram();
}

bool TestForecastVerb::startSim(int historyDays, const QString &generate)
{
    m_sim.reset(); // one simulator at a time
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.generateSpec = generate;
    options.speed = 1;
    options.historyDays = historyDays;
    options.prometheus = historyDays > 0;
    return m_sim->start(options);
}

ProgramRun TestForecastVerb::console(const QStringList &args) const
{
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {{}, 90000});
}

QString TestForecastVerb::firstPool() const
{
    return m_sim
        ->kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                   u"jsonpath={.items[0].metadata.name}"_s})
        .out.trimmed();
}

// The truth is the simulator's: each pool's growth a day and the days until it reaches its
// read-only threshold at that growth; the history has weekly rhythm, noise, a pool that started
// growing within the window, and replica moves (steps).
void TestForecastVerb::forecastLandsNearTheTruth()
{
    QVERIFY(startSim(30));
    const QJsonObject truth = m_sim->getRaw(u"/sim/v1/history"_s);
    QVERIFY2(!truth.value("pools"_L1).toArray().isEmpty(), "no history truth");
    const ProgramRun run = console({u"forecast"_s, u"-o"_s, u"json"_s, u"--horizon"_s, u"400d"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value("prometheus"_L1).toString(), u"monitoring/prometheus-operated:9090"_s);
    QMap<QString, QJsonObject> forecastOf;
    for (const QJsonValue &item : answer.value("items"_L1).toArray())
        forecastOf.insert(item["pool"_L1].toString(), item.toObject());
    int withSteps = 0;
    for (const QJsonValue &value : truth.value("pools"_L1).toArray()) {
        const QJsonObject pool = value.toObject();
        const QString name = pool["cspi"_L1].toString();
        const QJsonObject forecast = forecastOf.value(name);
        QVERIFY2(!forecast.isEmpty(), qPrintable(name));
        const double trueDays = pool["daysToReadOnly"_L1].toDouble();
        const double days = forecast["toReadOnly"_L1]["days"_L1].toDouble();
        const int steps = int(pool["steps"_L1].toArray().size());
        qInfo("%s (%s, %d move(s)): read-only in %.1f days, truth %.1f (%+.1f %%); growth "
              "%.0f MiB/day, truth %.0f",
              qPrintable(name), qPrintable(pool["growthClass"_L1].toString()), steps, days,
              trueDays, 100 * (days / trueDays - 1),
              forecast["growthBytesPerDay"_L1].toDouble() / (1 << 20),
              pool["growthBytesPerDay"_L1].toDouble() / (1 << 20));
        QVERIFY2(std::abs(days / trueDays - 1) < 0.10, qPrintable(name));
        if (steps > 0) {
            ++withSteps;
            // The move was left out as a step, not fitted as growth.
            QVERIFY2(forecast["stepsIgnored"_L1].toInt() >= steps, qPrintable(name));
        }
    }
    QVERIFY2(withSteps > 0, "the history has a move in it");
}

void TestForecastVerb::proxyPathAnswersKubectlTheSameSeries()
{
    QVERIFY(startSim(7));
    const qint64 end = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
    QUrlQuery query;
    query.addQueryItem(u"query"_s, u"openebs_used_pool_capacity"_s);
    query.addQueryItem(u"start"_s, QString::number(end - 3 * 86400));
    query.addQueryItem(u"end"_s, QString::number(end));
    query.addQueryItem(u"step"_s, u"3600"_s);
    const QString proxied =
        u"/api/v1/namespaces/monitoring/services/prometheus-operated:9090/proxy/api/v1/query_range?"_s +
        query.toString(QUrl::FullyEncoded);
    const ProgramRun viaKubectl = m_sim->kubectl({u"get"_s, u"--raw"_s, proxied});
    QVERIFY2(viaKubectl.exitCode == 0, qPrintable(viaKubectl.whole()));

    QNetworkAccessManager network;
    QUrl direct = m_sim->prometheusUrl();
    direct.setPath(u"/api/v1/query_range"_s);
    direct.setQuery(query);
    QNetworkReply *reply = network.get(QNetworkRequest(direct));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray itself = reply->readAll();
    reply->deleteLater();

    const QMap<QString, QJsonArray> throughProxy = seriesByPool(viaKubectl.out.toUtf8());
    QCOMPARE(throughProxy.size(), 3);
    QCOMPARE(throughProxy, seriesByPool(itself));
    QVERIFY(throughProxy.first().size() >= 72);
}

// The doctor, given a horizon, asks the same Prometheus and warns of the pool the history makes
// nearly full (read-only within two weeks).
void TestForecastVerb::doctorWarnsWithinTheHorizon()
{
    QVERIFY(startSim(30));
    QString nearlyFull;
    for (const QJsonValue &pool : m_sim->getRaw(u"/sim/v1/history"_s)["pools"_L1].toArray()) {
        if (pool["growthClass"_L1].toString() == "nearlyFull"_L1)
            nearlyFull = pool["cspi"_L1].toString();
    }
    QVERIFY(!nearlyFull.isEmpty());
    const ProgramRun run =
        console({u"doctor"_s, u"--read-only-horizon"_s, u"20d"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1); // a Warning or worse
    bool found = false;
    for (const QJsonValue &finding : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        found = found || (finding["rule"_L1].toString() == "pool-read-only-soon"_L1 &&
                          finding["objects"_L1].toArray().contains(u"cspi/"_s + nearlyFull));
    }
    QVERIFY2(found, qPrintable(run.whole()));
    // Without the option the doctor does not ask Prometheus: the seed cluster is clean.
    QCOMPARE(console({u"doctor"_s}).exitCode, 0);
}

// Emptying the pool that goes read-only soonest puts its date later and the receiving pools'
// earlier, in the plan's JSON and in its capacity table; without a Prometheus the table has no
// such column and nothing is said.
void TestForecastVerb::aPlanSaysWhatItsMovesDoToTheDates()
{
    QVERIFY(startSim(30, kSixPools));
    QString nearlyFull;
    for (const QJsonValue &pool : m_sim->getRaw(u"/sim/v1/history"_s)["pools"_L1].toArray()) {
        if (pool["growthClass"_L1].toString() == "nearlyFull"_L1)
            nearlyFull = pool["cspi"_L1].toString();
    }
    QVERIFY(!nearlyFull.isEmpty());
    const QStringList evacuate{u"evacuate"_s, u"--pool"_s, nearlyFull, u"--dry-run"_s};
    const ProgramRun json = console(evacuate + QStringList{u"-o"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.whole()));
    int receiving = 0;
    for (const QJsonValue &pool :
         QJsonDocument::fromJson(json.out.toUtf8()).object()["capacity"_L1].toArray()) {
        const double before = pool["readOnlyInDaysBefore"_L1].toDouble(-1);
        const double after = pool["readOnlyInDaysAfter"_L1].toDouble(-1);
        QVERIFY2(before > 0 && after > 0, qPrintable(json.out));
        if (pool["pool"_L1].toString() == nearlyFull) {
            QVERIFY2(after > 1.5 * before, qPrintable(json.out));
        } else {
            QVERIFY2(after < before, qPrintable(json.out));
            ++receiving;
        }
    }
    QVERIFY(receiving > 0);
    const ProgramRun table = console(evacuate);
    QVERIFY2(table.exitCode == 0, qPrintable(table.whole()));
    QVERIFY2(table.out.contains(u"READ-ONLY "_s) && table.out.contains(u" → in ~"_s),
             qPrintable(table.out));

    QVERIFY(startSim(0, kSixPools));
    const ProgramRun without = console({u"evacuate"_s, u"--pool"_s, firstPool(), u"--dry-run"_s});
    QVERIFY2(without.exitCode == 0, qPrintable(without.whole()));
    QVERIFY2(!without.out.contains(u" → "_s) && !without.err.contains(u"read-only"_s),
             qPrintable(without.whole()));
}

void TestForecastVerb::withoutPrometheusItSaysSo()
{
    QVERIFY(startSim(0));
    const ProgramRun run = console({u"forecast"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no Prometheus found in the cluster (looked for Services labelled "
                              "operated-prometheus=true"_s) &&
                 run.err.contains(u"openshift-monitoring/prometheus-k8s"_s),
             qPrintable(run.whole()));
    // Named by hand, where nothing is.
    const ProgramRun named =
        console({u"forecast"_s, u"--prometheus"_s, u"monitoring/prometheus:9090"_s});
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.err.contains(u"Prometheus monitoring/prometheus:9090 is not there"_s),
             qPrintable(named.whole()));
    QCOMPARE(console({u"forecast"_s, u"--prometheus"_s, u"prometheus"_s}).exitCode, 2);
    QCOMPARE(console({u"forecast"_s, u"--horizon"_s, u"soon"_s}).exitCode, 2);
}

void TestForecastVerb::aPrometheusThatIsDownIsNamed()
{
    QVERIFY(startSim(0, kSixPools));
    QTcpServer closed; // a port nobody answers on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_sim->sim()->attachPrometheus(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const ProgramRun run = console({u"forecast"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Prometheus monitoring/prometheus-operated:9090 is not reachable "
                              "through the API server: error trying to reach service"_s),
             qPrintable(run.whole()));
    // A plan goes on without the dates, saying why.
    const ProgramRun plan = console({u"evacuate"_s, u"--pool"_s, firstPool(), u"--dry-run"_s});
    QVERIFY2(plan.exitCode == 0 &&
                 plan.err.contains(u"warning: the plan leaves out when the pools go read-only: "
                                   "Prometheus monitoring/prometheus-operated:9090 is not "
                                   "reachable"_s),
             qPrintable(plan.whole()));
}

void TestForecastVerb::theReadOnlyUserIsToldWhy()
{
    QVERIFY(startSim(2));
    const ProgramRun run = console({u"forecast"_s, u"--context"_s, u"cstor-sim-read-only"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no permission to reach Prometheus monitoring/prometheus-operated:"
                              "9090 through the API server's service proxy (services/proxy)"_s),
             qPrintable(run.whole()));
}

void TestForecastVerb::aHostilePrometheusIsNamed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    const QByteArray json = "application/json";
    QTest::newRow("html") << 200 << QByteArray("text/html") << QByteArray("<html>login</html>")
                          << QStringList() << u"text/html"_s;
    QTest::newRow("not json") << 200 << json << QByteArray("{\"status\":\"succ") << QStringList()
                              << u"monitoring/prometheus-operated:9090"_s;
    QTest::newRow("wrong shape")
        << 200 << json
        << QByteArray(
               R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"lots"]]}]}})")
        << QStringList() << u"sample 0 is not [time, \"value\"]"_s;
    QTest::newRow("refused")
        << 422 << json
        << QByteArray(
               R"({"status":"error","errorType":"execution","error":"query processing would load too many samples"})")
        << QStringList()
        << u"refused the query: execution: query processing would load too many samples"_s;
    QTest::newRow("drip") << -2 << json << QByteArray()
                          << QStringList{u"--request-timeout"_s, u"3s"_s} << u"within 3 s"_s;
}

// Each answer comes from a server on loopback the simulator's API server forwards the proxied
// query to: the console ends with exit code 1 and a message naming what is wrong. (An endless
// answer is the hostile-server test's: the simulator's proxy holds a whole answer before
// passing it on.)
void TestForecastVerb::aHostilePrometheusIsNamed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QVERIFY(startSim(0));
    HostileServer hostile;
    HostileServer::Tls plain;
    plain.enabled = false;
    QString error;
    QVERIFY2(hostile.start(
                 plain,
                 [status, contentType, body](QTcpSocket *socket, const HostileServer::Request &) {
                     if (status == -1) { // an endless matrix at full speed
                         HostileServer::writeHead(socket, 200, contentType, -1);
                         socket->write(
                             R"({"status":"success","data":{"resultType":"matrix","result":[)");
                         HostileServer::pump(
                             socket, [] { return QByteArray(64 * 1024, ' '); }, 0);
                     } else if (status == -2) { // a byte a second
                         HostileServer::writeHead(socket, 200, contentType, -1);
                         HostileServer::pump(
                             socket, [] { return QByteArray(" "); }, 1000);
                     } else {
                         HostileServer::writeAndClose(socket, status, contentType, body);
                     }
                 },
                 &error),
             qPrintable(error));
    m_sim->sim()->attachPrometheus(hostile.url());
    const ProgramRun run = console(
        QStringList{u"forecast"_s, u"--prometheus"_s, u"monitoring/prometheus-operated:9090"_s} +
        extra);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"error: no forecast: "_s) && run.err.contains(message),
             qPrintable(run.whole()));
}

QTEST_MAIN(TestForecastVerb)
#include "tst_forecastverb.moc"
