// The window survives kill -9 in the middle of a move as the command line does. The move is
// started the way an operator starts one from a terminal, `cstor-console migrate ... --yes`,
// which is killed once the move is under way (after its ScalingUp line and 0-20 simulated
// seconds); then the window, `cstor-console --kubeconfig K` (a real process under the test's X
// server, on the journal the command line wrote), resumes it from the journal as it does on every
// start, and is killed at random moments: before it has synced (0-30 simulated seconds after it
// started) or after it resumed the move (its "resume" line in the audit log, then 0-60
// simulated seconds). The last window runs until the journal has the move ended, and is then
// closed. After every round the volume has its replica count of Healthy replicas on as many
// nodes, one on the target; at the end every move ended Done or RolledBack, every line of the
// journal reads, and the safety watch saw no replica removed nor a pool taken out of a volume
// while the volume had fewer Healthy replicas than its count.
// CSTOR_GUI_KILLS (default 10) and CSTOR_KILL_SEED (default 7) set the number of kills of the
// window and the random points; a failure prints both, and the kill points.
#include "tests/common/journalreading.h"
#include "tests/kubectl/consoleonsim.h"
#include "tests/kubectl/killrun.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kCluster =
    u"nodes=5,pools-per-node=1,volumes=6,replicas=2,volume-size=1Gi,used=30%-50%,disk-size=20G"_s;
constexpr double kSpeed = 200;
constexpr int kRunTimeoutMs = 120000;
constexpr int kSettleTimeoutMs = 60000;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

class TestGuiKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowKilledAtRandomMomentsFinishesTheMove();

private:
    using Move = KillMove;
    // Where a kill of the window lands: `delaySeconds` (simulated) after it started, or after it
    // resumed the move.
    struct WindowKill
    {
        bool afterResume = true;
        double delaySeconds = 0;
        QString describe() const
        {
            return u"%1+%2s"_s.arg(afterResume ? u"resumed"_s : u"started"_s)
                .arg(delaySeconds, 0, 'f', 1);
        }
    };
    struct WindowRun
    {
        bool killed = false;
        bool resumed = false;   // it wrote "resume" for the move into the audit log
        bool moveEnded = false; // the journal has the move Done or RolledBack
        qint64 pid = 0;
        QString output;
    };

    Sim::ObjectStore *store() const { return m_run->sim()->sim()->store(); }
    // The window on the cluster, on the command line's journal, until the kill (when `kill`)
    // or until the journal has the move `id` ended.
    WindowRun runWindow(const QString &id, const WindowKill *kill);
    QString context(quint32 seed) const
    {
        return u"seed %1, kill points: %2"_s.arg(seed).arg(m_points.join(u"; "_s));
    }

    // Whether the journal entry's console ("host:pid") was one of the windows.
    bool byWindow(const QString &owner) const
    {
        return m_windowPids.contains(owner.section(u':', -1).toLongLong());
    }

    std::unique_ptr<ConsoleOnSim> m_run;
    QStringList m_points;
    QSet<qint64> m_windowPids;
};

void TestGuiKills::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (!hasDisplay())
        QSKIP("the window needs a display (DISPLAY); tests/run-tests.sh provides one");
    m_run = std::make_unique<ConsoleOnSim>();
    QVERIFY(m_run->start(kCluster, kSpeed));
}

TestGuiKills::WindowRun TestGuiKills::runWindow(const QString &id, const WindowKill *kill)
{
    WindowRun result;
    const QString journal = m_run->journalPath();
    const QString audit = QFileInfo(journal).dir().filePath(u"audit.jsonl"_s);
    const qint64 auditStart = QFileInfo(audit).size();
    const QString volume = JournalReading::read(journal).volumeOf.value(id);
    QProcess window;
    QObject scope; // the watchers' and the kill's connections go with it
    QFileSystemWatcher files({journal, audit});
    Sim::SimClock *clock = m_run->sim()->sim()->clock();
    const auto arm = [&] {
        clock->callAfter(kill->delaySeconds, &scope, [&] {
            if (window.state() == QProcess::NotRunning || result.moveEnded)
                return;
            result.killed = true;
            window.kill(); // SIGKILL: nothing flushed, nothing undone
        });
    };
    QObject::connect(&files, &QFileSystemWatcher::fileChanged, &scope, [&](const QString &path) {
        if (path == journal) {
            result.moveEnded =
                JournalReading::isFinal(JournalReading::read(journal).lastState.value(id));
            return;
        }
        if (result.resumed)
            return;
        QFile file(audit);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(auditStart))
            return;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value("action"_L1).toString() == "resume"_L1 &&
                record.value("target"_L1).toString().contains(volume)) {
                result.resumed = true;
                if (kill && kill->afterResume)
                    arm();
                return;
            }
        }
    });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_run->sim()->dir() + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_run->sim()->dir() + u"/window-config"_s);
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.setStandardInputFile(QProcess::nullDevice());
    window.start(SimKubectl::consoleProgram(), {u"--kubeconfig"_s, m_run->sim()->kubeconfig()});
    if (!window.waitForStarted()) {
        result.output = window.errorString();
        return result;
    }
    result.pid = window.processId();
    if (kill && !kill->afterResume)
        arm();
    const bool ended = QTest::qWaitFor(
        [&] { return window.state() == QProcess::NotRunning || result.moveEnded; }, kRunTimeoutMs);
    if (window.state() != QProcess::NotRunning) {
        // The move ended (or nothing happened in time): the operator closes the window.
        window.terminate();
        if (!window.waitForFinished(10000)) {
            window.kill();
            window.waitForFinished();
        }
    }
    result.output = QString::fromUtf8(window.readAll());
    if (!ended)
        result.output += u"\n(the move did not end in %1 s)"_s.arg(kRunTimeoutMs / 1000);
    result.moveEnded = JournalReading::isFinal(JournalReading::read(journal).lastState.value(id));
    return result;
}

