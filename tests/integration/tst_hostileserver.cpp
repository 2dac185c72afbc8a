// Kube::RestClient and Kube::Informer against a hostile or broken HTTPS server (a real TLS
// server in its own thread, with a certificate from Sim::CertificateAuthority): announced and
// endless huge answers (lists, list pages, PATCH answers, errors), endless watch streams and
// watch lines, all streamed as fast as loopback goes, deeply nested and malformed JSON, a slow
// drip, a silent server, HTML instead of JSON, plain http on the https port and a server
// offering only TLS 1.0/1.1; and the real cstor-console against the endless list. Each fails
// with a message naming the problem, memory stays bounded (the peak resident set is printed and
// held to under twice the limit) and the event loop keeps turning (the longest gap of a 10 ms
// timer is printed).
#include "models/kube/clusterwatcher.h"
#include "models/kube/informer.h"
#include "models/kube/restclient.h"
#include "models/metrics/poolforecaster.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "tests/common/hostileserver.h"
#include "tests/common/localcertificates.h"
#include "tests/common/programrun.h"
#include "tests/common/residentmemory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;
const QString kToken = u"hostile-test-token-5f1c"_s;
const QString kPath = u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas"_s;
constexpr qint64 kCap = qint64(32) << 20;
constexpr qint64 kDefaultLimit = qint64(128) << 20;

using Reply = Kube::RestClient::Reply;

// The longest time the event loop did not turn while it runs: a 10 ms timer's largest gap.
class LoopWatch
{
public:
    LoopWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_maxGap = std::max(m_maxGap, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

QByteArray replicaEvent(int n)
{
    return R"({"type":"ADDED","object":{"kind":"CStorVolumeReplica","metadata":{"name":"r)" +
           QByteArray::number(n) + R"(","resourceVersion":")" + QByteArray::number(n + 2) +
           R"("},"spec":{"targetIP":"10.0.0.1"}}})"
           "\n";
}

// Page `page` of a list of replicas: `count` items, each with an annotation of `padding` bytes,
// and the continue token `next`.
QByteArray listPage(int page, int count, int padding, const QByteArray &next)
{
    QByteArray items;
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "r" + QByteArray::number(page) + "-" + QByteArray::number(i);
        if (i > 0)
            items += ',';
        items += R"({"kind":"CStorVolumeReplica","metadata":{"name":")" + name + R"(","uid":")" +
                 name + R"(","annotations":{"pad":")" + QByteArray(padding, 'x') +
                 R"("}},"spec":{"targetIP":"10.0.0.1"}})";
    }
    return R"({"kind":"CStorVolumeReplicaList","metadata":{"resourceVersion":"1","continue":")" +
           next + R"("},"items":[)" + items + "]}";
}
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultLimits();
    void hugeAnnouncedAnswerIsRefused();
    void endlessAnswerIsCutAtTheLimit_data();
    void endlessAnswerIsCutAtTheLimit();
    void deeplyNestedJsonIsRefused();
    void malformedJsonIsRefused();
    void slowDripHitsTheTotalTimeout();
    void silentServerHitsTheIdleTimeout();
    void htmlInsteadOfJsonIsRefused();
    void plainHttpOnTheTlsPortIsATlsError();
    void oldTlsOnlyServerIsRefused();
    void endlessWatchStreamStaysBounded();
    void endlessWatchLineIsCut();
    void malformedWatchEventRestartsTheWatch();
    void silentWatchHitsTheIdleTimeout();
    void listWithoutItemsArrayIsRefused();
    void listItemsThatDoNotParseAreListedAgain();
    void consoleGetStaysBoundedOnAnEndlessList();
    void consoleGivesUpAtTheRequestTimeout();
    void watchHeadersDripHitTheRequestTimeout();
    void endlessPagesAreCutAtTheListLimit();
    void endlessPrometheusAnswerStaysBounded();
    void repeatedContinueTokenEndsTheList();

