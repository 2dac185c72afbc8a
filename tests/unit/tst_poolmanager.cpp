// The pool-manager: CVR phases and ZFS capacity strings, CSPI status as quantities, rebuilds at a
// per-pool throughput shared among concurrent rebuilds, read-only threshold, node/pool faults.
#include "controllerrig.h"

#include "models/cstor/capacity.h"
#include "tests/common/seednames.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
const QString kVolume = QLatin1String(ControllerRig::seedVolume);
const QString kSmall = u"pvc-7a4e0c19-2b6d-4f8a-b3c5-9d1e8f7a6b42"_s;   // psz5
const QString kElastic = u"pvc-b85d3e27-6c1f-4a9b-8e2d-5f4c3b2a1d53"_s; // pn9p, psz5

QJsonObject status(const QJsonObject &o)
{
    return o.value("status"_L1).toObject();
}
QJsonObject capacity(const QJsonObject &o)
{
    return status(o).value("capacity"_L1).toObject();
}
QJsonArray rebuilds(ControllerRig &rig)
{
    return rig.pools->rebuildTruth();
}
} // namespace

class TestPoolManager : public QObject
{
    Q_OBJECT

private slots:
    void capacityStringsAsZfsAndQuantities();
    void concurrentRebuildsShareThePoolThroughput();
    void readOnlyThresholdWithEvents();
    void nodeDownLeavesStaleStatusAndStallsTheRebuild();
    void offlinePool();
    void deletedReplicaLosesItsFinalizer();
};

void TestPoolManager::capacityStringsAsZfsAndQuantities()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(0); // frozen: syncs only when asked
    rig.pools->syncPool(k6qkw);
    const QJsonObject cvr = rig.cvr(k6qkw);
    QCOMPARE(capacity(cvr).value("total"_L1).toString(), u"1.26G"_s);
    QCOMPARE(capacity(cvr).value("used"_L1).toString(), u"1.47G"_s);
    QCOMPARE(ControllerRig::phase(cvr), u"Healthy"_s);
    QVERIFY(!status(cvr).value("lastUpdateTime"_L1).toString().isEmpty());

    const QJsonObject cspi = rig.cspi(k6qkw);
    const QString used = capacity(cspi).value("used"_L1).toString();
    const QString free = capacity(cspi).value("free"_L1).toString();
    const QString total = capacity(cspi).value("total"_L1).toString();
    QVERIFY(Cstor::Capacity::parseQuantity(used));
    QCOMPARE(total, Cstor::Capacity::formatQuantity(*Cstor::Capacity::parseQuantity(used) +
                                                    *Cstor::Capacity::parseQuantity(free)));
    QCOMPARE(total, u"9630M"_s);
    QCOMPARE(status(cspi).value("provisionedReplicas"_L1).toInt(), 3);
    QCOMPARE(status(cspi).value("healthyReplicas"_L1).toInt(), 3);
    QCOMPARE(status(cspi).value("phase"_L1).toString(), u"ONLINE"_s);
    QCOMPARE(status(cspi).value("readOnly"_L1).toBool(), false);

    // Written only on change: a second sync leaves the resourceVersion alone.
    const QString rv = cspi.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
    rig.pools->syncPool(k6qkw);
    QCOMPARE(rig.cspi(k6qkw).value("metadata"_L1).toObject().value("resourceVersion"_L1).toString(),
             rv);
}

void TestPoolManager::concurrentRebuildsShareThePoolThroughput()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200);
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({kPsz5, k6qkw}, kSmall)));
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({kPn9p, kPsz5, k6qkw}, kElastic)));
    // Both copy into 6qkw at the same time: 5 MiB/s shared.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonArray list = rebuilds(rig);
            int running = 0;
            for (const QJsonValue &v : list)
                running += v.toObject().value("state"_L1).toString() == "running"_L1 ? 1 : 0;
            return running == 2;
        }(),
        20000);
    for (const QJsonValue &v : rebuilds(rig)) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value("pool"_L1).toString(), k6qkw);
        QCOMPARE(r.value("rate"_L1).toInteger(), qint64(5 * 1024 * 1024 / 2));
        QVERIFY(r.value("bytesToCopy"_L1).toInteger() > 0);
        QVERIFY(r.value("newReplica"_L1).toBool());
    }
    // The smaller one finishes first; then the other gets the whole pool.
    QTRY_VERIFY_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(k6qkw, kSmall)) == "Healthy"_L1, 30000);
    QTRY_VERIFY([&] {
        const QJsonArray list = rebuilds(rig);
        return list.size() == 1 &&
               list.first().toObject().value("rate"_L1).toInteger() == 5 * 1024 * 1024;
    }());
    QTRY_VERIFY_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(k6qkw, kElastic)) == "Healthy"_L1, 60000);
}

