// Kube::Kubeconfig on files kubectl refuses too: broken YAML, aliasing bombs, unreadable files,
// the hard errors clientcmd has, certificate files that are not there.
#include "kubeconfigfiles.h"

#include "models/kube/kubeconfig.h"
#include "tests/common/residentmemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <sys/stat.h>

using namespace KubeconfigTest;
using namespace Qt::StringLiterals;

class TestKubeconfigErrors
    : public QObject
    , private KubeconfigFiles
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void brokenYamlNamesFileAndLine();
    void excessiveAliasingIsRejected();
    void unreadableFileIsNamed();
    void endlessFilesAreReadWithinTheLimit();
    void hardErrors_data();
    void hardErrors();
    void missingCertificateFileIsNamed();
};

void TestKubeconfigErrors::init()
{
    makeDir();
}

void TestKubeconfigErrors::cleanup()
{
    removeDir();
}

void TestKubeconfigErrors::brokenYamlNamesFileAndLine()
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

void TestKubeconfigErrors::excessiveAliasingIsRejected()
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

void TestKubeconfigErrors::unreadableFileIsNamed()
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

// A kubeconfig that never ends (/dev/zero, a FIFO a program keeps writing) or is huge (a sparse
// 4 GB file) is refused at 16 MB, the limit, having read no more: the peak resident set grows by
// less than twice the limit. A certificate file the same.
void TestKubeconfigErrors::endlessFilesAreReadWithinTheLimit()
{
    const QString fifo = m_dir->filePath(u"fifo"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess writer; // keeps writing until the reader goes (SIGPIPE)
    writer.start(u"sh"_s, {u"-c"_s, u"exec cat /dev/zero > \"$0\""_s, fifo});
    QVERIFY(writer.waitForStarted());
    const QString huge = m_dir->filePath(u"huge"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(4) << 30));
    }
    for (const QString &path : {u"/dev/zero"_s, fifo, huge}) {
        const qint64 before = ResidentMemory::resetPeak();
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!Kube::Kubeconfig::load(explicitSources(path), &error));
        qInfo("%s: refused after %lld ms: %s", qPrintable(path), clock.elapsed(),
              qPrintable(error));
        QVERIFY2(error.contains(path) && error.contains(u"larger than 16 MB"_s), qPrintable(error));
        QVERIFY(ResidentMemory::peakWithinTwice(before, u"kubeconfig "_s + path, 16 << 20));
    }
    writer.kill();
    writer.waitForFinished();

    const QString kubeconfig =
        write(u"with-ca"_s, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                            "    server: https://c:6443\n    certificate-authority: /dev/zero\n"
                            "users:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: c\n"
                            "  context:\n    cluster: c\n    user: u\ncurrent-context: c\n");
    QString error;
    const auto loaded = Kube::Kubeconfig::load(explicitSources(kubeconfig), &error);
    QVERIFY2(loaded, qPrintable(error));
    const qint64 before = ResidentMemory::resetPeak();
    QVERIFY(!loaded->resolve(QString(), &error));
    qInfo("certificate-authority /dev/zero: %s", qPrintable(error));
    QVERIFY2(error.contains(u"larger than 16 MB"_s), qPrintable(error));
    QVERIFY(ResidentMemory::peakWithinTwice(before, u"certificate /dev/zero"_s, 16 << 20));
}

void TestKubeconfigErrors::hardErrors_data()
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

void TestKubeconfigErrors::hardErrors()
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

void TestKubeconfigErrors::missingCertificateFileIsNamed()
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

QTEST_GUILESS_MAIN(TestKubeconfigErrors)
#include "tst_kubeconfigerrors.moc"
