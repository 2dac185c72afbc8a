// `cstor-console rebalance`, the real binary against a simulated cluster in this process,
// checked with real kubectl: a volume that writes until its two pools stand out makes a spread
// the plan brings down to the spread its dry run promised, and kubectl then reads the pools'
// used capacity within it,
// with every volume at its replica count and Healthy and no replica removed while its volume
// had fewer Healthy replicas than before; a spread already within the target moves nothing; a
// target no plan can reach is refused with the spread it would reach; bad command lines exit 2.
#include "tests/kubectl/consoleonsim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestRebalance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSpreadIsBroughtUnderTheTarget();
    void refusedWhenNoPlanReachesTheTarget();
    void badCommandLines();

private:
    QString get(const QString &what, const QString &path)
    {
        return m_run->sim()->jsonpath(what, path);
    }
    int spread(); // the pools' used % as kubectl reads them: highest less lowest

    bool start(const QString &generate) { return m_run->start(generate); }
    ProgramRun console(const QStringList &args) const { return m_run->console(args); }

    std::unique_ptr<ConsoleOnSim> m_run;
};

void TestRebalance::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestRebalance::init()
{
    m_run = std::make_unique<ConsoleOnSim>();
}

void TestRebalance::cleanup()
{
    const QString broken = m_run->brokenRules();
    m_run.reset();
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

int TestRebalance::spread()
{
    const ProgramRun pools = m_run->sim()->kubectl(
        {u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
         u"jsonpath={range .items[*]}{.status.capacity.used} {.status.capacity.total}{\"\\n\"}{end}"_s});
    int lowest = 100;
    int highest = 0;
    for (const QString &line : pools.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u' ');
        // The simulator writes both in M (10^6 bytes), as the pool-manager does.
        const double used = parts.value(0).chopped(1).toDouble();
        const double total = parts.value(1).chopped(1).toDouble();
        const int percent = total > 0 ? int(used * 100 / total) : 0;
        lowest = std::min(lowest, percent);
        highest = std::max(highest, percent);
    }
    return highest - lowest;
}

