// The simulated cluster's exporters and an attached Prometheus through kube-apiserver's proxy
// subresources, with real kubectl: the volume targets' Services, a target's and a pool pod's
// m-exporter text, the view role's refusal, the Status of a missing Service or port, and the
// forward of a GET and a form POST to a Prometheus (a local HTTP server here), or its 503 when
// nothing listens.
#include "models/sim/apiserver/apiserver.h"
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kVolume = u"pvc-d1b26676-5035-4e5b-b564-68869b023306"_s;
const QString kQueryPath =
    u"/api/v1/namespaces/monitoring/services/prometheus-operated:web/proxy/api/v1/query_range"_s;

// A Prometheus stand-in: records the last request and answers with a fixed body.
class RecordingServer : public QAbstractHttpServer
{
public:
    QString method;
    QString path;
    QString query;
    QByteArray body;
    QByteArray contentType;
    int requests = 0;
    static inline const QByteArray kAnswer =
        R"({"status":"success","data":{"resultType":"matrix","result":[]}})";

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        method = request.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s;
        path = request.url().path();
        query = request.url().query(QUrl::FullyEncoded);
        body = request.body();
        contentType = request.value("content-type");
        ++requests;
        makeResponder(request, socket).write(kAnswer, "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

} // namespace

class TestSimExporterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void targetServicesAreListed();
    void exportersThroughTheProxy();
    void readOnlyUserIsRefused();
    void missingServiceAndPort();
    void prometheusIsForwarded();
    void closedPrometheusIsUnreachable();

private:
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    // A request to the simulator's API as the admin, answered: status code and body.
    QPair<int, QByteArray> request(const QByteArray &method, const QString &path,
                                   const QByteArray &body = {}, const QByteArray &contentType = {});

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimExporterProxy::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimExporterProxy::init()
{
    m_sim = std::make_unique<SimKubectl>();
    QVERIFY(m_sim->start());
}

void TestSimExporterProxy::cleanup()
{
    m_sim.reset();
}

QPair<int, QByteArray> TestSimExporterProxy::request(const QByteArray &method, const QString &path,
                                                     const QByteArray &body,
                                                     const QByteArray &contentType)
{
    Sim::ApiServer *server = m_sim->sim()->server();
    QNetworkRequest request(QUrl(server->serverUrl() + path));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(server->caCertificatePem()));
    request.setSslConfiguration(ssl);
    request.setRawHeader("Authorization", "Bearer " + server->adminToken().toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(60000))
        return {-1, QByteArray()};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

void TestSimExporterProxy::targetServicesAreListed()
{
    const ProgramRun services = kubectl({u"get"_s, u"svc"_s, u"-n"_s, u"openebs"_s});
    QVERIFY2(services.exitCode == 0, qPrintable(services.whole()));
    QVERIFY(services.out.startsWith(u"NAME"_s));
    QVERIFY(services.out.contains(u"CLUSTER-IP"_s));
    QVERIFY(services.out.contains(u"PORT(S)"_s));
    for (const QString &line : services.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        QVERIFY(line.startsWith(u"pvc-"_s));
        QVERIFY(line.contains(u"ClusterIP"_s));
        QVERIFY(line.contains(u"3260/TCP,7777/TCP,6060/TCP,9500/TCP"_s));
    }
    QVERIFY(services.out.contains(kVolume + u" "_s));
    const ProgramRun labels = kubectl(
        {u"get"_s, u"svc"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
         u"openebs.io/target-service=cstor-target-svc,openebs.io/persistent-volume="_s + kVolume,
         u"-o"_s, u"jsonpath={.items[*].spec.ports[?(@.name==\"exporter\")].port}"_s});
    QCOMPARE(labels.out.trimmed(), u"9500"_s);
}

void TestSimExporterProxy::exportersThroughTheProxy()
{
    const ProgramRun volume =
        kubectl({u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/services/%1:exporter/proxy/metrics"_s.arg(kVolume)});
    QVERIFY2(volume.exitCode == 0, qPrintable(volume.whole()));
    QVERIFY(volume.out.contains(u"\nopenebs_size_of_volume 5\n"_s));
    QVERIFY(volume.out.contains(u"# TYPE openebs_reads gauge"_s));

    const QString pod = m_sim->jsonpath(
        u"pods"_s, u".items[?(@.metadata.labels.openebs\\.io/cstor-pool-instance==\""_s +
                       SeedNames::k6qkw + u"\")].metadata.name"_s);
    QVERIFY(pod.startsWith(SeedNames::k6qkw));
    const ProgramRun pool =
        kubectl({u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/pods/%1:9500/proxy/metrics"_s.arg(pod)});
    QVERIFY2(pool.exitCode == 0, qPrintable(pool.whole()));
    QVERIFY(pool.out.contains(u"# HELP openebs_pool_size Size of pool\n"_s));
    QVERIFY(pool.out.contains(u"openebs_total_read_bytes{pool=\"cstor-"_s));

    // The target pod answers on 9500 as its Service's exporter port does.
    const QString target = m_sim->jsonpath(
        u"pods"_s, u".items[?(@.metadata.labels.openebs\\.io/persistent-volume==\""_s + kVolume +
                       u"\")].metadata.name"_s);
    const ProgramRun direct =
        kubectl({u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/pods/%1:9500/proxy/metrics"_s.arg(target)});
    QVERIFY2(direct.exitCode == 0, qPrintable(direct.whole()));
    QVERIFY(direct.out.contains(u"openebs_volume_uptime{castype=\"cstor\",volName=\""_s + kVolume));
}

void TestSimExporterProxy::readOnlyUserIsRefused()
{
    const ProgramRun refused =
        kubectl({u"--context"_s, u"cstor-sim-read-only"_s, u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/services/%1:exporter/proxy/metrics"_s.arg(kVolume)});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(
        refused.err.contains(
            u"services \"%1:exporter\" is forbidden: User \"read-only\" cannot get resource "
            u"\"services/proxy\" in API group \"\" in the namespace \"openebs\""_s.arg(kVolume)),
        qPrintable(refused.err));
}

void TestSimExporterProxy::missingServiceAndPort()
{
    const ProgramRun missing =
        kubectl({u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/services/nosuch:exporter/proxy/metrics"_s});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"(NotFound): services \"nosuch\" not found"_s),
             qPrintable(missing.err));
    const ProgramRun port =
        kubectl({u"get"_s, u"--raw"_s,
                 u"/api/v1/namespaces/openebs/services/%1:1234/proxy/metrics"_s.arg(kVolume)});
    QVERIFY2(
        port.err.contains(
            u"(ServiceUnavailable): no service port 1234 found for service \"%1\""_s.arg(kVolume)),
        qPrintable(port.err));
}

void TestSimExporterProxy::prometheusIsForwarded()
{
    RecordingServer prometheus;
    const quint16 port = prometheus.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_sim->sim()->attachPrometheus(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const ProgramRun service = kubectl(
        {u"get"_s, u"svc"_s, u"-A"_s, u"-l"_s, u"operated-prometheus=true"_s, u"-o"_s,
         u"jsonpath={.items[0].metadata.namespace}/{.items[0].metadata.name}:{.items[0].spec.ports[0].name}"_s});
    QCOMPARE(service.out.trimmed(), u"monitoring/prometheus-operated:web"_s);

    const auto get = request("GET", kQueryPath + u"?query=up&start=1&end=2&step=15"_s);
    QCOMPARE(get.first, 200);
    QCOMPARE(get.second, RecordingServer::kAnswer);
    QCOMPARE(prometheus.method, u"GET"_s);
    QCOMPARE(prometheus.path, u"/api/v1/query_range"_s);
    QCOMPARE(prometheus.query, u"query=up&start=1&end=2&step=15"_s);

    const QByteArray form = "query=sum%28openebs_pool_size%29&start=1&end=2&step=15";
    const auto post = request("POST", kQueryPath, form, "application/x-www-form-urlencoded");
    QCOMPARE(post.first, 200);
    QCOMPARE(post.second, RecordingServer::kAnswer);
    QCOMPARE(prometheus.method, u"POST"_s);
    QCOMPARE(prometheus.body, form);
    QCOMPARE(prometheus.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(prometheus.requests, 2);

    m_sim->sim()->attachPrometheus(QUrl());
    const auto gone = request("GET", kQueryPath);
    QCOMPARE(gone.first, 404);
}

void TestSimExporterProxy::closedPrometheusIsUnreachable()
{
    QTcpServer closed; // a port nobody listens on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_sim->sim()->attachPrometheus(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const auto answer = request("GET", kQueryPath + u"?query=up"_s);
    QCOMPARE(answer.first, 503);
    const QJsonObject status = QJsonDocument::fromJson(answer.second).object();
    QCOMPARE(status.value("kind"_L1).toString(), u"Status"_s);
    QCOMPARE(status.value("reason"_L1).toString(), u"ServiceUnavailable"_s);
    QCOMPARE(
        status.value("message"_L1).toString(),
        u"error trying to reach service: dial tcp 127.0.0.1:%1: connect: connection refused"_s.arg(
            port));
}

QTEST_GUILESS_MAIN(TestSimExporterProxy)
#include "tst_simexporterproxy.moc"
