// The CVC controller: scale up and scale down as upstream (CSTOR-CONTROLLERS.md §1.4, §1.5),
// with the target's promotion and DRF reconcile, driven on an ObjectStore with a fast clock.
#include "controllerrig.h"

#include "models/cstor/capacity.h"
#include "tests/common/seednames.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCvc = u"CStorVolumeConfig"_s;
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
const QString kVolume = QLatin1String(ControllerRig::seedVolume);

QStringList poolInfo(const QJsonObject &cvc)
{
    QStringList names;
    for (const QJsonValue &v : cvc.value("status"_L1).toObject().value("poolInfo"_L1).toArray())
        names.append(v.toString());
    return names;
}

int specInt(const QJsonObject &cv, const char *field)
{
    return cv.value("spec"_L1).toObject().value(QLatin1String(field)).toInt();
}

int knownCount(const QJsonObject &cv, const char *part)
{
    return int(cv.value(QLatin1String(part))
                   .toObject()
                   .value("replicaDetails"_L1)
                   .toObject()
                   .value("knownReplicas"_L1)
                   .toObject()
                   .size());
}
// The CVR on psz5 as upstream's createCVR writes it.
void createdReplicaIsAsUpstreamWritesIt(ControllerRig &rig)
{
    const QJsonObject cvr = rig.cvr(kPsz5);
    const QJsonObject labels = cvr.value("metadata"_L1).toObject().value("labels"_L1).toObject();
    QCOMPARE(labels.value("cstorpoolinstance.openebs.io/name"_L1).toString(), kPsz5);
    QCOMPARE(labels.value("cstorpoolinstance.openebs.io/uid"_L1).toString(),
             rig.cspi(kPsz5).value("metadata"_L1).toObject().value("uid"_L1).toString());
    QCOMPARE(labels.value("openebs.io/persistent-volume"_L1).toString(), kVolume);
    QCOMPARE(cvr.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .value("cstorpoolinstance.openebs.io/hostname"_L1)
                 .toString(),
             u"e2e1-node3"_s);
    QCOMPARE(cvr.value("metadata"_L1).toObject().value("finalizers"_L1).toArray(),
             QJsonArray{u"cstorvolumereplica.openebs.io/finalizer"_s});
    const QJsonObject owner = cvr.value("metadata"_L1)
                                  .toObject()
                                  .value("ownerReferences"_L1)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(owner.value("kind"_L1).toString(), u"CStorVolume"_s);
    QCOMPARE(owner.value("uid"_L1).toString(),
             rig.cv().value("metadata"_L1).toObject().value("uid"_L1).toString());
    QCOMPARE(cvr.value("spec"_L1).toObject().value("replicaid"_L1).toString(),
             Sim::CvcController::replicaIdFor(kVolume, kPsz5));
    QCOMPARE(cvr.value("spec"_L1).toObject().value("capacity"_L1).toString(), u"5Gi"_s);
}

} // namespace

class TestCvcController : public QObject
{
    Q_OBJECT

private slots:
    void replicaIdIsXxhashOfTheJsonString();
    void scaleUpCreatesTheReplicaFirstAndPromotesAfterRebuild();
    void scaleDownWaitsForTheTargetThenDeletes();
    void missingPoolFailsWithTheUpstreamMessageEveryResync();
    void pausedControllerDoesNothingUntilResumed();
    void deletingTheVolumeCollectsEverything();
};

void TestCvcController::replicaIdIsXxhashOfTheJsonString()
{
    // Reference values of XXH64 with seed 0.
    QCOMPARE(Sim::CvcController::xxhash64(QByteArray()), 0xEF46DB3751D8E999ull);
    QCOMPARE(Sim::CvcController::xxhash64(QByteArray("a")), 0xD24EC4F1A98C6E5Bull);
    QCOMPARE(Sim::CvcController::xxhash64(QByteArray("Nobody inspects the spammish repetition")),
             0xFBCEA83C8A378BF1ull);
    const QString id = Sim::CvcController::replicaIdFor(u"pv"_s, u"pool"_s);
    QCOMPARE(id, QString::number(Sim::CvcController::xxhash64(QByteArray("\"pv-pool\""))));
}

