// Kube::RestClient against the simulated cluster over real HTTPS: the kubeconfig's token and
// client-certificate users, TLS refusals, no credentials over plain http, Status errors
// verbatim, and retries (429 with Retry-After, 500s, dropped connections) switched on through
// the simulator's fault endpoint; a patch with a deadline neither sent nor retried after it.
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/faultplan.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::kNamespace;
const QString kReplica = u"pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-pool-6qkw"_s;
constexpr int kWaitMs = 60000;

using Reply = Kube::RestClient::Reply;

QString cvrPath(const QString &name = QString())
{
    return Kube::RestClient::cstorPath(kNamespace, u"cstorvolumereplicas"_s, name);
}
} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void adminTokenGetsAndLists();
    void clientCertificateLists();
    void expiredClientCertificateIsRefused();
    void statusErrorsVerbatim();
    void wrongTokenIsUnauthorized();
    void foreignCertificateAuthorityIsATlsError();
    void wrongServerNameIsATlsError();
    void credentialsOverPlainHttpAreRefused();
    void throttledRequestHonoursRetryAfter();
    void throttlingGivesUpAfterFiveAttempts();
    void serverErrorsAreRetried();
    void droppedConnectionsAreRetried();
    void rateLimitStartsWithItsWholeBurst();
    void patchUntilIsNeitherSentNorRetriedLate();
    void manyWatchesLeaveRoomForRequests();
    void aWatchsNetworkGoesWithIt();

private:
    Kube::ClusterConfig cluster(const QString &context);
    std::optional<Reply> get(Kube::RestClient *client, const QString &path);
    bool setFaults(const QJsonObject &faults);

    SimHarness m_sim;
    std::optional<Kube::Kubeconfig> m_kubeconfig;
};

void TestRestClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    Kube::KubeconfigSources sources;
    sources.explicitPath = m_sim.kubeconfigPath();
    m_kubeconfig = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(m_kubeconfig, qPrintable(error));
}

void TestRestClient::cleanup()
{
    QString error;
    QVERIFY2(m_sim.sim()->faults()->apply(
                 {{u"throttleNext"_s, 0}, {u"failNext"_s, 0}, {u"dropNext"_s, 0}}, &error),
             qPrintable(error));
}

Kube::ClusterConfig TestRestClient::cluster(const QString &context)
{
    QString error;
    const std::optional<Kube::ClusterConfig> config = m_kubeconfig->resolve(context, &error);
    if (!config)
        qFatal("%s", qPrintable(error));
    return *config;
}

