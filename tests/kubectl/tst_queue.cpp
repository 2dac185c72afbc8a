// The queue an operator controls, with the real console binary against a simulated cluster in
// this process and real kubectl: Ctrl-C during an evacuation pauses the queue (the running
// move finishes, the others stay in the journal), a new plan is refused beside them, and
// `queue resume` runs them to the end; `queue pause` from another terminal holds back the
// moves of a running evacuation until `queue resume`; a maintenance window holds moves back
// until it is changed; waiting moves are reordered and cancelled; bad command lines exit 2.
// No replica is ever removed while its volume has fewer Healthy replicas (ConsoleOnSim).
#include "tests/kubectl/consoleonsim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 300000;
const QString kCluster = u"nodes=6,pools-per-node=1,volumes=12,replicas=3,volume-size=1Gi-2Gi"_s;

} // namespace

class TestQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlCPausesAndQueueResumeFinishes();
    void pauseFromAnotherTerminal();
    void windowHoldsMovesBack();
    void runningMoveCancelledFromAnotherTerminal();
    void waitingMovesAreReorderedAndCancelled();
    void badCommandLines();

private:
    QString firstNode();
    int replicasOn(const QString &node) { return int(m_run->replicasOnNodes({node}).size()); }
    QJsonObject queue();
    // The journal's lines from the first queue record whose action is `from` to the first
    // after it whose action is `to`: the moves' actions written meanwhile.
    QStringList actionsBetween(const QString &from, const QString &to);
    // Starts an evacuation of the first node and interrupts it (Ctrl-C) once a move rebuilds;
    // checks that it paused.
    void interruptedEvacuation();

    std::unique_ptr<ConsoleOnSim> m_run;
};

void TestQueue::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestQueue::init()
{
    m_run = std::make_unique<ConsoleOnSim>();
    QVERIFY(m_run->start(kCluster));
}

