// Security checks of the Kubernetes client and the console: server certificates wrong in each
// way (expired, wrong host, unknown authority) are refused with a message naming which, and no
// request (so no token) reaches such a server; credentials never go over plain http nor follow
// a redirect to anywhere; kubeconfig rewrites are owner-only and never widen a stricter mode;
// and after a whole session of the console (command-line verbs, a real migration and the
// window) with a token and a client key, neither appears in its settings, data files or logs.
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/planning/moveclaim.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/hostileserver.h"
#include "tests/common/localcertificates.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 60000;
constexpr int kProcessTimeoutMs = 120000;
const QString kToken = u"security-test-token-7d2e91"_s;
const QString kPath = u"/apis/cstor.openebs.io/v1/namespaces/openebs/cstorvolumereplicas"_s;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;

using Reply = Kube::RestClient::Reply;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// What must never be written anywhere: the line-sized pieces of a secret as they would appear
// in text (the token; the base64 body lines of a PEM key; the key as base64 in one piece).
QList<QByteArray> secretPieces(const QByteArray &token, const QByteArray &keyPem)
{
    QList<QByteArray> pieces{token};
    for (const QByteArray &line : keyPem.split('\n')) {
        if (!line.startsWith("-----") && line.trimmed().size() >= 16)
            pieces << line.trimmed();
    }
    pieces << keyPem.toBase64().left(48);
    return pieces;
}
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wrongServerCertificatesAreRefused_data();
    void wrongServerCertificatesAreRefused();
    void tokenIsNeverSentOverPlainHttp();
    void redirectsAreNotFollowed_data();
    void redirectsAreNotFollowed();
    void kubeconfigRewriteIsOwnerOnly_data();
    void kubeconfigRewriteIsOwnerOnly();
    void noSecretInSettingsDataOrLogsAfterASession();
    void moveRecordOnTheVolumeHoldsNoSecret();

private:
    std::unique_ptr<HostileServer> serve(const Sim::CertificateAuthority::Issued &certificate,
                                         HostileServer::Handler handler, bool tls = true);
    Kube::ClusterConfig configFor(const HostileServer &server, const QString &host) const;
    std::optional<Reply> get(Kube::RestClient *client, const QString &path = kPath);
    std::optional<Reply> send(Kube::RestClient *client);
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QString &program, const QStringList &args, const QProcessEnvironment &env);

    Sim::CertificateAuthority m_ca;
    Sim::CertificateAuthority::Issued m_good;
};

void TestSecurity::initTestCase()
{
    QString error;
    QVERIFY2(issueLocalServerCertificate(&m_ca, u"security-test-ca"_s, u"api"_s, &m_good, &error),
             qPrintable(error));
}

std::unique_ptr<HostileServer>
TestSecurity::serve(const Sim::CertificateAuthority::Issued &certificate,
                    HostileServer::Handler handler, bool tls)
{
    HostileServer::Tls settings;
    settings.enabled = tls;
    settings.certificatePem = certificate.certificatePem;
    settings.keyPem = certificate.keyPem;
    auto server = std::make_unique<HostileServer>();
    QString error;
    if (!server->start(settings, std::move(handler), &error)) {
        qWarning() << "cannot serve:" << error;
        return nullptr;
    }
    return server;
}

Kube::ClusterConfig TestSecurity::configFor(const HostileServer &server, const QString &host) const
{
    Kube::ClusterConfig config;
    config.contextName = u"security"_s;
    config.clusterName = u"security"_s;
    config.userName = u"admin"_s;
    config.server = server.url(host);
    config.caPem = m_ca.caCertificatePem();
    config.token = kToken;
    return config;
}

