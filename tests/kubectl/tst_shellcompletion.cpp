// `cstor-console completion bash|zsh` in real shells: the script registers both program names,
// and the candidates for a line (COMP_WORDS as the shell fills them) are the verbs, a verb's
// flags as its --help lists them, -o formats, the kubeconfig's contexts, and the volumes and
// nodes of the simulated cluster as kubectl reads them.
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestShellCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bashRegistersBothNames();
    void bashCompletes_data();
    void bashCompletes();
    void flagsAreTheVerbsOwn();
    void clusterNamesAsKubectlReadsThem();
    void zshCompletesThroughBashcompinit();

private:
    // The candidates `shell` offers for `words` (the program first, the last the word being
    // completed), sorted.
    QStringList complete(const QString &shell, const QStringList &words) const;
    QStringList kubectlNames(const QString &resource) const;

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestShellCompletion::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
    m_sim = std::make_unique<SimKubectl>();
    QVERIFY(m_sim->start());
}

namespace {
// A shell word in single quotes.
QString quote(const QString &word)
{
    QString out = word;
    return u'\'' + out.replace(u'\'', u"'\\''"_s) + u'\'';
}
} // namespace

QStringList TestShellCompletion::complete(const QString &shell, const QStringList &words) const
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << quote(word);
    // zsh runs the bash function as bashcompinit does: arrays from 0.
    const QString script =
        u"source <(%1 completion %2) || exit 3\n%3COMP_WORDS=(%4)\nCOMP_CWORD=%5\nCOMPREPLY=()\n"
        "_cstor_console\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"_s
            .arg(quote(m_console), shell, shell == "zsh"_L1 ? u"setopt ksharrays\n"_s : QString(),
                 quoted.join(u' '))
            .arg(words.size() - 1);
    const ProgramRun run = runProgram(shell, {u"-c"_s, script}, {{}, 60000});
    if (run.exitCode != 0)
        qWarning() << shell << "failed:" << run.whole();
    QStringList candidates = run.out.split(u'\n', Qt::SkipEmptyParts);
    candidates.sort();
    return candidates;
}

QStringList TestShellCompletion::kubectlNames(const QString &resource) const
{
    QStringList names;
    const ProgramRun run =
        m_sim->kubectl({u"get"_s, resource, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s});
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
        names << line.section(u'/', 1);
    names.sort();
    return names;
}

