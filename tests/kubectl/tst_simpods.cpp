// Nodes, cStor's pods and the CVC controller's PodDisruptionBudgets with real kubectl: the PDB
// of an HA pool set (CO cstorvolumeconfig pdb.go), the eviction subresource that refuses a
// drain (kube-apiserver eviction.go checkAndDecrement) and the target pod that leaves a lost
// node after the default toleration (300 s).
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kPdb = u"cspc-stripe-pooltpsgj"_s; // the seed's HA volume names it
const QString kHaVolume = u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31"_s;
} // namespace

class TestSimPods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workloadsAndTheirBudget();
    void drainRefusedByTheBudgetThenAllowed();
    void lostNodesTargetPodMoves();
    void budgetFollowsTheScaleSteps();

private:
    bool startSim(double speed)
    {
        SimHarness::Options options;
        options.speed = speed;
        return m_sim->start(options);
    }
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun post(const QString &path, const QJsonObject &body, const QStringList &extra = {})
    {
        return m_sim->postRaw(path, body, extra);
    }
    QString poolPodOf(const QString &cspi);

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimPods::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimPods::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimPods::cleanup()
{
    m_sim.reset();
}

QString TestSimPods::poolPodOf(const QString &cspi)
{
    return jsonpath(u"pods"_s,
                    u".items[?(@.metadata.labels.openebs\\.io/cstor-pool-instance==\""_s + cspi +
                        u"\")].metadata.name"_s);
}

void TestSimPods::workloadsAndTheirBudget()
{
    QVERIFY(startSim(5));
    const ProgramRun nodes = kubectl({u"get"_s, u"nodes"_s});
    QCOMPARE(nodes.exitCode, 0);
    QVERIFY2(nodes.out.contains(u"e2e1-node1   Ready"_s), qPrintable(nodes.out));
    const ProgramRun pods =
        kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"wide"_s});
    QCOMPARE(pods.exitCode, 0);
    QCOMPARE(pods.out.count(u"3/3     Running"_s), 8); // 3 pool pods, 5 target pods
    QVERIFY(pods.out.contains(u"-target-"_s));
    const ProgramRun pdb = kubectl({u"get"_s, u"pdb"_s, u"-n"_s, u"openebs"_s});
    QCOMPARE(pdb.exitCode, 0);
    QVERIFY2(pdb.out.contains(kPdb + u"   N/A             1                 1 "_s),
             qPrintable(pdb.out));
    QCOMPARE(jsonpath(u"pdb/"_s + kPdb, u".spec.selector.matchExpressions[0].values"_s),
             u"[\"%1\",\"%2\",\"%3\"]"_s.arg(SeedNames::k6qkw, SeedNames::kPn9p, SeedNames::kPsz5));
}

void TestSimPods::drainRefusedByTheBudgetThenAllowed()
{
    QVERIFY(startSim(5));
    // Another pool of the HA set is lost: its pod turns not Ready, the budget allows nothing.
    QCOMPARE(post(u"/sim/v1/faults"_s, {{u"downNodes"_s, QJsonArray{u"e2e1-node2"_s}}}).exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"pdb/"_s + kPdb, u".status.disruptionsAllowed"_s), u"0"_s,
                              30000);
    const QString pod = poolPodOf(SeedNames::k6qkw);
    const ProgramRun refused = kubectl({u"drain"_s, u"e2e1-node1"_s, u"--ignore-daemonsets"_s,
                                        u"--delete-emptydir-data"_s, u"--timeout=20s"_s});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(
        refused.err.contains(u"error when evicting pods/\"%1\" -n \"openebs\" (will retry after "
                             u"5s): Cannot evict pod as it would violate the pod's disruption "
                             u"budget."_s.arg(pod)),
        qPrintable(refused.whole()));
    // The 429's cause names the budget (kubectl shows it at -v=8).
    const ProgramRun raw =
        post(u"/api/v1/namespaces/openebs/pods/%1/eviction"_s.arg(pod),
             {{u"apiVersion"_s, u"policy/v1"_s},
              {u"kind"_s, u"Eviction"_s},
              {u"metadata"_s, QJsonObject{{u"name"_s, pod}, {u"namespace"_s, u"openebs"_s}}}},
             {u"-v=8"_s});
    QVERIFY(raw.exitCode != 0);
    QVERIFY2(raw.err.contains(
                 u"The disruption budget %1 needs 2 healthy pods and has 2 currently"_s.arg(kPdb)),
             qPrintable(raw.whole()));
    QCOMPARE(jsonpath(u"pod/"_s + pod, u".status.phase"_s), u"Running"_s);

    // All healthy again: the drain evicts the pool pod; its Deployment's new pod waits Pending.
    QCOMPARE(post(u"/sim/v1/faults"_s, {{u"downNodes"_s, QJsonArray()}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"pdb/"_s + kPdb, u".status.disruptionsAllowed"_s), u"1"_s,
                              30000);
    const ProgramRun drained = kubectl({u"drain"_s, u"e2e1-node1"_s, u"--ignore-daemonsets"_s,
                                        u"--delete-emptydir-data"_s, u"--timeout=20s"_s});
    QVERIFY2(drained.exitCode == 0, qPrintable(drained.whole()));
    QVERIFY(drained.out.contains(u"node/e2e1-node1 drained"_s));
    const QString pending = poolPodOf(SeedNames::k6qkw);
    QVERIFY(pending != pod);
    QCOMPARE(jsonpath(u"pod/"_s + pending, u".status.phase"_s), u"Pending"_s);
    QCOMPARE(jsonpath(u"pdb/"_s + kPdb, u".status.disruptionsAllowed"_s), u"0"_s);

    QCOMPARE(kubectl({u"uncordon"_s, u"e2e1-node1"_s}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"pod/"_s + pending, u".status.phase"_s), u"Running"_s,
                              30000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"pdb/"_s + kPdb, u".status.disruptionsAllowed"_s), u"1"_s,
                              30000);
}

