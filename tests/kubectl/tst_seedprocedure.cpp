// The seed procedure (how-to-migrate-data-replica-across-nodes.md) end to end with real kubectl
// against the simulated cluster: scale up by patch, rebuild, scale down by edit, the webhook's
// refusals, the 30,000-replica generated cluster, and a malformed scenario.
#include "models/cstor/capacity.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;
const QString kPrefix =
    u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "_s;

using Result = ProgramRun;

QString poolsPatch(const QStringList &pools)
{
    QStringList entries;
    for (const QString &pool : pools)
        entries.append(u"{\"poolName\":\"%1\"}"_s.arg(pool));
    return u"{\"spec\":{\"policy\":{\"replicaPoolInfo\":[%1]}}}"_s.arg(entries.join(u","_s));
}
} // namespace

class TestSeedProcedure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void migrateAReplicaAcrossNodes();
    void webhookRefusalsThroughKubectl();
    void stuckScaleDownThroughKubectl();
    void rollbackLeavesTheTargetsDrfUntilARestart();
    void scaleDownToNoReplicaDeletesTheLastCopy();
    void generatedThousandNodeCluster();
    void malformedScenarioExitsWithTwo();

private:
    bool startSim(double speed);
    Result kubectl(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        return m_kubectl->kubectl(args, env);
    }
    QString jsonpath(const QString &what, const QString &path) const
    {
        return m_kubectl->jsonpath(what, path);
    }
    void scaleUpToPsz5(const QString &newCvr, const QStringList &phases, const QList<qint64> &used);
    void scaleDownPn9pWithKubectlEdit();
    Result patchPools(const QStringList &pools) const
    {
        return m_kubectl->patchPools(kVolume, pools);
    }
    Result postSim(const QString &endpoint, const QJsonObject &body) const
    {
        return m_kubectl->postSim(endpoint, body);
    }
    int eventCount(const QString &reason, const QString &part,
                   const QString &volume = kVolume) const
    {
        return m_kubectl->eventCount(reason, part, volume);
    }
    QString file(const QString &name) const { return m_kubectl->dir() + u'/' + name; }

    std::unique_ptr<SimKubectl> m_kubectl;
    Sim::SimCluster *m_sim = nullptr;
};

void TestSeedProcedure::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSeedProcedure::init()
{
    m_kubectl = std::make_unique<SimKubectl>();
}

void TestSeedProcedure::cleanup()
{
    m_sim = nullptr;
    m_kubectl.reset();
}

bool TestSeedProcedure::startSim(double speed)
{
    SimHarness::Options options;
    options.speed = speed;
    if (!m_kubectl->start(options))
        return false;
    m_sim = m_kubectl->sim();
    return true;
}

// CO volume-mgmt triggerScaleDownProcess over istgt's own voters: the new replica's node is lost
// after the scale-down began; the source still votes, so the volume stays Healthy, the source
// is kept, and the target repeats FailUpdate at every resync (CSTOR-CONTROLLERS.md §9.1).
void TestSeedProcedure::stuckScaleDownThroughKubectl()
{
    QVERIFY(startSim(100));
    QCOMPARE(patchPools({k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"3"_s,
                              120000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy Healthy"_s, 60000);

    const Result down = postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{u"e2e1-node3"_s}}});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(patchPools({k6qkw, kPsz5}).exitCode, 0);

    QTRY_VERIFY_WITH_TIMEOUT(
        eventCount(u"FailUpdate"_s, u"Error: spec replicas are not in healthy state"_s) >= 2,
        60000);
    QVERIFY(eventCount(u"ScalingVolumeReplicas"_s, u"is in progress"_s) >= 1);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Healthy"_s);
    QCOMPARE(jsonpath(u"cvr/"_s + kVolume + u"-"_s + kPn9p, u".status.phase"_s), u"Healthy"_s);
}