void TestShellCompletion::bashRegistersBothNames()
{
    const ProgramRun run = runProgram(
        u"bash"_s, {u"-c"_s, u"source <(%1 completion bash) && complete -p cstor-console "
                             "kubectl-cstor"_s.arg(quote(m_console))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QCOMPARE(run.out, u"complete -F _cstor_console cstor-console\n"
                      "complete -F _cstor_console kubectl-cstor\n"_s);
    const ProgramRun unknown = runProgram(m_console, {u"completion"_s, u"fish"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"use bash or zsh"_s), qPrintable(unknown.whole()));
}

void TestShellCompletion::bashCompletes_data()
{
    QTest::addColumn<QStringList>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("verbs") << QStringList{u""_s}
                           << QStringList{u"adopt"_s,        u"completion"_s,  u"contexts"_s,
                                          u"doctor"_s,       u"drain"_s,       u"evacuate"_s,
                                          u"follow-disks"_s, u"forecast"_s,    u"get"_s,
                                          u"migrate"_s,      u"queue"_s,       u"rebalance"_s,
                                          u"recover"_s,      u"replace-disk"_s};
    QTest::newRow("a verb begun") << QStringList{u"ge"_s} << QStringList{u"get"_s};
    QTest::newRow("what to get") << QStringList{u"get"_s, u""_s}
                                 << QStringList{u"moves"_s, u"pools"_s, u"replicas"_s,
                                                u"volumes"_s};
    QTest::newRow("get's formats")
        << QStringList{u"get"_s, u"pools"_s, u"-o"_s, u""_s}
        << QStringList{u"json"_s, u"name"_s, u"table"_s, u"wide"_s, u"yaml"_s};
    QTest::newRow("recover's formats")
        << QStringList{u"recover"_s, u"-o"_s, u""_s} << QStringList{u"json"_s, u"table"_s};
    QTest::newRow("a flag begun") << QStringList{u"get"_s, u"pools"_s, u"--no-h"_s}
                                  << QStringList{u"--no-headers"_s};
    QTest::newRow("shells") << QStringList{u"completion"_s, u""_s}
                            << QStringList{u"bash"_s, u"zsh"_s};
    QTest::newRow("queue actions")
        << QStringList{u"queue"_s, u""_s}
        << QStringList{u"cancel"_s, u"list"_s, u"move"_s, u"pause"_s, u"resume"_s, u"set"_s};
    QTest::newRow("one operand only") << QStringList{u"get"_s, u"pools"_s, u""_s} << QStringList{};
}

void TestShellCompletion::bashCompletes()
{
    QFETCH(QStringList, line);
    QFETCH(QStringList, expected);
    QCOMPARE(complete(u"bash"_s, QStringList{m_console} + line), expected);
}

// Every long flag of a verb's --help is offered after "--", and nothing else.
void TestShellCompletion::flagsAreTheVerbsOwn()
{
    for (const QString &verb :
         {u"get"_s, u"migrate"_s, u"drain"_s, u"evacuate"_s, u"rebalance"_s, u"queue"_s, u"adopt"_s,
          u"recover"_s, u"replace-disk"_s, u"follow-disks"_s}) {
        const ProgramRun help = runProgram(m_console, {verb, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QStringList flags;
        for (const QString &line : help.out.split(u'\n')) {
            static const QRegularExpression option(u"^  (-[A-Za-z], )?(--[a-z][a-z-]*)"_s);
            const QRegularExpressionMatch match = option.match(line);
            if (match.hasMatch())
                flags << match.captured(2);
        }
        flags.sort();
        QVERIFY2(flags.contains(u"--kubeconfig"_s), qPrintable(help.out));
        QCOMPARE(complete(u"bash"_s, {m_console, verb, u"--"_s}), flags);
    }
}

void TestShellCompletion::clusterNamesAsKubectlReadsThem()
{
    const QStringList cluster{u"--kubeconfig"_s, m_sim->kubeconfig(), u"-n"_s, u"openebs"_s};
    const QStringList volumes = kubectlNames(u"cvc"_s);
    QVERIFY(!volumes.isEmpty());
    QCOMPARE(
        complete(u"bash"_s, QStringList{m_console} + cluster + QStringList{u"migrate"_s, u""_s}),
        volumes);
    QCOMPARE(complete(u"bash"_s, {m_console, u"recover"_s, cluster[0], cluster[1], u""_s}),
             volumes);

    QStringList nodes =
        m_sim->jsonpath(u"cspi"_s, u".items[*].spec.hostName"_s).split(u' ', Qt::SkipEmptyParts);
    nodes.removeDuplicates();
    nodes.sort();
    QVERIFY(!nodes.isEmpty());
    QCOMPARE(complete(u"bash"_s, QStringList{m_console, u"drain"_s} + cluster + QStringList{u""_s}),
             nodes);
    QCOMPARE(complete(u"bash"_s, QStringList{m_console, u"evacuate"_s} + cluster +
                                     QStringList{u"--node"_s, u""_s}),
             nodes);
    QCOMPARE(complete(u"bash"_s, QStringList{m_console, u"evacuate"_s, u"--node"_s, nodes.first()} +
                                     cluster + QStringList{u"--pool"_s, u""_s}),
             kubectlNames(u"cspi"_s));
    QCOMPARE(complete(u"bash"_s,
                      QStringList{m_console, u"replace-disk"_s} + cluster + QStringList{u""_s}),
             kubectlNames(u"cspi"_s));
    QCOMPARE(complete(u"bash"_s,
                      QStringList{m_console, u"follow-disks"_s} + cluster + QStringList{u""_s}),
             kubectlNames(u"cspi"_s));
    QStringList poolsAndNodes = kubectlNames(u"cspi"_s) + nodes;
    poolsAndNodes.sort();
    QCOMPARE(complete(u"bash"_s, QStringList{m_console} + cluster +
                                     QStringList{u"migrate"_s, volumes.first(), u"--to"_s, u""_s}),
             poolsAndNodes);

    const ProgramRun contexts =
        runProgram(m_console, {u"contexts"_s, u"-o"_s, u"name"_s, cluster[0], cluster[1]});
    QStringList contextNames = contexts.out.split(u'\n', Qt::SkipEmptyParts);
    contextNames.sort();
    QVERIFY(!contextNames.isEmpty());
    QCOMPARE(complete(u"bash"_s, {m_console, cluster[0], cluster[1], u"--context"_s, u""_s}),
             contextNames);
}

void TestShellCompletion::zshCompletesThroughBashcompinit()
{
    if (QStandardPaths::findExecutable(u"zsh"_s).isEmpty())
        QSKIP("zsh is not installed (packaging/install-deps.sh installs it)");
    const ProgramRun registered = runProgram(
        u"zsh"_s, {u"-c"_s, u"source <(%1 completion zsh) && print -r -- ${_comps[cstor-console]} "
                            "${_comps[kubectl-cstor]}"_s.arg(quote(m_console))});
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.whole()));
    QVERIFY2(registered.out.count(u"_cstor_console"_s) == 2, qPrintable(registered.whole()));
    QCOMPARE(complete(u"zsh"_s, {m_console, u"get"_s, u""_s}),
             (QStringList{u"moves"_s, u"pools"_s, u"replicas"_s, u"volumes"_s}));
    // zsh's compgen offers every candidate and leaves matching the typed "y" to zsh.
    QCOMPARE(complete(u"zsh"_s, {m_console, u"get"_s, u"pools"_s, u"-o"_s, u"y"_s}),
             (QStringList{u"json"_s, u"name"_s, u"table"_s, u"wide"_s, u"yaml"_s}));
    QCOMPARE(complete(u"zsh"_s,
                      {m_console, u"--kubeconfig"_s, m_sim->kubeconfig(), u"migrate"_s, u""_s}),
             kubectlNames(u"cvc"_s));
}

QTEST_GUILESS_MAIN(TestShellCompletion)
#include "tst_shellcompletion.moc"
