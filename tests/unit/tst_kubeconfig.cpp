// Kube::Kubeconfig on real files: the sources (--kubeconfig, KUBECONFIG, ~/.kube/config),
// clientcmd's merge rules, relative paths and context namespaces.
#include "kubeconfigfiles.h"

#include "models/kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace KubeconfigTest;
using namespace Qt::StringLiterals;

class TestKubeconfig
    : public QObject
    , private KubeconfigFiles
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void candidateFilesFollowClientcmd();
    void singleFileContexts();
    void firstFileWinsEachNamedEntry();
    void currentContextFromFirstFileThatSetsIt();
    void missingKubeconfigEntriesAreSkipped();
    void missingExplicitFileIsAnError();
    void noFileAtAllIsNoContexts();
    void relativePathsResolveAgainstTheDefiningFile();
    void contextNamespaceDefaultsToDefault();
};

void TestKubeconfig::init()
{
    makeDir();
}

void TestKubeconfig::cleanup()
{
    removeDir();
}

void TestKubeconfig::candidateFilesFollowClientcmd()
{
    Kube::KubeconfigSources sources;
    sources.homeDir = u"/home/op"_s;
    QCOMPARE(sources.candidateFiles(), QStringList{u"/home/op/.kube/config"_s});

    sources.kubeconfigEnv = u"/a::/b:/a:/c"_s; // empty entries skipped, duplicates once
    QCOMPARE(sources.candidateFiles(), (QStringList{u"/a"_s, u"/b"_s, u"/c"_s}));

    sources.explicitPath = u"/x"_s; // --kubeconfig: only that file, KUBECONFIG ignored
    QCOMPARE(sources.candidateFiles(), QStringList{u"/x"_s});
}

void TestKubeconfig::singleFileContexts()
{
    const QString path = write(u"config"_s, R"(apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://10.0.0.1:6443
    insecure-skip-tls-verify: true
users:
- name: alice
  user:
    token: t-alice
contexts:
- name: zeta
  context:
    cluster: prod
    user: alice
    namespace: openebs
- name: alpha
  context:
    cluster: prod
    user: alice
current-context: zeta
preferences: {}
)");
    QString error;
    const auto config = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->files(), QStringList{path});
    QCOMPARE(config->currentContext(), u"zeta"_s);
    const QList<Kube::ContextInfo> contexts = config->contexts();
    QCOMPARE(contexts.size(), 2);
    QCOMPARE(contexts[0].name, u"alpha"_s); // sorted by name
    QCOMPARE(contexts[1].name, u"zeta"_s);
    QCOMPARE(contexts[1].cluster, u"prod"_s);
    QCOMPARE(contexts[1].user, u"alice"_s);
    QCOMPARE(contexts[1].namespaceName, u"openebs"_s);

    const auto cluster = config->resolve(QString(), &error);
    QVERIFY2(cluster, qPrintable(error));
    QCOMPARE(cluster->contextName, u"zeta"_s);
    QCOMPARE(cluster->server, QUrl(u"https://10.0.0.1:6443"_s));
    QVERIFY(cluster->insecureSkipTlsVerify);
    QCOMPARE(cluster->bearerToken(), u"t-alice"_s);
    QCOMPARE(cluster->namespaceName, u"openebs"_s);
}

void TestKubeconfig::firstFileWinsEachNamedEntry()
{
    // Both files define cluster "shared", user "op" and context "work"; the first file's
    // entries win whole (no field-level merge), the second file adds what only it defines.
    const QString first = write(
        u"first"_s, config("shared", "https://first:6443", "op", "t-first", "work", "ns-first"));
    const QString second = write(u"second"_s, R"(clusters:
- name: shared
  cluster:
    server: https://second:6443
    insecure-skip-tls-verify: true
    tls-server-name: second.example
- name: other
  cluster:
    server: https://other:6443
users:
- name: op
  user:
    username: basic
    password: secret
contexts:
- name: work
  context:
    cluster: other
    user: op
    namespace: ns-second
- name: extra
  context:
    cluster: other
    user: op
)");
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = first + u':' + second;
    QString error;
    const auto merged = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->files(), (QStringList{first, second}));
    QCOMPARE(merged->contexts().size(), 2);

    const auto work = merged->resolve(u"work"_s, &error);
    QVERIFY2(work, qPrintable(error));
    QCOMPARE(work->clusterName, u"shared"_s);
    QCOMPARE(work->namespaceName, u"ns-first"_s);
    QCOMPARE(work->server, QUrl(u"https://first:6443"_s));
    QVERIFY(!work->insecureSkipTlsVerify); // not merged in from the second "shared"
    QVERIFY(work->tlsServerName.isEmpty());
    QCOMPARE(work->token, u"t-first"_s);
    QVERIFY(work->username.isEmpty()); // not merged in from the second "op"

    const auto extra = merged->resolve(u"extra"_s, &error);
    QVERIFY2(extra, qPrintable(error));
    QCOMPARE(extra->server, QUrl(u"https://other:6443"_s));
    QCOMPARE(extra->token, u"t-first"_s); // user "op" is the first file's

    // The other order: the second file's entries win.
    sources.kubeconfigEnv = second + u':' + first;
    const auto reversed = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(reversed, qPrintable(error));
    const auto work2 = reversed->resolve(u"work"_s, &error);
    QVERIFY2(work2, qPrintable(error));
    QCOMPARE(work2->clusterName, u"other"_s);
    QCOMPARE(work2->namespaceName, u"ns-second"_s);
    QCOMPARE(work2->username, u"basic"_s);
}

