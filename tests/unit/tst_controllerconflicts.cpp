// The cStor controllers write back what they read with its resourceVersion, so a write that
// meets a newer version is refused (409 Conflict) and tried again as upstream tries it
// (CSTOR-CONTROLLERS.md §9.11). The faults document's controllerConflicts makes the next N of
// those writes meet another writer. Driven on an ObjectStore with the simulator's controllers.
#include "controllerrig.h"

#include "models/sim/upstream/controllerwrites.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString k6qkw = u"cspc-stripe-pool-6qkw"_s;
const QString kPn9p = u"cspc-stripe-pool-pn9p"_s;
const QString kPsz5 = u"cspc-stripe-pool-psz5"_s;
const QString kVolume = QLatin1String(ControllerRig::seedVolume);
// Far more than one test makes: every controller write conflicts until it is set back to 0.
constexpr int kEveryWrite = 1000000;

int specInt(const QJsonObject &cv, const char *field)
{
    return cv.value("spec"_L1).toObject().value(QLatin1String(field)).toInt();
}

int istgtInt(ControllerRig &rig, const char *field)
{
    return rig.target->truth(u"openebs"_s, kVolume).value(QLatin1String(field)).toInt();
}

bool zvolHealthy(ControllerRig &rig, const QString &pool)
{
    const Sim::Zvol *zvol = rig.pools->zvol(kVolume + u'-' + pool);
    return zvol && zvol->healthy;
}

QString conflictOn(const QString &resource, const QString &name)
{
    return u"Operation cannot be fulfilled on %1.cstor.openebs.io \"%2\": the object has been "
           "modified; please apply your changes to the latest version and try again"_s.arg(resource,
                                                                                           name);
}
} // namespace

class TestControllerConflicts : public QObject
{
    Q_OBJECT

private slots:
    void controllerWriteCarriesTheVersionItRead();
    void backoffDoublesFromFiveMilliseconds();
    void promotionIsRetriedAfterAConflict();
    void cvcSyncIsRequeuedAfterAConflict();
};

// client-go's Update sends the object as read: a newer write in between is a 409, and the
// fault makes the next write meet one without anything having been written.
void TestControllerConflicts::controllerWriteCarriesTheVersionItRead()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    const Sim::ControllerWrites writes(rig.store, rig.faults);
    QJsonObject edited = rig.cv();
    QJsonObject metadata = edited.value("metadata"_L1).toObject();
    QJsonObject labels = metadata.value("labels"_L1).toObject();
    labels.insert(u"example"_s, u"1"_s);
    metadata.insert(u"labels"_s, labels);
    edited.insert(u"metadata"_s, metadata);
    const auto first = writes.update(u"cstorvolumes"_s, edited);
    QVERIFY(std::holds_alternative<QJsonObject>(first));
    // The same object again carries the version it was read with, which is now old.
    const auto stale = writes.update(u"cstorvolumes"_s, edited);
    QVERIFY(Sim::ControllerWrites::isConflict(stale));
    QCOMPARE(std::get<Sim::ApiError>(stale).message, conflictOn(u"cstorvolumes"_s, kVolume));

    QVERIFY(rig.faults->apply({{u"controllerConflicts"_s, 1}}, &error));
    const QJsonObject latest = rig.cv();
    const QString version =
        latest.value("metadata"_L1).toObject().value("resourceVersion"_L1).toString();
    QVERIFY(Sim::ControllerWrites::isConflict(writes.update(u"cstorvolumes"_s, latest)));
    QCOMPARE(rig.faults->controllerConflicts, 0);
    QCOMPARE(rig.cv().value("metadata"_L1).toObject().value("resourceVersion"_L1).toString(),
             version);
    QVERIFY(std::holds_alternative<QJsonObject>(writes.update(u"cstorvolumes"_s, latest)));
}

