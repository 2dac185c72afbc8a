// Disks moved while their node stays (the moved-disks-node-back situation): the node comes back
// Ready without them, its pool-manager fails to import the pool (PoolLost, the CSPI still says
// ONLINE). The doctor reports the pool and names follow-disks; `cstor-console follow-disks POOL`
// points it at the node of its disks, where it is imported; then the doctor no longer reports it.
// Checked with real kubectl.
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestFollowDisksNodeBack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDoctorNamesTheLostImportAndFollowDisks();
    void thePoolIsImportedOnTheNodeOfItsDisks();

private:
    ProgramRun console(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }
    // The doctor's pool-state finding about m_pool, or an empty object.
    QJsonObject poolFinding();

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
    QString m_pool;
    QString m_node;
};

void TestFollowDisksNodeBack::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 20;
    options.seed = 7;
    QVERIFY(m_sim->start(options));
    const QString problem = m_sim->reachSituation(u"moved-disks-node-back"_s, 120000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pool =
        get(u"cspi"_s, u".items[?(@.status.conditions[0].type==\"PoolLost\")].metadata.name"_s);
    QVERIFY2(!m_pool.isEmpty() && !m_pool.contains(u' '), qPrintable(m_pool));
    m_node = get(u"cspi/"_s + m_pool, u".spec.hostName"_s);
    // The node is back and Ready; the CSPI keeps its last phase.
    QCOMPARE(get(u"node/"_s + m_node, u".status.conditions[?(@.type==\"Ready\")].status"_s),
             u"True"_s);
    QCOMPARE(get(u"cspi/"_s + m_pool, u".status.phase"_s), u"ONLINE"_s);
}

ProgramRun TestFollowDisksNodeBack::console(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

QJsonObject TestFollowDisksNodeBack::poolFinding()
{
    const ProgramRun doctor = console({u"doctor"_s, u"-o"_s, u"json"_s});
    for (const QJsonValue &value : QJsonDocument::fromJson(doctor.out.toUtf8()).array()) {
        const QJsonObject finding = value.toObject();
        if (finding.value("rule"_L1).toString() == u"pool-state"_s &&
            finding.value("objects"_L1).toArray().contains(u"cspi/"_s + m_pool))
            return finding;
    }
    return {};
}

void TestFollowDisksNodeBack::theDoctorNamesTheLostImportAndFollowDisks()
{
    const QJsonObject finding = poolFinding();
    QVERIFY2(!finding.isEmpty(), "no pool-state finding about the pool");
    QCOMPARE(finding.value("severity"_L1).toString(), u"Critical"_s);
    QVERIFY2(finding.value("summary"_L1).toString().contains(u"cannot be imported"_s),
             qPrintable(finding.value("summary"_L1).toString()));
    QVERIFY2(finding.value("fix"_L1).toString().contains(u"cstor-console follow-disks "_s + m_pool),
             qPrintable(finding.value("fix"_L1).toString()));
}

void TestFollowDisksNodeBack::thePoolIsImportedOnTheNodeOfItsDisks()
{
    const QString newNode = m_node + u"-new"_s;
    const ProgramRun dry = console({u"follow-disks"_s, m_pool, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.out.contains(u"Point pool %1 at node %2"_s.arg(m_pool, newNode)),
             qPrintable(dry.out));
    const ProgramRun run = console({u"follow-disks"_s, m_pool, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Pool %1 is ONLINE on node %2"_s.arg(m_pool, newNode)),
             qPrintable(run.out));
    QCOMPARE(get(u"cspi/"_s + m_pool, u".spec.hostName"_s), newNode);
    QVERIFY2(m_sim->kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s})
                 .out.contains(u"Pool Imported"_s),
             "no Pool Imported event");
    // Imported after the last failed import: the doctor no longer reports the pool.
    QTRY_VERIFY_WITH_TIMEOUT(poolFinding().isEmpty(), 60000);
}

QTEST_GUILESS_MAIN(TestFollowDisksNodeBack)
#include "tst_followdisksnodeback.moc"
