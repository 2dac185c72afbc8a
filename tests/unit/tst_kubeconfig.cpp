// Kube::Kubeconfig on real files: the sources (--kubeconfig, KUBECONFIG, ~/.kube/config),
// clientcmd's merge rules, relative paths, context namespaces, the hard errors kubectl has, and
// use-context writing back.
#include "models/kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A cluster, a token user and a context using both, under the given names.
QByteArray config(const QByteArray &cluster, const QByteArray &server, const QByteArray &user,
                  const QByteArray &token, const QByteArray &context,
                  const QByteArray &namespaceName = {}, const QByteArray &current = {})
{
    QByteArray text = "apiVersion: v1\nkind: Config\n"
                      "clusters:\n- name: " +
                      cluster + "\n  cluster:\n    server: " + server +
                      "\n"
                      "users:\n- name: " +
                      user + "\n  user:\n    token: " + token +
                      "\n"
                      "contexts:\n- name: " +
                      context + "\n  context:\n    cluster: " + cluster + "\n    user: " + user +
                      "\n";
    if (!namespaceName.isEmpty())
        text += "    namespace: " + namespaceName + "\n";
    if (!current.isEmpty())
        text += "current-context: " + current + "\n";
    return text;
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void candidateFilesFollowClientcmd();
    void writeTargetFollowsClientcmd();
    void singleFileContexts();
    void firstFileWinsEachNamedEntry();
    void currentContextFromFirstFileThatSetsIt();
    void missingKubeconfigEntriesAreSkipped();
    void missingExplicitFileIsAnError();
    void noFileAtAllIsNoContexts();
    void brokenYamlNamesFileAndLine();
    void excessiveAliasingIsRejected();
    void unreadableFileIsNamed();
    void relativePathsResolveAgainstTheDefiningFile();
    void contextNamespaceDefaultsToDefault();
    void hardErrors_data();
    void hardErrors();
    void missingCertificateFileIsNamed();
    void useContextWritesBack();
    void useContextIntoFirstExistingKubeconfigFile();
    void useContextRefusesUnknownContext();

private:
    QString write(const QString &name, const QByteArray &content);
    Kube::KubeconfigSources explicitSources(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKubeconfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestKubeconfig::cleanup()
{
    m_dir.reset();
}

QString TestKubeconfig::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

Kube::KubeconfigSources TestKubeconfig::explicitSources(const QString &path) const
{
    Kube::KubeconfigSources sources;
    sources.explicitPath = path;
    sources.kubeconfigEnv = m_dir->filePath(u"ignored"_s);
    sources.homeDir = m_dir->filePath(u"home"_s);
    return sources;
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

void TestKubeconfig::writeTargetFollowsClientcmd()
{
    Kube::KubeconfigSources sources;
    sources.homeDir = m_dir->filePath(u"home"_s);
    QCOMPARE(sources.writeTarget(), m_dir->filePath(u"home/.kube/config"_s));

    const QString a = m_dir->filePath(u"a"_s);
    const QString b = write(u"b"_s, "{}\n");
    const QString c = write(u"c"_s, "{}\n");
    sources.kubeconfigEnv = a + u':' + b + u':' + c;
    QCOMPARE(sources.writeTarget(), b); // the first file that exists

    const QString d = m_dir->filePath(u"d"_s);
    sources.kubeconfigEnv = a + u':' + d;
    QCOMPARE(sources.writeTarget(), d); // none exists: the last one

    sources.explicitPath = a;
    QCOMPARE(sources.writeTarget(), a);
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

void TestKubeconfig::excessiveAliasingIsRejected()
{
    // 500 bytes of nested anchors that would expand to 10^9 values ("billion laughs").
    QByteArray laughs = "apiVersion: v1\nkind: Config\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 8; ++i)
        laughs += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" +
                  QByteArrayList(10, "*a" + QByteArray::number(i - 1)).join(", ") + "]\n";
    const QString path = write(u"laughs"_s, laughs);
    QString error;
    QVERIFY(!Kube::Kubeconfig::load(explicitSources(path), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"excessive aliasing"_s), qPrintable(error));

    // An alias inside its own anchor makes a cycle: refused, not followed without end.
    const QString cycle =
        write(u"cycle"_s, "apiVersion: v1\nkind: Config\na1: &a1 [x, *a1]\npreferences: *a1\n");
    QVERIFY(!Kube::Kubeconfig::load(explicitSources(cycle), &error));
    QVERIFY2(error.contains(u"excessive aliasing"_s), qPrintable(error));

    // Anchors used as intended still load.
    const QString reuse =
        write(u"reuse"_s, "clusters:\n- name: a\n  cluster: &c {server: \"https://a:1\"}\n"
                          "- name: b\n  cluster: *c\n"
                          "contexts:\n- {name: b, context: {cluster: b}}\n");
    const auto config = Kube::Kubeconfig::load(explicitSources(reuse), &error);
    QVERIFY2(config, qPrintable(error));
    const auto resolved = config->resolve(u"b"_s, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->server, QUrl(u"https://a:1"_s));
}

void TestKubeconfig::brokenYamlNamesFileAndLine()
{
    const QString good = write(u"good"_s, config("c", "https://g:1", "u", "t", "g", {}, "g"));
    const QString broken =
        write(u"broken"_s, "apiVersion: v1\nclusters:\n- name: x\n  cluster: [\n");
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = good + u':' + broken; // a broken file anywhere in the list fails
    QString error;
    QVERIFY(!Kube::Kubeconfig::load(sources, &error));
    QVERIFY2(error.contains(broken), qPrintable(error));
    QVERIFY2(error.contains(u"line "_s), qPrintable(error));

    const QString list = write(u"list"_s, "- a\n- b\n");
    QVERIFY(!Kube::Kubeconfig::load(explicitSources(list), &error));
    QVERIFY2(error.contains(list), qPrintable(error));
}

void TestKubeconfig::unreadableFileIsNamed()
{
    // A path that exists but cannot be read as a file (a directory: unreadable for every user,
    // root included), in the middle of a KUBECONFIG list.
    const QString good = write(u"good"_s, config("c", "https://g:1", "u", "t", "g", {}, "g"));
    const QString directory = m_dir->filePath(u"not-a-file"_s);
    QVERIFY(QDir().mkpath(directory));
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = good + u':' + directory;
    QString error;
    QVERIFY(!Kube::Kubeconfig::load(sources, &error));
    QVERIFY2(error.contains(directory), qPrintable(error));
    QVERIFY(!Kube::Kubeconfig::load(explicitSources(directory), &error));
    QVERIFY2(error.contains(directory), qPrintable(error));
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

void TestKubeconfig::hardErrors_data()
{
    QTest::addColumn<QByteArray>("clusterBody");
    QTest::addColumn<QByteArray>("userBody");
    QTest::addColumn<QByteArray>("contextBody");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("expected"); // every part must be in the message

    const QByteArray server = "server: https://h:1";
    const QByteArray token = "token: t";
    const QByteArray both = "cluster: c\n    user: u";
    QTest::newRow("missing context") << server << token << both << u"nowhere"_s
                                     << QStringList{u"context \"nowhere\" does not exist"_s};
    QTest::newRow("missing cluster") << server << token << QByteArray("cluster: gone\n    user: u")
                                     << u"ctx"_s << QStringList{u"\"gone\""_s, u"cluster"_s};
    QTest::newRow("missing user") << server << token << QByteArray("cluster: c\n    user: ghost")
                                  << u"ctx"_s << QStringList{u"\"ghost\""_s, u"user"_s};
    QTest::newRow("CA file and data")
        << server + "\n    certificate-authority: /ca.pem\n    certificate-authority-data: Zm9v"
        << token << both << u"ctx"_s
        << QStringList{u"certificate-authority-data"_s, u"certificate-authority are both"_s};
    QTest::newRow("CA and insecure")
        << server + "\n    certificate-authority-data: Zm9v\n    insecure-skip-tls-verify: true"
        << token << both << u"ctx"_s << QStringList{u"insecure-skip-tls-verify"_s};
    QTest::newRow("token and basic auth")
        << server << QByteArray("token: t\n    username: a\n    password: b") << both << u"ctx"_s
        << QStringList{u"more than one authentication method"_s};
    QTest::newRow("no server") << QByteArray("insecure-skip-tls-verify: true") << token << both
                               << u"ctx"_s << QStringList{u"server"_s, u"\"c\""_s};
    QTest::newRow("auth-provider")
        << server << QByteArray("auth-provider:\n      name: gcp") << both << u"ctx"_s
        << QStringList{u"auth-provider (gcp) is not supported"_s, u"exec"_s};
}

void TestKubeconfig::hardErrors()
{
    QFETCH(QByteArray, clusterBody);
    QFETCH(QByteArray, userBody);
    QFETCH(QByteArray, contextBody);
    QFETCH(QString, context);
    QFETCH(QStringList, expected);
    const QString path = write(u"config"_s, "clusters:\n- name: c\n  cluster:\n    " + clusterBody +
                                                "\nusers:\n- name: u\n  user:\n    " + userBody +
                                                "\ncontexts:\n- name: ctx\n  context:\n    " +
                                                contextBody + "\ncurrent-context: ctx\n");
    QString error;
    const auto loaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->resolve(context, &error));
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestKubeconfig::missingCertificateFileIsNamed()
{
    const QString caPath = m_dir->filePath(u"absent-ca.pem"_s);
    const QString path =
        write(u"config"_s, "clusters:\n- name: c\n  cluster:\n    server: "
                           "https://h:1\n    certificate-authority: absent-ca.pem\n"
                           "contexts:\n- name: ctx\n  context: {cluster: c}\n");
    QString error;
    const auto loaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->resolve(u"ctx"_s, &error));
    QVERIFY2(error.contains(caPath), qPrintable(error));
    QVERIFY2(error.contains(u"certificate-authority"_s), qPrintable(error));
}

void TestKubeconfig::useContextWritesBack()
{
    const QByteArray original = R"(apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://h:1
    extensions:
    - name: vendor
      extension: {region: north}
users:
- name: u
  user:
    token: "0123"
contexts:
- name: one
  context: {cluster: c, user: u, namespace: "007"}
- name: two
  context: {cluster: c, user: u, namespace: "true"}
- name: "0755"
  context: {cluster: c, user: u}
current-context: one
preferences:
  colors: true
x-unknown-field: keep me
)";
    const QString path = write(u"config"_s, original);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    // A second name for the old file: an atomic rewrite (new file, rename) leaves it alone.
    const QString oldName = m_dir->filePath(u"config.before"_s);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(oldName).constData()),
             0);
    const ino_t inodeBefore = inodeOf(path);

    QString error;
    auto loaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(loaded->useContext(u"two"_s, &error), qPrintable(error));
    QCOMPARE(loaded->currentContext(), u"two"_s);

    QVERIFY(inodeOf(path) != inodeBefore);
    QFile before(oldName);
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), original);
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"config"_s, u"config.before"_s})); // no temporary files left

    // Every other key kept, strings that look like numbers or booleans still strings.
    const YAML::Node root = YAML::LoadFile(path.toStdString());
    QCOMPARE(root["current-context"].as<std::string>(), std::string("two"));
    QCOMPARE(root["x-unknown-field"].as<std::string>(), std::string("keep me"));
    QCOMPARE(root["preferences"]["colors"].as<std::string>(), std::string("true"));
    QCOMPARE(
        root["clusters"][0]["cluster"]["extensions"][0]["extension"]["region"].as<std::string>(),
        std::string("north"));
    QCOMPARE(root["users"][0]["user"]["token"].Tag(), std::string("!"));
    QCOMPARE(root["users"][0]["user"]["token"].as<std::string>(), std::string("0123"));
    QCOMPARE(root["contexts"][0]["context"]["namespace"].Tag(), std::string("!"));
    QCOMPARE(root["contexts"][1]["context"]["namespace"].Tag(), std::string("!"));

    // And the result loads as the new current context.
    const auto reloaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->currentContext(), u"two"_s);
    const auto two = reloaded->resolve(QString(), &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->namespaceName, u"true"_s);
    QCOMPARE(two->token, u"0123"_s);

    // A context name that reads as a number when plain is written quoted.
    auto again = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY2(again->useContext(u"0755"_s, &error), qPrintable(error));
    const YAML::Node numeric = YAML::LoadFile(path.toStdString());
    QCOMPARE(numeric["current-context"].Tag(), std::string("!"));
    QCOMPARE(numeric["current-context"].as<std::string>(), std::string("0755"));
    QCOMPARE(numeric["contexts"][2]["name"].Tag(), std::string("!"));
}