void TestSimPods::lostNodesTargetPodMoves()
{
    QVERIFY(startSim(50));
    auto targetField = [this](const QString &path) {
        const ProgramRun r = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                      u"openebs.io/persistent-volume="_s + kHaVolume, u"-o"_s,
                                      u"jsonpath={.items[*]"_s + path + u"}"_s});
        return r.out.trimmed();
    };
    QCOMPARE(targetField(u".spec.nodeName"_s), u"e2e1-node1"_s);
    const QString before = targetField(u".metadata.name"_s);
    QCOMPARE(post(u"/sim/v1/faults"_s, {{u"downNodes"_s, QJsonArray{u"e2e1-node1"_s}}}).exitCode,
             0);
    // Unknown after the grace period, evicted 300 s later, started on another node.
    QTRY_COMPARE_WITH_TIMEOUT(targetField(u".spec.nodeName"_s), u"e2e1-node2"_s, 30000);
    QVERIFY(targetField(u".metadata.name"_s) != before);
    QTRY_COMPARE_WITH_TIMEOUT(targetField(u".status.phase"_s), u"Running"_s, 30000);
    // The new target starts from the CV; the replicas of the live pools reconnect.
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kHaVolume, u".status.phase"_s), u"Healthy"_s,
                              60000);
    QCOMPARE(post(u"/sim/v1/faults"_s, {{u"downNodes"_s, QJsonArray()}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kHaVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy Healthy"_s, 60000);
}

// updatePDBForScaledVolume at each scale step: a volume that reaches 3 pools takes the PDB of
// that pool set (reused: the In values are equal), one that leaves it drops the label, and the
// PDB goes with the last CVC that names it.
void TestSimPods::budgetFollowsTheScaleSteps()
{
    QVERIFY(startSim(50));
    const QString label = u".metadata.labels.openebs\\.io/pod-disruption-budget"_s;
    auto pools = [](const QStringList &names) {
        QStringList entries;
        for (const QString &pool : names)
            entries << u"{\"poolName\":\"%1\"}"_s.arg(pool);
        return u"{\"spec\":{\"policy\":{\"replicaPoolInfo\":[%1]}}}"_s.arg(entries.join(u","_s));
    };
    auto patch = [this, &pools](const QString &cvc, const QStringList &names) {
        return kubectl({u"patch"_s, u"cvc"_s, cvc, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                        u"-p"_s, pools(names)});
    };
    QCOMPARE(jsonpath(u"cvc/"_s + SeedNames::kVolume, label), QString());
    QCOMPARE(
        patch(SeedNames::kVolume, {SeedNames::k6qkw, SeedNames::kPn9p, SeedNames::kPsz5}).exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + SeedNames::kVolume, label), kPdb, 30000);
    QCOMPARE(patch(kHaVolume, {SeedNames::k6qkw, SeedNames::kPn9p}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kHaVolume, u".status.poolInfo"_s),
                              u"[\"%1\",\"%2\"]"_s.arg(SeedNames::k6qkw, SeedNames::kPn9p), 60000);
    QCOMPARE(jsonpath(u"cvc/"_s + kHaVolume, label), QString());
    QCOMPARE(jsonpath(u"pdb/"_s + kPdb, u".metadata.name"_s), kPdb);
    QCOMPARE(patch(SeedNames::kVolume, {SeedNames::k6qkw, SeedNames::kPn9p}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"pdb"_s, u"-n"_s, u"openebs"_s}).err.contains(u"No resources found"_s),
        60000);
}

QTEST_MAIN(TestSimPods)
#include "tst_simpods.moc"