void TestCvcController::scaleUpCreatesTheReplicaFirstAndPromotesAfterRebuild()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start();

    // Every phase and USED the new CVR is written with, in order.
    QStringList phases;
    QList<qint64> usedWhileRebuilding;
    const QString newCvr = kVolume + u"-"_s + kPsz5;
    QObject::connect(
        rig.store, &Sim::ObjectStore::changed, &rig.parent, [&](const Sim::StoreEvent &event) {
            if (event.resource != "cstorvolumereplicas"_L1 ||
                event.object.value("metadata"_L1).toObject().value("name"_L1) != newCvr)
                return;
            const QString phase = ControllerRig::phase(event.object);
            if (phases.isEmpty() || phases.last() != phase)
                phases.append(phase);
            if (phase == "ReconstructingNewReplica"_L1) {
                const QString used = event.object.value("status"_L1)
                                         .toObject()
                                         .value("capacity"_L1)
                                         .toObject()
                                         .value("used"_L1)
                                         .toString();
                usedWhileRebuilding.append(Cstor::Capacity::parseZfsSize(used).value_or(-1));
            }
        });

    const auto result = rig.setPools({k6qkw, kPn9p, kPsz5});
    QVERIFY(std::holds_alternative<QJsonObject>(result));

    // One pass: CV DRF raised, CVR created (Recreate), poolInfo updated, event.
    QTRY_COMPARE(poolInfo(rig.cvc_()), (QStringList{k6qkw, kPn9p, kPsz5}));
    QCOMPARE(specInt(rig.cv(), "desiredReplicationFactor"), 3);
    QCOMPARE(specInt(rig.cv(), "replicationFactor"), 2); // not before the rebuild
    QVERIFY(!rig.cvr(kPsz5).isEmpty());
    QTRY_COMPARE(
        rig.eventCount(kCvc, kVolume, u"Normal"_s, u"successfully scaled volume replicas to 3"_s),
        1);
    for (const QJsonObject &event : rig.eventsFor(kCvc, kVolume)) {
        if (event.value("reason"_L1).toString() != "ScalingVolumeReplicas"_L1)
            continue;
        QCOMPARE(event.value("source"_L1).toObject().value("component"_L1).toString(),
                 u"cstorvolumeclaim-controller"_s);
        QCOMPARE(event.value("involvedObject"_L1).toObject().value("namespace"_L1).toString(),
                 u"openebs"_s);
    }

    createdReplicaIsAsUpstreamWritesIt(rig);
    if (QTest::currentTestFailed())
        return;

    // Rebuilt, then promoted: RF+1, CF=RF/2+1, knownReplicas.
    QTRY_COMPARE_WITH_TIMEOUT(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s, 30000);
    QTRY_COMPARE(specInt(rig.cv(), "replicationFactor"), 3);
    QCOMPARE(specInt(rig.cv(), "consistencyFactor"), 2);
    QCOMPARE(knownCount(rig.cv(), "spec"), 3);
    QCOMPARE(phases, (QStringList{u"Recreate"_s, u"Offline"_s, u"NewReplicaDegraded"_s,
                                  u"ReconstructingNewReplica"_s, u"Healthy"_s}));
    QVERIFY2(usedWhileRebuilding.size() >= 2, "USED should be reported while rebuilding");
    for (int i = 1; i < usedWhileRebuilding.size(); ++i)
        QVERIFY(usedWhileRebuilding[i] > usedWhileRebuilding[i - 1]);
    QTRY_COMPARE(rig.cvr(kPsz5)
                     .value("status"_L1)
                     .toObject()
                     .value("capacity"_L1)
                     .toObject()
                     .value("used"_L1),
                 QJsonValue(u"1.47G"_s));
    QTRY_COMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
    QTRY_COMPARE(
        rig.cv().value("status"_L1).toObject().value("replicaStatuses"_L1).toArray().size(), 3);
}