std::optional<Reply> TestRestClient::get(Kube::RestClient *client, const QString &path)
{
    std::optional<Reply> reply;
    client->get(path, {}, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    return reply;
}

bool TestRestClient::setFaults(const QJsonObject &faults)
{
    // Through the simulator's admin-only endpoint, as an operator of the simulator would.
    Kube::RestClient admin(cluster(u"cstor-sim"_s));
    std::optional<Reply> reply;
    admin.send("POST", u"/sim/v1/faults"_s, QJsonDocument(faults).toJson(QJsonDocument::Compact),
               "application/json", [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    if (!reply || !reply->ok) {
        qWarning() << "setting faults failed:" << (reply ? reply->message : u"no reply"_s);
        return false;
    }
    return true;
}

void TestRestClient::adminTokenGetsAndLists()
{
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    QString why;
    QVERIFY2(client.isUsable(&why), qPrintable(why));

    const auto pools =
        get(&client, Kube::RestClient::cstorPath(kNamespace, u"cstorpoolinstances"_s));
    QVERIFY(pools);
    QVERIFY2(pools->ok, qPrintable(pools->message));
    QCOMPARE(pools->httpStatus, 200);
    QStringList hosts;
    for (const QJsonValue &item : pools->json().value("items"_L1).toArray())
        hosts << item["spec"_L1]["hostName"_L1].toString();
    hosts.sort();
    QCOMPARE(hosts, (QStringList{u"e2e1-node1"_s, u"e2e1-node2"_s, u"e2e1-node3"_s}));

    const auto replica = get(&client, cvrPath(kReplica));
    QVERIFY(replica);
    QVERIFY2(replica->ok, qPrintable(replica->message));
    QCOMPARE(replica->json()["metadata"_L1]["name"_L1].toString(), kReplica);
    QCOMPARE(replica->json()["kind"_L1].toString(), u"CStorVolumeReplica"_s);
}

void TestRestClient::clientCertificateLists()
{
    const Kube::ClusterConfig config = cluster(u"cstor-sim-cert"_s);
    QVERIFY(!config.clientCertificatePem.isEmpty());
    QVERIFY(config.bearerToken().isEmpty());
    Kube::RestClient client(config);
    const auto replicas = get(&client, cvrPath());
    QVERIFY(replicas);
    QVERIFY2(replicas->ok, qPrintable(replicas->message));
    QVERIFY(replicas->json().value("items"_L1).toArray().size() >= 2);
}

void TestRestClient::expiredClientCertificateIsRefused()
{
    // Issued by the cluster's own CA for an admin, but valid only until yesterday.
    Sim::CertificateAuthority *ca = m_sim.sim()->server()->certificateAuthority();
    Sim::CertificateAuthority::Subject subject;
    subject.commonName = u"expired-admin"_s;
    subject.organizations = {u"system:masters"_s};
    subject.clientAuth = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    subject.notBefore = now.addDays(-30);
    subject.notAfter = now.addDays(-1);
    Sim::CertificateAuthority::Issued expired;
    QString error;
    QVERIFY2(ca->issue(subject, &expired, &error), qPrintable(error));

    Kube::ClusterConfig config = cluster(u"cstor-sim-cert"_s);
    config.clientCertificatePem = expired.certificatePem;
    config.clientKeyPem = expired.keyPem;
    Kube::RestClient client(config);
    QString why;
    QVERIFY(!client.isUsable(&why));
    QVERIFY2(why.contains(u"expired"_s), qPrintable(why));
    QVERIFY2(why.contains(u"cert-user"_s), qPrintable(why));
    QVERIFY2(why.contains(subject.notAfter.toString(u"yyyy-MM-dd"_s)), qPrintable(why));
    std::optional<Reply> reply;
    client.get(cvrPath(), {}, [&reply](const Reply &r) { reply = r; });
    QVERIFY(reply.has_value()); // refused before anything is sent
    QCOMPARE(reply->message, why);

    // The same subject, still valid, is accepted.
    subject.notAfter = now.addDays(1);
    Sim::CertificateAuthority::Issued valid;
    QVERIFY2(ca->issue(subject, &valid, &error), qPrintable(error));
    config.clientCertificatePem = valid.certificatePem;
    config.clientKeyPem = valid.keyPem;
    Kube::RestClient renewed(config);
    const auto fine = get(&renewed, cvrPath());
    QVERIFY(fine);
    QVERIFY2(fine->ok, qPrintable(fine->message));
}

void TestRestClient::statusErrorsVerbatim()
{
    // Forbidden: the read-only user may read but not patch.
    Kube::RestClient readOnly(cluster(u"cstor-sim-read-only"_s));
    const auto readable = get(&readOnly, cvrPath(kReplica));
    QVERIFY(readable);
    QVERIFY2(readable->ok, qPrintable(readable->message));

    std::optional<Reply> patched;
    readOnly.mergePatch(
        cvrPath(kReplica),
        QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"x"_s, u"y"_s}}}}}},
        [&patched](const Reply &r) { patched = r; });
    QTRY_VERIFY_WITH_TIMEOUT(patched.has_value(), kWaitMs);
    QVERIFY(!patched->ok);
    QCOMPARE(patched->httpStatus, 403);
    QCOMPARE(patched->reason, u"Forbidden"_s);
    QCOMPARE(patched->message,
             u"cstorvolumereplicas.cstor.openebs.io \"%1\" is forbidden: User \"read-only\" "
             "cannot patch resource \"cstorvolumereplicas\" in API group \"cstor.openebs.io\" in "
             "the namespace \"openebs\""_s.arg(kReplica));

    // NotFound, as the server words it.
    Kube::RestClient admin(cluster(u"cstor-sim"_s));
    const auto missing = get(&admin, cvrPath(u"no-such-replica"_s));
    QVERIFY(missing);
    QVERIFY(!missing->ok);
    QCOMPARE(missing->httpStatus, 404);
    QCOMPARE(missing->reason, u"NotFound"_s);
    QCOMPARE(missing->message,
             u"cstorvolumereplicas.cstor.openebs.io \"no-such-replica\" not found"_s);
}

