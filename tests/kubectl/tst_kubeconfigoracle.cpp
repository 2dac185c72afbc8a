// Kube::Kubeconfig against the real kubectl as the oracle: a corpus of kubeconfig layouts
// (KUBECONFIG merges, name conflicts, relative paths, missing files, --kubeconfig, --context,
// malformed files, files of another kind (directories, links, other manifests, JSON), exec
// users) where the context list, the current context, the resolved
// context and every hard error must agree with what kubectl reports for the same files, and
// use-context must leave the same files behind as `kubectl config use-context`.
//
// Intended differences, checked against kubectl's other commands instead:
// - `kubectl config ...` treats a missing --kubeconfig file as empty (so `config set` can
//   create it); every command that talks to a cluster fails with "stat <file>: no such file".
//   Kubeconfig::load follows the latter.
// - `kubectl config view --minify` does not validate credentials; kubectl refuses the same
//   configuration when it builds a client (`kubectl get`). Kubeconfig::resolve refuses it too.
// - With no kubeconfig file found at all (none of KUBECONFIG's files exists, or no
//   ~/.kube/config), kubectl lists no contexts, and so do we; but its commands that talk to a
//   cluster then send their requests in plain HTTP to localhost:8080. Ours refuse instead,
//   naming the files they looked for (tests/integration/tst_commandline.cpp).
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

// The case's files written under `base`; false if one could not be.
bool writeFiles(const Case &c, const QString &base)
{
    for (const auto &[path, content] : c.files) {
        const QString full = base + u"/"_s + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(content.toUtf8());
    }
    for (const QString &directory : c.directories) {
        if (!QDir(base).mkpath(directory))
            return false;
    }
    for (const auto &[path, target] : c.links) {
        if (!QFile::link(target, base + u"/"_s + path))
            return false;
    }
    return true;
}

// Whether `message` names everything the case says our error must name.
bool namesAll(const Case &c, const QString &message)
{
    for (const QString &name : c.mustName) {
        if (!message.contains(name))
            return false;
    }
    return true;
}

// A case laid out under `root`: its KUBECONFIG, its --kubeconfig, and the arguments that name
// them (and --context) for kubectl.
struct CaseLayout
{
    CaseLayout(const Case &theCase, const QString &caseRoot)
        : c(theCase)
        , root(caseRoot)
    {
        QStringList envEntries;
        for (const QString &entry : c.env)
            envEntries << (entry.isEmpty() ? QString() : root + u"/"_s + entry);
        env = envEntries.join(u':');
        if (!c.explicitFile.isEmpty())
            explicitPath = root + u"/"_s + c.explicitFile;
        if (!explicitPath.isEmpty())
            common << u"--kubeconfig"_s << explicitPath;
        withContext = common;
        if (!c.context.isEmpty())
            withContext << u"--context"_s << c.context;
    }

    // The same files as Kube::Kubeconfig::load takes them.
    Kube::KubeconfigSources sources() const
    {
        Kube::KubeconfigSources sources;
        sources.explicitPath = explicitPath;
        sources.kubeconfigEnv = c.useEnv ? env : QString();
        sources.homeDir = root + u"/home"_s;
        return sources;
    }

    const Case &c;
    QString root;
    QString env;
    QString explicitPath;
    QStringList common;
    QStringList withContext;
};

// What `kubectl config view --minify --flatten -o json` shows of the one context left.
struct MinifiedView
{
    explicit MinifiedView(const QJsonObject &view)
        : context(first(view, "contexts", "context"))
        , cluster(first(view, "clusters", "cluster"))
        , user(first(view, "users", "user"))
    {
    }
    static QJsonObject first(const QJsonObject &view, const char *list, const char *key)
    {
        return view.value(QLatin1String(list))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String(key))
            .toObject();
    }
    QString namespaceName() const
    {
        return str(context, "namespace").isEmpty() ? u"default"_s : str(context, "namespace");
    }

    QJsonObject context;
    QJsonObject cluster;
    QJsonObject user;
};

} // namespace

class TestKubeconfigOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithKubectl_data();
    void agreesWithKubectl();

