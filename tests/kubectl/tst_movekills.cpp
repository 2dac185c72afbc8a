// A single move, `cstor-console migrate VOLUME --from POOL --to POOL --yes`, survives kill -9 of
// the console at random moments. Each round moves one replica of one volume; the console is
// killed one to three times during it (after 0-4 progress lines and then 0-40 simulated
// seconds, so in any step and between steps) and started again as an operator would: the same
// migrate command (it resumes the move from the journal first) or `cstor-console queue resume`;
// the last run goes to the end. After every round the volume has its replica count of Healthy
// replicas on as many nodes, with the replica on the target; at the end every move of the journal
// ended Done or RolledBack, every line of it reads, and no replica was removed, nor a pool taken
// out of a volume, while the volume had fewer Healthy replicas than its count (the safety watch).
// CSTOR_MOVE_KILLS (default 24) and CSTOR_KILL_SEED (default 7) set the number of kills and the
// random points; a failure prints both, and the kill points.
#include "tests/common/journalreading.h"
#include "tests/kubectl/consoleonsim.h"
#include "tests/kubectl/killrun.h"

#include "models/sim/store/objectstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kCluster =
    u"nodes=5,pools-per-node=1,volumes=6,replicas=2,volume-size=1Gi,used=20%-40%,disk-size=20G"_s;
constexpr double kSpeed = 200;
constexpr int kSettleTimeoutMs = 60000;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

class TestMoveKills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomMomentsEachMoveEnds();

private:
    using Move = KillMove;

    Sim::ObjectStore *store() const { return m_run->sim()->sim()->store(); }
    QString context(quint32 seed) const;

    std::unique_ptr<ConsoleOnSim> m_run;
    QStringList m_points; // every kill, for a replay
};

void TestMoveKills::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_run = std::make_unique<ConsoleOnSim>();
    QVERIFY(m_run->start(kCluster, kSpeed));
}

QString TestMoveKills::context(quint32 seed) const
{
    return u"seed %1, kill points: %2"_s.arg(seed).arg(m_points.join(u"; "_s));
}

void TestMoveKills::killedAtRandomMomentsEachMoveEnds()
{
    const int kills = environmentNumber("CSTOR_MOVE_KILLS", 24);
    const quint32 seed = quint32(environmentNumber("CSTOR_KILL_SEED", 7));
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    const QStringList resume{u"queue"_s, u"resume"_s};

    int killed = 0;
    int rounds = 0;
    int restarts = 0;
    QStringList known; // the journal's moves of earlier rounds
    while (killed < kills) {
        const Move move = KillMove::draw(m_run.get(), rounds, &random);
        QVERIFY2(!move.volume.isEmpty(), qPrintable(context(seed)));
        const QStringList migrate{u"migrate"_s, move.volume, u"--from"_s, move.from,
                                  u"--to"_s,    move.to,     u"--yes"_s};
        const int killsThisMove = 1 + int(random.bounded(3));
        int killedThisMove = 0;
        bool ended = false;
        for (int run = 0; !ended && run < 20; ++run) {
            // Started again as an operator would: the same command, or the queue when the
            // journal holds the move unfinished.
            const JournalReading journal = JournalReading::read(m_run->journalPath());
            const QStringList moves = journal.movesOf(move.volume, known);
            const QString state =
                moves.isEmpty() ? QString() : journal.lastState.value(moves.last());
            if (state == "Done"_L1) {
                ended = true; // killed after the journal had it Done
                break;
            }
            // A move journalled but not started waits in the queue (paused when a console
            // restarts): the queue runs it. One under way is resumed by either.
            const bool waiting = state == "Planned"_L1 || state == "Preflight"_L1;
            const bool started = !state.isEmpty() && !JournalReading::isFinal(state) && !waiting;
            const QStringList &args =
                waiting || (started && random.bounded(2) == 0) ? resume : migrate;
            const bool kill = killedThisMove < killsThisMove;
            const KillPoint point = kill ? KillPoint::draw(&random, 4, 40) : KillPoint{1000000, 0};
            const KillRun result = KillRun::run(m_run.get(), args, point);
            if (result.killed) {
                ++killed;
                ++killedThisMove;
                m_points << u"round %1 %2 %3"_s.arg(rounds).arg(args.first(), point.describe());
                continue;
            }
            ++restarts;
            QVERIFY2(!result.crashed, qPrintable(u"%1: %2 crashed:\n%3"_s.arg(
                                          context(seed), args.join(u' '), result.output)));
            // Ended by itself: the move is done when the journal says so (a move rolled back
            // goes again); a run meant to go to the end must not fail.
            QVERIFY2(result.exitCode == 0 || kill,
                     qPrintable(u"%1: %2 ended %3:\n%4"_s.arg(context(seed), args.join(u' '))
                                    .arg(result.exitCode)
                                    .arg(result.output)));
            const JournalReading after = JournalReading::read(m_run->journalPath());
            const QStringList ids = after.movesOf(move.volume, known);
            ended = !ids.isEmpty() && after.lastState.value(ids.last()) == "Done"_L1;
        }
        QVERIFY2(ended,
                 qPrintable(u"%1: the move of %2 did not end"_s.arg(context(seed), move.volume)));
        known << JournalReading::read(m_run->journalPath()).movesOf(move.volume, known);
        QTRY_VERIFY2_WITH_TIMEOUT(
            KillMove::unsettled(m_run.get(), move.volume, move.to).isEmpty(),
            qPrintable(context(seed) + u": "_s +
                       KillMove::unsettled(m_run.get(), move.volume, move.to)),
            kSettleTimeoutMs);
        ++rounds;
    }

    // Every move the journal holds ended Done or was rolled back, and every line of it reads.
    const JournalReading journal = JournalReading::read(m_run->journalPath());
    QVERIFY2(journal.unreadable.isEmpty(),
             qPrintable(context(seed) + u": "_s + journal.unreadable.join(u'\n')));
    QVERIFY2(journal.notEnded().isEmpty(), qPrintable(context(seed) + u": moves not ended: "_s +
                                                      journal.notEnded().join(u", "_s)));
    const ProgramRun queue = m_run->console({u"queue"_s});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.whole()));
    QCOMPARE(journal.count(u"Done"_s), rounds);
    const QString broken = m_run->brokenRules();
    QVERIFY2(broken.isEmpty(), qPrintable(context(seed) + u": "_s + broken));
    qInfo("seed %u: %d kills of cstor-console migrate/queue resume over %d single moves "
          "(%d runs to the end), %d moves rolled back, %d journal lines; %.1f s",
          seed, killed, rounds, restarts, journal.count(u"RolledBack"_s), journal.lines,
          clock.elapsed() / 1000.0);
    qInfo("kill points: %s", qPrintable(m_points.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestMoveKills)
#include "tst_movekills.moc"