void TestKubeconfig::currentContextFromFirstFileThatSetsIt()
{
    const QString a = write(u"a"_s, config("c", "https://a:1", "u", "t", "ctx-a"));
    const QString b = write(u"b"_s, config("c", "https://b:1", "u", "t", "ctx-b", {}, "ctx-b"));
    const QString c = write(u"c"_s, config("c", "https://c:1", "u", "t", "ctx-c", {}, "ctx-c"));
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = a + u':' + b + u':' + c;
    QString error;
    const auto merged = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->currentContext(), u"ctx-b"_s);
    const auto current = merged->resolve(QString(), &error);
    QVERIFY2(current, qPrintable(error));
    QCOMPARE(current->contextName, u"ctx-b"_s);
    QCOMPARE(current->server, QUrl(u"https://a:1"_s)); // cluster "c" comes from the first file
}

void TestKubeconfig::missingKubeconfigEntriesAreSkipped()
{
    const QString present = write(u"present"_s, config("c", "https://p:1", "u", "t", "p", {}, "p"));
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = m_dir->filePath(u"missing"_s) + u"::"_s + present;
    QString error;
    const auto merged = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->files(), QStringList{present});
    QCOMPARE(merged->currentContext(), u"p"_s);
}

void TestKubeconfig::missingExplicitFileIsAnError()
{
    const QString missing = m_dir->filePath(u"nope"_s);
    QString error;
    QVERIFY(!Kube::Kubeconfig::load(explicitSources(missing), &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestKubeconfig::noFileAtAllIsNoContexts()
{
    Kube::KubeconfigSources sources;
    sources.homeDir = m_dir->filePath(u"home"_s);
    QString error;
    const auto config = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->files().isEmpty());
    QVERIFY(config->contexts().isEmpty());
    QVERIFY(!config->resolve(QString(), &error));
    QVERIFY2(error.contains(m_dir->filePath(u"home/.kube/config"_s)), qPrintable(error));

    // An empty file is a kubeconfig without contexts, not an error.
    const QString empty = write(u"empty"_s, "");
    const auto fromEmpty = Kube::Kubeconfig::load(explicitSources(empty), &error);
    QVERIFY2(fromEmpty, qPrintable(error));
    QCOMPARE(fromEmpty->files(), QStringList{empty});
    QVERIFY(fromEmpty->contexts().isEmpty());
}

void TestKubeconfig::relativePathsResolveAgainstTheDefiningFile()
{
    // The CA and token file next to each kubeconfig, named relatively; the working directory
    // is elsewhere.
    write(u"one/ca.pem"_s, "CA-ONE");
    write(u"one/token"_s, "token-one\n");
    write(u"two/certs/client.crt"_s, "CERT-TWO");
    write(u"two/certs/client.key"_s, "KEY-TWO");
    const QString one = write(u"one/config"_s, R"(clusters:
- name: c1
  cluster:
    server: https://one:6443
    certificate-authority: ca.pem
users:
- name: u1
  user:
    tokenFile: token
contexts:
- name: ctx1
  context: {cluster: c1, user: u1}
current-context: ctx1
)");
    const QString two = write(u"two/config"_s, R"(users:
- name: u2
  user:
    client-certificate: certs/client.crt
    client-key: ./certs/client.key
contexts:
- name: ctx2
  context: {cluster: c1, user: u2}
)");
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QDir::tempPath()));
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = one + u':' + two;
    QString error;
    const auto merged = Kube::Kubeconfig::load(sources, &error);
    QDir::setCurrent(cwd);
    QVERIFY2(merged, qPrintable(error));

    const auto first = merged->resolve(u"ctx1"_s, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->caPem, QByteArray("CA-ONE"));
    QCOMPARE(QFileInfo(first->tokenFile).canonicalFilePath(),
             QFileInfo(m_dir->filePath(u"one/token"_s)).canonicalFilePath());
    QCOMPARE(first->bearerToken(), u"token-one"_s);

    const auto second = merged->resolve(u"ctx2"_s, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->caPem, QByteArray("CA-ONE")); // cluster c1 from one/, its CA from one/
    QCOMPARE(second->clientCertificatePem, QByteArray("CERT-TWO"));
    QCOMPARE(second->clientKeyPem, QByteArray("KEY-TWO"));
}

void TestKubeconfig::contextNamespaceDefaultsToDefault()
{
    const QString path = write(u"config"_s, config("c", "https://n:1", "u", "t", "plain"));
    QString error;
    const auto loaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->contexts().value(0).namespaceName, QString()); // as the file says
    const auto cluster = loaded->resolve(u"plain"_s, &error);
    QVERIFY2(cluster, qPrintable(error));
    QCOMPARE(cluster->namespaceName, u"default"_s);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