void TestQueue::cleanup()
{
    const QString broken = m_run->brokenRules();
    m_run.reset();
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

QString TestQueue::firstNode()
{
    QStringList nodes = m_run->sim()->jsonpath(u"cspi"_s, u".items[*].spec.hostName"_s).split(u' ');
    nodes.sort();
    return nodes.value(0);
}

QJsonObject TestQueue::queue()
{
    const ProgramRun run = m_run->console({u"queue"_s, u"-o"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.whole()));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList TestQueue::actionsBetween(const QString &from, const QString &to)
{
    QFile file(m_run->journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return {u"no journal"_s};
    QStringList actions;
    bool inside = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const bool queueRecord = entry.value(u"kind"_s).toString() == u"queue"_s;
        const QString action = entry.value(u"action"_s).toString();
        if (queueRecord && !inside && action == from) {
            inside = true;
        } else if (queueRecord && inside && action == to) {
            return actions;
        } else if (inside && !queueRecord && !action.isEmpty()) {
            actions << action;
        }
    }
    return {u"no record %1 followed by %2"_s.arg(from, to)};
}

void TestQueue::interruptedEvacuation()
{
    ConsoleProcess evacuate(*m_run, {u"evacuate"_s, u"--node"_s, firstNode(), u"--yes"_s});
    bool interrupted = false;
    QObject::connect(&evacuate.process, &QProcess::readyReadStandardOutput, &evacuate.process, [&] {
        if (!interrupted && evacuate.out.contains(u" Rebuilding"_s)) {
            interrupted = true;
            ::kill(pid_t(evacuate.process.processId()), SIGINT);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.ended(), kRunTimeoutMs);
    evacuate.out += QString::fromUtf8(evacuate.process.readAllStandardOutput());
    evacuate.err += QString::fromUtf8(evacuate.process.readAllStandardError());
    QVERIFY2(interrupted && evacuate.process.exitStatus() == QProcess::NormalExit &&
                 evacuate.process.exitCode() == 1 &&
                 evacuate.err.contains(u"Interrupted: the queue is paused"_s) &&
                 evacuate.err.contains(u"cstor-console queue resume"_s) &&
                 evacuate.out.contains(u" Done"_s),
             qPrintable(evacuate.whole()));
}

void TestQueue::ctrlCPausesAndQueueResumeFinishes()
{
    const QString node = firstNode();
    const int before = replicasOn(node);
    QVERIFY(before >= 3);
    interruptedEvacuation();
    if (QTest::currentTestFailed())
        return;
    // The move that rebuilt at Ctrl-C finished; the others wait, paused, in the journal.
    const QJsonObject paused = queue();
    QVERIFY2(paused.value(u"paused"_s).toBool(), QJsonDocument(paused).toJson().constData());
    QVERIFY(paused.value(u"reason"_s).toString().contains(u"Ctrl-C"_s));
    const QJsonArray moves = paused.value(u"moves"_s).toArray();
    QVERIFY(!moves.isEmpty());
    for (const QJsonValue &move : moves) {
        QVERIFY(move.toObject().value(u"waiting"_s).toBool());
        QCOMPARE(move.toObject().value(u"runBy"_s).toString(), QString());
    }
    const int left = replicasOn(node);
    QVERIFY2(
        left < before && left == moves.size(),
        qPrintable(u"%1 before, %2 left, %3 waiting"_s.arg(before).arg(left).arg(moves.size())));

    const ProgramRun listed = m_run->console({u"queue"_s});
    QVERIFY2(listed.exitCode == 0 && listed.out.contains(u"Paused: interrupted by"_s) &&
                 listed.out.contains(u"Waiting"_s) && listed.out.contains(u"resume runs it"_s),
             qPrintable(listed.whole()));

    // A new plan is refused while the queue holds waiting moves.
    const ProgramRun refused = m_run->console({u"evacuate"_s, u"--node"_s, node, u"--yes"_s});
    QCOMPARE(refused.exitCode, 1);
    const QString plural = moves.size() == 1 ? QString() : u"s"_s; // "1 move", "2 moves"
    QVERIFY2(refused.err.contains(
                 u"still holds %1 move%2 waiting"_s.arg(QString::number(moves.size()), plural)),
             qPrintable(refused.whole()));

    // queue resume runs them to the end here.
    const ProgramRun resumed = m_run->console({u"queue"_s, u"resume"_s});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.whole()));
    QVERIFY2(resumed.out.contains(
                 u"the queue: %1 replica%2 moved"_s.arg(QString::number(moves.size()), plural)),
             qPrintable(resumed.whole()));
    QCOMPARE(replicasOn(node), 0);
    QVERIFY(!queue().value(u"paused"_s).toBool());
    QCOMPARE(queue().value(u"moves"_s).toArray().size(), 0);
}

void TestQueue::pauseFromAnotherTerminal()
{
    const QString node = firstNode();
    ConsoleProcess evacuate(*m_run, {u"evacuate"_s, u"--node"_s, node, u"--yes"_s});
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.out.contains(u" Rebuilding"_s) || evacuate.ended(),
                             kRunTimeoutMs);
    QVERIFY2(!evacuate.ended(), qPrintable(evacuate.whole()));
    const ProgramRun pause =
        m_run->console({u"queue"_s, u"pause"_s, u"--reason"_s, u"vendor on site"_s});
    QVERIFY2(pause.exitCode == 0 && pause.out.contains(u"Paused the queue"_s),
             qPrintable(pause.whole()));
    // The running console follows the journal: it says so, lets its running move finish and
    // starts none.
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.out.contains(u"Queue paused: by"_s) || evacuate.ended(),
                             kRunTimeoutMs);
    QVERIFY2(evacuate.out.contains(u"vendor on site"_s), qPrintable(evacuate.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(
        queue().value(u"moves"_s).toArray().size() > 0 &&
            queue().value(u"moves"_s).toArray().first().toObject().value(u"waiting"_s) == true,
        kRunTimeoutMs);
    const QJsonArray waiting = queue().value(u"moves"_s).toArray();
    QVERIFY(waiting.first().toObject().value(u"runBy"_s).toString().contains(u"pid"_s));
    QVERIFY(!evacuate.ended());

    // queue resume leaves the moves to the console that runs them, which goes on to the end.
    const ProgramRun resume = m_run->console({u"queue"_s, u"resume"_s});
    QVERIFY2(resume.exitCode == 0 && resume.out.contains(u"runs its moves and goes on"_s),
             qPrintable(resume.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.ended(), kRunTimeoutMs);
    QVERIFY2(evacuate.process.exitCode() == 0, qPrintable(evacuate.whole()));
    QVERIFY(evacuate.out.contains(u"Queue running"_s));
    QCOMPARE(replicasOn(node), 0);
    // While paused, no move was started.
    const QStringList meanwhile = actionsBetween(u"pause"_s, u"resume"_s);
    QVERIFY2(!meanwhile.contains(u"scale-up"_s), qPrintable(meanwhile.join(u", "_s)));
    qInfo("written to the journal while paused: %s", qPrintable(meanwhile.join(u", "_s)));
}

void TestQueue::windowHoldsMovesBack()
{
    const QString node = firstNode();
    // A window that opened two hours from now: nothing may start.
    const QTime now = QTime::currentTime();
    const QString window = u"%1-%2"_s.arg(now.addSecs(7200).toString(u"HH:mm"_s),
                                          now.addSecs(10800).toString(u"HH:mm"_s));
    ConsoleProcess evacuate(*m_run,
                            {u"evacuate"_s, u"--node"_s, node, u"--window"_s, window, u"--yes"_s});
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.out.contains(u"waiting for the maintenance window"_s) ||
                                 evacuate.ended(),
                             kRunTimeoutMs);
    QVERIFY2(!evacuate.ended(), qPrintable(evacuate.whole()));
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    QVERIFY2(evacuate.out.contains(window + u' ' + zone), qPrintable(evacuate.whole()));
    QVERIFY2(evacuate.out.contains(u"Moves start only between %1 %2"_s.arg(window, zone)),
             qPrintable(evacuate.whole()));

    // The operator opens the window now: the moves start and the node is emptied.
    const ProgramRun set = m_run->console({u"queue"_s, u"set"_s, u"--window"_s, u"none"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.ended(), kRunTimeoutMs);
    QVERIFY2(evacuate.process.exitCode() == 0, qPrintable(evacuate.whole()));
    QCOMPARE(replicasOn(node), 0);
    const QStringList before = actionsBetween(u"window"_s, u"set"_s);
    QVERIFY2(!before.contains(u"scale-up"_s), qPrintable(before.join(u", "_s)));
}

// `queue cancel ID` of a move another console is rebuilding: that console rolls it back (the
// new replica removed, the old one kept); meanwhile the move still shows as run by it.
void TestQueue::runningMoveCancelledFromAnotherTerminal()
{
    // Rebuilds of about 20 s, so that the cancel surely lands while the move rebuilds.
    m_run->sim()->sim()->setRebuildThroughput(qint64(1024) * 1024);
    const QString node = firstNode();
    const int before = replicasOn(node);
    ConsoleProcess evacuate(*m_run, {u"evacuate"_s, u"--node"_s, node, u"--yes"_s});
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.out.contains(u" Rebuilding"_s) || evacuate.ended(),
                             kRunTimeoutMs);
    QVERIFY2(!evacuate.ended(), qPrintable(evacuate.whole()));
    QJsonObject running;
    for (const QJsonValue &move : queue().value(u"moves"_s).toArray()) {
        if (!move.toObject().value(u"waiting"_s).toBool())
            running = move.toObject();
    }
    QVERIFY(!running.isEmpty());
    const QString id = running.value(u"id"_s).toString();
    const ProgramRun cancel = m_run->console({u"queue"_s, u"cancel"_s, id});
    QVERIFY2(cancel.exitCode == 0 && cancel.out.contains(u"rolls it back"_s),
             qPrintable(cancel.whole()));
    // The cancel request does not make the move look abandoned.
    for (const QJsonValue &move : queue().value(u"moves"_s).toArray()) {
        if (move.toObject().value(u"id"_s).toString() == id)
            QVERIFY(move.toObject().value(u"runBy"_s).toString().contains(u"pid"_s));
    }
    const QString volume = running.value(u"volume"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.out.contains(volume + u" RolledBack"_s) || evacuate.ended(),
                             kRunTimeoutMs);
    QVERIFY2(evacuate.out.contains(volume + u" RolledBack"_s), qPrintable(evacuate.whole()));
    m_run->sim()->sim()->setRebuildThroughput(qint64(5) * 1024 * 1024); // the default again
    QTRY_VERIFY_WITH_TIMEOUT(evacuate.ended(), kRunTimeoutMs);
    // The others moved; the cancelled one's replica stayed, so the node is not empty.
    QCOMPARE(evacuate.process.exitCode(), 1);
    QCOMPARE(replicasOn(node), 1);
    QVERIFY(before > 1);
}

void TestQueue::waitingMovesAreReorderedAndCancelled()
{
    interruptedEvacuation();
    if (QTest::currentTestFailed())
        return;
    const QJsonArray moves = queue().value(u"moves"_s).toArray();
    QVERIFY(moves.size() >= 2);
    const QString last = moves.last().toObject().value(u"id"_s).toString();
    const QString first = moves.first().toObject().value(u"id"_s).toString();

    const ProgramRun moved = m_run->console({u"queue"_s, u"move"_s, last, u"1"_s});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.whole()));
    QCOMPARE(queue().value(u"moves"_s).toArray().first().toObject().value(u"id"_s).toString(),
             last);

    const ProgramRun cancelled = m_run->console({u"queue"_s, u"cancel"_s, first});
    QVERIFY2(cancelled.exitCode == 0 && cancelled.out.contains(first + u' '),
             qPrintable(cancelled.whole()));
    QCOMPARE(queue().value(u"moves"_s).toArray().size(), moves.size() - 1);
    const ProgramRun unknown = m_run->console({u"queue"_s, u"cancel"_s, first});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"holds no move "_s + first));

    const ProgramRun all = m_run->console({u"queue"_s, u"cancel"_s, u"--all"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.whole()));
    QCOMPARE(queue().value(u"moves"_s).toArray().size(), 0);
    // Still paused with nothing waiting: the next plan resumes it and runs.
    QVERIFY(queue().value(u"paused"_s).toBool());
    const ProgramRun again = m_run->console({u"evacuate"_s, u"--node"_s, firstNode(), u"--yes"_s});
    QVERIFY2(again.exitCode == 0 && again.out.contains(u"The queue was paused"_s),
             qPrintable(again.whole()));
    QCOMPARE(replicasOn(firstNode()), 0);
}

void TestQueue::badCommandLines()
{
    const struct
    {
        QStringList args;
        QString says;
    } lines[] = {
        {{u"queue"_s, u"frobnicate"_s}, u"unknown queue action"_s},
        {{u"queue"_s, u"cancel"_s}, u"--all"_s},
        {{u"queue"_s, u"set"_s}, u"--window"_s},
        {{u"queue"_s, u"pause"_s, u"--max-total"_s, u"2"_s}, u"queue set"_s},
        {{u"queue"_s, u"set"_s, u"--window"_s, u"25:00-01:00"_s}, u"does not exist"_s},
        {{u"queue"_s, u"set"_s, u"--window"_s, u"10:00-10:00"_s}, u"same minute"_s},
        {{u"queue"_s, u"move"_s, u"abc"_s}, u"position"_s},
        {{u"evacuate"_s, u"--node"_s, u"x"_s, u"--window"_s, u"tonight"_s}, u"HH:MM-HH:MM"_s},
    };
    for (const auto &line : lines) {
        const ProgramRun run = m_run->console(line.args);
        QVERIFY2(run.exitCode == 2 && run.err.contains(line.says),
                 qPrintable(line.args.join(u' ') + u": "_s + run.whole()));
    }
}

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