void TestCvcController::scaleDownWaitsForTheTargetThenDeletes()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(200.0 * 1024 * 1024); // a quick rebuild
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE_WITH_TIMEOUT(specInt(rig.cv(), "replicationFactor"), 3, 30000);
    QTRY_COMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s);

    const auto result = rig.setPools({k6qkw, kPsz5});
    QVERIFY(std::holds_alternative<QJsonObject>(result));
    QTRY_COMPARE(rig.eventCount(kCvc, kVolume, u"Warning"_s,
                                u"Scaling down volume replicas from 3 to 2 is in progress"_s),
                 1);
    QCOMPARE(specInt(rig.cv(), "desiredReplicationFactor"), 2);
    QTRY_VERIFY(rig.cvr(kPn9p).isEmpty()); // deleted at the next resync, finalizer removed
    QTRY_COMPARE(poolInfo(rig.cvc_()), (QStringList{k6qkw, kPsz5}));
    QTRY_COMPARE(
        rig.eventCount(kCvc, kVolume, u"Normal"_s, u"successfully scaled volume replicas to 2"_s),
        1);
    QCOMPARE(specInt(rig.cv(), "replicationFactor"), 2);
    QCOMPARE(specInt(rig.cv(), "consistencyFactor"), 2);
    QCOMPARE(knownCount(rig.cv(), "spec"), 2);
    QCOMPARE(knownCount(rig.cv(), "status"), 2);
    QVERIFY(rig.eventCount(u"CStorVolume"_s, kVolume, u"Normal"_s,
                           u"Successfully updated the desiredReplicationFactor to 2"_s) >= 1);
}

void TestCvcController::missingPoolFailsWithTheUpstreamMessageEveryResync()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start(200, 10);
    QVERIFY(std::holds_alternative<QJsonObject>(
        rig.setPools({k6qkw, kPn9p, u"cspc-stripe-pool-typo"_s})));
    const QString message =
        u"[failed to get cstorpoolinstance cspc-stripe-pool-typo error: "
        "cstorpoolinstances.cstor.openebs.io \"cspc-stripe-pool-typo\" not found]"_s;
    QTRY_COMPARE(rig.eventCount(kCvc, kVolume, u"Warning"_s, message), 1);
    QCOMPARE(specInt(rig.cv(), "desiredReplicationFactor"), 3); // raised first, stays raised
    QCOMPARE(poolInfo(rig.cvc_()), (QStringList{k6qkw, kPn9p}));
    QTRY_VERIFY(rig.eventCount(kCvc, kVolume, u"Warning"_s, message) >= 3); // every resync

    // Reverting is refused while the scale-up is "in progress".
    const auto revert = rig.setPools({k6qkw, kPn9p});
    QVERIFY(std::holds_alternative<Sim::ApiError>(revert));
    QCOMPARE(std::get<Sim::ApiError>(revert).message,
             u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "
             "scaling of CVC "_s +
                 kVolume + u" is already in progress"_s);
    // Replacing the bad name at the same length passes and completes.
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE(poolInfo(rig.cvc_()), (QStringList{k6qkw, kPn9p, kPsz5}));
}

void TestCvcController::pausedControllerDoesNothingUntilResumed()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.faults->pausedControllers.insert(u"cvc"_s);
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    QVERIFY(synced.wait(5000)); // time passes...
    QVERIFY(synced.wait(5000));
    QVERIFY(rig.cvr(kPsz5).isEmpty()); // ...but nothing was scaled
    QCOMPARE(poolInfo(rig.cvc_()).size(), 2);
    QString why;
    QVERIFY(rig.faults->apply(QJsonObject{{u"pausedControllers"_s, QJsonArray()}}, &why));
    QTRY_VERIFY(!rig.cvr(kPsz5).isEmpty());
    QTRY_COMPARE(poolInfo(rig.cvc_()).size(), 3);
}

void TestCvcController::deletingTheVolumeCollectsEverything()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.start();
    rig.store->remove(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume);
    QTRY_VERIFY(rig.cvc_().isEmpty());
    QTRY_VERIFY(rig.cv().isEmpty());
    QTRY_VERIFY(rig.cvr(k6qkw).isEmpty());
    QTRY_VERIFY(rig.cvr(kPn9p).isEmpty());
}

QTEST_GUILESS_MAIN(TestCvcController)
#include "tst_cvccontroller.moc"