void TestGuiKills::windowKilledAtRandomMomentsFinishesTheMove()
{
    const int kills = environmentNumber("CSTOR_GUI_KILLS", 10);
    const quint32 seed = quint32(environmentNumber("CSTOR_KILL_SEED", 7));
    QRandomGenerator random(seed);
    QElapsedTimer elapsed;
    elapsed.start();

    int windowKills = 0;
    int commandKills = 0;
    int rounds = 0;
    int windows = 0;
    QStringList known;
    while (windowKills < kills) {
        const Move move = KillMove::draw(m_run.get(), rounds, &random);
        QVERIFY2(!move.volume.isEmpty(), qPrintable(context(seed)));
        // The move, started from a terminal and killed once under way.
        const KillPoint handover{1, random.bounded(20.0)};
        const KillRun started = KillRun::run(
            m_run.get(),
            {u"migrate"_s, move.volume, u"--from"_s, move.from, u"--to"_s, move.to, u"--yes"_s},
            handover);
        const QStringList ids =
            JournalReading::read(m_run->journalPath()).movesOf(move.volume, known);
        known << ids;
        ++rounds;
        QVERIFY2(
            !started.crashed,
            qPrintable(context(seed) + u": cstor-console migrate crashed:\n"_s + started.output));
        if (!started.killed) {
            // It ended before the kill: no move for the window this round.
            QVERIFY2(started.exitCode == 0, qPrintable(context(seed) + u": "_s + started.output));
            continue;
        }
        ++commandKills;
        m_points << u"round %1 migrate %2"_s.arg(rounds - 1).arg(handover.describe());
        QVERIFY2(ids.size() == 1,
                 qPrintable(context(seed) + u": moves journalled: "_s + ids.join(u", "_s)));
        const QString id = ids.first();
        const int killsThisMove = 1 + int(random.bounded(3));
        bool ended = false;
        for (int run = 0; !ended && run < 12; ++run) {
            WindowKill kill;
            kill.afterResume = random.bounded(4) != 0;
            kill.delaySeconds = kill.afterResume ? random.bounded(60.0) : random.bounded(30.0);
            const bool killing = run < killsThisMove && windowKills < kills;
            const WindowRun window = runWindow(id, killing ? &kill : nullptr);
            m_windowPids.insert(window.pid);
            ++windows;
            if (window.killed) {
                ++windowKills;
                m_points << u"round %1 window %2%3"_s.arg(rounds - 1)
                                .arg(kill.describe(),
                                     window.resumed ? QString() : u" (before it resumed)"_s);
            }
            ended = window.moveEnded;
            QVERIFY2(ended || window.killed,
                     qPrintable(u"%1: the window ended without ending the move:\n%2"_s.arg(
                         context(seed), window.output)));
        }
        QVERIFY2(ended, qPrintable(context(seed) + u": the move did not end"_s));
        const JournalReading after = JournalReading::read(m_run->journalPath());
        const QString state = after.lastState.value(id);
        QVERIFY2(state == "Done"_L1, qPrintable(context(seed) + u": the move ended "_s + state));
        // The command line was killed: a window finished the move.
        QVERIFY2(byWindow(after.lastOwner.value(id)),
                 qPrintable(context(seed) + u": the move's end was written by "_s +
                            after.lastOwner.value(id)));
        QTRY_VERIFY2_WITH_TIMEOUT(
            KillMove::unsettled(m_run.get(), move.volume, move.to).isEmpty(),
            qPrintable(context(seed) + u": "_s +
                       KillMove::unsettled(m_run.get(), move.volume, move.to)),
            kSettleTimeoutMs);
    }

    const JournalReading journal = JournalReading::read(m_run->journalPath());
    QVERIFY2(journal.unreadable.isEmpty(),
             qPrintable(context(seed) + u": "_s + journal.unreadable.join(u'\n')));
    QVERIFY2(journal.notEnded().isEmpty(), qPrintable(context(seed) + u": moves not ended: "_s +
                                                      journal.notEnded().join(u", "_s)));
    const ProgramRun queue = m_run->console({u"queue"_s});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.whole()));
    const QString broken = m_run->brokenRules();
    QVERIFY2(broken.isEmpty(), qPrintable(context(seed) + u": "_s + broken));
    int windowEntries = 0;
    int windowsWriting = 0;
    for (auto it = journal.entriesBy.begin(); it != journal.entriesBy.end(); ++it) {
        if (byWindow(it.key())) {
            windowEntries += it.value();
            ++windowsWriting;
        }
    }
    qInfo("seed %u: %d kills of the window and %d of cstor-console migrate handing the move to "
          "it, over %d moves (%d windows started, %d of them journalled %d steps; %d moves Done, "
          "%d rolled back); %.1f s",
          seed, windowKills, commandKills, rounds, windows, windowsWriting, windowEntries,
          journal.count(u"Done"_s), journal.count(u"RolledBack"_s), elapsed.elapsed() / 1000.0);
    qInfo("kill points: %s", qPrintable(m_points.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestGuiKills)
#include "tst_guikills.moc"