void TestKubeconfig::useContextIntoFirstExistingKubeconfigFile()
{
    // KUBECONFIG=missing:b:c with the contexts in c: current-context goes into b, the first
    // file that exists, and c is left as it was.
    const QString missing = m_dir->filePath(u"missing"_s);
    const QByteArray bText = "preferences: {}\n";
    const QString b = write(u"b"_s, bText);
    const QByteArray cText = config("c", "https://c:1", "u", "t", "ctx-c", {}, "ctx-c");
    const QString c = write(u"c"_s, cText);
    Kube::KubeconfigSources sources;
    sources.kubeconfigEnv = missing + u':' + b + u':' + c;
    sources.homeDir = m_dir->filePath(u"home"_s);
    QString error;
    auto merged = Kube::Kubeconfig::load(sources, &error);
    QVERIFY2(merged, qPrintable(error));
    QVERIFY2(merged->useContext(u"ctx-c"_s, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QFile cFile(c);
    QVERIFY(cFile.open(QIODevice::ReadOnly));
    QCOMPARE(cFile.readAll(), cText);
    const YAML::Node root = YAML::LoadFile(b.toStdString());
    QCOMPARE(root["current-context"].as<std::string>(), std::string("ctx-c"));
    QVERIFY(root["preferences"].IsMap());
    QCOMPARE(modeOf(b), mode_t(0600));
}

void TestKubeconfig::useContextRefusesUnknownContext()
{
    const QByteArray text = config("c", "https://c:1", "u", "t", "ctx", {}, "ctx");
    const QString path = write(u"config"_s, text);
    QString error;
    auto loaded = Kube::Kubeconfig::load(explicitSources(path), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->useContext(u"elsewhere"_s, &error));
    QVERIFY2(error.contains(u"\"elsewhere\""_s), qPrintable(error));
    QCOMPARE(loaded->currentContext(), u"ctx"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