void TestPoolManager::readOnlyThresholdWithEvents()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(0);
    auto setLimit = [&](int limit) {
        QJsonObject cspi = rig.cspi(k6qkw);
        QJsonObject spec = cspi.value("spec"_L1).toObject();
        QJsonObject config = spec.value("poolConfig"_L1).toObject();
        config.insert(u"roThresholdLimit"_s, limit);
        spec.insert(u"poolConfig"_s, config);
        cspi.insert(u"spec"_s, spec);
        QVERIFY(
            std::holds_alternative<QJsonObject>(rig.store->update(u"cstorpoolinstances"_s, cspi)));
    };
    setLimit(30); // 6qkw is about 34% full
    rig.pools->syncPool(k6qkw);
    QCOMPARE(status(rig.cspi(k6qkw)).value("readOnly"_L1).toBool(), true);
    QCOMPARE(rig.eventCount(u"CStorPoolInstance"_s, k6qkw, u"Warning"_s,
                            u"Pool storage limit reached to read only threshold limit. Pool "
                            "expansion is required to make its volume replicas RW"_s),
             1);
    setLimit(85);
    rig.pools->syncPool(k6qkw);
    QCOMPARE(status(rig.cspi(k6qkw)).value("readOnly"_L1).toBool(), false);
    QCOMPARE(rig.eventCount(u"CStorPoolInstance"_s, k6qkw, u"Normal"_s,
                            u"Pool roThresholdLimit or pool got expanded due to that pool "
                            "readOnly mode is unset"_s),
             1);
    // Forced by the fault plan.
    QString why;
    QVERIFY(rig.faults->apply(QJsonObject{{u"readOnlyPools"_s, QJsonArray{k6qkw}}}, &why));
    rig.pools->syncPool(k6qkw);
    QCOMPARE(status(rig.cspi(k6qkw)).value("readOnly"_L1).toBool(), true);
}

void TestPoolManager::nodeDownLeavesStaleStatusAndStallsTheRebuild()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5)), u"ReconstructingNewReplica"_s,
                              20000);
    QString why;
    QVERIFY(rig.faults->apply(QJsonObject{{u"downNodes"_s, QJsonArray{u"e2e1-node3"_s}}}, &why));
    QTRY_VERIFY(!rebuilds(rig).isEmpty() &&
                rebuilds(rig).first().toObject().value("state"_L1).toString() == "stalled"_L1);
    const qint64 copied = rebuilds(rig).first().toObject().value("bytesCopied"_L1).toInteger();
    const QJsonObject stale = rig.cvr(kPsz5);
    // Its replica drops out of the target's list; its objects keep their last status.
    QTRY_VERIFY([&] {
        const QJsonArray list = status(rig.cv()).value("replicaStatuses"_L1).toArray();
        return list.size() == 2;
    }());
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    for (int i = 0; i < 5; ++i)
        QVERIFY(synced.wait(5000));
    QCOMPARE(rig.cvr(kPsz5), stale);
    QCOMPARE(rebuilds(rig).first().toObject().value("bytesCopied"_L1).toInteger(), copied);

    // The node comes back: the pool-manager restarts (Recreate), the rebuild resumes.
    QVERIFY(rig.faults->apply(QJsonObject{{u"downNodes"_s, QJsonArray()}}, &why));
    QTRY_VERIFY(rig.eventCount(u"CStorVolumeReplica"_s, kVolume + u"-"_s + kPsz5, u"Normal"_s,
                               u"Received Resource create event"_s) >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s, 60000);
}

void TestPoolManager::offlinePool()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    QString why;
    QVERIFY(rig.faults->apply(QJsonObject{{u"offlinePools"_s, QJsonArray{kPn9p}}}, &why));
    QTRY_COMPARE(status(rig.cspi(kPn9p)).value("phase"_L1).toString(), u"OFFLINE"_s);
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPn9p)), u"Offline"_s);
    // RF 2, CF 2 with one healthy replica: the target is not ready.
    QTRY_COMPARE(ControllerRig::phase(rig.cv()), u"Offline"_s);
    QTRY_VERIFY(rig.eventCount(u"CStorVolume"_s, kVolume, u"Warning"_s,
                               u"Volume is in Offline state"_s) >= 1);
    QVERIFY(rig.faults->apply(QJsonObject{{u"offlinePools"_s, QJsonArray()}}, &why));
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPn9p)), u"Healthy"_s);
    QTRY_COMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
}

void TestPoolManager::deletedReplicaLosesItsFinalizer()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200);
    const QString name = kVolume + u"-"_s + kPn9p;
    const auto result = rig.store->remove(u"cstorvolumereplicas"_s, u"openebs"_s, name);
    QVERIFY(std::holds_alternative<QJsonObject>(result));
    QVERIFY(!rig.cvr(kPn9p).isEmpty()); // finalizer: only marked
    QTRY_VERIFY(rig.cvr(kPn9p).isEmpty());
    QCOMPARE(rig.eventCount(u"CStorVolumeReplica"_s, name, u"Normal"_s,
                            u"Received Resource destroy event"_s),
             1);
    QVERIFY(rig.pools->zvol(name) == nullptr);
}

QTEST_GUILESS_MAIN(TestPoolManager)
#include "tst_poolmanager.moc"