private:
    struct ConsoleGet
    {
        int exitCode = -1; // -1: it crashed or did not finish
        QString err;
        qint64 peakMb = 0;
    };
    ConsoleGet consoleGet(const HostileServer &server);
    // A server that answers every list of replicas with page(request), anything else with 404.
    std::unique_ptr<HostileServer>
    serveListPages(std::function<QByteArray(const HostileServer::Request &)> page);
    // The first problem an informer of replicas reports against `server` with `limits`
    // ("listed: …" if it had listed all the same).
    QString informerProblem(const HostileServer &server,
                            const Kube::RestClient::Limits &limits = {});
    // A TLS server with the test CA's certificate for 127.0.0.1, answering with `handler`.
    std::unique_ptr<HostileServer> serve(HostileServer::Handler handler,
                                         HostileServer::Tls tls = {});
    Kube::ClusterConfig configFor(const HostileServer &server) const;
    // A kubeconfig file in `dir` for the server (context "hostile", token user).
    QString writeKubeconfig(const QTemporaryDir &dir, const HostileServer &server) const;
    std::optional<Reply> get(Kube::RestClient *client, const QString &path = kPath);
    void expectFailure(const std::optional<Reply> &reply, const QString &part);

    Sim::CertificateAuthority m_ca;
    Sim::CertificateAuthority::Issued m_server;
};

void TestHostileServer::initTestCase()
{
    QString error;
    QVERIFY2(
        issueLocalServerCertificate(&m_ca, u"hostile-test-ca"_s, u"hostile"_s, &m_server, &error),
        qPrintable(error));
}

std::unique_ptr<HostileServer> TestHostileServer::serve(HostileServer::Handler handler,
                                                        HostileServer::Tls tls)
{
    if (tls.certificatePem.isEmpty()) {
        tls.certificatePem = m_server.certificatePem;
        tls.keyPem = m_server.keyPem;
    }
    auto server = std::make_unique<HostileServer>();
    QString error;
    if (!server->start(tls, std::move(handler), &error)) {
        qWarning() << "cannot serve:" << error;
        return nullptr;
    }
    return server;
}

Kube::ClusterConfig TestHostileServer::configFor(const HostileServer &server) const
{
    Kube::ClusterConfig config;
    config.contextName = u"hostile"_s;
    config.clusterName = u"hostile"_s;
    config.userName = u"admin"_s;
    config.server = server.url();
    config.server.setScheme(u"https"_s);
    config.caPem = m_ca.caCertificatePem();
    config.token = kToken;
    return config;
}

QString TestHostileServer::writeKubeconfig(const QTemporaryDir &dir,
                                           const HostileServer &server) const
{
    const QString path = dir.filePath(u"kubeconfig"_s);
    const bool written = HostileServer::writeKubeconfig(path, configFor(server).server,
                                                        m_ca.caCertificatePem(), kToken);
    return written ? path : QString();
}

std::optional<Reply> TestHostileServer::get(Kube::RestClient *client, const QString &path)
{
    const qint64 before = ResidentMemory::megabytes("VmRSS:");
    LoopWatch loop;
    QElapsedTimer clock;
    clock.start();
    std::optional<Reply> reply;
    client->get(path, {}, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    qInfo("answer after %lld ms; event loop longest gap %lld ms; resident %lld -> peak %lld MB",
          clock.elapsed(), loop.maxGapMs(), before, ResidentMemory::megabytes("VmHWM:"));
    return reply;
}

void TestHostileServer::expectFailure(const std::optional<Reply> &reply, const QString &part)
{
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QVERIFY2(reply->message.contains(part), qPrintable(reply->message));
    QVERIFY2(!reply->message.contains(kToken), qPrintable(reply->message));
    qInfo("message: %s", qPrintable(reply->message));
}

void TestHostileServer::defaultLimits()
{
    // Generous enough for a 30,000-replica list in one answer (about 50 MB), bounded all the same.
    const Kube::RestClient::Limits limits;
    QCOMPARE(limits.maxResponseBytes, qint64(128) << 20);
    QCOMPARE(limits.maxWatchEventBytes, qint64(16) << 20);
    QCOMPARE(limits.idleTimeoutMs, 30000);
    QCOMPARE(limits.totalTimeoutMs, 120000);
}

void TestHostileServer::hugeAnnouncedAnswerIsRefused()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeHead(socket, 200, "application/json", qint64(2) << 30);
        const QByteArray chunk(64 << 10, ' ');
        HostileServer::pump(
            socket, [chunk] { return chunk; }, 0);
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.maxResponseBytes = kCap;
    client.setLimits(limits);
    const qint64 before = ResidentMemory::resetPeak();
    const auto reply = get(&client);
    expectFailure(reply, u"too large: it announces 2048 MB, more than the limit of 32 MB"_s);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY(ResidentMemory::peakWithinTwice(before, u"announced 2 GB answer"_s, kCap));
    QCOMPARE(server->requests().size(), 1); // not retried
}

