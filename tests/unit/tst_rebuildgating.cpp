// When istgt lets a replica rebuild (trigger_rebuild, CSTOR-CONTROLLERS.md §9.3), what a
// read-only pool does to the replicas of volumes that write (§9.5), and the dataset a CVR deleted
// by hand leaves on its pool (§9.8). Driven on an ObjectStore with the simulator's controllers
// and a fast clock.
#include "controllerrig.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCvr = u"CStorVolumeReplica"_s;
const QString kCspi = u"CStorPoolInstance"_s;
const QString k6qkw = u"cspc-stripe-pool-6qkw"_s;
const QString kPn9p = u"cspc-stripe-pool-pn9p"_s;
const QString kPsz5 = u"cspc-stripe-pool-psz5"_s;
const QString kVolume = QLatin1String(ControllerRig::seedVolume);      // RF 2: 6qkw, pn9p
const QString kThree = u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31"_s;  // RF 3: all pools
const QString kSingle = u"pvc-7a4e0c19-2b6d-4f8a-b3c5-9d1e8f7a6b42"_s; // RF 1: psz5
const QString kIdle = u"pvc-b85d3e27-6c1f-4a9b-8e2d-5f4c3b2a1d53"_s;   // RF 2: pn9p, psz5

QJsonObject status(const QJsonObject &object)
{
    return object.value("status"_L1).toObject();
}

int rebuildsOf(ControllerRig &rig, const QString &volume)
{
    int count = 0;
    for (const QJsonValue &rebuild : rig.pools->rebuildTruth())
        count += rebuild.toObject().value("volume"_L1).toString() == volume ? 1 : 0;
    return count;
}

qint64 poolUsedBytes(ControllerRig &rig, const QString &pool)
{
    for (const QJsonValue &entry : rig.pools->poolTruth()) {
        if (entry.toObject().value("pool"_L1).toString() == pool)
            return entry.toObject().value("usedBytes"_L1).toInteger();
    }
    return -1;
}

int connectedReplicas(const QJsonObject &cv)
{
    return int(status(cv).value("replicaStatuses"_L1).toArray().size());
}

bool setDownNodes(ControllerRig &rig, const QStringList &nodes)
{
    QString why;
    return rig.faults->apply(QJsonObject{{u"downNodes"_s, QJsonArray::fromStringList(nodes)}},
                             &why);
}

} // namespace

class TestRebuildGating : public QObject
{
    Q_OBJECT

private slots:
    void oneRebuildPerVolumeAtATime();
    void loneQuorumReplicaStaysDegradedUntilQuorum();
    void rebuildThatLostItsHelperIsRetriedAsAMeshRebuild();
    void readOnlyPoolDisconnectsTheReplicasOfVolumesThatWrite();
    void datasetOfAReplicaDeletedByHandStaysAndIsAdopted();
};

// istgt trigger_rebuild: `rebuild_in_progress` lets one replica of a volume rebuild at a time;
// the other new replica waits as NewReplicaDegraded.
void TestRebuildGating::oneRebuildPerVolumeAtATime()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(100, 10);
    int most = 0;
    int sawWaiting = 0;
    QObject::connect(rig.store, &Sim::ObjectStore::changed, &rig.parent, [&] {
        most = std::max(most, rebuildsOf(rig, kSingle));
        const QString a = ControllerRig::phase(rig.cvr(k6qkw, kSingle));
        const QString b = ControllerRig::phase(rig.cvr(kPn9p, kSingle));
        if ((a == "ReconstructingNewReplica"_L1 && b == "NewReplicaDegraded"_L1) ||
            (b == "ReconstructingNewReplica"_L1 && a == "NewReplicaDegraded"_L1))
            ++sawWaiting;
    });
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({kPsz5, k6qkw, kPn9p}, kSingle)));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(k6qkw, kSingle)), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPn9p, kSingle)), u"Healthy"_s, 60000);
    QCOMPARE(most, 1);
    QVERIFY(sawWaiting > 0);
    QTRY_COMPARE(connectedReplicas(rig.cv(kSingle)), 3);
}