void TestRestClient::wrongTokenIsUnauthorized()
{
    Kube::ClusterConfig config = cluster(u"cstor-sim"_s);
    config.token = u"not-a-valid-token"_s;
    Kube::RestClient client(config);
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 401);
    QCOMPARE(reply->reason, u"Unauthorized"_s);
    QCOMPARE(reply->message, u"Unauthorized"_s);
}

void TestRestClient::foreignCertificateAuthorityIsATlsError()
{
    Sim::CertificateAuthority other;
    QString error;
    QVERIFY2(other.generate(u"some-other-cluster-ca"_s, &error), qPrintable(error));
    Kube::ClusterConfig config = cluster(u"cstor-sim"_s);
    config.caPem = other.caCertificatePem();
    Kube::RestClient client(config);
    QVERIFY(client.isUsable(nullptr));
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->message.contains(u"x509"_s), qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"certificate"_s), qPrintable(reply->message));

    // The same server is fine once its own CA is trusted again.
    Kube::RestClient trusting(cluster(u"cstor-sim"_s));
    const auto fine = get(&trusting, cvrPath());
    QVERIFY(fine);
    QVERIFY2(fine->ok, qPrintable(fine->message));
}

void TestRestClient::wrongServerNameIsATlsError()
{
    Kube::ClusterConfig config = cluster(u"cstor-sim"_s);
    config.tlsServerName = u"api.elsewhere.example"_s; // not in the server certificate's SANs
    Kube::RestClient client(config);
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->message.contains(u"x509"_s), qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"api.elsewhere.example"_s), qPrintable(reply->message));

    config.tlsServerName = u"localhost"_s; // in the SANs
    Kube::RestClient matching(config);
    const auto fine = get(&matching, cvrPath());
    QVERIFY(fine);
    QVERIFY2(fine->ok, qPrintable(fine->message));
}

void TestRestClient::credentialsOverPlainHttpAreRefused()
{
    const Kube::ClusterConfig secure = cluster(u"cstor-sim"_s);
    Kube::ClusterConfig plain;
    plain.contextName = u"plain"_s;
    plain.clusterName = u"plain"_s;
    plain.server = QUrl(u"http://127.0.0.1:%1"_s.arg(m_sim.sim()->port()));
    plain.token = secure.token;

    Kube::RestClient client(plain);
    QString why;
    QVERIFY(!client.isUsable(&why));
    QVERIFY2(why.contains(u"plain http"_s), qPrintable(why));
    QVERIFY2(why.contains(u"https"_s), qPrintable(why));
    QVERIFY2(why.contains(plain.server.toString()), qPrintable(why));
    // Refused before anything is sent: the answer comes at once, without a server.
    std::optional<Reply> reply;
    client.get(cvrPath(), {}, [&reply](const Reply &r) { reply = r; });
    QVERIFY(reply.has_value());
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QCOMPARE(reply->message, why);
    QVERIFY(client.stream(cvrPath(), {}) == nullptr);

    // A client certificate is a credential too.
    Kube::ClusterConfig certificate = plain;
    certificate.token.clear();
    const Kube::ClusterConfig certUser = cluster(u"cstor-sim-cert"_s);
    certificate.clientCertificatePem = certUser.clientCertificatePem;
    certificate.clientKeyPem = certUser.clientKeyPem;
    QVERIFY(!Kube::RestClient(certificate).isUsable(nullptr));

    // Without credentials plain http is allowed (nothing secret to leak).
    Kube::ClusterConfig anonymous = plain;
    anonymous.token.clear();
    QVERIFY(Kube::RestClient(anonymous).isUsable(nullptr));
}