void TestHostileServer::endlessAnswerIsCutAtTheLimit_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << QByteArray("GET") << true << 200;
    QTest::newRow("list page, parsed elsewhere") << QByteArray("GET") << false << 200;
    QTest::newRow("patch answer") << QByteArray("PATCH") << true << 200;
    QTest::newRow("error answer") << QByteArray("GET") << true << 500;
}

// A list (or any answer) that never ends, streamed as fast as loopback goes: cut at the limit,
// with no more than the limit and the read buffer held meanwhile.
void TestHostileServer::endlessAnswerIsCutAtTheLimit()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, parsed);
    QFETCH(int, status);
    const auto server = serve([status](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeHead(socket, status, "application/json", -1);
        socket->write(R"({"kind":"CStorVolumeReplicaList","items":[)");
        auto n = std::make_shared<int>(0);
        HostileServer::pump(
            socket,
            [n] {
                QByteArray chunk;
                while (chunk.size() < (64 << 10))
                    chunk += replicaEvent((*n)++).trimmed() + ',';
                return chunk;
            },
            0);
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.maxResponseBytes = kCap;
    client.setLimits(limits);
    const qint64 before = ResidentMemory::resetPeak();
    LoopWatch loop;
    QElapsedTimer clock;
    clock.start();
    std::optional<Reply> reply;
    const auto done = [&reply](const Reply &r) { reply = r; };
    if (verb == "PATCH")
        client.mergePatch(kPath + u"/r1"_s, QJsonObject{{u"spec"_s, QJsonObject{}}}, done);
    else if (parsed)
        client.get(kPath, {}, done);
    else
        client.getUnparsed(kPath, {}, done);
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), kWaitMs);
    qInfo("cut after %lld ms; event loop longest gap %lld ms", clock.elapsed(), loop.maxGapMs());
    expectFailure(reply, u"too large: more than the limit of 32 MB"_s);
    QVERIFY(ResidentMemory::peakWithinTwice(before, QString::fromLatin1(QTest::currentDataTag()),
                                            kCap));
    QCOMPARE(server->requests().size(), 1); // not retried
}

void TestHostileServer::deeplyNestedJsonIsRefused()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeAndClose(socket, 200, "application/json",
                                     QByteArray(100000, '[') + QByteArray(100000, ']'));
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    const auto reply = get(&client);
    expectFailure(reply, u"nested too deeply (more than 1024 levels)"_s);
    QCOMPARE(reply->httpStatus, 200);
}

void TestHostileServer::malformedJsonIsRefused()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeAndClose(socket, 200, "application/json",
                                     R"({"kind":"CStorVolumeReplicaList","items":[{"a":1},)");
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    const auto reply = get(&client);
    expectFailure(reply, u"is not valid JSON"_s);
}

void TestHostileServer::slowDripHitsTheTotalTimeout()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeHead(socket, 200, "application/json", 1 << 20);
        HostileServer::pump(
            socket, [] { return QByteArray(" "); }, 100); // 1 byte per 100 ms
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.idleTimeoutMs = 2000; // never idle that long: a byte comes every 100 ms
    limits.totalTimeoutMs = 4000;
    client.setLimits(limits);
    const auto reply = get(&client);
    expectFailure(reply, u"did not complete its answer within 4 s (total timeout)"_s);
    QCOMPARE(server->requests().size(), 1);
}