// istgt update_volstate / trigger_rebuild: with RF 3 and CF 2 one connected quorum replica does
// not make the volume ready, so it is not rebuilt ("Volume(%s) is not ready to accept IOs") and
// stays Degraded; with a second one the volume is ready and, none being Healthy, a mesh rebuild
// starts.
void TestRebuildGating::loneQuorumReplicaStaysDegradedUntilQuorum()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    QVERIFY(setDownNodes(rig, {u"e2e1-node1"_s, u"e2e1-node2"_s, u"e2e1-node3"_s}));
    QTRY_COMPARE(connectedReplicas(rig.cv(kThree)), 0);
    QVERIFY(setDownNodes(rig, {u"e2e1-node1"_s, u"e2e1-node2"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5, kThree)), u"Degraded"_s, 20000);
    QTRY_COMPARE(connectedReplicas(rig.cv(kThree)), 1);
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    for (int i = 0; i < 20; ++i)
        QVERIFY(synced.wait(5000)); // several pool syncs: no rebuild starts
    QCOMPARE(ControllerRig::phase(rig.cvr(kPsz5, kThree)), u"Degraded"_s);
    QCOMPARE(rebuildsOf(rig, kThree), 0);
    QCOMPARE(ControllerRig::phase(rig.cv(kThree)), u"Offline"_s);

    QVERIFY(setDownNodes(rig, {u"e2e1-node2"_s}));
    // the mesh rebuild (a short one: the data is alike)
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(k6qkw, kThree)), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5, kThree)), u"Healthy"_s, 60000);
    QVERIFY(setDownNodes(rig, {}));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cv(kThree)), u"Healthy"_s, 60000);
}

// The state a fault schedule left stuck: a replica rebuilding from the volume's only Healthy
// replica loses it (its node goes down with the third one). istgt fails that rebuild
// (ZVOL_REBUILDING_FAILED), so its replica is one more Degraded quorum replica: when the third
// comes back Degraded too, the two make the volume ready and, none being Healthy, a mesh
// rebuild starts, with the first node still down.
void TestRebuildGating::rebuildThatLostItsHelperIsRetriedAsAMeshRebuild()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    const auto rebuildInto = [&rig](const QString &pool) {
        for (const QJsonValue &rebuild : rig.pools->rebuildTruth()) {
            const QJsonObject r = rebuild.toObject();
            if (r.value("volume"_L1).toString() == kThree && r.value("pool"_L1).toString() == pool)
                return r;
        }
        return QJsonObject();
    };
    rig.pools->setThroughput(kPn9p, 1); // the rebuild into pn9p crawls
    QVERIFY(setDownNodes(rig, {u"e2e1-node2"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(connectedReplicas(rig.cv(kThree)), 2, 20000);
    QVERIFY(setDownNodes(rig, {}));
    QTRY_COMPARE_WITH_TIMEOUT(rebuildInto(kPn9p).value("state"_L1).toString(), u"running"_s, 20000);
    // Both Healthy replicas go: the rebuild has nothing to copy from.
    QVERIFY(setDownNodes(rig, {u"e2e1-node1"_s, u"e2e1-node3"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(rebuildInto(kPn9p).value("stallReason"_L1).toString(),
                              Sim::kNoHelperStall, 20000);
    rig.pools->setThroughput(kPn9p, 5.0 * 1024 * 1024);
    QVERIFY(setDownNodes(rig, {u"e2e1-node1"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPn9p, kThree)), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5, kThree)), u"Healthy"_s, 60000);
    QVERIFY(setDownNodes(rig, {}));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cv(kThree)), u"Healthy"_s, 60000);
}

// CSTOR gtest ZpoolReadOnly, openebs/openebs#2972: the writes of a volume fill pn9p past its
// roThresholdLimit (CO cspi-controller updateROMode); the replica of the volume that writes
// goes Offline and stays out, the idle volumes' replicas there stay Healthy; once the pool is
// writable again the replica reconnects and is rebuilt.
void TestRebuildGating::readOnlyPoolDisconnectsTheReplicasOfVolumesThatWrite()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    rig.pools->setWriteRate(u"openebs"_s, kVolume, 64.0 * 1024 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(status(rig.cspi(kPn9p)).value("readOnly"_L1).toBool(), 30000);
    QVERIFY(rig.eventCount(kCspi, kPn9p, u"Warning"_s,
                           u"Pool storage limit reached to read only threshold limit. Pool "
                           "expansion is required to make its volume replicas RW"_s) >= 1);
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPn9p)), u"Offline"_s);
    QTRY_COMPARE(connectedReplicas(rig.cv()), 1);
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    for (int i = 0; i < 10; ++i)
        QVERIFY(synced.wait(5000));
    QCOMPARE(ControllerRig::phase(rig.cvr(kPn9p)), u"Offline"_s);
    QCOMPARE(ControllerRig::phase(rig.cvr(kPn9p, kIdle)), u"Healthy"_s);
    QCOMPARE(ControllerRig::phase(rig.cvr(kPn9p, kThree)), u"Healthy"_s);
    QCOMPARE(ControllerRig::phase(rig.cvr(k6qkw)), u"Healthy"_s);

    // roThresholdLimit 100: never read-only (CO cspi-controller), the pool takes writes again.
    QJsonObject cspi = rig.cspi(kPn9p);
    QJsonObject spec = cspi.value("spec"_L1).toObject();
    QJsonObject config = spec.value("poolConfig"_L1).toObject();
    config.insert(u"roThresholdLimit"_s, 100);
    spec.insert(u"poolConfig"_s, config);
    cspi.insert(u"spec"_s, spec);
    QVERIFY(std::holds_alternative<QJsonObject>(rig.store->update(u"cstorpoolinstances"_s, cspi)));
    QTRY_VERIFY_WITH_TIMEOUT(!status(rig.cspi(kPn9p)).value("readOnly"_L1).toBool(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPn9p)), u"Healthy"_s, 60000);
    QTRY_COMPARE(connectedReplicas(rig.cv()), 2);
}

