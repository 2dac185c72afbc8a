// `cstor-console replace-disk POOL` against the simulator, checked with real
// kubectl: on a cluster of mirror pools one disk fails (the failed-disk
// situation); the doctor names the fix, a dry run shows the edit and changes
// nothing, a working disk is refused while its partner has failed, and the
// replacement brings the pool back ONLINE with the node's spare resilvered, the
// CSPC and the claims as upstream leaves them, every volume Healthy throughout.
// A stripe pool's failed disk is refused with the way out, and a mistyped pool
// gets the names it may have meant.
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestReplaceDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failedMirrorDiskIsReplacedAndResilvered();
    void stripePoolIsRefusedWithTheWayOut();

private:
    bool start(const QString &raid);
    QString degradedPool();
    ProgramRun console(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }
    void allVolumesHealthy();

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestReplaceDisk::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
}

void TestReplaceDisk::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestReplaceDisk::cleanup()
{
    m_sim.reset();
}

bool TestReplaceDisk::start(const QString &raid)
{
    SimHarness::Options options;
    options.speed = 50;
    options.seed = 5;
    options.generateSpec =
        u"nodes=4,pools-per-node=1,volumes=4,replicas=3,volume-size=1Gi-2Gi,raid="_s + raid;
    return m_sim->start(options);
}

QString TestReplaceDisk::degradedPool()
{
    const QStringList pools =
        m_sim->kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s})
            .out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &pool : pools) {
        if (get(pool, u".status.phase"_s) == "DEGRADED"_L1)
            return pool.section(u'/', 1);
    }
    return {};
}