void TestHostileServer::silentServerHitsTheIdleTimeout()
{
    const auto server = serve([](QTcpSocket *, const HostileServer::Request &) {});
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.idleTimeoutMs = 1500;
    client.setLimits(limits);
    const auto reply = get(&client);
    expectFailure(reply, u"sent nothing for 1.5 s (idle timeout)"_s);
    QCOMPARE(server->requests().size(), 1);
}

void TestHostileServer::htmlInsteadOfJsonIsRefused()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeAndClose(socket, 200, "text/html; charset=utf-8",
                                     "<html><body>Please sign in</body></html>");
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    const auto reply = get(&client);
    expectFailure(reply, u"answered with text/html; charset=utf-8 instead of JSON"_s);
}

void TestHostileServer::plainHttpOnTheTlsPortIsATlsError()
{
    HostileServer::Tls plain;
    plain.enabled = false;
    plain.answerFirstBytes = true; // the ClientHello is not an HTTP request
    const auto server = serve(
        [](QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::writeAndClose(socket, 400, "text/plain",
                                         "Client sent an HTTP request to an HTTPS server.\n");
        },
        plain);
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    const auto reply = get(&client);
    expectFailure(reply, u"TLS handshake with %1 failed"_s.arg(client.config().server.toString()));
    QCOMPARE(reply->httpStatus, 0);
}

void TestHostileServer::oldTlsOnlyServerIsRefused()
{
    for (const int protocol : {0, 1}) { // QSsl::TlsV1_0 and TlsV1_1, deprecated in Qt 6.3
        HostileServer::Tls old;
        old.protocol = protocol;
        const auto server = serve(
            [](QTcpSocket *socket, const HostileServer::Request &) {
                HostileServer::writeAndClose(socket, 200, "application/json", "{}");
            },
            old);
        QVERIFY(server);
        Kube::RestClient client(configFor(*server));
        const auto reply = get(&client);
        expectFailure(reply, u"TLS handshake with"_s);
        QVERIFY2(reply->message.contains(u"TLS 1.2 or newer"_s), qPrintable(reply->message));
        QVERIFY(server->requests().isEmpty()); // nothing, least of all the token, was sent
    }
}

namespace {
// A list answer, then whatever `watch` writes for ?watch=true.
HostileServer::Handler listThenWatch(std::function<void(QTcpSocket *)> watch)
{
    return [watch](QTcpSocket *socket, const HostileServer::Request &request) {
        if (!request.target.contains("watch=true")) {
            HostileServer::writeAndClose(
                socket, 200, "application/json",
                R"({"kind":"CStorVolumeReplicaList","metadata":{"resourceVersion":"1"},"items":[]})");
            return;
        }
        HostileServer::writeHead(socket, 200, "application/json", -1);
        watch(socket);
    };
}
} // namespace

void TestHostileServer::endlessWatchStreamStaysBounded()
{
    const auto server = serve(listThenWatch([](QTcpSocket *socket) {
        auto n = std::make_shared<int>(0);
        HostileServer::pump(
            socket,
            [n] {
                QByteArray chunk;
                while (chunk.size() < (64 << 10))
                    chunk += replicaEvent((*n)++);
                return chunk;
            },
            0);
    }));
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::Informer informer(&client, kPath);
    int events = 0;
    connect(&informer, &Kube::Informer::upserted, this, [&events] { ++events; });
    const qint64 before = ResidentMemory::resetPeak();
    LoopWatch loop;
    QElapsedTimer clock;
    clock.start();
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(events >= 200000, kWaitMs);
    qInfo("%d watch events in %lld ms; event loop longest gap %lld ms", events, clock.elapsed(),
          loop.maxGapMs());
    // ~30 MB of events went through; none is kept, and no more than one event (the limit) waits.
    QVERIFY(ResidentMemory::peakWithinTwice(before, u"endless watch stream"_s,
                                            client.limits().maxWatchEventBytes));
    QCOMPARE(informer.resourceVersion(), QString::number(events + 1));
}