private:
    void compareLoading(const CaseLayout &layout, const std::optional<Kube::Kubeconfig> &ours,
                        const QString &error, bool *loaded);
    void compareResolving(const CaseLayout &layout, const Kube::Kubeconfig &ours);
    void compareExecContext(const Kube::Kubeconfig &ours, const QString &name,
                            const MinifiedView &view);
    void compareResolved(const CaseLayout &layout, const Kube::ClusterConfig &resolved,
                         const QString &name, const MinifiedView &view);
    void compareUseContext(const Case &c);
    // kubectl on the case's files, with --kubeconfig (and --context) as the case says.
    Run run(const CaseLayout &layout, const QStringList &args, bool withContext = false);
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
    QVERIFY(QDir(dir.path()).mkpath(u"home"_s));
    QVERIFY(writeFiles(c, dir.path()));
    const CaseLayout layout(c, dir.path());

    QString error;
    const std::optional<Kube::Kubeconfig> ours = Kube::Kubeconfig::load(layout.sources(), &error);
    bool loaded = false;
    compareLoading(layout, ours, error, &loaded);
    if (QTest::currentTestFailed() || !loaded)
        return;
    compareResolving(layout, *ours);
    if (QTest::currentTestFailed() || c.useContext.isEmpty())
        return;
    compareUseContext(c);
}

