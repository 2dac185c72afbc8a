// cstor-console as kubectl's plugin: real kubectl finds kubectl-cstor on the PATH, runs its
// verbs against the simulator with kubectl's own output names, prints its usage without a verb,
// refuses an unknown verb with exit 2, and completes `kubectl cstor ...` through
// kubectl_complete-cstor.
#include "tests/kubectl/simkubectl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestKubectlPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kubectlListsThePlugin();
    void verbsRunThroughKubectl();
    void withoutAVerbItExplains();
    void kubectlCompletesThePlugin();

private:
    // kubectl with the console's folder first on the PATH, in a home of the test's own.
    ProgramRun kubectl(const QStringList &args) const;
    QStringList lines(const QString &text) const { return text.split(u'\n', Qt::SkipEmptyParts); }

    QString m_kubectl;
    QString m_pluginDir;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestKubectlPlugin::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_kubectl = SimKubectl::kubectlProgram();
    const QString console = SimKubectl::consoleProgram();
    m_pluginDir = QFileInfo(console).absolutePath();
    // The build makes the plugin's link and its completion beside the console, as the package
    // installs them.
    QCOMPARE(QFileInfo(m_pluginDir + u"/kubectl-cstor"_s).symLinkTarget(),
             QFileInfo(console).canonicalFilePath());
    QVERIFY(QFileInfo(m_pluginDir + u"/kubectl_complete-cstor"_s).isExecutable());
    m_sim = std::make_unique<SimKubectl>();
    QVERIFY(m_sim->start());
}

ProgramRun TestKubectlPlugin::kubectl(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, m_pluginDir + u':' + env.value(u"PATH"_s));
    env.insert(u"HOME"_s, m_sim->dir());
    env.insert(u"KUBECONFIG"_s, m_sim->kubeconfig());
    return runProgram(m_kubectl, args, {env, 120000});
}

void TestKubectlPlugin::kubectlListsThePlugin()
{
    const ProgramRun list = kubectl({u"plugin"_s, u"list"_s});
    QVERIFY2(list.out.contains(m_pluginDir + u"/kubectl-cstor"_s), qPrintable(list.whole()));
}

// `kubectl cstor get pools -o name` names the objects exactly as `kubectl get cspi -o name`; flags
// go anywhere after the plugin's name.
void TestKubectlPlugin::verbsRunThroughKubectl()
{
    const QList<std::pair<QString, QString>> kinds{
        {u"pools"_s, u"cspi"_s}, {u"replicas"_s, u"cvr"_s}, {u"volumes"_s, u"cvc"_s}};
    for (const auto &[what, resource] : kinds) {
        const ProgramRun plugin = kubectl({u"cstor"_s, u"get"_s, what, u"-o"_s, u"name"_s});
        QVERIFY2(plugin.exitCode == 0, qPrintable(plugin.whole()));
        const ProgramRun own =
            kubectl({u"get"_s, resource, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s});
        QVERIFY2(own.exitCode == 0, qPrintable(own.whole()));
        QVERIFY(!lines(own.out).isEmpty());
        QCOMPARE(lines(plugin.out), lines(own.out));
    }
    const ProgramRun table =
        kubectl({u"cstor"_s, u"--namespace"_s, u"openebs"_s, u"get"_s, u"pools"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.whole()));
    QVERIFY2(table.out.startsWith(u"NAME"_s), qPrintable(table.out));
    const ProgramRun doctor = kubectl({u"cstor"_s, u"doctor"_s, u"-o"_s, u"yaml"_s});
    QVERIFY2(doctor.exitCode == 0, qPrintable(doctor.whole()));
}

void TestKubectlPlugin::withoutAVerbItExplains()
{
    const ProgramRun usage = kubectl({u"cstor"_s});
    QCOMPARE(usage.exitCode, 0);
    QVERIFY2(usage.out.contains(u"Usage: kubectl cstor VERB"_s), qPrintable(usage.whole()));
    QVERIFY2(usage.out.contains(u"kubectl cstor VERB --help"_s), qPrintable(usage.out));
    for (const QString &verb : {u"contexts"_s, u"get"_s, u"migrate"_s, u"drain"_s, u"doctor"_s,
                                u"recover"_s, u"completion"_s})
        QVERIFY2(usage.out.contains(u"\n  "_s + verb + u' '), qPrintable(verb));
    QCOMPARE(kubectl({u"cstor"_s, u"--help"_s}).out, usage.out);

    const ProgramRun unknown = kubectl({u"cstor"_s, u"pods"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown verb \"pods\""_s), qPrintable(unknown.whole()));
    QVERIFY(unknown.out.isEmpty());
    const ProgramRun flagsOnly = kubectl({u"cstor"_s, u"-o"_s, u"json"_s});
    QCOMPARE(flagsOnly.exitCode, 2);
    QVERIFY2(flagsOnly.err.contains(u"a verb is missing"_s), qPrintable(flagsOnly.whole()));
}

// kubectl's own completion (`kubectl __complete`, what its shell scripts call) asks
// kubectl_complete-cstor for the words after "cstor".
void TestKubectlPlugin::kubectlCompletesThePlugin()
{
    const ProgramRun verbs = kubectl({u"__complete"_s, u"cstor"_s, u"d"_s});
    QVERIFY2(verbs.exitCode == 0, qPrintable(verbs.whole()));
    QStringList words = lines(verbs.out);
    QVERIFY2(!words.isEmpty() && words.last().startsWith(u':'), qPrintable(verbs.out));
    words.removeLast();
    QCOMPARE(words, (QStringList{u"drain"_s, u"doctor"_s}));

    const ProgramRun kinds = kubectl({u"__complete"_s, u"cstor"_s, u"get"_s, u""_s});
    words = lines(kinds.out);
    QVERIFY2(words.size() > 1, qPrintable(kinds.whole()));
    words.removeLast();
    QCOMPARE(words, (QStringList{u"pools"_s, u"replicas"_s, u"volumes"_s, u"moves"_s}));
}

QTEST_GUILESS_MAIN(TestKubectlPlugin)
#include "tst_kubectlplugin.moc"