// istgt_uctl_cmd_desired_rf refuses DRF 3 -> 2 while RF is 2 (the new replica never voted): the
// CVC side of the rollback ends, the target keeps FailUpdate until its pod restarts.
void TestSeedProcedure::rollbackLeavesTheTargetsDrfUntilARestart()
{
    QVERIFY(startSim(100));
    QVERIFY(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{kPsz5}}}).exitCode == 0);
    QCOMPARE(patchPools({k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".spec.desiredReplicationFactor"_s),
                              u"3"_s, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(eventCount(u"Updated"_s, u"desiredReplicationFactor to 3"_s) >= 1,
                             60000);
    QCOMPARE(patchPools({k6qkw, kPn9p}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(eventCount(u"FailUpdate"_s, u"are invalid changes"_s) >= 2, 60000);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".spec.desiredReplicationFactor"_s), u"2"_s);

    const Result restarted = postSim(u"restart-target"_s, {{u"name"_s, kVolume}});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
    const QJsonObject truth = QJsonDocument::fromJson(restarted.out.toUtf8()).object();
    QCOMPARE(truth.value("istgtDesiredReplicationFactor"_L1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(postSim(u"restart-target"_s, {{u"name"_s, u"pvc-none"_s}}).exitCode, 1);
}

// openebs/openebs#2981: nothing stops a scale-down of the last replica. The webhook's
// validatePoolListChanges admits one pool fewer, scaleDownVolumeReplicas writes DRF 0 (compared
// literally), istgt_uctl_cmd_desired_rf accepts RF 1 -> DRF 0, and the CVR of the only copy is
// deleted.
void TestSeedProcedure::scaleDownToNoReplicaDeletesTheLastCopy()
{
    QVERIFY(startSim(100));
    const QString volume = u"pvc-7a4e0c19-2b6d-4f8a-b3c5-9d1e8f7a6b42"_s;
    const QString onlyCopy = volume + u"-"_s + kPsz5;
    QCOMPARE(jsonpath(u"cvr/"_s + onlyCopy, u".status.phase"_s), u"Healthy"_s);
    const Result patched =
        kubectl({u"patch"_s, u"cvc"_s, volume, u"-n"_s, u"openebs"_s, u"--type=merge"_s, u"-p"_s,
                 uR"({"spec":{"policy":{"replicaPoolInfo":[]}}})"_s});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.err));
    QTRY_COMPARE_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, onlyCopy, u"-n"_s, u"openebs"_s}).exitCode, 1, 60000);
    QCOMPARE(jsonpath(u"cv/"_s + volume, u".spec.desiredReplicationFactor"_s), u"0"_s);
    QCOMPARE(jsonpath(u"cvc/"_s + volume, u".status.poolInfo"_s), QString());
    QVERIFY(eventCount(u"ScalingVolumeReplicas"_s, u"successfully scaled volume replicas to 0"_s,
                       volume) >= 1);
    QVERIFY(eventCount(u"FailUpdate"_s, u"Ignoring changes on volume"_s, volume) >= 1);
}

void TestSeedProcedure::migrateAReplicaAcrossNodes()
{
    QVERIFY(startSim(100));
    Sim::ObjectStore *store = m_sim->store();

    // The phases and USED values of the new replica, as every client sees them.
    const QString newCvr = kVolume + u"-"_s + kPsz5;
    QStringList phases;
    QList<qint64> used;
    connect(store, &Sim::ObjectStore::changed, this, [&](const Sim::StoreEvent &event) {
        if (event.resource != "cstorvolumereplicas"_L1 ||
            event.object.value("metadata"_L1).toObject().value("name"_L1).toString() != newCvr)
            return;
        const QJsonObject status = event.object.value("status"_L1).toObject();
        const QString phase = status.value("phase"_L1).toString();
        if (phases.isEmpty() || phases.last() != phase)
            phases.append(phase);
        if (phase == "ReconstructingNewReplica"_L1)
            used.append(Cstor::Capacity::parseZfsSize(
                            status.value("capacity"_L1).toObject().value("used"_L1).toString())
                            .value_or(-1));
    });

    Result r = kubectl({u"get"_s, u"cspc"_s, u"-n"_s, u"openebs"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(u"cspc-stripe-pool\\s+3\\s+3\\s+3"_s)),
             qPrintable(r.out));
    const QString pn9pUsedBefore = jsonpath(u"cspi/"_s + kPn9p, u".status.capacity.used"_s);
    const QString psz5UsedBefore = jsonpath(u"cspi/"_s + kPsz5, u".status.capacity.used"_s);

    scaleUpToPsz5(newCvr, phases, used);
    if (QTest::currentTestFailed())
        return;
    scaleDownPn9pWithKubectlEdit();
    if (QTest::currentTestFailed())
        return;

    // The pools' capacity follows at their next sync.
    QTRY_VERIFY_WITH_TIMEOUT(
        jsonpath(u"cspi/"_s + kPn9p, u".status.capacity.used"_s) != pn9pUsedBefore, 60000);
    const qint64 pn9pAfter =
        *Cstor::Capacity::parseQuantity(jsonpath(u"cspi/"_s + kPn9p, u".status.capacity.used"_s));
    QVERIFY(pn9pAfter < *Cstor::Capacity::parseQuantity(pn9pUsedBefore));
    QTRY_VERIFY(
        *Cstor::Capacity::parseQuantity(jsonpath(u"cspi/"_s + kPsz5, u".status.capacity.used"_s)) >
        *Cstor::Capacity::parseQuantity(psz5UsedBefore));
    r = kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"ONLINE"_s));
}