std::optional<Reply> TestSecurity::get(Kube::RestClient *client, const QString &path)
{
    std::optional<Reply> reply;
    client->get(path, {}, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    return reply;
}

std::optional<Reply> TestSecurity::send(Kube::RestClient *client)
{
    std::optional<Reply> reply;
    client->mergePatch(kPath + u"/r1"_s, QJsonObject{{u"metadata"_s, QJsonObject{}}},
                       [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, kWaitMs))
        qWarning() << "no answer within" << kWaitMs << "ms";
    return reply;
}

namespace {
void answerEmptyList(QTcpSocket *socket, const HostileServer::Request &)
{
    HostileServer::writeAndClose(socket, 200, "application/json",
                                 R"({"kind":"List","metadata":{},"items":[]})");
}
} // namespace

void TestSecurity::wrongServerCertificatesAreRefused_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("expired") << u"expired"_s << u"x509: the server's certificate has expired"_s;
    QTest::newRow("wrong host") << u"host"_s << u"is not valid for 127.0.0.1 (wrong host name)"_s;
    QTest::newRow("unknown authority")
        << u"authority"_s << u"x509: certificate signed by unknown authority"_s;
}

void TestSecurity::wrongServerCertificatesAreRefused()
{
    QFETCH(QString, problem);
    QFETCH(QString, expected);
    QString error;
    Sim::CertificateAuthority other;
    QVERIFY2(other.generate(u"someone-else"_s, &error), qPrintable(error));
    Sim::CertificateAuthority::Subject subject;
    subject.commonName = u"api"_s;
    subject.ipAddresses = {u"127.0.0.1"_s};
    if (problem == u"expired"_s) {
        subject.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        subject.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    } else if (problem == u"host"_s) {
        subject.ipAddresses = {u"10.9.8.7"_s};
        subject.dnsNames = {u"api.elsewhere.example"_s};
    }
    Sim::CertificateAuthority::Issued certificate;
    QVERIFY2((problem == u"authority"_s ? other : m_ca).issue(subject, &certificate, &error),
             qPrintable(error));
    const auto server = serve(certificate, answerEmptyList);
    QVERIFY(server);

    Kube::RestClient client(configFor(*server, u"127.0.0.1"_s));
    const auto reply = get(&client);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->message.contains(expected), qPrintable(reply->message));
    // The handshake failed: no request, so no token, reached the server.
    QVERIFY(server->requests().isEmpty());

    // The same server with a good certificate is fine (the check is the certificate's).
    const auto good = serve(m_good, answerEmptyList);
    Kube::RestClient fine(configFor(*good, u"127.0.0.1"_s));
    const auto ok = get(&fine);
    QVERIFY(ok);
    QVERIFY2(ok->ok, qPrintable(ok->message));
    QCOMPARE(good->requests().value(0).header("Authorization"), "Bearer " + kToken.toUtf8());
}

void TestSecurity::tokenIsNeverSentOverPlainHttp()
{
    // KUBERNETES.md: "Credentials are sent only over https" (stricter than kubectl, which
    // sends a bearer token to an http:// server).
    const auto server = serve(m_good, answerEmptyList, false);
    QVERIFY(server);
    Kube::ClusterConfig config = configFor(*server, u"127.0.0.1"_s);
    config.caPem.clear();
    QCOMPARE(config.server.scheme(), u"http"_s);
    Kube::RestClient client(config);
    const auto reply = get(&client);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QVERIFY2(reply->message.contains(u"refusing to send credentials over plain http"_s),
             qPrintable(reply->message));
    QVERIFY(client.stream(kPath, {}) == nullptr);
    QVERIFY(!send(&client)->ok);
    QVERIFY(server->requests().isEmpty());

    // Without credentials the same server is reachable: it was the token that was held back.
    config.token.clear();
    Kube::RestClient anonymous(config);
    const auto fine = get(&anonymous);
    QVERIFY(fine);
    QVERIFY2(fine->ok, qPrintable(fine->message));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(server->requests().first().header("Authorization").isEmpty());
}

void TestSecurity::redirectsAreNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("targetHost");
    QTest::addColumn<bool>("write");
    for (const int status : {301, 302, 303, 307, 308}) {
        QTest::addRow("%d to another host", status) << status << u"localhost"_s << false;
        QTest::addRow("%d to the same host", status) << status << u"127.0.0.1"_s << false;
    }
    QTest::newRow("307 of a PATCH to another host") << 307 << u"localhost"_s << true;
}

