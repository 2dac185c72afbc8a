// `cstor-console drain NODE` on a node lost without a graceful shutdown, against the simulator
// and checked with real kubectl: on a five-node cluster every volume gets a new replica rebuilt
// from its Healthy ones and is back at its replica count, the steps it prints remove the dead
// pool when run with kubectl, and the doctor finds nothing left; on the seed cluster a volume
// whose only replica was there is reported lost, two that lost quorum and one with no room are
// reported with why, and none of them is touched.
#include "tests/kubectl/simkubectl.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestLostNodeDrain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lostNodeIsReplacedAndItsPoolRemoved();
    void volumesWithoutACopyAreReportedNotTouched();

private:
    bool start(const QString &generate);
    void reachLostNode();
    QString notReadyNode(); // the node the situation took down
    ProgramRun console(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }
    QStringList names(const QString &kind);

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestLostNodeDrain::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
}

void TestLostNodeDrain::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestLostNodeDrain::cleanup()
{
    m_sim.reset();
}

bool TestLostNodeDrain::start(const QString &generate)
{
    SimHarness::Options options;
    options.speed = 50;
    options.seed = 3;
    options.generateSpec = generate;
    return m_sim->start(options);
}

void TestLostNodeDrain::reachLostNode()
{
    const QString problem = m_sim->reachSituation(u"lost-node"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString TestLostNodeDrain::notReadyNode()
{
    for (const QString &node : names(u"nodes"_s)) {
        if (get(node, u".status.conditions[?(@.type==\"Ready\")].status"_s) != "True"_L1)
            return node.section(u'/', 1);
    }
    return {};
}

ProgramRun TestLostNodeDrain::console(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console, args + QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

QStringList TestLostNodeDrain::names(const QString &kind)
{
    return m_sim->kubectl({u"get"_s, kind, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s})
        .out.split(u'\n', Qt::SkipEmptyParts);
}

void TestLostNodeDrain::lostNodeIsReplacedAndItsPoolRemoved()
{
    QVERIFY(start(u"nodes=5,pools-per-node=1,volumes=8,replicas=3,volume-size=1Gi-2Gi"_s));
    reachLostNode();
    if (QTest::currentTestFailed())
        return;
    const QString node = notReadyNode();
    QVERIFY(!node.isEmpty());
    const QString pool = m_sim
                             ->kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                        u"kubernetes.io/hostname="_s + node, u"-o"_s, u"name"_s})
                             .out.trimmed()
                             .section(u'/', 1);
    QVERIFY(!pool.isEmpty());

    // A volume whose target ran on the lost node waits until its new target (the simulator
    // moves the pod after the eviction timeout) has counted the replicas left: its phase, and a
    // replica it reports Healthy (the phase may be written before the replicas reconnect).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &line :
                 m_sim
                     ->kubectl({u"get"_s, u"cv"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                u"jsonpath={range .items[*]}{.status.phase} "
                                u"{.status.replicaStatuses[*].mode}{\"\\n\"}{end}"_s})
                     .out.split(u'\n', Qt::SkipEmptyParts)) {
                const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
                if (words.isEmpty() ||
                    (words.first() != "Healthy"_L1 && words.first() != "Degraded"_L1) ||
                    !words.mid(1).contains(u"Healthy"_s))
                    return false;
            }
            return true;
        }(),
        60000);
    const ProgramRun run = console({u"drain"_s, node, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"is lost: NotReady"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"new replica on "_s), qPrintable(run.out));

    // Every volume is at its replica count on live pools, settled and Healthy.
    for (const QString &cvc : names(u"cvc"_s)) {
        const QString spec = get(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s);
        QCOMPARE(get(cvc, u".status.poolInfo[*]"_s), spec);
        QVERIFY2(!spec.contains(pool), qPrintable(cvc + u": "_s + spec));
        QCOMPARE(spec.split(u' ').size(), get(cvc, u".spec.provision.replicaCount"_s).toInt());
        const QString cv = u"cv/"_s + cvc.section(u'/', 1);
        QTRY_COMPARE_WITH_TIMEOUT(get(cv, u".status.phase"_s), u"Healthy"_s, 60000);
        QCOMPARE(get(cv, u".spec.replicationFactor"_s).toInt(), int(spec.split(u' ').size()));
    }

    // The printed steps, run as printed, remove the dead pool.
    static const QRegularExpression step(u"^  \\d+\\. .*?: kubectl (.*)$"_s,
                                         QRegularExpression::MultilineOption);
    int steps = 0;
    for (auto it = step.globalMatch(run.out); it.hasNext(); ++steps) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KUBECONFIG"_s, m_sim->kubeconfig());
        const ProgramRun ran = runProgram(
            u"sh"_s, {u"-c"_s, SimKubectl::kubectlProgram() + u" "_s + it.next().captured(1)},
            {environment, 60000});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.whole()));
    }
    QCOMPARE(steps, 3);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->kubectl({u"get"_s, u"cspi/"_s + pool, u"-n"_s, u"openebs"_s}).exitCode != 0, 60000);
    for (const QString &cvr : names(u"cvr"_s))
        QVERIFY2(!cvr.endsWith(pool), qPrintable(cvr));
    const ProgramRun doctor = console({u"doctor"_s});
    QVERIFY2(doctor.exitCode == 0, qPrintable(doctor.whole()));
}

void TestLostNodeDrain::volumesWithoutACopyAreReportedNotTouched()
{
    QVERIFY(start({}));
    reachLostNode();
    if (QTest::currentTestFailed())
        return;
    const QString node = notReadyNode();
    QVERIFY(!node.isEmpty());
    QStringList before;
    for (const QString &cvc : names(u"cvc"_s))
        before << get(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s);

    const ProgramRun run = console({u"drain"_s, node, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    static const QRegularExpression row(u"^(pvc-\\S+) .* (LOST|NO QUORUM|NO ROOM)$"_s,
                                        QRegularExpression::MultilineOption);
    QStringList fates;
    for (auto it = row.globalMatch(run.out); it.hasNext();)
        fates << it.next().captured(2);
    fates.sort();
    QCOMPARE(fates, (QStringList{u"LOST"_s, u"NO QUORUM"_s, u"NO QUORUM"_s, u"NO ROOM"_s}));
    // The RF 1 volume whose only replica was there: lost, its data only on that node.
    QVERIFY2(run.out.contains(u"no replica on a live node"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"is not recovered: 4 volumes"_s), qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"remove the dead pool"_s), qPrintable(run.out));

    QStringList after;
    for (const QString &cvc : names(u"cvc"_s))
        after << get(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s);
    QCOMPARE(after, before);
    // The lost volume's doctor finding: no Healthy replica of one.
    const ProgramRun doctor = console({u"doctor"_s, u"-o"_s, u"json"_s});
    QCOMPARE(doctor.exitCode, 1);
    QVERIFY2(doctor.out.contains(u"has 0 Healthy replica(s) of the 1"_s), qPrintable(doctor.out));
}

QTEST_GUILESS_MAIN(TestLostNodeDrain)
#include "tst_lostnodedrain.moc"