// Step 1 of the procedure: scale up to psz5; `phases` and `used` are what the new replica went
// through.
void TestSeedProcedure::scaleUpToPsz5(const QString &newCvr, const QStringList &phases,
                                      const QList<qint64> &used)
{
    Result r = kubectl({u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                        u"-p"_s, poolsPatch({k6qkw, kPn9p, kPsz5})});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.out.contains(newCvr), qPrintable(r.out));
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + newCvr, u".status.phase"_s), u"Healthy"_s,
                              120000);
    QCOMPARE(phases, (QStringList{u"Recreate"_s, u"Offline"_s, u"NewReplicaDegraded"_s,
                                  u"ReconstructingNewReplica"_s, u"Healthy"_s}));
    QVERIFY(used.size() >= 2);
    for (int i = 1; i < used.size(); ++i)
        QVERIFY(used[i] > used[i - 1]);
    r = kubectl({u"get"_s, u"cvr"_s, newCvr, u"-n"_s, u"openebs"_s});
    // Current CRD column order: ALLOCATED (zfs used) then USED (logical), as the seed's values.
    QVERIFY2(r.out.contains(QRegularExpression(u"1\\.26G\\s+1\\.47G\\s+Healthy"_s)),
             qPrintable(r.out));
    r = kubectl({u"describe"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.out.contains(u"successfully scaled volume replicas to 3"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"cstorvolumeclaim-controller"_s));
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"3"_s,
                              60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Healthy"_s,
                              60000);
}