void TestHostileServer::endlessWatchLineIsCut()
{
    const auto server = serve(listThenWatch([](QTcpSocket *socket) {
        socket->write(R"({"type":"ADDED","object":{"metadata":{"name":")");
        const QByteArray chunk(64 << 10, 'a');
        HostileServer::pump(
            socket, [chunk] { return chunk; }, 0);
    }));
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.maxWatchEventBytes = kCap;
    client.setLimits(limits);
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    const qint64 before = ResidentMemory::resetPeak();
    LoopWatch loop;
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("message: %s; event loop longest gap %lld ms", qPrintable(message), loop.maxGapMs());
    QVERIFY2(message.contains(u"sent an event larger than the limit of 32 MB"_s),
             qPrintable(message));
    QVERIFY(ResidentMemory::peakWithinTwice(before, u"endless watch line"_s, kCap));
}

void TestHostileServer::malformedWatchEventRestartsTheWatch()
{
    const auto server = serve(listThenWatch([](QTcpSocket *socket) {
        socket->write(replicaEvent(1));
        socket->write(QByteArray(100000, '[') + '\n');
        socket->write(replicaEvent(2));
    }));
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    int upserts = 0;
    int upsertsAtProblem = -1;
    connect(&informer, &Kube::Informer::upserted, this, [&upserts] { ++upserts; });
    connect(&informer, &Kube::Informer::problem, this, [&] {
        if (upsertsAtProblem < 0)
            upsertsAtProblem = upserts;
    });
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("message: %s", qPrintable(message));
    QVERIFY2(message.contains(u"sent a line that is not a JSON watch event"_s),
             qPrintable(message));
    QCOMPARE(upsertsAtProblem, 1); // nothing after the broken line is trusted
    // The watch starts again from the last good event.
    QTRY_VERIFY_WITH_TIMEOUT(server->requests().size() >= 3, kWaitMs);
    QVERIFY(server->requests().at(2).target.contains("resourceVersion=3"));
}

void TestHostileServer::silentWatchHitsTheIdleTimeout()
{
    const auto silent = serve([](QTcpSocket *socket, const HostileServer::Request &request) {
        if (!request.target.contains("watch=true")) {
            HostileServer::writeAndClose(
                socket, 200, "application/json",
                R"({"kind":"CStorVolumeReplicaList","metadata":{"resourceVersion":"1"},"items":[]})");
        }
    });
    QVERIFY(silent);
    Kube::RestClient client(configFor(*silent));
    Kube::RestClient::Limits limits;
    limits.idleTimeoutMs = 1000;
    client.setLimits(limits);
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("message: %s", qPrintable(message));
    QVERIFY2(message.contains(u"did not answer the watch within 1 s (idle timeout)"_s),
             qPrintable(message));
}

void TestHostileServer::listWithoutItemsArrayIsRefused()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeAndClose(socket, 200, "application/json",
                                     R"({"kind":"CStorVolumeReplicaList","items":5})");
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    QSignalSpy pages(&informer, &Kube::Informer::listedPage);
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("message: %s", qPrintable(message));
    QVERIFY2(message.contains(u"is not a Kubernetes list: no array of items"_s),
             qPrintable(message));
    QVERIFY(pages.isEmpty());
    QVERIFY(!informer.hasListed());
}

// A list's items are parsed off the informers' thread, after the next page was asked for: items
// that turn out not to be JSON fail the whole list, which is listed again, and nothing of it
// reaches the models.
void TestHostileServer::listItemsThatDoNotParseAreListedAgain()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.target.contains("watch=true"))
            return; // never reached: no list completes
        HostileServer::writeAndClose(
            socket, 200, "application/json",
            R"({"items":[{"metadata":{"uid":"u1","name":"r1"}},{"a":tru}],"metadata":{"resourceVersion":"7"}})");
    });
    QVERIFY(server);
    Kube::ClusterWatcher watcher(configFor(*server), u"openebs"_s);
    QSignalSpy deltas(&watcher, &Kube::ClusterWatcher::delta);
    QStringList details;
    connect(&watcher, &Kube::ClusterWatcher::stateChanged, this,
            [&details](Kube::ConnectionState, const QString &detail) { details.append(detail); });
    watcher.start();
    const auto listsOfReplicas = [&server] {
        int lists = 0;
        for (const HostileServer::Request &request : server->requests())
            lists += request.target.contains("cstorvolumereplicas?") ? 1 : 0;
        return lists;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listsOfReplicas() >= 2, kWaitMs);
    const QString joined = details.join(u"\n"_s);
    qInfo("states: %s", qPrintable(joined));
    QVERIFY2(joined.contains(u"is not valid JSON"_s), qPrintable(joined));
    QVERIFY(deltas.isEmpty());
    QVERIFY(!watcher.isSynced());
}

