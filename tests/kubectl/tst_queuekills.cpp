// A plan of 50 moves (three of ten nodes evacuated at once) survives kill -9 of the console at
// random points: after each kill `cstor-console queue resume` (or, when the kill came before
// the plan was journalled, the evacuation again) picks the plan up from the journal and the
// cluster, is killed again, and so on; in the end every move of the journal ended Done or was
// rolled back, every line of the journal reads, the nodes hold no replica (kubectl), and no
// replica was ever removed while its volume had fewer Healthy replicas than before
// (ConsoleOnSim's safety watch).
// CSTOR_KILLS (default 20) and CSTOR_KILL_SEED (default 7) set the number of kills and the
// random points; a failure prints both.
#include "tests/common/journalreading.h"
#include "tests/kubectl/consoleonsim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 300000;
const QString kCluster = u"nodes=10,pools-per-node=1,volumes=56,replicas=3,volume-size=1Gi-2Gi"_s;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

class TestQueueKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomPointsThePlanCompletes();

private:
    int replicasOn(const QStringList &nodes) { return int(m_run->replicasOnNodes(nodes).size()); }
    int queuedMoves();
    // How many moves of the journal are in each state, read from its lines: the last state
    // written for each move id.
    QHash<QString, int> lastStates() const;
    // Runs `args` until its `killAfter`-th progress line, then kills it (SIGKILL); whether it
    // ended by itself first, and its exit code then.
    bool runUntilKilled(const QStringList &args, int killAfter, int *exitCode, QString *output);

    std::unique_ptr<ConsoleOnSim> m_run;
};

void TestQueueKills::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_run = std::make_unique<ConsoleOnSim>();
    QVERIFY(m_run->start(kCluster, qEnvironmentVariableIntValue("CSTOR_KILL_SPEED") > 0
                                       ? qEnvironmentVariableIntValue("CSTOR_KILL_SPEED")
                                       : 100));
}

int TestQueueKills::queuedMoves()
{
    const ProgramRun run = m_run->console({u"queue"_s, u"-o"_s, u"json"_s});
    return int(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"moves"_s).toArray().size());
}

QHash<QString, int> TestQueueKills::lastStates() const
{
    QFile file(m_run->journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return {{u"no journal"_s, 1}};
    QHash<QString, QString> last;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (!entry.isEmpty() && !entry.contains(u"kind"_s))
            last.insert(entry.value(u"id"_s).toString(), entry.value(u"state"_s).toString());
    }
    QHash<QString, int> counts;
    for (const QString &state : std::as_const(last))
        ++counts[state];
    return counts;
}

bool TestQueueKills::runUntilKilled(const QStringList &args, int killAfter, int *exitCode,
                                    QString *output)
{
    static const QRegularExpression progress(
        u" (ScalingUp|Rebuilding|ScalingDown|Done|RolledBack)\\b"_s);
    QProcess process;
    QString out;
    bool killed = false;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        out += QString::fromUtf8(process.readAllStandardOutput());
        if (!killed && out.count(progress) >= killAfter) {
            killed = true;
            process.kill(); // SIGKILL: nothing flushed, nothing undone
        }
    });
    m_run->startConsole(&process, args);
    if (!process.waitForStarted())
        return false;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                         kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        *output = out + u"\n(did not end in time)"_s;
        return true;
    }
    out += QString::fromUtf8(process.readAllStandardOutput());
    *output = out + QString::fromUtf8(process.readAllStandardError());
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return !killed;
}

void TestQueueKills::killedAtRandomPointsThePlanCompletes()
{
    const int kills = environmentNumber("CSTOR_KILLS", 20);
    const quint32 seed = quint32(environmentNumber("CSTOR_KILL_SEED", 7));
    QRandomGenerator random(seed);
    QStringList nodes = m_run->sim()->jsonpath(u"cspi"_s, u".items[*].spec.hostName"_s).split(u' ');
    nodes.sort();
    nodes = nodes.mid(0, 3);
    const int before = replicasOn(nodes);
    QVERIFY(before >= 45);
    const QStringList evacuate{u"evacuate"_s, u"--node"_s, nodes[0], u"--node"_s,
                               nodes[1],      u"--node"_s, nodes[2], u"--yes"_s};
    const QStringList resume{u"queue"_s, u"resume"_s};

    int killed = 0;
    int exitCode = -1;
    QString output;
    bool ended = false;
    QStringList points;
    while (killed < kills) {
        const QStringList &args = queuedMoves() > 0 ? resume : evacuate;
        const int after = 1 + int(random.bounded(6));
        ended = runUntilKilled(args, after, &exitCode, &output);
        if (QTest::currentTestFailed())
            return;
        if (ended)
            break;
        ++killed;
        points << u"%1 after %2"_s.arg(args.first()).arg(after);
    }
    qInfo("seed %u: %d kills (%s)", seed, killed, qPrintable(points.join(u", "_s)));
    // The last runs go to the end: the queue while it holds moves, then the evacuation again
    // while the nodes hold replicas. A kill as the evacuation was journalling its plan leaves
    // the rest of the plan to the next evacuation (the queue ends with what was journalled), and
    // a move rolled back is planned again.
    for (int last = 0; last < 8 && (!ended || replicasOn(nodes) > 0); ++last) {
        const ProgramRun run = m_run->console(queuedMoves() > 0 ? resume : evacuate);
        exitCode = run.exitCode;
        output = run.whole();
        ended = true;
        if (exitCode != 0 && (queuedMoves() > 0 || replicasOn(nodes) == 0))
            break; // it failed otherwise than by a move rolled back
    }
    QVERIFY2(exitCode == 0, qPrintable(u"seed %1: %2"_s.arg(seed).arg(output)));
    QCOMPARE(replicasOn(nodes), 0);

    // Every line of the journal reads; every move it holds ended Done or was rolled back, none
    // is left unfinished.
    const QStringList unreadable = JournalReading::read(m_run->journalPath()).unreadable;
    QVERIFY2(unreadable.isEmpty(),
             qPrintable(u"seed %1: %2"_s.arg(seed).arg(unreadable.join(u'\n'))));
    const QHash<QString, int> ends = lastStates();
    const int done = ends.value(u"Done"_s);
    const int rolledBack = ends.value(u"RolledBack"_s);
    QVERIFY2(
        done + rolledBack ==
            [&ends] {
                int all = 0;
                for (int count : ends)
                    all += count;
                return all;
            }(),
        qPrintable(u"seed %1: moves ended otherwise: %2"_s.arg(seed).arg(
            QStringList(ends.keyBegin(), ends.keyEnd()).join(u", "_s))));
    QCOMPARE(done, before);
    qInfo("%d replicas moved off %d nodes, %d moves rolled back, %d kills; at most %d moves at "
          "once",
          done, int(nodes.size()), rolledBack, killed, m_run->safety()->peakMoves());
    QVERIFY(m_run->safety()->peakMoves() <= 4);
    const QString broken = m_run->brokenRules();
    QVERIFY2(broken.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(seed).arg(broken)));
}

QTEST_GUILESS_MAIN(TestQueueKills)
#include "tst_queuekills.moc"