ProgramRun TestReplaceDisk::console(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

void TestReplaceDisk::allVolumesHealthy()
{
    for (const QString &phase : m_sim
                                    ->kubectl({u"get"_s, u"cv"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                               u"jsonpath={.items[*].status.phase}"_s})
                                    .out.split(u' ')) {
        QCOMPARE(phase, u"Healthy"_s);
    }
}

void TestReplaceDisk::failedMirrorDiskIsReplacedAndResilvered()
{
    QVERIFY(start(u"mirror"_s));
    const QString problem = m_sim->reachSituation(u"failed-disk"_s, 120000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString pool = degradedPool();
    QVERIFY(!pool.isEmpty());
    const QString cspi = u"cspi/"_s + pool;
    const QStringList disks =
        get(cspi, u".spec.dataRaidGroups[0].blockDevices[*].blockDeviceName"_s).split(u' ');
    QCOMPARE(disks.size(), 2);
    const QString failed =
        get(cspi, u".status.conditions[?(@.type==\"DiskUnavailable\")].message"_s)
            .section(u'[', 1)
            .section(u']', 0, 0);
    QVERIFY2(disks.contains(failed), qPrintable(failed));
    const QString working = disks.at(disks.at(0) == failed ? 1 : 0);
    const QString cluster = get(cspi, u".metadata.labels.openebs\\.io/cstor-pool-cluster"_s);

    // The doctor names the fix.
    const ProgramRun doctor = console({u"doctor"_s, u"-o"_s, u"json"_s});
    QVERIFY2(doctor.out.contains(u"cstor-console replace-disk "_s + pool), qPrintable(doctor.out));

    // A dry run shows the edit and changes nothing.
    const ProgramRun dry = console({u"replace-disk"_s, pool, u"--dry-run"_s, u"-o"_s, u"json"_s});
    QCOMPARE(dry.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"Replace"_s);
    QCOMPARE(plan.value("disk"_L1).toString(), failed);
    const QString spare = plan.value("replacement"_L1).toString();
    QVERIFY(!spare.isEmpty());
    QCOMPARE(get(u"bd/"_s + spare, u".status.claimState"_s), u"Unclaimed"_s);
    QCOMPARE(get(u"bd/"_s + spare, u".spec.nodeAttributes.nodeName"_s),
             get(cspi, u".spec.hostName"_s));
    QVERIFY(get(u"cspc/"_s + cluster, u".spec.pools[*].dataRaidGroups[*].blockDevices[*]"_s)
                .contains(failed));

    // The working disk of the degraded mirror is refused.
    const ProgramRun wrong = console({u"replace-disk"_s, pool, u"--disk"_s, working, u"--yes"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.out.contains(u"replace %1 first"_s.arg(failed)), qPrintable(wrong.whole()));

    // The replacement: the pool is ONLINE with the spare resilvered.
    const ProgramRun run = console({u"replace-disk"_s, pool, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Resilvering "_s + spare), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Resilvered: pool %1 is ONLINE"_s.arg(pool)), qPrintable(run.out));
    QCOMPARE(get(cspi, u".status.phase"_s), u"ONLINE"_s);
    const QString now = get(cspi, u".spec.dataRaidGroups[0].blockDevices[*].blockDeviceName"_s);
    QVERIFY2(now.contains(spare) && !now.contains(failed), qPrintable(now));
    const QString inCspc =
        get(u"cspc/"_s + cluster, u".spec.pools[*].dataRaidGroups[*].blockDevices[*]"_s);
    QVERIFY2(inCspc.contains(spare) && !inCspc.contains(failed), qPrintable(inCspc));
    QCOMPARE(get(cspi, u".status.conditions[?(@.type==\"DiskReplacement\")].status"_s), u"False"_s);
    // Upstream's cleanUpReplacementMarks: the old claim is gone, the new one has
    // no predecessor.
    const QString claims = m_sim
                               ->kubectl({u"get"_s, u"bdc"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                          u"jsonpath={.items[*].spec.blockDeviceName}"_s})
                               .out;
    QVERIFY2(claims.contains(spare) && !claims.contains(failed), qPrintable(claims));
    QVERIFY2(!m_sim->kubectl({u"get"_s, u"bdc"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"yaml"_s})
                  .out.contains(u"bd-predecessor"_s),
             "a claim still names a predecessor");
    QCOMPARE(get(u"bd/"_s + spare, u".status.claimState"_s), u"Claimed"_s);
    allVolumesHealthy();

    // Run again: nothing to do. The edit is in the audit log.
    const ProgramRun again = console({u"replace-disk"_s, pool});
    QVERIFY2(again.exitCode == 0, qPrintable(again.whole()));
    QFile audit(m_sim->dir() + u"/data/cstor-console/audit.jsonl"_s);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("\"replace-disk\""));
    QVERIFY(log.contains(QStringLiteral("%1: %2 -> %3").arg(pool, failed, spare).toUtf8()));
    QVERIFY(log.contains("\"done\""));
}

void TestReplaceDisk::stripePoolIsRefusedWithTheWayOut()
{
    QVERIFY(start(u"stripe"_s));
    const QString pool =
        m_sim->kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s})
            .out.section(u'\n', 0, 0)
            .section(u'/', 1);
    const QString disk =
        get(u"cspi/"_s + pool, u".spec.dataRaidGroups[0].blockDevices[0].blockDeviceName"_s);
    QVERIFY(!disk.isEmpty());
    QVERIFY(m_sim->postSim(u"faults"_s, {{u"failedDisks"_s, QJsonArray{disk}}}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"cspi/"_s + pool, u".status.phase"_s), u"UNAVAIL"_s, 60000);
    const ProgramRun run = console({u"replace-disk"_s, pool, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"only in mirror and raidz"_s), qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"cstor-console drain "_s), qPrintable(run.whole()));
    QVERIFY(get(u"cspi/"_s + pool, u".spec.dataRaidGroups[0].blockDevices[0].blockDeviceName"_s) ==
            disk);

    const ProgramRun typo = console({u"replace-disk"_s, pool + u"x"_s});
    QCOMPARE(typo.exitCode, 1);
    QVERIFY2(typo.err.contains(u"did you mean "_s + pool), qPrintable(typo.whole()));
}

QTEST_GUILESS_MAIN(TestReplaceDisk)
#include "tst_replacedisk.moc"
