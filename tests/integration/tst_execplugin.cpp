// Exec credential plugins (client.authentication.k8s.io/v1 and v1beta1) against the simulated
// cluster over real HTTPS: a small shell-script plugin, written into a temporary directory,
// prints an ExecCredential with the token it reads from a file, counts its runs in another file
// and keeps the KUBERNETES_EXEC_INFO it was given. The same kubeconfig is also given to the
// real kubectl.
#include "execpluginrig.h"

#include "models/kube/execplugin.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/simcluster.h"
#include "tests/common/residentmemory.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace ExecPluginTest;
using namespace Qt::StringLiterals;

class TestExecPlugin
    : public QObject
    , private ExecPluginRig
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void untrustedPluginDoesNotRun();
    void v1TokenIsSentAndCached();
    void clientsOnTwoThreadsShareOneRun();
    void v1beta1TokenIsSent();
    void expiredCredentialRunsThePluginAgain();
    void unauthorizedRunsThePluginAgainOnce();
    void unauthorizedAgainIsReported();
    void execInfoCarriesTheClusterWhenAsked();
    void certificateCredential();
    void missingCommandNamesItAndTheInstallHint();
    void loginShellPathFindsThePlugin();
    void loginShellProfileProvidesThePlugin();
    void failingPluginShowsItsStderr();
    void endlessPluginOutputIsCut();
    void hangingPluginIsStoppedAtTheRequestTimeout();
    void wrongApiVersionIsRefused();
    void interactiveAlwaysIsRefused();
    void authProviderIsRefused();
    void execCredentialsNeverGoOverPlainHttp();
    void kubectlAcceptsTheSameKubeconfig_data();
    void kubectlAcceptsTheSameKubeconfig();
};

void TestExecPlugin::initTestCase()
{
    startCluster();
}

void TestExecPlugin::cleanup()
{
    restoreShell();
}

void TestExecPlugin::untrustedPluginDoesNotRun()
{
    const auto dir = makeSetup(PluginSetup());
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::ExecPluginTrust::forget(config->exec);
    QVERIFY(!Kube::ExecPluginTrust::isTrusted(config->exec));

    Kube::RestClient client(*config);
    QString why;
    QVERIFY(!client.isUsable(&why));
    const QString expected = u"exec plugin %1 from %2 is not trusted"_s.arg(
        binPath(*dir, u"token-plugin"_s), dir->filePath(u"kubeconfig"_s));
    QVERIFY2(why.contains(expected), qPrintable(why));
    auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->reason, u"ExecPluginNotTrusted"_s);
    QVERIFY2(reply->message.contains(expected), qPrintable(reply->message));
    QVERIFY(client.stream(cvrPath(), {}) == nullptr);
    QCOMPARE(runs(*dir), 0);

    // Trust is per file, command and arguments: other arguments are another plugin.
    Kube::ExecPluginTrust::trust(config->exec);
    Kube::ExecConfig other = config->exec;
    other.args << u"--more"_s;
    QVERIFY(!Kube::ExecPluginTrust::isTrusted(other));
    Kube::ExecConfig otherFile = config->exec;
    otherFile.kubeconfigFile += u".copy"_s;
    QVERIFY(!Kube::ExecPluginTrust::isTrusted(otherFile));

    // Once trusted, the same client runs it.
    reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);
}

void TestExecPlugin::v1TokenIsSentAndCached()
{
    PluginSetup setup;
    setup.expiry = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->usesExecPlugin());
    QCOMPARE(config->exec.command, binPath(*dir, u"token-plugin"_s)); // against the file's dir
    QCOMPARE(config->exec.args, QStringList{u"--ignored"_s});

    Kube::RestClient client(*config);
    QString why;
    QVERIFY2(client.isUsable(&why), qPrintable(why));
    // Three requests at once: they wait for the one run of the plugin.
    QList<Reply> replies;
    for (int i = 0; i < 3; ++i)
        client.get(cvrPath(kReplica), {}, [&replies](const Reply &r) { replies.append(r); });
    QCOMPARE(runs(*dir), 0); // the plugin runs asynchronously, after get() returned
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 3, kWaitMs);
    for (const Reply &reply : std::as_const(replies)) {
        QVERIFY2(reply.ok, qPrintable(reply.message));
        QCOMPARE(reply.json()["metadata"_L1]["name"_L1].toString(), kReplica);
    }
    QCOMPARE(runs(*dir), 1);

    // Later requests, and another client of the same user, use the cached credential.
    for (int i = 0; i < 3; ++i) {
        const auto reply = get(&client, cvrPath());
        QVERIFY(reply);
        QVERIFY2(reply->ok, qPrintable(reply->message));
    }
    Kube::RestClient second(*config);
    const auto reply = get(&second, cvrPath());
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);
}