// CO docs migrate_cstor_volume.md step 2: the finalizer of a terminating CVR is removed by hand
// while its pool-manager is down. Nothing destroys <pool>/<pv>: its space stays used and the
// CSPI counts it (GetProvisionedAndHealthyReplicaCount reads zfs); when the pool is given to the
// volume again, cVRAddEventHandler finds the dataset: Warning AlreadyPresent, the old IDs kept.
void TestRebuildGating::datasetOfAReplicaDeletedByHandStaysAndIsAdopted()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    const QString name = kThree + u"-"_s + kPn9p;
    const QString replicaId =
        rig.cvr(kPn9p, kThree).value("spec"_L1).toObject().value("replicaid"_L1).toString();
    const QString guid = rig.pools->zvol(name)->guid;
    QVERIFY(setDownNodes(rig, {u"e2e1-node2"_s}));
    const qint64 used = poolUsedBytes(rig, kPn9p);
    const double allocated = rig.pools->zvol(name)->allocatedBytes;
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPsz5}, kThree)));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.cvr(kPn9p, kThree)
                                  .value("metadata"_L1)
                                  .toObject()
                                  .value("deletionTimestamp"_L1)
                                  .toString()
                                  .isEmpty(),
                             30000);
    // kubectl patch cvr <name> --type=json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
    QJsonObject cvr = rig.cvr(kPn9p, kThree);
    QJsonObject metadata = cvr.value("metadata"_L1).toObject();
    metadata.remove(u"finalizers"_s);
    cvr.insert(u"metadata"_s, metadata);
    QVERIFY(std::holds_alternative<QJsonObject>(rig.store->update(u"cstorvolumereplicas"_s, cvr)));
    QTRY_VERIFY(rig.cvr(kPn9p, kThree).isEmpty());

    QVERIFY(setDownNodes(rig, {}));
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    for (int i = 0; i < 10; ++i)
        QVERIFY(synced.wait(5000));
    QVERIFY(rig.pools->zvol(name) != nullptr);
    QCOMPARE(rig.pools->zvol(name)->allocatedBytes, allocated);
    QVERIFY(poolUsedBytes(rig, kPn9p) >= used); // the other replicas there may have caught up
    // pn9p holds the seed volume's, the idle volume's and the orphaned replica.
    QTRY_COMPARE(status(rig.cspi(kPn9p)).value("provisionedReplicas"_L1).toInt(), 3);
    QCOMPARE(rig.eventCount(kCvr, name, u"Normal"_s, u"Received Resource destroy event"_s), 0);

    // Once the CVC has finished the scale-down (the webhook refuses an edit while it runs).
    QTRY_VERIFY_WITH_TIMEOUT(
        std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPsz5, kPn9p}, kThree)), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        rig.eventCount(kCvr, name, u"Warning"_s, u"Resource already present"_s) >= 1, 30000);
    QCOMPARE(rig.pools->zvol(name)->replicaId, replicaId); // the dataset keeps its IDs
    QCOMPARE(rig.pools->zvol(name)->guid, guid);
    QCOMPARE(status(rig.cspi(kPn9p)).value("provisionedReplicas"_L1).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestRebuildGating)
#include "tst_rebuildgating.moc"