void TestSecurity::redirectsAreNotFollowed()
{
    QFETCH(int, status);
    QFETCH(QString, targetHost);
    QFETCH(bool, write);
    const auto elsewhere = serve(m_good, answerEmptyList);
    QVERIFY(elsewhere);
    const QUrl target = elsewhere->url(targetHost);
    const auto server =
        serve(m_good, [status, target](QTcpSocket *socket, const HostileServer::Request &request) {
            HostileServer::writeAndClose(socket, status, "text/html", "<a>moved</a>",
                                         "Location: " + target.toString().toUtf8() +
                                             request.target + "\r\n");
        });
    QVERIFY(server);
    Kube::RestClient client(configFor(*server, u"127.0.0.1"_s));
    const auto reply = write ? send(&client) : get(&client);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, status);
    QVERIFY2(reply->message.contains(u"redirected to %1"_s.arg(target.toString())),
             qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"not followed"_s), qPrintable(reply->message));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(elsewhere->requests().isEmpty());
}

void TestSecurity::kubeconfigRewriteIsOwnerOnly_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::newRow("world-readable becomes 0600") << 0644 << 0600;
    QTest::newRow("group-writable becomes 0600") << 0660 << 0600;
    QTest::newRow("0600 stays") << 0600 << 0600;
    // Read-only: refused as kubectl refuses it ("permission denied"); where it can be written
    // anyway (the superuser), it stays read-only.
    QTest::newRow("stricter 0400 is not widened") << 0400 << 0400;
}

void TestSecurity::kubeconfigRewriteIsOwnerOnly()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config"_s);
    const QByteArray kubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                  "    server: https://127.0.0.1:6443\nusers:\n- name: u\n  user:\n"
                                  "    token: " +
                                  kToken.toUtf8() +
                                  "\ncontexts:\n- name: a\n  context:\n    cluster: c\n"
                                  "    user: u\n- name: b\n  context:\n    cluster: c\n"
                                  "    user: u\ncurrent-context: a\n";
    QVERIFY(writeFile(path, kubeconfig));
    const auto mode = [](int octal) {
        QFileDevice::Permissions permissions;
        if (octal & 0400)
            permissions |= QFileDevice::ReadOwner;
        if (octal & 0200)
            permissions |= QFileDevice::WriteOwner;
        if (octal & 0040)
            permissions |= QFileDevice::ReadGroup;
        if (octal & 0020)
            permissions |= QFileDevice::WriteGroup;
        if (octal & 0004)
            permissions |= QFileDevice::ReadOther;
        return permissions;
    };
    QVERIFY(QFile::setPermissions(path, mode(before)));

    Kube::KubeconfigSources sources;
    sources.explicitPath = path;
    QString error;
    auto config = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(config, qPrintable(error));
    const bool written = config->useContext(u"b"_s, &error);
    if (before & 0200)
        QVERIFY2(written, qPrintable(error));
    else if (!written)
        QVERIFY2(error.contains(path), qPrintable(error));
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions relevant = owner | QFileDevice::ReadGroup |
                                              QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                              QFileDevice::ReadOther | QFileDevice::WriteOther |
                                              QFileDevice::ExeOther | QFileDevice::ExeOwner;
    QCOMPARE(QFile::permissions(path) & relevant, mode(after));
    const QByteArray content = readFile(path);
    QVERIFY(content.contains(written ? "current-context: b" : "current-context: a"));
    QVERIFY(content.contains(kToken.toUtf8())); // every other key kept
    QVERIFY(!QFile::exists(path + u".lock"_s));
}

