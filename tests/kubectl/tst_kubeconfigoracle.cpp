// Kube::Kubeconfig against the real kubectl as the oracle: a corpus of kubeconfig layouts
// (KUBECONFIG merges, name conflicts, relative paths, missing files, --kubeconfig, --context,
// malformed files, exec users) where the context list, the current context, the resolved
// context and every hard error must agree with what kubectl reports for the same files, and
// use-context must leave the same files behind as `kubectl config use-context`.
//
// Intended differences, checked against kubectl's other commands instead:
// - `kubectl config ...` treats a missing --kubeconfig file as empty (so `config set` can
//   create it); every command that talks to a cluster fails with "stat <file>: no such file".
//   Kubeconfig::load follows the latter.
// - `kubectl config view --minify` does not validate credentials; kubectl refuses the same
//   configuration when it builds a client (`kubectl get`). Kubeconfig::resolve refuses it too.
#include "models/kube/kubeconfig.h"
#include "tests/kubectl/kubeconfigoraclecorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace KubeconfigOracle;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestKubeconfigOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithKubectl_data();
    void agreesWithKubectl();

private:
    Run kubectl(const QString &root, const QStringList &args, bool useEnv, const QString &env);
    QString m_kubectl;
};

void TestKubeconfigOracle::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed: the kubeconfig oracle tests need the real kubectl");
    QVERIFY(corpus().size() >= 30);
}