void TestExecPlugin::clientsOnTwoThreadsShareOneRun()
{
    // A session has two clients of the same user at once (the informers', on their thread, and
    // the writer's): the plugin runs once for both.
    PluginSetup setup;
    setup.expiry = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));

    QThread thread;
    QObject anchor;
    anchor.moveToThread(&thread);
    thread.start();
    const auto stop = qScopeGuard([&thread] {
        thread.quit();
        thread.wait();
    });
    std::unique_ptr<Kube::RestClient> informers;
    QMutex mutex;
    std::optional<Reply> theirs;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            informers = std::make_unique<Kube::RestClient>(*config);
            informers->get(cvrPath(kReplica), {}, [&](const Reply &r) {
                const QMutexLocker lock(&mutex);
                theirs = r;
            });
        },
        Qt::BlockingQueuedConnection);
    Kube::RestClient writer(*config);
    const auto ours = get(&writer, cvrPath(kReplica));
    QVERIFY(ours);
    QVERIFY2(ours->ok, qPrintable(ours->message));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QMutexLocker lock(&mutex);
            return theirs.has_value();
        }(),
        kWaitMs);
    QMetaObject::invokeMethod(
        &anchor, [&] { informers.reset(); }, Qt::BlockingQueuedConnection);
    QVERIFY2(theirs->ok, qPrintable(theirs->message));
    QCOMPARE(runs(*dir), 1);

    // A client that goes while its run is under way leaves the run to the client waiting for it.
    const auto second = makeSetup(setup);
    QVERIFY(second);
    const auto secondConfig = resolve(*second, &error);
    QVERIFY2(secondConfig, qPrintable(error));
    auto leaving = std::make_unique<Kube::RestClient>(*secondConfig);
    Kube::RestClient staying(*secondConfig);
    leaving->get(cvrPath(kReplica), {}, [](const Reply &) { QFAIL("a client gone answered"); });
    std::optional<Reply> stayed;
    staying.get(cvrPath(kReplica), {}, [&stayed](const Reply &r) { stayed = r; });
    leaving.reset(); // before its plugin started
    QTRY_VERIFY_WITH_TIMEOUT(stayed.has_value(), kWaitMs);
    QVERIFY2(stayed->ok, qPrintable(stayed->message));
    QCOMPARE(runs(*second), 1);
}

void TestExecPlugin::v1beta1TokenIsSent()
{
    PluginSetup setup;
    setup.apiVersion = kV1beta1;
    setup.interactiveMode.clear(); // optional in v1beta1 (IfAvailable)
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->exec.interactiveMode, u"IfAvailable"_s);
    Kube::RestClient client(*config);
    const auto reply = get(&client, cvrPath(kReplica));
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);
    const QJsonObject info =
        QJsonDocument::fromJson(readFile(binPath(*dir, u"exec-info.json"_s))).object();
    QCOMPARE(info["apiVersion"_L1].toString(), kV1beta1);
    QCOMPARE(info["kind"_L1].toString(), u"ExecCredential"_s);

    // v1 without interactiveMode is refused by name, as clientcmd does.
    PluginSetup v1;
    v1.interactiveMode.clear();
    const auto v1Dir = makeSetup(v1);
    QVERIFY(v1Dir);
    QVERIFY(!resolve(*v1Dir, &error));
    QVERIFY2(error.contains(u"interactiveMode must be specified"_s), qPrintable(error));
}

void TestExecPlugin::expiredCredentialRunsThePluginAgain()
{
    PluginSetup setup;
    setup.expiry = u"2001-01-01T00:00:00Z"_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    for (int i = 1; i <= 3; ++i) {
        const auto reply = get(&client, cvrPath());
        QVERIFY(reply);
        QVERIFY2(reply->ok, qPrintable(reply->message)); // the fresh answer is used once
        QCOMPARE(runs(*dir), i);
    }
}

