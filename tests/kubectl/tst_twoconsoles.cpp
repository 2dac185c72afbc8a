// Consoles that see each other, with real console processes (each with its own journal, as on
// two operators' machines) against a simulated cluster in this process and real kubectl: two
// evacuations of overlapping nodes run at once and both finish, no volume ever having two
// moves at once; a move records itself on its CStorVolumeConfig (console.cstor.openebs.io/move)
// where `get moves` and kubectl show it, another console refuses a second move of that volume
// and refuses to adopt it while its console lives, adopts it once that console is killed and
// finishes it, and the killed console's journal then counts the move as done elsewhere. No
// replica is ever removed while its volume has fewer Healthy replicas (ConsoleOnSim).
#include "models/sim/simcluster.h"
#include "tests/kubectl/consoleonsim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 300000;
const QString kClaimPath = u".metadata.annotations.console\\.cstor\\.openebs\\.io/move"_s;

} // namespace

class TestTwoConsoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overlappingEvacuationsBothFinish();
    void aSilentConsolesMoveIsAdopted();

private:
    QString get(const QString &what, const QString &path)
    {
        return m_run->sim()->jsonpath(what, path);
    }
    QStringList nodesWithPools();
    QStringList volumes();
    QString claimsLeft();
    QJsonArray moves(const QString &operatorName);

    std::unique_ptr<ConsoleOnSim> m_run;
};

void TestTwoConsoles::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestTwoConsoles::init()
{
    m_run = std::make_unique<ConsoleOnSim>();
}

void TestTwoConsoles::cleanup()
{
    const QString broken = m_run->brokenRules();
    m_run.reset();
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

QStringList TestTwoConsoles::nodesWithPools()
{
    QStringList nodes = get(u"cspi"_s, u".items[*].spec.hostName"_s).split(u' ');
    nodes.removeDuplicates();
    nodes.sort();
    return nodes;
}

QStringList TestTwoConsoles::volumes()
{
    return get(u"cvc"_s, u".items[*].metadata.name"_s).split(u' ', Qt::SkipEmptyParts);
}

QString TestTwoConsoles::claimsLeft()
{
    return get(u"cvc"_s, u".items[*]"_s + kClaimPath);
}

QJsonArray TestTwoConsoles::moves(const QString &operatorName)
{
    const ProgramRun run = m_run->console({u"get"_s, u"moves"_s, u"-o"_s, u"json"_s}, operatorName);
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).array() : QJsonArray();
}

namespace {

// The lines of a console's output that say error, and the few after each (the moves a plan's
// error lists), for a failure message of a readable size.
QString errorLines(const QString &text)
{
    const QStringList all = text.split(u'\n');
    QStringList lines;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].contains(u"error"_s))
            lines << all.mid(i, 4);
    }
    return lines.join(u'\n');
}

} // namespace

void TestTwoConsoles::overlappingEvacuationsBothFinish()
{
    QVERIFY(m_run->start(u"nodes=8,pools-per-node=1,volumes=24,replicas=3,volume-size=1Gi-2Gi"_s));
    const QStringList nodes = nodesWithPools();
    const QStringList alice{nodes[0], nodes[1]};
    const QStringList bob{nodes[1], nodes[2]};
    const QStringList emptied{nodes[0], nodes[1], nodes[2]};
    const int toMove = int(m_run->replicasOnNodes(emptied).size());
    // As an operator does before taking nodes away: no plan puts replicas back on them.
    for (const QString &node : emptied)
        QCOMPARE(m_run->sim()->kubectl({u"cordon"_s, node}).exitCode, 0);

    ConsoleProcess first(*m_run,
                         {u"evacuate"_s, u"--node"_s, alice[0], u"--node"_s, alice[1], u"--yes"_s},
                         u"alice"_s);
    ConsoleProcess second(
        *m_run, {u"evacuate"_s, u"--node"_s, bob[0], u"--node"_s, bob[1], u"--yes"_s}, u"bob"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first.ended() && second.ended(), kRunTimeoutMs);
    // Both end cleanly: a move the other console did first is dropped, a target the other
    // console filled meanwhile is replaced, and nothing fails.
    for (const ConsoleProcess *console : {&first, &second}) {
        QVERIFY2(console->process.exitCode() == 0, qPrintable(console->whole()));
        QVERIFY2(!console->err.contains(u"error:"_s), qPrintable(errorLines(console->err)));
    }

    // kubectl: nothing on the three nodes, every volume at its count and settled, no move
    // recorded on any CVC any more.
    QCOMPARE(m_run->replicasOnNodes(emptied), QStringList());
    for (const QString &volume : volumes()) {
        const QString spec = get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s);
        QCOMPARE(get(u"cvc/"_s + volume, u".status.poolInfo[*]"_s), spec);
        QCOMPARE(int(spec.split(u' ').size()), 3);
    }
    QCOMPARE(claimsLeft(), QString());
    const auto left = [](const ConsoleProcess &console) {
        static const QRegularExpression leftOver(
            u"^(\\d+) (?:move was|moves were) left to another console"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = leftOver.match(console.out);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    };
    qInfo("%d replicas off 3 of 8 nodes by two consoles at once; left to the other console: "
          "alice %d, bob %d; at most %d moves at once",
          toMove, left(first), left(second), m_run->safety()->peakMoves());
    QCOMPARE(int(m_run->safety()->deleted().size()), toMove);
}

