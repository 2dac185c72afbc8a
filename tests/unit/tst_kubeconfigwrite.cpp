// Kube::Kubeconfig writing back: which file use-context writes, and how it keeps the file's
// other keys, its inode and its mode.
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

class TestKubeconfigWrite
    : public QObject
    , private KubeconfigFiles
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writeTargetFollowsClientcmd();
    void useContextWritesBack();
    void useContextIntoFirstExistingKubeconfigFile();
    void useContextRefusesUnknownContext();
};

void TestKubeconfigWrite::init()
{
    makeDir();
}

void TestKubeconfigWrite::cleanup()
{
    removeDir();
}

void TestKubeconfigWrite::writeTargetFollowsClientcmd()
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

void TestKubeconfigWrite::useContextWritesBack()
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

void TestKubeconfigWrite::useContextIntoFirstExistingKubeconfigFile()
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

void TestKubeconfigWrite::useContextRefusesUnknownContext()
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

QTEST_GUILESS_MAIN(TestKubeconfigWrite)
#include "tst_kubeconfigwrite.moc"