void TestExecPlugin::unauthorizedRunsThePluginAgainOnce()
{
    const auto dir = makeSetup(PluginSetup());
    QVERIFY(dir);
    // The first run hands out a token the server refuses and rotates to the right one.
    QVERIFY(writeFile(binPath(*dir, u"token"_s), "revoked-token"));
    QVERIFY(
        writeFile(binPath(*dir, u"token.next"_s), m_sim.sim()->server()->adminToken().toUtf8()));
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    const auto reply = get(&client, cvrPath(kReplica));
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 2);
    // The new credential is the cached one now.
    const auto again = get(&client, cvrPath(kReplica));
    QVERIFY(again);
    QVERIFY2(again->ok, qPrintable(again->message));
    QCOMPARE(runs(*dir), 2);
}

void TestExecPlugin::unauthorizedAgainIsReported()
{
    const auto dir = makeSetup(PluginSetup());
    QVERIFY(dir);
    QVERIFY(writeFile(binPath(*dir, u"token"_s), "revoked-token"));
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(kReplica), &reply);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 401);
    QCOMPARE(reply->reason, u"Unauthorized"_s);
    QVERIFY2(reply->message.contains(u"Unauthorized"_s), qPrintable(reply->message));
    QCOMPARE(runs(*dir), 2); // once, and once again after the 401; not more
}

void TestExecPlugin::execInfoCarriesTheClusterWhenAsked()
{
    for (const bool provide : {true, false}) {
        PluginSetup setup;
        setup.provideClusterInfo = provide;
        const auto dir = makeSetup(setup);
        QVERIFY(dir);
        std::optional<Reply> reply;
        getThroughKubeconfig(*dir, cvrPath(), &reply);
        QVERIFY(reply);
        QVERIFY2(reply->ok, qPrintable(reply->message));
        const QJsonObject info =
            QJsonDocument::fromJson(readFile(binPath(*dir, u"exec-info.json"_s))).object();
        QCOMPARE(info["apiVersion"_L1].toString(), kV1);
        QCOMPARE(info["kind"_L1].toString(), u"ExecCredential"_s);
        const QJsonObject spec = info["spec"_L1].toObject();
        QCOMPARE(spec["interactive"_L1], QJsonValue(false));
        QCOMPARE(spec.contains("cluster"_L1), provide);
        if (provide) {
            const QJsonObject cluster = spec["cluster"_L1].toObject();
            QCOMPARE(cluster["server"_L1].toString(), m_sim.sim()->serverUrl());
            QCOMPARE(QByteArray::fromBase64(
                         cluster["certificate-authority-data"_L1].toString().toLatin1()),
                     m_sim.sim()->server()->caCertificatePem());
        }
    }
}

void TestExecPlugin::certificateCredential()
{
    const auto dir = makeSetup(PluginSetup());
    QVERIFY(dir);
    const QJsonObject credential{
        {u"apiVersion"_s, kV1},
        {u"kind"_s, u"ExecCredential"_s},
        {u"status"_s,
         QJsonObject{
             {u"clientCertificateData"_s,
              QString::fromLatin1(m_sim.sim()->server()->clientCertificatePem())},
             {u"clientKeyData"_s, QString::fromLatin1(m_sim.sim()->server()->clientKeyPem())}}}};
    QVERIFY(writeFile(binPath(*dir, u"credential.json"_s), QJsonDocument(credential).toJson()));
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    const auto reply = get(&client, cvrPath(kReplica));
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);

    // Half a pair is refused as client-go refuses it.
    QJsonObject half = credential;
    half[u"status"_s] =
        QJsonObject{{u"clientCertificateData"_s,
                     QString::fromLatin1(m_sim.sim()->server()->clientCertificatePem())}};
    const auto halfDir = makeSetup(PluginSetup());
    QVERIFY(halfDir);
    QVERIFY(writeFile(binPath(*halfDir, u"credential.json"_s), QJsonDocument(half).toJson()));
    const auto halfConfig = resolve(*halfDir, &error);
    QVERIFY2(halfConfig, qPrintable(error));
    Kube::RestClient halfClient(*halfConfig);
    const auto refused = get(&halfClient, cvrPath());
    QVERIFY(refused);
    QVERIFY(!refused->ok);
    QCOMPARE(refused->httpStatus, 0);
    QVERIFY2(refused->message.contains(u"only certificate or key"_s), qPrintable(refused->message));
}

