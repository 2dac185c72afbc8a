// Snapshots and clones in the simulated cluster, seen through real kubectl: status.snapshots and
// pendingSnapshots (CO volumereplica.go GetAndUpdateSnapshotInfo), a clone that cannot be made on
// a pool without its source (CO replica-controller createVolumeReplica, FailCreate), and the
// `zfs destroy -R` of a source replica that takes the clone's replica with it (handler.go
// QOpDestroy, volumereplica.go DeleteVolume).
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
// resources/scenarios/clones-on-pool.yaml: a clone of kVolume from kSnapshot on 6qkw and pn9p.
const QString kClone = u"pvc-5c0a7d31-9e4b-4f26-8d1a-3b7c6e2f9a18"_s;
const QString kSnapshot = u"snapshot-8f1e2d3c-4b5a-4c6d-9e7f-a1b2c3d4e5f6"_s;
// The seed CSPC's uid: the zpool is cstor-<uid> (CO volumereplica.go GetPoolName).
const QString kCspcUid = u"9a10d68c-c443-4a03-af4b-22e3dc872eda"_s;

} // namespace

class TestSimClones : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void snapshotsListedAndPendingWhileANewReplicaRebuilds();
    void snapshotRefusedForAnUnknownVolume();
    void snapshotFailsWhenTooFewReplicasSitOnWritablePools();
    void cloneScaleUpOntoAPoolWithoutTheSourceFailsCreate();
    void sourceScaleDownDestroysTheClonesReplica();

private:
    bool startSim(const QString &scenario, double speed)
    {
        SimHarness::Options options;
        options.scenarioFile = scenario;
        options.speed = speed;
        return m_sim->start(options);
    }
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    QJsonObject jsonMap(const QString &what, const QString &path)
    {
        return m_sim->jsonMap(what, path);
    }
    ProgramRun patchPools(const QString &volume, const QStringList &pools)
    {
        return m_sim->patchPools(volume, pools);
    }
    ProgramRun postSim(const QString &endpoint, const QJsonObject &body)
    {
        return m_sim->postSim(endpoint, body);
    }
    QList<QJsonObject> events(const QString &reason, const QString &object)
    {
        return m_sim->events(reason, object);
    }

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimClones::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimClones::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimClones::cleanup()
{
    m_sim.reset();
}

// A snapshot taken through the target lands on every replica (status.snapshots at the pool's
// next sync); a replica added later lists it as pending while it rebuilds and as its own once
// Healthy (GetAndUpdateSnapshotInfo, getAndAddPendingSnapshotList).
void TestSimClones::snapshotsListedAndPendingWhileANewReplicaRebuilds()
{
    QVERIFY(startSim(u":/scenarios/seed.yaml"_s, 20));
    const ProgramRun taken =
        postSim(u"snapshot"_s, {{u"volume"_s, kVolume}, {u"name"_s, u"snap-before-move"_s}});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    const QString source = u"cvr/"_s + kVolume + u"-"_s + k6qkw;
    QTRY_VERIFY_WITH_TIMEOUT(
        jsonMap(source, u".status.snapshots"_s).contains("snap-before-move"_L1), 60000);
    const QJsonObject info =
        jsonMap(source, u".status.snapshots"_s).value("snap-before-move"_L1).toObject();
    QVERIFY(info.value("logicalReferenced"_L1).toDouble() > 1e9); // 1.47G written

    QCOMPARE(patchPools(kVolume, {k6qkw, kPn9p, kPsz5}).exitCode, 0);
    const QString added = u"cvr/"_s + kVolume + u"-"_s + kPsz5;
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(added, u".status.phase"_s), u"ReconstructingNewReplica"_s,
                              120000);
    QTRY_VERIFY_WITH_TIMEOUT(
        jsonMap(added, u".status.pendingSnapshots"_s).contains("snap-before-move"_L1), 60000);
    QVERIFY(!jsonMap(added, u".status.snapshots"_s).contains("snap-before-move"_L1));

    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(added, u".status.phase"_s), u"Healthy"_s, 180000);
    QVERIFY(jsonMap(added, u".status.snapshots"_s).contains("snap-before-move"_L1));
    QCOMPARE(jsonpath(added, u".status.pendingSnapshots"_s), QString());
}

