// Two nodes with pools of one pool cluster replaced at once, each by a new node with its disks
// (the moved-disks-two-nodes situation, on the seed cluster): the webhook refuses any edit of the
// CSPC while a pool spec names a gone node, so `cstor-console follow-disks POOL` points both pool
// specs at their new nodes in one edit, then follows each pool until it is ONLINE there with its
// label set; the volumes are Healthy again with all their replicas. Checked with real kubectl.
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestFollowDisksTwoNodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDryRunPointsBothPoolSpecsInOneEdit();
    void bothPoolsAreOnlineOnTheNodesOfTheirDisks();

private:
    ProgramRun console(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
    QStringList m_pools; // the two whose nodes were replaced
};

void TestFollowDisksTwoNodes::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 20;
    options.seed = 7;
    QVERIFY(m_sim->start(options));
    const QString problem = m_sim->reachSituation(u"moved-disks-two-nodes"_s, 120000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pools = get(u"pods"_s, u".items[?(@.status.phase==\"Pending\")].metadata.labels."
                             "openebs\\.io/cstor-pool-instance"_s)
                  .split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(m_pools.size(), 2);
}

ProgramRun TestFollowDisksTwoNodes::console(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

void TestFollowDisksTwoNodes::theDryRunPointsBothPoolSpecsInOneEdit()
{
    const QString before = get(u"cspc"_s, u".items[*].metadata.resourceVersion"_s);
    // Flags before the verb, as kubectl takes them.
    const ProgramRun run =
        console({u"-o"_s, u"json"_s, u"follow-disks"_s, m_pools.first(), u"--dry-run"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"Repoint"_s);
    const QJsonArray alongside = plan.value("alongside"_L1).toArray();
    QCOMPARE(alongside.size(), 1);
    const QJsonObject other = alongside.first().toObject();
    QCOMPARE(other.value("pool"_L1).toString(), m_pools.last());
    QCOMPARE(other.value("newNode"_L1).toString(),
             other.value("oldNode"_L1).toString() + u"-new"_s);
    const QJsonArray patch = plan.value("patch"_L1).toArray();
    QCOMPARE(patch.size(), 4);
    QCOMPARE(patch.at(2)["op"_L1].toString(), u"test"_s);
    QCOMPARE(patch.at(2)["value"_L1].toString(), other.value("oldNode"_L1).toString());
    QCOMPARE(patch.at(3)["value"_L1].toString(), other.value("newNode"_L1).toString());
    QCOMPARE(get(u"cspc"_s, u".items[*].metadata.resourceVersion"_s), before);

    const ProgramRun text = console({u"follow-disks"_s, m_pools.first(), u"--dry-run"_s});
    QVERIFY2(text.out.contains(u"In the same edit, point pool %1"_s.arg(m_pools.last())),
             qPrintable(text.whole()));
}

void TestFollowDisksTwoNodes::bothPoolsAreOnlineOnTheNodesOfTheirDisks()
{
    const QStringList oldNodes{get(u"cspi/"_s + m_pools.first(), u".spec.hostName"_s),
                               get(u"cspi/"_s + m_pools.last(), u".spec.hostName"_s)};
    const ProgramRun run = console({u"follow-disks"_s, m_pools.first(), u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"are ONLINE, each on the node of its disks"_s), qPrintable(run.out));
    for (int i = 0; i < 2; ++i) {
        const QString cspi = u"cspi/"_s + m_pools.at(i);
        const QString newNode = oldNodes.at(i) + u"-new"_s;
        QCOMPARE(get(cspi, u".spec.hostName"_s), newNode);
        QCOMPARE(get(cspi, u".metadata.labels.kubernetes\\.io/hostname"_s), newNode);
        QCOMPARE(get(cspi, u".status.phase"_s), u"ONLINE"_s);
    }
    // The volumes back with every replica Healthy, their targets agreeing (volumes with both
    // replicas on the two nodes were Offline).
    const auto allHealthy = [&](const QString &kind) {
        const QStringList phases =
            get(kind, u".items[*].status.phase"_s).split(u' ', Qt::SkipEmptyParts);
        return !phases.isEmpty() && phases.count(u"Healthy"_s) == phases.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(u"cvr"_s) && allHealthy(u"cv"_s), 120000);
    for (const QString &pool : m_pools) {
        const ProgramRun again = console({u"follow-disks"_s, pool});
        QVERIFY2(again.exitCode == 0, qPrintable(again.whole()));
        QVERIFY2(again.out.contains(u"Nothing to do"_s), qPrintable(again.out));
    }
}

QTEST_GUILESS_MAIN(TestFollowDisksTwoNodes)
#include "tst_followdiskstwonodes.moc"