void TestExecPlugin::missingCommandNamesItAndTheInstallHint()
{
    // A login shell whose PATH has nothing more either.
    QTemporaryDir shellDir;
    const QString shell = shellDir.filePath(u"empty-login-shell"_s);
    QVERIFY(writeFile(shell, "#!/bin/sh\nprintf %s /nonexistent-login-bin\n"));
    QVERIFY(QFile::setPermissions(shell, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("SHELL", shell.toLocal8Bit());

    PluginSetup setup;
    setup.command = u"cstor-test-absent-auth-plugin"_s;
    setup.installHint = u"Install it with: pkg install cstor-test-absent-auth-plugin\n"
                        "See https://example.com/auth for details."_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    const auto reply = get(&client, cvrPath());
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->message.contains(u"executable cstor-test-absent-auth-plugin not found"_s),
             qPrintable(reply->message));
    QVERIFY2(reply->message.contains(setup.installHint), qPrintable(reply->message));
    // Says which PATHs were searched.
    QVERIFY2(reply->message.contains(qEnvironmentVariable("PATH")), qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"/nonexistent-login-bin"_s), qPrintable(reply->message));

    // A relative path with a '/' is looked for next to the kubeconfig, not on PATH.
    PluginSetup relative;
    relative.command = u"./bin/absent-plugin"_s;
    const auto relativeDir = makeSetup(relative);
    QVERIFY(relativeDir);
    const auto relativeConfig = resolve(*relativeDir, &error);
    QVERIFY2(relativeConfig, qPrintable(error));
    Kube::RestClient relativeClient(*relativeConfig);
    const auto missing = get(&relativeClient, cvrPath());
    QVERIFY(missing);
    QVERIFY(!missing->ok);
    QVERIFY2(missing->message.contains(binPath(*relativeDir, u"absent-plugin"_s)),
             qPrintable(missing->message));
}

void TestExecPlugin::loginShellPathFindsThePlugin()
{
    // The plugin is only on the login shell's PATH, as when started from a desktop menu.
    QTemporaryDir shellDir;
    QVERIFY(QDir(shellDir.path()).mkdir(u"login-bin"_s));
    const QString loginBin = shellDir.filePath(u"login-bin"_s);
    const QString shell = shellDir.filePath(u"login-shell"_s);
    QVERIFY(writeFile(shell, "#!/bin/sh\nprintf %s \"" + loginBin.toLocal8Bit() + ":/usr/bin\"\n"));
    QVERIFY(QFile::setPermissions(shell, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("SHELL", shell.toLocal8Bit());

    std::optional<QStringList> directories;
    QObject context;
    Kube::LoginShellPath::lookUp(&context,
                                 [&directories](const QStringList &d) { directories = d; });
    QTRY_VERIFY_WITH_TIMEOUT(directories.has_value(), kWaitMs);
    QCOMPARE(*directories, (QStringList{loginBin, u"/usr/bin"_s}));

    PluginSetup setup;
    setup.command = u"cstor-test-login-only-plugin"_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    // A launcher there starts the plugin script, which finds its files next to itself.
    const QString launcher = loginBin + u"/cstor-test-login-only-plugin"_s;
    QVERIFY(writeFile(launcher, "#!/bin/sh\nexec \"" +
                                    binPath(*dir, u"token-plugin"_s).toLocal8Bit() +
                                    "\" \"$@\"\n"));
    QVERIFY(
        QFile::setPermissions(launcher, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QStandardPaths::findExecutable(setup.command).isEmpty());
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(), &reply);
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);
}

void TestExecPlugin::loginShellProfileProvidesThePlugin()
{
    // Started from a desktop menu: PATH lacks the plugin's directory, which only the profile of
    // the user's login shell adds (~/.profile, read by the system's sh as a login shell).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString profileBin = home.filePath(u".local/bin"_s);
    QVERIFY(QDir().mkpath(profileBin));
    QVERIFY(
        writeFile(home.filePath(u".profile"_s), "PATH=\"$HOME/.local/bin:$PATH\"\nexport PATH\n"));
    // The system's sh under a name of its own: the login PATH is cached per shell.
    const QString shell = home.filePath(u"login-sh"_s);
    QVERIFY(QFile::link(u"/bin/sh"_s, shell));
    const QByteArray savedHome = qgetenv("HOME");
    const auto restoreHome = qScopeGuard([savedHome] { qputenv("HOME", savedHome); });
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("SHELL", QFile::encodeName(shell));

    PluginSetup setup;
    setup.command = u"cstor-test-profile-plugin"_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    const QString launcher = profileBin + u"/cstor-test-profile-plugin"_s;
    QVERIFY(writeFile(launcher, "#!/bin/sh\nexec \"" +
                                    QFile::encodeName(binPath(*dir, u"token-plugin"_s)) +
                                    "\" \"$@\"\n"));
    QVERIFY(
        QFile::setPermissions(launcher, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!qEnvironmentVariable("PATH").split(u':').contains(profileBin));
    QVERIFY(QStandardPaths::findExecutable(setup.command).isEmpty());

    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(), &reply);
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);

    std::optional<QStringList> directories;
    QObject context;
    Kube::LoginShellPath::lookUp(&context,
                                 [&directories](const QStringList &d) { directories = d; });
    QTRY_VERIFY_WITH_TIMEOUT(directories.has_value(), kWaitMs);
    QCOMPARE(directories->value(0), profileBin);
}