// The endless list against the real command line: `cstor-console get replicas` fails with the
// limit named and a non-zero exit, and its peak resident set (VmHWM, read from /proc while it
// runs and from getrusage once it is gone) stays under twice the default limit of 128 MB.
void TestHostileServer::consoleGetStaysBoundedOnAnEndlessList()
{
    if (qEnvironmentVariableIsEmpty("CSTOR_CONSOLE"))
        QSKIP("CSTOR_CONSOLE must name the cstor-console binary");
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &request) {
        if (!request.target.contains("cstorvolumereplicas")) {
            HostileServer::writeAndClose(socket, 404, "application/json", "{}");
            return;
        }
        HostileServer::writeHead(socket, 200, "application/json", -1);
        socket->write(R"({"kind":"CStorVolumeReplicaList","items":[)");
        auto n = std::make_shared<int>(0);
        HostileServer::pump(
            socket,
            [n] {
                QByteArray chunk;
                while (chunk.size() < (64 << 10))
                    chunk += replicaEvent((*n)++).trimmed() + ',';
                return chunk;
            },
            0);
    });
    QVERIFY(server);
    const ConsoleGet run = consoleGet(*server);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"too large: more than the limit of 128 MB"_s), qPrintable(run.err));
    if (ResidentMemory::kMeaningful)
        QVERIFY(run.peakMb < 2 * (kDefaultLimit >> 20));
}

// Pages without end, each well within the limit of an answer: the list as a whole is held to
// that limit, on the command line (its peak resident set measured as for the endless list) and
// in an informer (with a limit of 16 MB). Pages of 3.8 MB: the command line's rate limit (5
// requests a second after a burst of 10) makes the test's time.
void TestHostileServer::endlessPagesAreCutAtTheListLimit()
{
    const auto server = serveListPages([](const HostileServer::Request &request) {
        const QByteArray token = request.target.contains("continue=p")
                                     ? request.target.mid(request.target.indexOf("continue=p") + 10)
                                     : QByteArray("0");
        const int page = token.split('&').first().toInt();
        return listPage(page, 64, 60000, "p" + QByteArray::number(page + 1));
    });
    QVERIFY(server);
    Kube::RestClient::Limits limits;
    limits.maxResponseBytes = qint64(16) << 20;
    const QString message = informerProblem(*server, limits);
    QVERIFY2(message.contains(
                 u"is too large: its first 5 page(s) come to more than the limit of 16 MB"_s),
             qPrintable(message));
    QCOMPARE(server->requests().size(), 5); // no page asked for past the limit

    if (qEnvironmentVariableIsEmpty("CSTOR_CONSOLE"))
        QSKIP("CSTOR_CONSOLE must name the cstor-console binary");
    const ConsoleGet run = consoleGet(*server);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"pages come to more than the limit of 128 MB"_s),
             qPrintable(run.err));
    if (ResidentMemory::kMeaningful)
        QVERIFY(run.peakMb < 2 * (kDefaultLimit >> 20));
}

