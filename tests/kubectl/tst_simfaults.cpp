// Faults of the cStor control plane itself, switched through the faults document and seen with
// kubectl: the admission webhook down (failurePolicy Fail), a volume's target pod stopped, a
// stripe pool whose disk failed (zfs destroy fails there), and the controllers' writes meeting
// newer versions.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;
// The one block device of the seed's stripe pool pn9p.
const QString kPn9pDisk = u"blockdevice-048317fefddd434341c2622f0518032e"_s;
} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void webhookDownRefusesEveryCvcUpdate();
    void stoppedTargetTakesItsVolumeOffline();
    void destroyFailsOnAPoolThatLostItsDisk();
    void movedReplicaArrivesThroughControllerConflicts();

private:
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun postFaults(const QJsonObject &body) { return m_sim->postSim(u"faults"_s, body); }
    ProgramRun patchPools(const QStringList &pools) { return m_sim->patchPools(kVolume, pools); }

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimFaults::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimFaults::init()
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(m_sim->start(options));
}

void TestSimFaults::cleanup()
{
    m_sim.reset();
}

// CO pkg/webhook configuration.go registers the webhook with failurePolicy Fail: while it cannot
// be called, the API server refuses the operator's CVC edits and the CVC controller's own status
// writes alike; reads and CVR writes go on.
void TestSimFaults::webhookDownRefusesEveryCvcUpdate()
{
    QCOMPARE(postFaults({{u"pausedControllers"_s, QJsonArray{u"cvc"_s}}}).exitCode, 0);
    QCOMPARE(patchPools({k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QCOMPARE(postFaults({{u"webhookDown"_s, true}}).exitCode, 0);

    const ProgramRun refused = patchPools({k6qkw, kPn9p});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(
            u"Internal error occurred: failed calling webhook "
            u"\"admission-webhook.cstor.openebs.io\": failed to call webhook: Post "
            u"\"https://openebs-cstor-admission-server.openebs.svc:443/validate?timeout=5s\""_s),
        qPrintable(refused.err));

    QCOMPARE(postFaults({{u"pausedControllers"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s,
                                      u"--field-selector"_s, u"reason=ScalingVolumeReplicas"_s})
                                 .out.contains(u"failed calling webhook"_s),
                             60000);
    QCOMPARE(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s), k6qkw + u" "_s + kPn9p);

    QCOMPARE(postFaults({{u"webhookDown"_s, false}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPn9p + u" "_s + kPsz5, 60000);
}

// A target pod stopped gracefully (CSTOR-CONTROLLERS.md §9.7): the CV goes Offline with no
// replica statuses, the replicas lose their target (zfs status Offline -> CVR Offline); when it
// starts again istgt.conf is written from the CV and the replicas reconnect.
void TestSimFaults::stoppedTargetTakesItsVolumeOffline()
{
    QCOMPARE(postFaults({{u"stoppedTargets"_s, QJsonArray{kVolume}}}).exitCode, 0);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Offline"_s);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses"_s), QString());
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + kVolume + u"-"_s + k6qkw, u".status.phase"_s),
                              u"Offline"_s, 60000);

    QCOMPARE(postFaults({{u"stoppedTargets"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + kVolume + u"-"_s + k6qkw, u".status.phase"_s),
                              u"Healthy"_s, 60000);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Healthy"_s);
}

// A stripe pool whose one disk failed is UNAVAIL (zpool health): its I/O is suspended and `zfs
// destroy` fails. CO replica-controller handler.go cVREventHandler QOpDestroy: Warning
// FailDestroy "Resource Destroy failed", phase DeletionFailed, the finalizer kept (the CVR stays
// terminating); tried again until the disk is back, then the CVR goes.
void TestSimFaults::destroyFailsOnAPoolThatLostItsDisk()
{
    const QString cvr = kVolume + u"-"_s + kPn9p;
    QCOMPARE(postFaults({{u"failedDisks"_s, QJsonArray{kPn9pDisk}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + kPn9p, u".status.phase"_s), u"UNAVAIL"_s,
                              60000);
    QCOMPARE(
        kubectl({u"delete"_s, u"cvr"_s, cvr, u"-n"_s, u"openebs"_s, u"--wait=false"_s}).exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + cvr, u".status.phase"_s), u"DeletionFailed"_s,
                              60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->events(u"FailDestroy"_s, cvr).value(0).value("count"_L1).toInt() >= 2, 60000);
    QCOMPARE(m_sim->events(u"FailDestroy"_s, cvr).value(0).value("message"_L1).toString(),
             u"Resource Destroy failed"_s);
    QCOMPARE(jsonpath(u"cvr/"_s + cvr, u".metadata.finalizers[*]"_s),
             u"cstorvolumereplica.openebs.io/finalizer"_s);

    QCOMPARE(postFaults({{u"failedDisks"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, cvr, u"-n"_s, u"openebs"_s}).err.contains(u"NotFound"_s),
        60000);
}

// Client-go's Update from an informer's copy meets 409 Conflict whenever another write came
// first; every cStor controller then tries again (CO controller_base.go processNextWorkItem
// AddRateLimited; ISTGT update_trusty_replica_list "will retry again" at the next replica
// poll). A move done by hand through kubectl ends as it would without the conflicts.
void TestSimFaults::movedReplicaArrivesThroughControllerConflicts()
{
    const int conflicts = 25;
    QCOMPARE(postFaults({{u"controllerConflicts"_s, conflicts}}).exitCode, 0);
    QCOMPARE(patchPools({k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"3"_s,
                              120000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPn9p + u" "_s + kPsz5, 60000);
    const int left = m_sim->getRaw(u"/sim/v1/faults"_s).value("controllerConflicts"_L1).toInt(-1);
    QVERIFY2(left >= 0 && left < conflicts, qPrintable(QString::number(left)));

    QCOMPARE(postFaults({{u"controllerConflicts"_s, conflicts}}).exitCode, 0);
    QCOMPARE(patchPools({k6qkw, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPsz5, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, kVolume + u"-"_s + kPn9p, u"-n"_s, u"openebs"_s})
            .err.contains(u"NotFound"_s),
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"2"_s);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Healthy"_s);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