// Loading: `kubectl config get-contexts`; a missing --kubeconfig per kubectl's client commands
// (see the top of this file). *loaded: whether both sides loaded the files.
void TestKubeconfigOracle::compareLoading(const CaseLayout &layout,
                                          const std::optional<Kube::Kubeconfig> &ours,
                                          const QString &error, bool *loaded)
{
    const Case &c = layout.c;
    const Run names = run(layout, QStringList{u"config"_s, u"get-contexts"_s, u"-o"_s, u"name"_s});
    QVERIFY2(names.exitCode >= 0, "kubectl config get-contexts did not finish");
    bool kubectlLoads = names.exitCode == 0;
    if (!layout.explicitPath.isEmpty() && !QFileInfo::exists(layout.explicitPath)) {
        const Run real = run(layout, QStringList{u"get"_s, u"--raw"_s, u"/version"_s});
        QVERIFY2(real.exitCode != 0 && real.err.contains(u"no such file"_s), qPrintable(real.err));
        kubectlLoads = false;
    }
    if (!kubectlLoads) {
        QVERIFY2(!ours, qPrintable(u"kubectl fails (%1) but we load"_s.arg(names.err.trimmed())));
        QVERIFY2(namesAll(c, error),
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

    const Run current = run(layout, QStringList{u"config"_s, u"current-context"_s});
    QCOMPARE(ours->currentContext(),
             current.exitCode == 0 ? QString::fromUtf8(current.out).trimmed() : QString());
    *loaded = true;
}

// The resolved context: `kubectl config view --minify --flatten` (files read and embedded), and
// whether kubectl accepts the configuration when it builds a client.
void TestKubeconfigOracle::compareResolving(const CaseLayout &layout, const Kube::Kubeconfig &ours)
{
    const Case &c = layout.c;
    const Run minify =
        run(layout,
            QStringList{u"config"_s, u"view"_s, u"--minify"_s, u"--flatten"_s, u"-o"_s, u"json"_s},
            /*withContext=*/true);
    bool kubectlResolves = minify.exitCode == 0;
    QString kubectlError = minify.err.trimmed();
    if (kubectlResolves && !c.exec) {
        const Run real = run(
            layout, QStringList{u"get"_s, u"--raw"_s, u"/version"_s, u"--request-timeout=10s"_s},
            /*withContext=*/true);
        // Past the configuration: connecting (refused) or asking for a password.
        kubectlResolves = real.err.contains(u"was refused"_s) ||
                          real.err.contains(u"connection refused"_s) ||
                          real.out.contains("Please enter Username");
        kubectlError = real.err.trimmed();
    }
    QString error;
    const std::optional<Kube::ClusterConfig> resolved = ours.resolve(c.context, &error);
    if (!kubectlResolves) {
        QVERIFY2(!resolved, qPrintable(u"kubectl fails (%1) but we resolve"_s.arg(kubectlError)));
        QVERIFY2(namesAll(c, error),
                 qPrintable(u"our error \"%1\" does not name %2 (kubectl: %3)"_s.arg(
                     error, c.mustName.join(u", "_s), kubectlError)));
        return;
    }
    const MinifiedView view(QJsonDocument::fromJson(minify.out).object());
    const QString name = c.context.isEmpty() ? ours.currentContext() : c.context;
    if (c.exec) {
        compareExecContext(ours, name, view);
        if (QTest::currentTestFailed())
            return;
        if (!resolved)
            QVERIFY2(error.contains(str(view.context, "user")) && error.contains(u"exec"_s),
                     qPrintable(error));
    } else {
        QVERIFY2(resolved, qPrintable(u"kubectl resolves but we fail: "_s + error));
    }
    if (resolved)
        compareResolved(layout, *resolved, name, view);
}

// Our user side of an exec plugin is resolved where credentials are fetched; the parsed context
// must still agree.
void TestKubeconfigOracle::compareExecContext(const Kube::Kubeconfig &ours, const QString &name,
                                              const MinifiedView &view)
{
    QVERIFY(!view.user.value("exec"_L1).toObject().isEmpty() || !str(view.user, "token").isEmpty());
    const QList<Kube::ContextInfo> infos = ours.contexts();
    const auto it = std::find_if(infos.cbegin(), infos.cend(),
                                 [&](const Kube::ContextInfo &i) { return i.name == name; });
    QVERIFY(it != infos.cend());
    QCOMPARE(it->cluster, str(view.context, "cluster"));
    QCOMPARE(it->user, str(view.context, "user"));
    QCOMPARE(it->namespaceName.isEmpty() ? u"default"_s : it->namespaceName, view.namespaceName());
}

void TestKubeconfigOracle::compareResolved(const CaseLayout &layout,
                                           const Kube::ClusterConfig &resolved, const QString &name,
                                           const MinifiedView &view)
{
    const QJsonObject &ctx = view.context;
    const QJsonObject &cl = view.cluster;
    const QJsonObject &us = view.user;
    QCOMPARE(resolved.contextName, name);
    QCOMPARE(resolved.namespaceName, view.namespaceName());
    QCOMPARE(resolved.server.toString(), str(cl, "server"));
    QCOMPARE(resolved.clusterName, str(ctx, "cluster"));
    QCOMPARE(resolved.userName, str(ctx, "user"));
    QCOMPARE(resolved.caPem,
             QByteArray::fromBase64(str(cl, "certificate-authority-data").toLatin1()));
    QCOMPARE(resolved.clientCertificatePem,
             QByteArray::fromBase64(str(us, "client-certificate-data").toLatin1()));
    QCOMPARE(resolved.clientKeyPem, QByteArray::fromBase64(str(us, "client-key-data").toLatin1()));
    if (!layout.c.exec)
        QCOMPARE(resolved.token, str(us, "token"));
    if (!str(us, "tokenFile").isEmpty()) {
        // kubectl shows a path relative to the file that defines the user.
        const QString origin =
            QFileInfo(layout.root + u"/"_s + layout.c.tokenFileOrigin).absolutePath();
        QCOMPARE(QFileInfo(resolved.tokenFile).absoluteFilePath(),
                 QFileInfo(QDir(origin).filePath(str(us, "tokenFile"))).absoluteFilePath());
    } else {
        QCOMPARE(resolved.tokenFile, QString());
    }
}

// use-context: kubectl on one copy, Kubeconfig::useContext on another; every file must read back
// the same.
void TestKubeconfigOracle::compareUseContext(const Case &c)
{
    QTemporaryDir theirs;
    QTemporaryDir mine;
    QVERIFY(theirs.isValid() && mine.isValid());
    QVERIFY(QDir(theirs.path()).mkpath(u"home"_s) && QDir(mine.path()).mkpath(u"home"_s));
    QVERIFY(writeFiles(c, theirs.path()) && writeFiles(c, mine.path()));
    const CaseLayout theirLayout(c, theirs.path());
    const CaseLayout myLayout(c, mine.path());
    const Run used = run(theirLayout, QStringList{u"config"_s, u"use-context"_s, c.useContext});
    QVERIFY2(used.exitCode == 0, qPrintable(used.err));
    QString error;
    std::optional<Kube::Kubeconfig> mineConfig = Kube::Kubeconfig::load(myLayout.sources(), &error);
    QVERIFY2(mineConfig, qPrintable(error));
    QVERIFY2(mineConfig->useContext(c.useContext, &error), qPrintable(error));
    QCOMPARE(mineConfig->currentContext(), c.useContext);
    // An unknown name fails on both sides and changes nothing.
    const Run unknown = run(theirLayout, QStringList{u"config"_s, u"use-context"_s, u"no-such"_s});
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

Run TestKubeconfigOracle::run(const CaseLayout &layout, const QStringList &args, bool withContext)
{
    return kubectl(layout.root, (withContext ? layout.withContext : layout.common) + args,
                   layout.c.useEnv, layout.env);
}

QTEST_GUILESS_MAIN(TestKubeconfigOracle)
#include "tst_kubeconfigoracle.moc"