TestSecurity::Result TestSecurity::run(const QString &program, const QStringList &args,
                                       const QProcessEnvironment &env)
{
    // Asynchronous: the simulator serves from this thread's event loop meanwhile.
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (!finished.wait(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

namespace {

// A private home: everything the console writes (settings, journal, audit log, caches) lands
// under it. Every logging category on, so the logs say all they ever would.
QProcessEnvironment privateHomeEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

// A context of the simulator's kubeconfig, resolved.
Kube::ClusterConfig resolved(const SimHarness &sim, const QString &context)
{
    Kube::KubeconfigSources sources;
    sources.explicitPath = sim.kubeconfigPath();
    QString error;
    return Kube::Kubeconfig::load(sources, &error)->resolve(context, &error).value();
}

// No secret in anything written under `home`, nor in the console's output and logs.
void noSecretWrittenUnder(const QTemporaryDir &home, const QList<QByteArray> &secrets,
                          const QByteArray &logs)
{
    // Everything written: settings, journal, audit log, anything else under the home.
    QStringList files;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    qInfo("%lld files written, %lld bytes of logs", qsizetype(files.size()),
          qsizetype(logs.size()));
    bool sawSettings = false;
    bool sawJournal = false;
    for (const QString &file : std::as_const(files)) {
        sawSettings = sawSettings || file.endsWith(u".conf"_s);
        sawJournal = sawJournal || file.contains(u"journal"_s) || file.contains(u"audit"_s);
        if (file.endsWith(u".png"_s))
            continue;
        const QByteArray content = readFile(file);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!content.contains(secret), qPrintable(u"a secret in %1"_s.arg(file)));
    }
    QVERIFY2(sawSettings, qPrintable(files.join(u", "_s)));
    QVERIFY2(sawJournal, qPrintable(files.join(u", "_s)));
    for (const QByteArray &secret : secrets)
        QVERIFY2(!logs.contains(secret), "a secret in the console's output or logs");
}

} // namespace

void TestSecurity::noSecretInSettingsDataOrLogsAfterASession()
{
    const QString console = qEnvironmentVariable("CSTOR_CONSOLE");
    QVERIFY2(!console.isEmpty() && QFileInfo(console).isExecutable(),
             "CSTOR_CONSOLE must name the cstor-console binary");
    SimHarness sim;
    SimHarness::Options options;
    options.speed = 100;
    // A Prometheus behind the service proxy, with a day of history: the forecast's requests
    // carry the token to the API server, which must not show anywhere.
    const bool prometheus = !QStandardPaths::findExecutable(u"prometheus"_s).isEmpty();
    options.prometheus = prometheus;
    options.historyDays = prometheus ? 1 : 0;
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));
    const QByteArray kubeconfig = readFile(sim.kubeconfigPath());
    QVERIFY(!kubeconfig.isEmpty());
    const Kube::ClusterConfig admin = resolved(sim, u"cstor-sim"_s);
    const Kube::ClusterConfig certUser = resolved(sim, u"cstor-sim-cert"_s);
    QVERIFY(!admin.token.isEmpty());
    QVERIFY(!certUser.clientKeyPem.isEmpty());
    const QList<QByteArray> secrets = secretPieces(admin.token.toUtf8(), certUser.clientKeyPem)
                                      << sim.sim()->server()->readOnlyToken().toUtf8();

    QTemporaryDir home;
    const QProcessEnvironment env = privateHomeEnvironment(home);
    const QStringList kc{u"--kubeconfig"_s, sim.kubeconfigPath()};

    QByteArray logs;
    const QList<QStringList> session = {
        QStringList{u"contexts"_s} + kc,
        QStringList{u"contexts"_s, u"-o"_s, u"json"_s} + kc,
        QStringList{u"get"_s, u"pools"_s} + kc,
        QStringList{u"get"_s, u"replicas"_s, u"-o"_s, u"json"_s, u"--context"_s,
                    u"cstor-sim-cert"_s} +
            kc,
        QStringList{u"get"_s, u"volumes"_s, u"--context"_s, u"cstor-sim-read-only"_s} + kc,
        QStringList{u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, kPsz5, u"--dry-run"_s} +
            kc,
        QStringList{u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, kPsz5, u"--yes"_s} + kc,
        // What the console shows to copy: the doctor's commands, the moves under way.
        QStringList{u"doctor"_s} + kc,
        QStringList{u"doctor"_s, u"-o"_s, u"json"_s} + kc,
        QStringList{u"get"_s, u"moves"_s, u"-o"_s, u"wide"_s} + kc,
        // Prometheus through the API server's service proxy.
        QStringList{u"forecast"_s} + kc,
        QStringList{u"forecast"_s, u"-o"_s, u"json"_s, u"--context"_s, u"cstor-sim-cert"_s} + kc,
        QStringList{u"doctor"_s, u"--read-only-horizon"_s, u"30d"_s} + kc,
        // A namespace without cStor: a failure, logged too.
        QStringList{u"get"_s, u"pools"_s, u"--context"_s, u"cstor-sim-cert"_s, u"--namespace"_s,
                    u"nowhere"_s} +
            kc,
        // The window, on the token user and on the certificate user.
        QStringList{u"--screenshot"_s, home.filePath(u"window.png"_s)} + kc,
        QStringList{u"--screenshot"_s, home.filePath(u"window-cert.png"_s), u"--context"_s,
                    u"cstor-sim-cert"_s} +
            kc,
    };
    for (const QStringList &args : session) {
        const Result result = run(console, args, env);
        qInfo("cstor-console %s -> exit %d, %lld bytes of output, %lld of log",
              qPrintable(args.mid(0, args.size() - 2).join(u' ')), result.exitCode,
              qsizetype(result.out.size()), qsizetype(result.err.size()));
        logs += result.out + result.err;
        if (args.contains(u"--yes"_s) || args.first() == u"contexts"_s ||
            (prometheus && args.first() == u"forecast"_s))
            QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    QVERIFY(QFile::exists(home.filePath(u"window.png"_s)));

    noSecretWrittenUnder(home, secrets, logs);
}

// The record of a move on its CStorVolumeConfig (what any reader of the cluster sees) names the
// operator as the API server knows them, the host and process, the pools and the times: never
// a credential. Taken while the move runs (the console killed mid-rebuild leaves it there).
void TestSecurity::moveRecordOnTheVolumeHoldsNoSecret()
{
    const QString console = qEnvironmentVariable("CSTOR_CONSOLE");
    QVERIFY2(!console.isEmpty() && QFileInfo(console).isExecutable(),
             "CSTOR_CONSOLE must name the cstor-console binary");
    SimHarness sim;
    SimHarness::Options options;
    options.speed = 5; // the rebuild lasts long enough to be seen
    QString error;
    QVERIFY2(sim.start(options, &error), qPrintable(error));
    const Kube::ClusterConfig certUser = resolved(sim, u"cstor-sim-cert"_s);
    const Kube::ClusterConfig admin = resolved(sim, u"cstor-sim"_s);
    const QList<QByteArray> secrets = secretPieces(admin.token.toUtf8(), certUser.clientKeyPem);

    QTemporaryDir home;
    QProcess move;
    move.setProcessEnvironment(privateHomeEnvironment(home));
    move.start(console, {u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, kPsz5, u"--yes"_s,
                         u"--kubeconfig"_s, sim.kubeconfigPath()});
    QByteArray out;
    const auto stop = qScopeGuard([&move] {
        move.kill();
        move.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            out += move.readAllStandardOutput();
            return out.contains(" Rebuilding") || move.state() == QProcess::NotRunning;
        }(),
        kWaitMs);
    QVERIFY2(out.contains(" Rebuilding"), out.constData());
    const QJsonObject cvc =
        sim.sim()->store()->get(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume).value();
    const QString record = cvc.value("metadata"_L1)
                               .toObject()
                               .value("annotations"_L1)
                               .toObject()
                               .value(Migration::MoveClaim::kAnnotation)
                               .toString();
    QVERIFY2(!record.isEmpty(), "no move recorded on the volume while it moves");
    QStringList keys = QJsonDocument::fromJson(record.toUtf8()).object().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"by"_s, u"from"_s, u"id"_s, u"renewed"_s, u"started"_s, u"step"_s,
                                u"to"_s, u"where"_s}));
    const QByteArray whole = QJsonDocument(cvc).toJson();
    for (const QByteArray &secret : secrets)
        QVERIFY2(!whole.contains(secret), "a secret in the volume's CStorVolumeConfig");
    qInfo("the record on the volume: %s", qPrintable(record));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