Run TestKubeconfigOracle::kubectl(const QString &root, const QStringList &args, bool useEnv,
                                  const QString &env)
{
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    environment.insert(u"HOME"_s, root + u"/home"_s);
    if (useEnv)
        environment.insert(u"KUBECONFIG"_s, env);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(root);
    process.start(m_kubectl, args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

void TestKubeconfigOracle::agreesWithKubectl_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = corpus();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

void TestKubeconfigOracle::agreesWithKubectl()
{
    QFETCH(int, index);
    const Case c = corpus().at(index);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(QDir(root).mkpath(u"home"_s));
    const auto writeFiles = [&](const QString &base) {
        for (const auto &[path, content] : c.files) {
            const QString full = base + u"/"_s + path;
            QDir().mkpath(QFileInfo(full).absolutePath());
            QFile file(full);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(content.toUtf8());
        }
        return true;
    };
    QVERIFY(writeFiles(root));

    QStringList envEntries;
    for (const QString &entry : c.env)
        envEntries << (entry.isEmpty() ? QString() : root + u"/"_s + entry);
    const QString env = envEntries.join(u':');
    const QString explicitPath =
        c.explicitFile.isEmpty() ? QString() : root + u"/"_s + c.explicitFile;
    QStringList common;
    if (!explicitPath.isEmpty())
        common << u"--kubeconfig"_s << explicitPath;
    QStringList withContext = common;
    if (!c.context.isEmpty())
        withContext << u"--context"_s << c.context;

    Kube::KubeconfigSources sources;
    sources.explicitPath = explicitPath;
    sources.kubeconfigEnv = c.useEnv ? env : QString();
    sources.homeDir = root + u"/home"_s;
    QString error;
    const std::optional<Kube::Kubeconfig> ours = Kube::Kubeconfig::load(sources, &error);

    const auto namesAll = [&](const QString &message) {
        for (const QString &name : c.mustName) {
            if (!message.contains(name))
                return false;
        }
        return true;
    };

    // Loading: `kubectl config get-contexts`; a missing --kubeconfig per kubectl's client
    // commands (see the top of this file).
    const Run names =
        kubectl(root, common + QStringList{u"config"_s, u"get-contexts"_s, u"-o"_s, u"name"_s},
                c.useEnv, env);
    QVERIFY2(names.exitCode >= 0, "kubectl config get-contexts did not finish");
    bool kubectlLoads = names.exitCode == 0;
    if (!explicitPath.isEmpty() && !QFileInfo::exists(explicitPath)) {
        const Run real =
            kubectl(root, common + QStringList{u"get"_s, u"--raw"_s, u"/version"_s}, c.useEnv, env);
        QVERIFY2(real.exitCode != 0 && real.err.contains(u"no such file"_s), qPrintable(real.err));
        kubectlLoads = false;
    }
    if (!kubectlLoads) {
        QVERIFY2(!ours, qPrintable(u"kubectl fails (%1) but we load"_s.arg(names.err.trimmed())));
        QVERIFY2(namesAll(error),
                 qPrintable(u"our error \"%1\" does not name %2 (kubectl: %3)"_s.arg(
                     error, c.mustName.join(u", "_s), names.err.trimmed())));
        return;
    }
    QVERIFY2(ours, qPrintable(u"we fail to load: "_s + error));

    QStringList expectedNames = QString::fromUtf8(names.out).split(u'\n', Qt::SkipEmptyParts);
    std::sort(expectedNames.begin(), expectedNames.end());
    QStringList ourNames;
    for (const Kube::ContextInfo &info : ours->contexts())
        ourNames << info.name;
    QCOMPARE(ourNames, expectedNames);

    const Run current =
        kubectl(root, common + QStringList{u"config"_s, u"current-context"_s}, c.useEnv, env);
    QCOMPARE(ours->currentContext(),
             current.exitCode == 0 ? QString::fromUtf8(current.out).trimmed() : QString());

    // The resolved context: `kubectl config view --minify --flatten` (files read and embedded),
    // and whether kubectl accepts the configuration when it builds a client.
    const Run minify = kubectl(root,
                               withContext + QStringList{u"config"_s, u"view"_s, u"--minify"_s,
                                                         u"--flatten"_s, u"-o"_s, u"json"_s},
                               c.useEnv, env);
    bool kubectlResolves = minify.exitCode == 0;
    QString kubectlError = minify.err.trimmed();
    if (kubectlResolves && !c.exec) {
        const Run real = kubectl(root,
                                 withContext + QStringList{u"get"_s, u"--raw"_s, u"/version"_s,
                                                           u"--request-timeout=10s"_s},
                                 c.useEnv, env);
        // Past the configuration: connecting (refused) or asking for a password.
        kubectlResolves = real.err.contains(u"was refused"_s) ||
                          real.err.contains(u"connection refused"_s) ||
                          real.out.contains("Please enter Username");
        kubectlError = real.err.trimmed();
    }
    const std::optional<Kube::ClusterConfig> resolved = ours->resolve(c.context, &error);
    if (!kubectlResolves) {
        QVERIFY2(!resolved, qPrintable(u"kubectl fails (%1) but we resolve"_s.arg(kubectlError)));
        QVERIFY2(namesAll(error),
                 qPrintable(u"our error \"%1\" does not name %2 (kubectl: %3)"_s.arg(
                     error, c.mustName.join(u", "_s), kubectlError)));
    } else {
        const QJsonObject view = QJsonDocument::fromJson(minify.out).object();
        const QJsonObject ctx =
            view.value("contexts"_L1).toArray().at(0).toObject().value("context"_L1).toObject();
        const QJsonObject cl =
            view.value("clusters"_L1).toArray().at(0).toObject().value("cluster"_L1).toObject();
        const QJsonObject us =
            view.value("users"_L1).toArray().at(0).toObject().value("user"_L1).toObject();
        const QString ns = str(ctx, "namespace").isEmpty() ? u"default"_s : str(ctx, "namespace");
        const QString name = c.context.isEmpty() ? ours->currentContext() : c.context;
        if (c.exec) {
            // Our user side of an exec plugin is resolved where credentials are fetched; the
            // parsed context must still agree.
            QVERIFY(!us.value("exec"_L1).toObject().isEmpty() || !str(us, "token").isEmpty());
            const QList<Kube::ContextInfo> infos = ours->contexts();
            const auto it =
                std::find_if(infos.cbegin(), infos.cend(),
                             [&](const Kube::ContextInfo &i) { return i.name == name; });
            QVERIFY(it != infos.cend());
            QCOMPARE(it->cluster, str(ctx, "cluster"));
            QCOMPARE(it->user, str(ctx, "user"));
            QCOMPARE(it->namespaceName.isEmpty() ? u"default"_s : it->namespaceName, ns);
            if (!resolved)
                QVERIFY2(error.contains(it->user) && error.contains(u"exec"_s), qPrintable(error));
        } else {
            QVERIFY2(resolved, qPrintable(u"kubectl resolves but we fail: "_s + error));
        }
        if (resolved) {
            QCOMPARE(resolved->contextName, name);
            QCOMPARE(resolved->namespaceName, ns);
            QCOMPARE(resolved->server.toString(), str(cl, "server"));
            QCOMPARE(resolved->clusterName, str(ctx, "cluster"));
            QCOMPARE(resolved->userName, str(ctx, "user"));
            QCOMPARE(resolved->caPem,
                     QByteArray::fromBase64(str(cl, "certificate-authority-data").toLatin1()));
            QCOMPARE(resolved->clientCertificatePem,
                     QByteArray::fromBase64(str(us, "client-certificate-data").toLatin1()));
            QCOMPARE(resolved->clientKeyPem,
                     QByteArray::fromBase64(str(us, "client-key-data").toLatin1()));
            if (!c.exec)
                QCOMPARE(resolved->token, str(us, "token"));
            if (!str(us, "tokenFile").isEmpty()) {
                // kubectl shows a path relative to the file that defines the user.
                const QString origin = QFileInfo(root + u"/"_s + c.tokenFileOrigin).absolutePath();
                QCOMPARE(QFileInfo(resolved->tokenFile).absoluteFilePath(),
                         QFileInfo(QDir(origin).filePath(str(us, "tokenFile"))).absoluteFilePath());
            } else {
                QCOMPARE(resolved->tokenFile, QString());
            }
        }
    }

    if (c.useContext.isEmpty())
        return;
    // use-context: kubectl on one copy, Kubeconfig::useContext on another; every file must read
    // back the same.
    QTemporaryDir theirs;
    QTemporaryDir mine;
    QVERIFY(theirs.isValid() && mine.isValid());
    QVERIFY(QDir(theirs.path()).mkpath(u"home"_s) && QDir(mine.path()).mkpath(u"home"_s));
    QVERIFY(writeFiles(theirs.path()) && writeFiles(mine.path()));
    const auto rebase = [&](const QString &base) {
        QStringList entries;
        for (const QString &entry : c.env)
            entries << (entry.isEmpty() ? QString() : base + u"/"_s + entry);
        return entries.join(u':');
    };
    QStringList theirArgs;
    if (!c.explicitFile.isEmpty())
        theirArgs << u"--kubeconfig"_s << theirs.path() + u"/"_s + c.explicitFile;
    const Run used =
        kubectl(theirs.path(), theirArgs + QStringList{u"config"_s, u"use-context"_s, c.useContext},
                c.useEnv, rebase(theirs.path()));
    QVERIFY2(used.exitCode == 0, qPrintable(used.err));
    Kube::KubeconfigSources mySources;
    mySources.explicitPath =
        c.explicitFile.isEmpty() ? QString() : mine.path() + u"/"_s + c.explicitFile;
    mySources.kubeconfigEnv = c.useEnv ? rebase(mine.path()) : QString();
    mySources.homeDir = mine.path() + u"/home"_s;
    std::optional<Kube::Kubeconfig> mineConfig = Kube::Kubeconfig::load(mySources, &error);
    QVERIFY2(mineConfig, qPrintable(error));
    QVERIFY2(mineConfig->useContext(c.useContext, &error), qPrintable(error));
    QCOMPARE(mineConfig->currentContext(), c.useContext);
    // An unknown name fails on both sides and changes nothing.
    const Run unknown =
        kubectl(theirs.path(), theirArgs + QStringList{u"config"_s, u"use-context"_s, u"no-such"_s},
                c.useEnv, rebase(theirs.path()));
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(!mineConfig->useContext(u"no-such"_s, &error));
    QVERIFY2(error.contains(u"\"no-such\""_s), qPrintable(error));
    QCOMPARE(mineConfig->currentContext(), c.useContext);
    for (const auto &[path, content] : c.files) {
        Q_UNUSED(content);
        const auto viewOf = [&](const QString &base) {
            const Run r = kubectl(base,
                                  {u"--kubeconfig"_s, base + u"/"_s + path, u"config"_s, u"view"_s,
                                   u"-o"_s, u"json"_s},
                                  false, {});
            return r.exitCode == 0 ? QString::fromUtf8(r.out).replace(base, u"<root>"_s)
                                   : u"error: "_s + r.err;
        };
        QCOMPARE(viewOf(mine.path()), viewOf(theirs.path()));
    }
}

QTEST_GUILESS_MAIN(TestKubeconfigOracle)
#include "tst_kubeconfigoracle.moc"