void TestSimClones::snapshotRefusedForAnUnknownVolume()
{
    QVERIFY(startSim(u":/scenarios/seed.yaml"_s, 20));
    const ProgramRun r =
        postSim(u"snapshot"_s, {{u"volume"_s, u"pvc-none"_s}, {u"name"_s, u"s"_s}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not found"_s), qPrintable(r.err));
}

// istgt_lu_create_snapshot succeeds when at least the consistency factor of the quorum
// replicas take the snapshot; uZFS refuses it on a read-only pool (CSTOR gtest ZpoolReadOnly).
// The seed volume has two replicas (CF 2): one on a read-only pool fails the snapshot, and no
// replica lists it; once the pool is writable again the same snapshot succeeds.
void TestSimClones::snapshotFailsWhenTooFewReplicasSitOnWritablePools()
{
    QVERIFY(startSim(u":/scenarios/seed.yaml"_s, 20));
    QCOMPARE(postSim(u"faults"_s, {{u"readOnlyPools"_s, QJsonArray{kPn9p}}}).exitCode, 0);
    const ProgramRun refused =
        postSim(u"snapshot"_s, {{u"volume"_s, kVolume}, {u"name"_s, u"snap-ro"_s}});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"ERR failed SNAPCREATE"_s), qPrintable(refused.err));

    QCOMPARE(postSim(u"faults"_s, {{u"readOnlyPools"_s, QJsonArray()}}).exitCode, 0);
    const ProgramRun taken =
        postSim(u"snapshot"_s, {{u"volume"_s, kVolume}, {u"name"_s, u"snap-rw"_s}});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    const QString source = u"cvr/"_s + kVolume + u"-"_s + k6qkw;
    QTRY_VERIFY_WITH_TIMEOUT(jsonMap(source, u".status.snapshots"_s).contains("snap-rw"_L1), 60000);
    QVERIFY(!jsonMap(source, u".status.snapshots"_s).contains("snap-ro"_L1));
}

// CO createCVR marks a clone's CVR (label and annotations); the pool-manager runs `zfs clone
// <pool>/<source>@<snapshot>`, which fails where the source has no replica: Warning FailCreate at
// every sync, the phase stays Recreate.
void TestSimClones::cloneScaleUpOntoAPoolWithoutTheSourceFailsCreate()
{
    QVERIFY(startSim(u":/scenarios/clones-on-pool.yaml"_s, 50));
    QCOMPARE(jsonpath(u"cvr/"_s + kClone + u"-"_s + k6qkw, u".status.phase"_s), u"Healthy"_s);
    QCOMPARE(patchPools(kClone, {k6qkw, kPn9p, kPsz5}).exitCode, 0);
    const QString cvr = kClone + u"-"_s + kPsz5;
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + cvr, u".metadata.labels.openebs\\.io/cloned"_s),
                              u"true"_s, 30000);
    QCOMPARE(jsonpath(u"cvr/"_s + cvr, u".metadata.annotations.openebs\\.io/snapshot"_s),
             kSnapshot);
    QCOMPARE(jsonpath(u"cvr/"_s + cvr, u".metadata.annotations.openebs\\.io/source-volume"_s),
             kVolume);

    // The first attempt at the Add event, then one at each 30 s sync.
    QTRY_VERIFY_WITH_TIMEOUT(events(u"FailCreate"_s, cvr).value(0).value("count"_L1).toInt() >= 3,
                             60000);
    const QJsonObject event = events(u"FailCreate"_s, cvr).value(0);
    QCOMPARE(event.value("type"_L1).toString(), u"Warning"_s);
    QCOMPARE(event.value("message"_L1).toString(),
             u"failed to create volume replica error: failed to create volume: cstor-%1/%2: exit "
             "status 1"_s.arg(kCspcUid, kClone));
    QCOMPARE(jsonpath(u"cvr/"_s + cvr, u".status.phase"_s), u"Recreate"_s);
    QVERIFY(events(u"Created"_s, cvr).isEmpty());
}

// Scaling the source volume down from pn9p destroys its dataset with `zfs destroy -R`, and the
// clone's dataset on pn9p with it. The clone's CVR keeps its phase (getCVRStatus fails, the sync
// writes nothing) with FailStatusSync and SyncFailed at each sync; the clone's target loses the
// replica.
void TestSimClones::sourceScaleDownDestroysTheClonesReplica()
{
    QVERIFY(startSim(u":/scenarios/clones-on-pool.yaml"_s, 50));
    const QString cloneCv = u"cv/"_s + kClone;
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cloneCv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(patchPools(kVolume, {k6qkw}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, kVolume + u"-"_s + kPn9p, u"-n"_s, u"openebs"_s})
            .err.contains(u"NotFound"_s),
        120000);

    const QString lost = kClone + u"-"_s + kPn9p;
    QTRY_VERIFY_WITH_TIMEOUT(events(u"SyncFailed"_s, lost).value(0).value("count"_L1).toInt() >= 2,
                             60000);
    QCOMPARE(events(u"SyncFailed"_s, lost).value(0).value("message"_L1).toString(),
             u"handling operation Sync failed: Unable to get volume stats for volume "
             "cstor-%1/%2 : cannot open 'cstor-%1/%2': dataset does not exist: exit status 1"_s.arg(
                 kCspcUid, kClone));
    QVERIFY(!events(u"FailStatusSync"_s, lost).isEmpty());
    QCOMPARE(jsonpath(u"cvr/"_s + lost, u".status.phase"_s), u"Healthy"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cloneCv, u".status.replicaStatuses[*].mode"_s), u"Healthy"_s,
                              60000);
    // RF 2, CF 2 with one replica: istgt's volume is not ready (get_cv_status).
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cloneCv, u".status.phase"_s), u"Offline"_s, 60000);
    QCOMPARE(jsonpath(u"cvr/"_s + kClone + u"-"_s + k6qkw, u".status.phase"_s), u"Healthy"_s);
}

QTEST_GUILESS_MAIN(TestSimClones)
#include "tst_simclones.moc"