// A server that gives a page the continue token of an earlier page has a list that never ends:
// the informer and the command line give it up at the second such page instead of going round.
void TestHostileServer::repeatedContinueTokenEndsTheList()
{
    const auto server =
        serveListPages([](const HostileServer::Request &) { return listPage(0, 2, 64, "again"); });
    QVERIFY(server);
    const QString message = informerProblem(*server);
    QVERIFY2(message.contains(
                 u"does not end: the server gave page 2 the continue token of an earlier page"_s),
             qPrintable(message));
    QCOMPARE(server->requests().size(), 2);

    if (qEnvironmentVariableIsEmpty("CSTOR_CONSOLE"))
        QSKIP("CSTOR_CONSOLE must name the cstor-console binary");
    const ConsoleGet run = consoleGet(*server);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"the server gave page 2 the continue token of an earlier page"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"not a proxy that answers something else"_s), qPrintable(run.err));
}

std::unique_ptr<HostileServer>
TestHostileServer::serveListPages(std::function<QByteArray(const HostileServer::Request &)> page)
{
    return serve([page](QTcpSocket *socket, const HostileServer::Request &request) {
        if (!request.target.contains("cstorvolumereplicas") || request.target.contains("watch"))
            HostileServer::writeAndClose(socket, 404, "application/json", "{}");
        else
            HostileServer::writeAndClose(socket, 200, "application/json", page(request));
    });
}

QString TestHostileServer::informerProblem(const HostileServer &server,
                                           const Kube::RestClient::Limits &limits)
{
    Kube::RestClient client(configFor(server));
    client.setLimits(limits);
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    informer.start();
    if (!QTest::qWaitFor([&problems] { return !problems.isEmpty(); }, kWaitMs))
        return u"no problem reported"_s;
    const QString message = problems.first().at(1).toString();
    qInfo("informer: %s; pages asked for: %lld; listed: %s", qPrintable(message),
          qint64(server.requests().size()), informer.hasListed() ? "yes" : "no");
    return informer.hasListed() ? u"listed: "_s + message : message;
}

// `cstor-console get replicas` against the server, its peak resident set (VmHWM) read from /proc
// while it runs and from getrusage once it is gone.
TestHostileServer::ConsoleGet TestHostileServer::consoleGet(const HostileServer &server)
{
    ConsoleGet run;
    QTemporaryDir dir;
    const QString kubeconfig = writeKubeconfig(dir, server);
    if (kubeconfig.isEmpty()) {
        run.err = u"no kubeconfig written"_s;
        return run;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path()); // nothing of the user's
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    qint64 polledPeakMb = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (process.processId() > 0)
            polledPeakMb =
                std::max(polledPeakMb,
                         ResidentMemory::megabytes("VmHWM:", QString::number(process.processId())));
    });
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("CSTOR_CONSOLE"),
                  {u"get"_s, u"replicas"_s, u"--kubeconfig"_s, kubeconfig});
    poll.start();
    if (!finished.wait(kWaitMs)) {
        run.err = u"cstor-console get replicas did not finish"_s;
        return run;
    }
    poll.stop();
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const qint64 rusagePeakMb = usage.ru_maxrss / 1024; // kB on Linux
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.peakMb = std::max(polledPeakMb, rusagePeakMb);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    qInfo("cstor-console get replicas: exit %d after %lld ms; peak resident set %lld MB (polled "
          "%lld MB, getrusage %lld MB, the most of any program this test ran), limit %lld MB, "
          "held to under %lld MB",
          run.exitCode, clock.elapsed(), run.peakMb, polledPeakMb, rusagePeakMb,
          kDefaultLimit >> 20, 2 * (kDefaultLimit >> 20));
    qInfo("stderr: %s", qPrintable(run.err.trimmed()));
    return run;
}