void TestExecPlugin::failingPluginShowsItsStderr()
{
    PluginSetup setup;
    setup.fail = u"connection refused"_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(), &reply);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->message.contains(u"exit code 3"_s), qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"token service unreachable: connection refused\n"
                                     "try again later"_s),
             qPrintable(reply->message));
    QCOMPARE(runs(*dir), 1);
}

// A plugin that writes without end (here 8 MB on standard error, then standard output from
// /dev/zero) is stopped at the 4 MB limit of its output, said so, and not read into memory:
// the peak resident set grows by less than twice the limit.
void TestExecPlugin::endlessPluginOutputIsCut()
{
    PluginSetup setup;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QVERIFY(writeFile(binPath(*dir, u"token-plugin"_s),
                      "#!/bin/sh\n"
                      "yes 'token service noise' | head -c 8388608 >&2\n"
                      "exec cat /dev/zero\n"));
    const qint64 before = ResidentMemory::resetPeak();
    QElapsedTimer clock;
    clock.start();
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(), &reply);
    QVERIFY(reply);
    qInfo("after %lld ms: %s", clock.elapsed(), qPrintable(reply->message));
    QVERIFY(!reply->ok);
    QVERIFY2(reply->message.contains(u"wrote more than 4 MB to its standard output"_s),
             qPrintable(reply->message));
    QVERIFY(
        ResidentMemory::peakWithinTwice(before, u"endless exec plugin output"_s, qint64(4) << 20));
}

// A plugin that never ends (a login waiting for input it cannot get) holds the user's requests
// no longer than the request timeout: stopped, said so, with what it wrote on standard error.
void TestExecPlugin::hangingPluginIsStoppedAtTheRequestTimeout()
{
    PluginSetup setup;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QVERIFY(writeFile(binPath(*dir, u"token-plugin"_s), "#!/bin/sh\n"
                                                        "echo 'open the browser to log in' >&2\n"
                                                        "exec sleep 60\n"));
    QString error;
    auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    config->requestTimeoutMs = 1000;
    Kube::RestClient client(*config);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Reply> reply = get(&client, cvrPath());
    const qint64 elapsed = clock.elapsed();
    QVERIFY(reply);
    qInfo("after %lld ms: %s", elapsed, qPrintable(reply->message));
    QVERIFY(!reply->ok);
    QVERIFY2(reply->message.contains(u"did not finish within 1 s (request timeout); it was "
                                     "stopped"_s),
             qPrintable(reply->message));
    QVERIFY2(reply->message.contains(u"open the browser to log in"_s), qPrintable(reply->message));
    QVERIFY(elapsed < 30000); // not the minute the plugin would take
}

void TestExecPlugin::wrongApiVersionIsRefused()
{
    PluginSetup setup;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    // The plugin answers v1beta1 to a v1 request.
    const QJsonObject credential{{u"apiVersion"_s, kV1beta1},
                                 {u"kind"_s, u"ExecCredential"_s},
                                 {u"status"_s, QJsonObject{{u"token"_s, u"whatever"_s}}}};
    QVERIFY(writeFile(binPath(*dir, u"credential.json"_s), QJsonDocument(credential).toJson()));
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(), &reply);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QVERIFY2(reply->message.contains(u"configured to use API version %1, plugin returned version "
                                     "%2"_s.arg(kV1, kV1beta1)),
             qPrintable(reply->message));
}