void TestTwoConsoles::aSilentConsolesMoveIsAdopted()
{
    // Rebuilds slow enough that the move is seen rebuilding, until the console is killed.
    QVERIFY(m_run->start(u"nodes=4,pools-per-node=1,volumes=1,replicas=3,volume-size=2Gi"_s, 10));
    m_run->sim()->sim()->setRebuildThroughput(1024 * 1024);
    const QString volume = volumes().value(0);
    const QStringList pools =
        get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s).split(u' ');
    QStringList free = get(u"cspi"_s, u".items[*].metadata.name"_s).split(u' ');
    for (const QString &pool : pools)
        free.removeAll(pool);
    QCOMPARE(free.size(), 1);
    const QString from = pools[0];
    const QString to = free[0];

    ConsoleProcess alice(
        *m_run, {u"migrate"_s, volume, u"--from"_s, from, u"--to"_s, to, u"--yes"_s}, u"alice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!get(u"cvc/"_s + volume, kClaimPath).isEmpty() || alice.ended(),
                             kRunTimeoutMs);
    QVERIFY2(!alice.ended(), qPrintable(alice.whole()));

    // Seen from another console: the move, who runs it, not silent.
    QJsonArray seen = moves(u"bob"_s);
    QCOMPARE(seen.size(), 1);
    QJsonObject move = seen.first().toObject();
    QCOMPARE(move.value(u"volume"_s).toString(), volume);
    QCOMPARE(move.value(u"from"_s).toString(), from);
    QCOMPARE(move.value(u"to"_s).toString(), to);
    QCOMPARE(move.value(u"step"_s).toString(), u"rebuilding"_s);
    QVERIFY(move.value(u"where"_s)
                .toString()
                .endsWith(u':' + QString::number(alice.process.processId())));
    QCOMPARE(move.value(u"silent"_s).toBool(), false);

    // A second move of the volume is refused, saying whose move is under way.
    const ProgramRun second = m_run->console(
        {u"migrate"_s, volume, u"--from"_s, pools[1], u"--to"_s, to, u"--yes"_s}, u"bob"_s);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"moves the replica on %1 to %2"_s.arg(from, to)),
             qPrintable(second.whole()));
    // Adopting is refused while its console lives.
    const ProgramRun early = m_run->console({u"adopt"_s, volume, u"--yes"_s}, u"bob"_s);
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(u"refusing to adopt"_s), qPrintable(early.whole()));

    // Its console dies mid-move: the record stays, now silent, and another console adopts it.
    alice.process.kill();
    QTRY_VERIFY_WITH_TIMEOUT(alice.ended(), kRunTimeoutMs);
    m_run->sim()->sim()->setRebuildThroughput(qint64(1) << 30);
    seen = moves(u"bob"_s);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().toObject().value(u"silent"_s).toBool(), true);
    const ProgramRun adopt = m_run->console({u"adopt"_s, volume, u"--yes"_s}, u"bob"_s);
    QVERIFY2(adopt.exitCode == 0, qPrintable(adopt.whole()));
    QVERIFY2(adopt.out.contains(u"Move of %1:"_s.arg(volume)), qPrintable(adopt.out));
    const QString after = get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s);
    QVERIFY2(after.contains(to) && !after.contains(from), qPrintable(after));
    QCOMPARE(int(after.split(u' ').size()), 3);
    QCOMPARE(get(u"cvc/"_s + volume, kClaimPath), QString());

    // The killed console's journal still holds the move: its next run counts it as done by
    // another console instead of touching the volume.
    const ProgramRun resumed = m_run->console({u"queue"_s, u"resume"_s}, u"alice"_s);
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 1, qPrintable(resumed.whole()));
    QVERIFY2(resumed.whole().contains(u"another console finished this move"_s),
             qPrintable(resumed.whole()));
    QCOMPARE(get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s), after);
    QCOMPARE(get(u"cvc/"_s + volume, kClaimPath), QString());
}

QTEST_GUILESS_MAIN(TestTwoConsoles)
#include "tst_twoconsoles.moc"
