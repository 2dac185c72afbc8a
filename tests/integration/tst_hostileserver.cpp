// Kube::RestClient and Kube::Informer against a hostile or broken HTTPS server (a real TLS
// server in its own thread, with a certificate from Sim::CertificateAuthority): announced and
// endless huge answers, endless watch streams and watch lines, deeply nested and malformed
// JSON, a slow drip, a silent server, HTML instead of JSON, plain http on the https port and a
// server offering only TLS 1.0/1.1. Each fails with a message naming the problem, memory stays
// bounded (peak resident set printed and held to a multiple of the limit) and the event loop
// keeps turning (the longest gap of a 10 ms timer is printed).
#include "models/kube/clusterwatcher.h"
#include "models/kube/informer.h"
#include "models/kube/restclient.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "tests/common/hostileserver.h"
#include "tests/common/localcertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// AddressSanitizer keeps freed memory in quarantine and adds shadow memory: under it the
// resident size says nothing about what the client keeps, so it is printed, not checked.
// (gcc says so with __SANITIZE_ADDRESS__, clang with __has_feature.)
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kResidentSizeMeaningful = false;
#elif defined(__has_feature)
constexpr bool kResidentSizeMeaningful = !__has_feature(address_sanitizer);
#else
constexpr bool kResidentSizeMeaningful = true;
#endif
constexpr int kWaitMs = 60000;
const QString kToken = u"hostile-test-token-5f1c"_s;
const QString kPath = u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas"_s;
constexpr qint64 kCap = qint64(32) << 20;

using Reply = Kube::RestClient::Reply;

// Resident set now and at its peak, in MB (Linux /proc/self/status).
qint64 memoryMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

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
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultLimits();
    void hugeAnnouncedAnswerIsRefused();
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

private:
    // A TLS server with the test CA's certificate for 127.0.0.1, answering with `handler`.
    std::unique_ptr<HostileServer> serve(HostileServer::Handler handler,
                                         HostileServer::Tls tls = {});
    Kube::ClusterConfig configFor(const HostileServer &server) const;
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

std::optional<Reply> TestHostileServer::get(Kube::RestClient *client, const QString &path)
{
    const qint64 before = memoryMb("VmRSS:");
    LoopWatch loop;
    QElapsedTimer clock;
    clock.start();
    std::optional<Reply> reply;
    client->get(path, {}, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    qInfo("answer after %lld ms; event loop longest gap %lld ms; resident %lld -> peak %lld MB",
          clock.elapsed(), loop.maxGapMs(), before, memoryMb("VmHWM:"));
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
    const qint64 peakBefore = memoryMb("VmHWM:");
    const auto reply = get(&client);
    expectFailure(reply, u"too large: it announces 2048 MB, more than the limit of 32 MB"_s);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY(memoryMb("VmHWM:") - peakBefore < 10 * (kCap >> 20));
    QCOMPARE(server->requests().size(), 1); // not retried
}

void TestHostileServer::endlessAnswerIsCutAtTheLimit()
{
    const auto server = serve([](QTcpSocket *socket, const HostileServer::Request &) {
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
    Kube::RestClient client(configFor(*server));
    Kube::RestClient::Limits limits;
    limits.maxResponseBytes = kCap;
    client.setLimits(limits);
    const qint64 peakBefore = memoryMb("VmHWM:");
    const auto reply = get(&client);
    expectFailure(reply, u"too large: more than the limit of 32 MB"_s);
    const qint64 grown = memoryMb("VmHWM:") - peakBefore;
    qInfo("peak resident set grew by %lld MB for a 32 MB limit", grown);
    if (kResidentSizeMeaningful)
        QVERIFY(grown < 10 * (kCap >> 20));
    QCOMPARE(server->requests().size(), 1);
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
    const qint64 residentBefore = memoryMb("VmRSS:");
    LoopWatch loop;
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(events >= 200000, kWaitMs);
    const qint64 grown = memoryMb("VmRSS:") - residentBefore;
    qInfo("%d watch events; resident set grew by %lld MB; event loop longest gap %lld ms", events,
          grown, loop.maxGapMs());
    if (kResidentSizeMeaningful)
        QVERIFY(grown < 256); // ~30 MB of events went through; none is kept
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
    limits.maxWatchEventBytes = qint64(4) << 20;
    client.setLimits(limits);
    Kube::Informer informer(&client, kPath);
    QSignalSpy problems(&informer, &Kube::Informer::problem);
    const qint64 peakBefore = memoryMb("VmHWM:");
    LoopWatch loop;
    informer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kWaitMs);
    const QString message = problems.first().at(1).toString();
    qInfo("message: %s; event loop longest gap %lld ms; peak resident set grew by %lld MB",
          qPrintable(message), loop.maxGapMs(), memoryMb("VmHWM:") - peakBefore);
    QVERIFY2(message.contains(u"sent an event larger than the limit of 4 MB"_s),
             qPrintable(message));
    QVERIFY(memoryMb("VmHWM:") - peakBefore < 64);
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

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