// Step 2: scale down pn9p with kubectl edit.
void TestSeedProcedure::scaleDownPn9pWithKubectlEdit()
{
    const QString editor = file(u"editor.sh"_s);
    QFile script(editor);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nsed -i '/poolName: cspc-stripe-pool-pn9p/d' \"$1\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KUBE_EDITOR"_s, editor);
    Result r = kubectl({u"edit"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QTRY_VERIFY_WITH_TIMEOUT(kubectl({u"describe"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s})
                                 .out.contains(u"Scaling down volume replicas from 3 to 2 is in "
                                               "progress"_s),
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, kVolume + u"-"_s + kPn9p, u"-n"_s, u"openebs"_s})
            .err.contains(u"NotFound"_s),
        60000);
    r = kubectl({u"describe"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s});
    QVERIFY2(r.out.contains(u"successfully scaled volume replicas to 2"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Warning"_s));
}

void TestSeedProcedure::webhookRefusalsThroughKubectl()
{
    QVERIFY(startSim(50));
    const QStringList patchCvc{u"patch"_s,   u"cvc"_s,          kVolume, u"-n"_s,
                               u"openebs"_s, u"--type=merge"_s, u"-p"_s};
    struct Case
    {
        QString patch;
        QString reason;
    };
    const QList<Case> cases{
        {u"{\"spec\":{\"provision\":{\"replicaCount\":3}}}"_s,
         u"cvc "_s + kVolume + u" replicaCount got modified from 2 to 3"_s},
        {u"{\"spec\":{\"provision\":{\"capacity\":{\"storage\":\"10Gi\"}}}}"_s,
         u"cvc initial provisioned capacity `Spec.Provision.Capacity` is immutable, can't be "
         "modified"_s},
        {poolsPatch({k6qkw, kPsz5}), u"volume replica migration directly by modifying pool names "
                                     "[cspc-stripe-pool-pn9p] is not yet supported"_s},
        {poolsPatch({}),
         u"Can't perform more than one replica scale down requested scale down count 2"_s},
        {poolsPatch({k6qkw, kPn9p, kPn9p}),
         // validatePoolNames prints the whole list (%v).
         u"duplicate pool names [cspc-stripe-pool-6qkw cspc-stripe-pool-pn9p "
         "cspc-stripe-pool-pn9p] found under spec of cvc "_s +
             kVolume},
    };
    for (const Case &c : cases) {
        const Result r = kubectl(patchCvc + QStringList{c.patch});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kPrefix + c.reason), qPrintable(r.err));
    }

    // A typo'd pool is admitted; reverting it then is not.
    Result r =
        kubectl(patchCvc + QStringList{poolsPatch({k6qkw, kPn9p, u"cspc-stripe-pool-typo"_s})});
    QCOMPARE(r.exitCode, 0);
    r = kubectl(patchCvc + QStringList{poolsPatch({k6qkw, kPn9p})});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(kPrefix + u"scaling of CVC "_s + kVolume + u" is already in progress"_s),
        qPrintable(r.err));
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"describe"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s})
            .out.contains(u"failed to get cstorpoolinstance cspc-stripe-pool-typo error"_s),
        60000);

    // Scaling a CVC that is not Bound (the CVC operator stopped: it would provision a Pending
    // CVC, i.e. bind it again).
    QString why;
    QVERIFY(m_sim->faults()->apply({{u"pausedControllers"_s, QJsonArray{u"cvc"_s}}}, &why));
    const QString other = u"pvc-c9e2f4a8-1d3b-4e5c-a6f7-0b8c9d2e4f64"_s;
    QJsonObject cvc = *m_sim->store()->get(u"cstorvolumeconfigs"_s, u"openebs"_s, other);
    QJsonObject status = cvc.value("status"_L1).toObject();
    status.insert(u"phase"_s, u"Pending"_s);
    cvc.insert(u"status"_s, status);
    QVERIFY(
        std::holds_alternative<QJsonObject>(m_sim->store()->update(u"cstorvolumeconfigs"_s, cvc)));
    r = kubectl({u"patch"_s, u"cvc"_s, other, u"-n"_s, u"openebs"_s, u"--type=merge"_s, u"-p"_s,
                 poolsPatch({k6qkw, kPsz5, kPn9p})});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(kPrefix + u"Can't perform scaling of volume replicas when CVC is not "
                                      "in Bound state"_s),
             qPrintable(r.err));
}

void TestSeedProcedure::generatedThousandNodeCluster()
{
    const QString sim = qEnvironmentVariable("CSTOR_SIM");
    if (sim.isEmpty() || !QFile::exists(sim))
        QSKIP("CSTOR_SIM does not name the cstor-sim binary");
    QProcess process;
    const QString kubeconfig = file(u"generated.kubeconfig"_s);
    m_kubectl->useKubeconfig(kubeconfig);
    process.start(sim, {u"--generate"_s, u"nodes=1000,pools-per-node=1,volumes=10000,replicas=3"_s,
                        u"--write-kubeconfig"_s, kubeconfig});
    QVERIFY(process.waitForStarted());
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += QString::fromUtf8(process.readAllStandardOutput())).contains(u"kubeconfig: "_s),
        30000);
    QVERIFY2(output.contains(u"listening on https://127.0.0.1:"_s), qPrintable(output));
    const Result r = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 30000);
    process.terminate(); // SIGTERM: a clean exit
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSeedProcedure::malformedScenarioExitsWithTwo()
{
    const QString sim = qEnvironmentVariable("CSTOR_SIM");
    if (sim.isEmpty() || !QFile::exists(sim))
        QSKIP("CSTOR_SIM does not name the cstor-sim binary");
    const QString path = file(u"broken.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: List\nitems:\n- apiVersion: cstor.openebs.io/v1\n"
               "  kind: CStorVolume\n  metadata: {name: x\n");
    file.close();
    QProcess process;
    process.start(sim, {u"--scenario"_s, path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(path + u":7:"_s) || err.contains(path + u":6:"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSeedProcedure)
#include "tst_seedprocedure.moc"
