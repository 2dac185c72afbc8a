// `cstor-console follow-disks POOL` against the simulator, checked with real kubectl: a pool's
// node is replaced by a new node with its disks (the moved-disks situation); a pool that did not
// move has nothing to do, a mistyped one gets the names it may have meant, a cordoned new node is
// refused with the way out, a dry run shows the CSPC edit and changes nothing, and the run points
// the pool at the new node, follows it until it is ONLINE there with its label set, audited,
// and its replicas Healthy again.
#include "tests/kubectl/simkubectl.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestFollowDisks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPoolThatDidNotMoveHasNothingToDo();
    void aMistypedPoolGetsTheNamesItMayMean();
    void aCordonedNodeIsRefused();
    void aDryRunShowsTheEditAndChangesNothing();
    void thePoolIsBackOnlineOnTheNodeOfItsDisks();

private:
    ProgramRun console(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }
    QString auditLog() const;

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
    QString m_pool;
    QString m_oldNode;
    QString m_newNode;
};

void TestFollowDisks::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 50;
    options.seed = 7;
    options.generateSpec = u"nodes=3,pools-per-node=1,volumes=3,replicas=2,volume-size=1Gi"_s;
    QVERIFY(m_sim->start(options));
    const QString problem = m_sim->reachSituation(u"moved-disks"_s, 120000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pool = get(u"pods"_s, u".items[?(@.status.phase==\"Pending\")].metadata.labels."
                            "openebs\\.io/cstor-pool-instance"_s);
    QVERIFY2(!m_pool.isEmpty() && !m_pool.contains(u' '), qPrintable(m_pool));
    m_oldNode = get(u"cspi/"_s + m_pool, u".spec.hostName"_s);
    m_newNode = m_oldNode + u"-new"_s;
}

ProgramRun TestFollowDisks::console(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

QString TestFollowDisks::auditLog() const
{
    QString all;
    QDirIterator files(m_sim->dir() + u"/data"_s, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll());
    }
    return all;
}

void TestFollowDisks::aPoolThatDidNotMoveHasNothingToDo()
{
    QString other;
    for (const QString &pool :
         get(u"cspi"_s, u".items[*].metadata.name"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (pool != m_pool)
            other = pool;
    }
    const ProgramRun run = console({u"follow-disks"_s, other});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Nothing to do: the disks of pool %1 are on its node"_s.arg(other)),
             qPrintable(run.out));
}

void TestFollowDisks::aMistypedPoolGetsTheNamesItMayMean()
{
    const ProgramRun run = console({u"follow-disks"_s, m_pool.right(4)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"did you mean %1"_s.arg(m_pool)), qPrintable(run.err));
}

void TestFollowDisks::aCordonedNodeIsRefused()
{
    QCOMPARE(m_sim->kubectl({u"cordon"_s, m_newNode}).exitCode, 0);
    const ProgramRun run = console({u"follow-disks"_s, m_pool, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Refused: node %1 is cordoned"_s.arg(m_newNode)),
             qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"kubectl uncordon %1"_s.arg(m_newNode)), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"nothing was changed"_s), qPrintable(run.err));
    QCOMPARE(m_sim->kubectl({u"uncordon"_s, m_newNode}).exitCode, 0);
    QCOMPARE(get(u"cspi/"_s + m_pool, u".spec.hostName"_s), m_oldNode);
}

void TestFollowDisks::aDryRunShowsTheEditAndChangesNothing()
{
    const QString before = get(u"cspc"_s, u".items[*].metadata.resourceVersion"_s);
    const ProgramRun run = console({u"follow-disks"_s, m_pool, u"--dry-run"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"Repoint"_s);
    QCOMPARE(plan.value("oldNode"_L1).toString(), m_oldNode);
    QCOMPARE(plan.value("newNode"_L1).toString(), m_newNode);
    const QJsonArray patch = plan.value("patch"_L1).toArray();
    QCOMPARE(patch.size(), 2);
    QCOMPARE(patch.at(0)["op"_L1].toString(), u"test"_s);
    QCOMPARE(patch.at(0)["value"_L1].toString(), m_oldNode);
    QCOMPARE(patch.at(1)["value"_L1].toString(), m_newNode);
    QVERIFY(patch.at(1)["path"_L1].toString().endsWith(u"/nodeSelector/kubernetes.io~1hostname"_s));
    QCOMPARE(get(u"cspc"_s, u".items[*].metadata.resourceVersion"_s), before);
}

void TestFollowDisks::thePoolIsBackOnlineOnTheNodeOfItsDisks()
{
    const ProgramRun run = console({u"follow-disks"_s, m_pool, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Pool %1 is ONLINE on node %2"_s.arg(m_pool, m_newNode)),
             qPrintable(run.out));
    const QString cspi = u"cspi/"_s + m_pool;
    QCOMPARE(get(cspi, u".spec.hostName"_s), m_newNode);
    QCOMPARE(get(cspi, u".metadata.labels.kubernetes\\.io/hostname"_s), m_newNode);
    QCOMPARE(get(cspi, u".status.phase"_s), u"ONLINE"_s);
    QVERIFY2(auditLog().contains(u"follow-disks"_s), qPrintable(auditLog()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList phases =
                m_sim
                    ->kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                               u"cstorpoolinstance.openebs.io/name="_s + m_pool, u"-o"_s,
                               u"jsonpath={.items[*].status.phase}"_s})
                    .out.split(u' ', Qt::SkipEmptyParts);
            return !phases.isEmpty() && phases.count(u"Healthy"_s) == phases.size();
        }(),
        60000);
    const ProgramRun again = console({u"follow-disks"_s, m_pool});
    QVERIFY2(again.exitCode == 0, qPrintable(again.whole()));
    QVERIFY2(again.out.contains(u"Nothing to do"_s), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestFollowDisks)
#include "tst_followdisks.moc"