// A server that drips its answer (a byte every 2 s, so never idle for long) holds the command
// line no longer than --request-timeout, given before the verb as kubectl takes it.
void TestHostileServer::consoleGivesUpAtTheRequestTimeout()
{
    const QString console = qEnvironmentVariable("CSTOR_CONSOLE");
    if (console.isEmpty())
        QSKIP("CSTOR_CONSOLE must name the cstor-console binary");
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeHead(socket, 200, "application/json", 1 << 20);
        HostileServer::pump(
            socket, [] { return QByteArray(" "); }, 2000);
    });
    QVERIFY(server);
    QTemporaryDir dir;
    const QString kubeconfig = writeKubeconfig(dir, *server);
    QVERIFY(!kubeconfig.isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path());
    environment.insert(u"LC_ALL"_s, u"C"_s);
    ProgramOptions options;
    options.environment = environment;
    QElapsedTimer clock;
    clock.start();
    const ProgramRun run = runProgram(
        console,
        {u"--request-timeout"_s, u"3s"_s, u"get"_s, u"replicas"_s, u"--kubeconfig"_s, kubeconfig},
        options);
    const qint64 elapsed = clock.elapsed();
    qInfo("cstor-console --request-timeout 3s get replicas: exit %d after %lld ms; stderr: %s",
          run.exitCode, elapsed, qPrintable(run.err.trimmed()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"did not complete its answer within 3 s (request timeout)"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"--request-timeout"_s), qPrintable(run.err));
    QVERIFY(elapsed < 30000);               // not the 120 s default, nor the 30 s idle timeout
    QCOMPARE(server->requests().size(), 1); // a timeout is not retried
}

// A watch has no end, but with a request timeout its answer has to start within it: headers
// dripped a byte at a time (never idle) fail at the deadline.
void TestHostileServer::watchHeadersDripHitTheRequestTimeout()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &request) {
        if (!request.target.contains("watch=true")) {
            HostileServer::writeAndClose(
                socket, 200, "application/json",
                R"({"kind":"CStorVolumeReplicaList","metadata":{"resourceVersion":"1"},"items":[]})");
            return;
        }
        auto head = std::make_shared<QByteArray>(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: ");
        HostileServer::pump(
            socket,
            [head] {
                if (head->isEmpty())
                    return QByteArray("x"); // the header line never ends
                const QByteArray next = head->left(1);
                head->remove(0, 1);
                return next;
            },
            100);
    });
    QVERIFY(server);
    Kube::ClusterConfig config = configFor(*server);
    config.requestTimeoutMs = 1000;
    Kube::RestClient client(config);
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    QElapsedTimer clock;
    clock.start();
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("after %lld ms: %s", clock.elapsed(), qPrintable(message));
    QVERIFY2(message.contains(u"did not answer the watch within 1 s (request timeout)"_s),
             qPrintable(message));
}

// A Prometheus behind the service proxy that streams a range query's answer without end: the
// forecast fails at the answer limit, with memory held under twice the limit, and says why.
void TestHostileServer::endlessPrometheusAnswerStaysBounded()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::writeHead(socket, 200, "application/json", -1);
        socket->write(R"({"status":"success","data":{"resultType":"matrix","result":[)");
        HostileServer::pump(
            socket,
            [] {
                QByteArray chunk;
                while (chunk.size() < (64 << 10))
                    chunk += R"({"metric":{"cstor_pool":"p"},"values":[[1,"1"],[2,"2"]]},)";
                return chunk;
            },
            0);
    });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.maxResponseBytes = kCap;
    client.setLimits(limits);
    Metrics::PoolForecaster::Request request;
    Cstor::PoolInstance pool;
    pool.meta.name = u"p"_s;
    request.pools = {pool};
    QString error;
    request.prometheus = Metrics::PrometheusService::parse(u"monitoring/prometheus:9090"_s, &error);
    request.now = QDateTime::currentDateTimeUtc();
    const qint64 before = ResidentMemory::resetPeak();
    std::optional<Metrics::PoolForecaster::Result> result;
    Metrics::PoolForecaster::run(
        &client, request, [&result](const Metrics::PoolForecaster::Result &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QVERIFY2(
        result->problem.contains(u"Prometheus monitoring/prometheus:9090 could not be asked: "_s) &&
            result->problem.contains(u"too large: more than the limit of 32 MB"_s),
        qPrintable(result->problem));
    QVERIFY(ResidentMemory::peakWithinTwice(before, u"prometheus"_s, kCap));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(server->requests().first().target.startsWith(
        "/api/v1/namespaces/monitoring/services/prometheus:9090/proxy/api/v1/query_range?"));
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