// workqueue.DefaultControllerRateLimiter's per-item part: 5 ms, doubled, at most 1000 s;
// Forget starts it over.
void TestControllerConflicts::backoffDoublesFromFiveMilliseconds()
{
    Sim::RequeueBackoff backoff;
    QCOMPARE(backoff.failed(u"a"_s), 0.005);
    QCOMPARE(backoff.failed(u"a"_s), 0.01);
    QCOMPARE(backoff.failed(u"b"_s), 0.005);
    QCOMPARE(backoff.failed(u"a"_s), 0.02);
    for (int i = 0; i < 40; ++i)
        backoff.failed(u"a"_s);
    QCOMPARE(backoff.failed(u"a"_s), 1000.0);
    backoff.forget(u"a"_s);
    QCOMPARE(backoff.failed(u"a"_s), 0.005);
}

// ISTGT replication.c update_trusty_replica_list: the target server's CV update
// (UpdateCVWithReplicationDetails) must succeed before istgt takes the new RF and CF; when it
// fails the rebuilt replica stays out of the quorum and the promotion is tried again at the
// next status poll (handle_transition_from_unknown_to_known returns < 0: "will retry again").
void TestControllerConflicts::promotionIsRetriedAfterAConflict()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(4.0 * 1024 * 1024); // a rebuild of some simulated seconds
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_VERIFY_WITH_TIMEOUT(rig.pools->zvol(kVolume + u'-' + kPsz5) != nullptr, 30000);
    QVERIFY(!zvolHealthy(rig, kPsz5));
    QVERIFY(rig.faults->apply({{u"controllerConflicts"_s, kEveryWrite}}, &error));

    QTRY_VERIFY_WITH_TIMEOUT(zvolHealthy(rig, kPsz5), 60000);
    // Two status polls and more: the promotion was tried and refused each time.
    const int before = rig.faults->controllerConflicts;
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 18, 30000); // every volume, three times at least
    QVERIFY(rig.faults->controllerConflicts < before);
    QCOMPARE(istgtInt(rig, "istgtReplicationFactor"), 2);
    QCOMPARE(
        rig.target->truth(u"openebs"_s, kVolume).value("istgtTrustyReplicas"_L1).toArray().size(),
        2);
    QCOMPARE(specInt(rig.cv(), "replicationFactor"), 2);

    QVERIFY(rig.faults->apply({{u"controllerConflicts"_s, 0}}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(specInt(rig.cv(), "replicationFactor"), 3, 30000);
    QCOMPARE(istgtInt(rig, "istgtReplicationFactor"), 3);
    QCOMPARE(specInt(rig.cv(), "consistencyFactor"), 2);
    QCOMPARE(rig.cv()
                 .value("spec"_L1)
                 .toObject()
                 .value("replicaDetails"_L1)
                 .toObject()
                 .value("knownReplicas"_L1)
                 .toObject()
                 .size(),
             3);
}

// CO cstorvolumeconfig controller_base.go processNextWorkItem: a failed syncCVC is put back with
// AddRateLimited, so the CV's DRF edit that met a conflict is made again within milliseconds,
// long before the next resync (an hour here).
void TestControllerConflicts::cvcSyncIsRequeuedAfterAConflict()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.faults->pausedControllers = {u"pool"_s, u"target"_s, u"cspc"_s};
    rig.start(200, 3600);
    QSignalSpy synced(rig.cvc, &Sim::CvcController::synced);
    QTRY_VERIFY(synced.count() >= 1); // the start's sync of every CVC
    QVERIFY(rig.faults->apply({{u"controllerConflicts"_s, 1}}, &error));
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));

    QTRY_COMPARE(specInt(rig.cv(), "desiredReplicationFactor"), 3);
    QCOMPARE(rig.faults->controllerConflicts, 0);
    QCOMPARE(rig.eventCount(u"CStorVolumeConfig"_s, kVolume, u"Warning"_s,
                            conflictOn(u"cstorvolumes"_s, kVolume)),
             1);
    QTRY_VERIFY(!rig.cvr(kPsz5).isEmpty());
}

QTEST_GUILESS_MAIN(TestControllerConflicts)
#include "tst_controllerconflicts.moc"