void TestRebalance::aSpreadIsBroughtUnderTheTarget()
{
    QVERIFY(start(u"nodes=6,pools-per-node=1,volumes=12,replicas=2,volume-size=1Gi-3Gi"_s));
    ProgramRun run = console({u"rebalance"_s, u"--dry-run"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"within 10 points already: nothing to move"_s), qPrintable(run.out));

    // The largest volume writes until its two pools stand out, then stops.
    QString largest;
    qint64 largestSize = 0;
    for (
        const QString &line :
        m_run->sim()
            ->kubectl(
                {u"get"_s, u"cvc"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                 u"jsonpath={range .items[*]}{.metadata.name} {.spec.provision.capacity.storage}{\"\\n\"}{end}"_s})
            .out.split(u'\n', Qt::SkipEmptyParts)) {
        const qint64 size = line.section(u' ', 1).chopped(2).toLongLong();
        if (size > largestSize) {
            largestSize = size;
            largest = line.section(u' ', 0, 0);
        }
    }
    QVERIFY(!largest.isEmpty());
    const auto write = [&](qint64 bytesPerSecond) {
        return m_run->sim()
            ->postSim(u"workload"_s,
                      {{u"volume"_s, largest}, {u"writeBytesPerSecond"_s, double(bytesPerSecond)}})
            .exitCode;
    };
    // The spread the best plan reaches (a 2 GiB replica is a quarter of a pool: the pools may
    // not get within 10 points), as the target of the run. A spread may have no plan that
    // narrows it (the only replicas that could leave would make their target fuller): the
    // volume then writes on.
    QJsonObject plan;
    int before = 0;
    for (int round = 0; round < 4 && plan.value("moves"_L1).toArray().isEmpty(); ++round) {
        QCOMPARE(write(20LL << 20), 0);
        const int from = spread();
        QTRY_VERIFY_WITH_TIMEOUT(spread() > std::max(12, from), 60000);
        QCOMPARE(write(0), 0);
        before = spread();
        run = console({u"rebalance"_s, u"--dry-run"_s, u"-o"_s, u"json"_s});
        plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(plan.value("kind"_L1).toString(), u"RebalancePlan"_s);
    }
    QVERIFY2(!plan.value("moves"_L1).toArray().isEmpty(), qPrintable(run.whole()));
    // The pools' used bytes may still move by a resync's worth after the writes stop: the run
    // plans again on what it then reads, with two points to spare.
    int target = std::max(10, std::min(before - 1, plan.value("spreadAfter"_L1).toInt() + 2));
    QVERIFY2(target < before, qPrintable(run.out));
    run = console({u"rebalance"_s, u"--max-spread"_s, QString::number(target), u"--yes"_s, u"-o"_s,
                   u"json"_s});
    // On a loaded machine the pools may move by more than that before the run reads them: it
    // refuses and names the spread its best plan reaches; that one, if still a narrowing, runs.
    const QRegularExpressionMatch reachable =
        QRegularExpression(u"Run with --max-spread (\\d+) to apply that plan"_s).match(run.err);
    if (run.exitCode == 1 && reachable.hasMatch() && reachable.captured(1).toInt() < before) {
        target = reachable.captured(1).toInt();
        run = console({u"rebalance"_s, u"--max-spread"_s, QString::number(target), u"--yes"_s,
                       u"-o"_s, u"json"_s});
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    const QJsonObject ran = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(ran.value("kind"_L1).toString(), u"RebalancePlan"_s);
    qInfo("spread %d points before, %d after (kubectl; target %d); %lld replica(s) moved, %lld "
          "in the plan it ran, %lld in the dry run's",
          before, spread(), target, qint64(m_run->safety()->deleted().size()),
          qint64(ran.value("moves"_L1).toArray().size()),
          qint64(plan.value("moves"_L1).toArray().size()));
    QCOMPARE(int(m_run->safety()->deleted().size()), int(ran.value("moves"_L1).toArray().size()));
    QVERIFY2(spread() <= target, qPrintable(QString::number(spread())));
    for (const QString &cvc :
         m_run->sim()
             ->kubectl({u"get"_s, u"cvc"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s})
             .out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString pools = get(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s);
        QCOMPARE(get(cvc, u".status.poolInfo[*]"_s), pools);
        QCOMPARE(int(pools.split(u' ').size()), 2);
        QTRY_COMPARE_WITH_TIMEOUT(get(u"cv/"_s + cvc.section(u'/', 1), u".status.phase"_s),
                                  u"Healthy"_s, 60000);
    }
}

void TestRebalance::refusedWhenNoPlanReachesTheTarget()
{
    // The seed: pools 25 points apart, and the only replica that could leave the fullest would
    // make its target fuller than the pool it relieved.
    QVERIFY(start({}));
    QVERIFY(spread() > 10);
    const ProgramRun run = console({u"rebalance"_s, u"-o"_s, u"json"_s, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"RebalancePlan"_s);
    QVERIFY(plan.value("moves"_L1).toArray().isEmpty());
    QCOMPARE(plan.value("spreadAfter"_L1).toInt(), plan.value("spreadBefore"_L1).toInt());
    QVERIFY2(plan.value("notes"_L1).toArray().first().toString().contains(u"stays below it"_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"refusing to rebalance every pool cluster"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Run with --max-spread "_s), qPrintable(run.err));
    QVERIFY(m_run->safety()->deleted().isEmpty());
}

void TestRebalance::badCommandLines()
{
    QVERIFY(start({}));
    ProgramRun run = console({u"rebalance"_s, u"--max-spread"_s, u"0"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--max-spread takes a whole number"_s), qPrintable(run.err));
    run = console({u"rebalance"_s, u"cspc-stripe-pool"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--pool-cluster"_s), qPrintable(run.err));
    run = console({u"rebalance"_s, u"--pool-cluster"_s, u"cspc-stripe-pol"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no cStor pool belongs to a pool cluster named cspc-stripe-pol"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"cspc-stripe-pool"_s), qPrintable(run.err)); // did you mean
    run = console({u"rebalance"_s, u"--max-total"_s, u"x"_s});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRebalance)
#include "tst_rebalance.moc"