void TestExecPlugin::interactiveAlwaysIsRefused()
{
    PluginSetup setup;
    setup.interactiveMode = u"Always"_s;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);
    QString error;
    const auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    Kube::RestClient client(*config);
    QString why;
    QVERIFY(!client.isUsable(&why));
    QVERIFY2(why.contains(u"interactiveMode: Always"_s), qPrintable(why));
    QVERIFY2(why.contains(u"terminal"_s), qPrintable(why));
    QVERIFY2(why.contains(binPath(*dir, u"token-plugin"_s)), qPrintable(why));
    std::optional<Reply> reply;
    client.get(cvrPath(), {}, [&reply](const Reply &r) { reply = r; });
    QVERIFY(reply.has_value()); // at once, nothing was run
    QCOMPARE(reply->message, why);
    QCOMPARE(runs(*dir), 0);
}

void TestExecPlugin::authProviderIsRefused()
{
    const struct
    {
        QByteArray provider;
        QString expected;
    } cases[] = {
        {"gcp", u"gke-gcloud-auth-plugin"_s}, {"azure", u"kubelogin"_s}, {"oidc", u"kubelogin"_s}};
    for (const auto &c : cases) {
        PluginSetup setup;
        setup.userOverride =
            "    auth-provider:\n      name: " + c.provider + "\n      config: {access-token: x}\n";
        const auto dir = makeSetup(setup);
        QVERIFY(dir);
        QString error;
        QVERIFY(!resolve(*dir, &error));
        QVERIFY2(error.contains(
                     u"auth-provider (%1) is not supported"_s.arg(QString::fromLatin1(c.provider))),
                 qPrintable(error));
        QVERIFY2(error.contains(u"exec credential plugin"_s), qPrintable(error));
        QVERIFY2(error.contains(c.expected), qPrintable(error));
    }
}

void TestExecPlugin::execCredentialsNeverGoOverPlainHttp()
{
    const auto dir = makeSetup(PluginSetup());
    QVERIFY(dir);
    QString error;
    auto config = resolve(*dir, &error);
    QVERIFY2(config, qPrintable(error));
    config->server = QUrl(u"http://127.0.0.1:%1"_s.arg(m_sim.sim()->port()));
    Kube::RestClient client(*config);
    QString why;
    QVERIFY(!client.isUsable(&why));
    QVERIFY2(why.contains(u"plain http"_s), qPrintable(why));
    std::optional<Reply> reply;
    client.get(cvrPath(), {}, [&reply](const Reply &r) { reply = r; });
    QVERIFY(reply.has_value());
    QVERIFY(!reply->ok);
    QVERIFY(client.stream(cvrPath(), {}) == nullptr);
    QCOMPARE(runs(*dir), 0); // the plugin never ran: its credential has nowhere safe to go
}

void TestExecPlugin::kubectlAcceptsTheSameKubeconfig_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("v1") << kV1;
    QTest::newRow("v1beta1") << kV1beta1;
}

void TestExecPlugin::kubectlAcceptsTheSameKubeconfig()
{
    QFETCH(QString, apiVersion);
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed");
    PluginSetup setup;
    setup.apiVersion = apiVersion;
    const auto dir = makeSetup(setup);
    QVERIFY(dir);

    // Asynchronous: the simulator keeps serving from this thread's event loop meanwhile.
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kubectl, {u"--kubeconfig"_s, dir->filePath(u"kubeconfig"_s), u"--cache-dir"_s,
                            dir->filePath(u"cache"_s), u"get"_s, u"cvr"_s, u"-n"_s, kNamespace});
    QVERIFY2(finished.wait(120000), "kubectl did not finish");
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(errors));
    QVERIFY2(output.contains(kReplica), qPrintable(output));
    QVERIFY(runs(*dir) >= 1); // kubectl ran the same plugin for its token

    // The console reads the same file the same way.
    std::optional<Reply> reply;
    getThroughKubeconfig(*dir, cvrPath(kReplica), &reply);
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->message));
}

QTEST_GUILESS_MAIN(TestExecPlugin)
#include "tst_execplugin.moc"