void TestRestClient::throttledRequestHonoursRetryAfter()
{
    constexpr int kThrottled = 2;
    constexpr int kRetryAfterSeconds = 1;
    QVERIFY(
        setFaults({{u"throttleNext"_s, kThrottled}, {u"retryAfterSeconds"_s, kRetryAfterSeconds}}));
    QCOMPARE(m_sim.sim()->faults()->throttleNext, kThrottled);

    // A precise timer for the whole Retry-After wait of both throttled answers, started
    // before the request: the answer may only come after it has fired.
    bool waitedOut = false;
    QTimer retryAfter;
    retryAfter.setSingleShot(true);
    retryAfter.setTimerType(Qt::PreciseTimer);
    connect(&retryAfter, &QTimer::timeout, this, [&waitedOut] { waitedOut = true; });
    retryAfter.start(kThrottled * kRetryAfterSeconds * 1000);

    Kube::RestClient client(cluster(u"cstor-sim"_s));
    std::optional<Reply> reply;
    bool answeredAfterWait = false;
    int throttlesLeftAtAnswer = -1;
    client.get(cvrPath(), {}, [&](const Reply &r) {
        reply = r;
        answeredAfterWait = waitedOut;
        throttlesLeftAtAnswer = m_sim.sim()->faults()->throttleNext;
    });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), kWaitMs);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(throttlesLeftAtAnswer, 0); // both 429s were answered before the success
    QVERIFY(answeredAfterWait);
}

void TestRestClient::throttlingGivesUpAfterFiveAttempts()
{
    QVERIFY(setFaults({{u"throttleNext"_s, 7}, {u"retryAfterSeconds"_s, 0}}));
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 429);
    QCOMPARE(reply->reason, u"TooManyRequests"_s);
    QCOMPARE(reply->message, u"too many requests, please try again later"_s);
    QCOMPARE(m_sim.sim()->faults()->throttleNext, 2); // 5 attempts, then the 429 stands
}

void TestRestClient::serverErrorsAreRetried()
{
    QVERIFY(setFaults({{u"failNext"_s, 2}}));
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(m_sim.sim()->faults()->failNext, 0);
}

void TestRestClient::droppedConnectionsAreRetried()
{
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    QVERIFY(setFaults({{u"dropNext"_s, 1}}));
    const auto read = get(&client, cvrPath());
    QVERIFY(read);
    QVERIFY2(read->ok, qPrintable(read->message));
    QCOMPARE(m_sim.sim()->faults()->dropNext, 0);
    QVERIFY(!read->json().value("items"_L1).toArray().isEmpty());
}

void TestRestClient::rateLimitStartsWithItsWholeBurst()
{
    // A limit set on a new client starts with its whole burst, as client-go's does: an
    // informer's first list goes out at the server's pace. The rate here refills nothing
    // within the test, so what goes out is the burst, and the rest waits.
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    client.setRateLimit(0.001, 25);
    int answered = 0;
    for (int i = 0; i < 30; ++i)
        client.get(cvrPath(kReplica), {}, [&answered](const Reply &r) { answered += r.ok; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 25, kWaitMs);
    QCoreApplication::processEvents();
    QCOMPARE(answered, 25);
}

void TestRestClient::patchUntilIsNeitherSentNorRetriedLate()
{
    const QString cvc = Kube::RestClient::cstorPath(kNamespace, u"cstorvolumeconfigs"_s,
                                                    u"pvc-d1b26676-5035-4e5b-b564-68869b023306"_s);
    const QJsonArray patch{QJsonObject{
        {u"op"_s, u"add"_s}, {u"path"_s, u"/metadata/labels/probe"_s}, {u"value"_s, u"late"_s}}};
    const auto labelled = [&] {
        Kube::RestClient reader(cluster(u"cstor-sim"_s));
        const auto read = get(&reader, cvc);
        return read && read->json()
                           .value("metadata"_L1)
                           .toObject()
                           .value("labels"_L1)
                           .toObject()
                           .contains("probe"_L1);
    };

    // Throttled with a Retry-After past the deadline: the 429 comes back, no retry goes out.
    QVERIFY(setFaults({{u"throttleNext"_s, 1}, {u"retryAfterSeconds"_s, 5}}));
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    std::optional<Reply> reply;
    client.jsonPatchUntil(cvc, patch, QDeadlineTimer(2000),
                          [&reply](const Reply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), kWaitMs);
    QCOMPARE(reply->httpStatus, 429);
    QCOMPARE(m_sim.sim()->faults()->throttleNext, 0);
    QVERIFY(!labelled());

    // Waiting for the rate limit past the deadline: failed unsent, in its time, not the limit's.
    client.setRateLimit(0.001, 1);
    std::optional<Reply> first;
    client.get(cvrPath(kReplica), {}, [&first](const Reply &r) { first = r; });
    reply.reset();
    client.jsonPatchUntil(cvc, patch, QDeadlineTimer(300), [&reply](const Reply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), kWaitMs);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->reason, u"Expired"_s);
    QVERIFY2(reply->message.contains(u"no longer fresh"_s), qPrintable(reply->message));
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kWaitMs);
    QVERIFY(!labelled());

    // In time, it goes out like any patch.
    client.setRateLimit(5, 10);
    reply.reset();
    client.jsonPatchUntil(cvc, patch, QDeadlineTimer(kWaitMs),
                          [&reply](const Reply &r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), kWaitMs);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QVERIFY(labelled());
}

void TestRestClient::manyWatchesLeaveRoomForRequests()
{
    // An HTTP/1.1 watch holds its connection while it runs, and one network manager opens at
    // most six per host. Eight watches open at once must all be answered, and a plain request
    // after them too: none may queue behind the others.
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    QStringList paths{u"/api/v1/nodes"_s, u"/api/v1/namespaces/%1/events"_s.arg(kNamespace)};
    for (const QString &plural :
         {u"cstorvolumereplicas"_s, u"cstorvolumes"_s, u"cstorvolumeconfigs"_s,
          u"cstorpoolinstances"_s, u"cstorpoolclusters"_s, u"cstorvolumepolicies"_s})
        paths.append(Kube::RestClient::cstorPath(kNamespace, plural));
    QList<QPointer<QNetworkReply>> watches;
    int watching = 0;
    for (const QString &path : std::as_const(paths)) {
        QUrlQuery query;
        query.addQueryItem(u"watch"_s, u"true"_s);
        QNetworkReply *watch = client.stream(path, query);
        QVERIFY(watch);
        connect(watch, &QNetworkReply::metaDataChanged, this, [&watching] { ++watching; });
        watches.append(watch);
    }
    QTRY_COMPARE_WITH_TIMEOUT(watching, int(paths.size()), kWaitMs);
    const auto replica = get(&client, cvrPath(kReplica));
    QVERIFY(replica);
    QVERIFY2(replica->ok, qPrintable(replica->message));
    for (const QPointer<QNetworkReply> &watch : std::as_const(watches)) {
        QVERIFY(watch);
        QCOMPARE(watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete watch.data();
    }
}

// Each watch has a network of its own, gone with its reply: a watch that reconnects all day
// keeps no network (with its TLS context and session cache) of its earlier connections, and two
// watches of one path do not share one.
void TestRestClient::aWatchsNetworkGoesWithIt()
{
    Kube::RestClient client(cluster(u"cstor-sim"_s));
    QUrlQuery query;
    query.addQueryItem(u"watch"_s, u"true"_s);
    const auto answered = [](QNetworkReply *watch) {
        return QTest::qWaitFor(
            [watch] {
                return watch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            },
            kWaitMs);
    };
    for (int round = 0; round < 10; ++round) {
        QPointer<QNetworkReply> first = client.stream(cvrPath(), query);
        QPointer<QNetworkReply> second = client.stream(cvrPath(), query);
        QVERIFY(first && second);
        QCOMPARE(client.watchNetworks(), 2);
        QVERIFY(answered(first));
        QVERIFY(answered(second));
        first->abort();
        first->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(client.watchNetworks(), 1, kWaitMs);
        QVERIFY(second); // the other watch of the path runs on
        QCOMPARE(second->error(), QNetworkReply::NoError);
        delete second.data();
        QTRY_COMPARE_WITH_TIMEOUT(client.watchNetworks(), 0, kWaitMs);
    }
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
