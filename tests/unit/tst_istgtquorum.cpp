// The volume target's own quorum state, as istgt keeps it (CSTOR-CONTROLLERS.md §9.1, §9.2):
// the voting replicas change only by promotion and a successful `istgtcontrol DRF`, and istgt
// refuses to lower its DRF unless DRF == RF and the new DRF is RF-1. Driven on an ObjectStore
// with the simulator's controllers and a fast clock.
#include "controllerrig.h"

#include "models/sim/upstream/istgtreplication.h"
#include "models/sim/upstream/podnames.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kCv = u"CStorVolume"_s;
const QString kCvc = u"CStorVolumeConfig"_s;
const QString k6qkw = u"cspc-stripe-pool-6qkw"_s;
const QString kPn9p = u"cspc-stripe-pool-pn9p"_s;
const QString kPsz5 = u"cspc-stripe-pool-psz5"_s;
const QString kNode3 = u"e2e1-node3"_s; // psz5's node
const QString kVolume = QLatin1String(ControllerRig::seedVolume);

int specInt(const QJsonObject &cv, const char *field)
{
    return cv.value("spec"_L1).toObject().value(QLatin1String(field)).toInt();
}

int connectedReplicas(const QJsonObject &cv)
{
    return int(cv.value("status"_L1).toObject().value("replicaStatuses"_L1).toArray().size());
}

QString failUpdate(int drf, const QString &error)
{
    return u"failed to update desired replication factor to %1 Error: %2"_s.arg(drf).arg(error);
}

QString invalidDrfChange(int currentDrf, int rf, int requested)
{
    return u"failed to execute istgtcontrol DRF command on volume %1 resp: ERR current desired "
           "replication factor(%2) and replication factor(%3) but requested desired replication "
           "factor(%4) are invalid changes"_s.arg(kVolume)
               .arg(currentDrf)
               .arg(rf)
               .arg(requested);
}

int istgtInt(ControllerRig &rig, const char *field)
{
    return rig.target->truth(u"openebs"_s, kVolume).value(QLatin1String(field)).toInt();
}

// The seed volume on 6qkw and pn9p, scaled up to psz5 and waited for until psz5 votes.
void scaleUpToThreeVotingReplicas(ControllerRig &rig)
{
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE_WITH_TIMEOUT(specInt(rig.cv(), "replicationFactor"), 3, 30000);
    QTRY_COMPARE(istgtInt(rig, "istgtReplicationFactor"), 3);
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s);
    QTRY_COMPARE(connectedReplicas(rig.cv()), 3);
}
} // namespace

class TestIstgtQuorum : public QObject
{
    Q_OBJECT

private slots:
    void drfCommandFollowsIstgtsGuard();
    void targetPodNameIsStable();
    void lostNewReplicaAfterScaleDownBeganKeepsTheVolumeHealthy();
    void rollbackOfAnUnpromotedReplicaLeavesTheDrfUntilTheTargetRestarts();
    void removingTheSourceDuringTheRebuildWaitsForThePromotion();
    void drfEditIsIgnoredAsEveryOtherSpecEdit();
};

void TestIstgtQuorum::drfCommandFollowsIstgtsGuard()
{
    const QJsonObject cv{
        {u"spec"_s, QJsonObject{{u"replicationFactor"_s, 2},
                                {u"consistencyFactor"_s, 2},
                                {u"desiredReplicationFactor"_s, 2},
                                {u"replicaDetails"_s,
                                 QJsonObject{{u"knownReplicas"_s,
                                              QJsonObject{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}}}}}}};
    Sim::IstgtReplication istgt = Sim::IstgtReplication::fromVolume(cv);
    const QList<Sim::IstgtReplication::Connected> both{{u"A"_s, true, true}, {u"B"_s, true, true}};
    // A scale-up raises the DRF; a new replica may then connect and is promoted with RF+1.
    QVERIFY(istgt.drf(3, {}, both).ok);
    QVERIFY(istgt.canConnect(u"C"_s, u"3"_s, 2));
    QCOMPARE(istgt.promote(u"C"_s, u"3"_s), Sim::IstgtReplication::Promotion::ScaledUp);
    QCOMPARE(istgt.replicationFactor(), 3);
    QCOMPARE(istgt.consistencyFactor(), 2);
    // A fourth unknown replica may not connect: RF == DRF.
    QVERIFY(!istgt.canConnect(u"D"_s, u"4"_s, 2));
    // Lowering by two at once is refused, and so is a list naming a replica that does not vote.
    const auto tooFar = istgt.drf(1, {u"A"_s}, both);
    QVERIFY(!tooFar.ok);
    QVERIFY(tooFar.response.endsWith(u"are invalid changes"_s));
    QVERIFY(!istgt.drf(2, {u"A"_s, u"X"_s}, both).ok);
    // RF-1 with the kept IDs: C, connected and voting, is the one removed.
    const QList<Sim::IstgtReplication::Connected> three{
        {u"A"_s, true, true}, {u"B"_s, true, true}, {u"C"_s, true, true}};
    const auto down = istgt.drf(2, {u"A"_s, u"B"_s}, three);
    QVERIFY2(down.ok, qPrintable(down.response));
    QCOMPARE(down.removedReplicaId, u"C"_s);
    QCOMPARE(istgt.trusty().keys(), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(istgt.replicationFactor(), 2);
    // While a scale-up is unpromoted (DRF 3, RF 2), lowering the DRF back is refused.
    QVERIFY(istgt.drf(3, {}, both).ok);
    const auto rollback = istgt.drf(2, {}, both);
    QVERIFY(!rollback.ok);
    QCOMPARE(rollback.response,
             u"ERR current desired replication factor(3) and replication factor(2) but "
             "requested desired replication factor(2) are invalid changes"_s);
    QCOMPARE(istgt.desiredReplicationFactor(), 3);
    // A DRF of 0 is taken literally: one replica scales down to none (openebs#2981).
    Sim::IstgtReplication single = Sim::IstgtReplication::fromVolume(QJsonObject{
        {u"spec"_s,
         QJsonObject{{u"replicationFactor"_s, 1},
                     {u"consistencyFactor"_s, 1},
                     {u"desiredReplicationFactor"_s, 1},
                     {u"replicaDetails"_s,
                      QJsonObject{{u"knownReplicas"_s, QJsonObject{{u"A"_s, u"1"_s}}}}}}}});
    const auto last = single.drf(0, {}, {{u"A"_s, true, true}});
    QVERIFY(last.ok);
    QCOMPARE(last.removedReplicaId, u"A"_s);
    QCOMPARE(single.replicationFactor(), 0);
}

// The target pod's name, as events name their source: the same for the same volume, in
// Kubernetes' form <deployment>-<10>-<5>.
void TestIstgtQuorum::targetPodNameIsStable()
{
    QCOMPARE(Sim::PodNames::ofDeployment(kVolume + u"-target"_s, kVolume),
             u"pvc-d1b26676-5035-4e5b-b564-68869b023306-target-vrg6xh7s4s-psh54"_s);
}

// CO volume-mgmt triggerScaleDownProcess -> AreSpecReplicasHealthy: istgt still counts the
// source as a voter, so the volume stays Healthy and the scale-down fails every resync.
void TestIstgtQuorum::lostNewReplicaAfterScaleDownBeganKeepsTheVolumeHealthy()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(200.0 * 1024 * 1024);
    rig.start();
    scaleUpToThreeVotingReplicas(rig);
    if (QTest::currentTestFailed())
        return;

    rig.faults->downNodes.insert(kNode3);
    emit rig.faults->changed();
    QTRY_COMPARE(connectedReplicas(rig.cv()), 2);
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPsz5})));

    const QString stuck = failUpdate(2, u"spec replicas are not in healthy state"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rig.eventCount(kCv, kVolume, u"Warning"_s, stuck) >= 3, 30000);
    QTRY_VERIFY(rig.eventCount(kCvc, kVolume, u"Warning"_s,
                               u"Scaling down volume replicas from 3 to 2 is in progress"_s) >= 2);
    QCOMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
    QCOMPARE(istgtInt(rig, "istgtReplicationFactor"), 3);
    QCOMPARE(specInt(rig.cv(), "replicationFactor"), 3); // the check fails before the RF write
    QVERIFY(!rig.cvr(kPn9p).isEmpty());                  // the source is kept
    // Its pool manager went with the node: the lost replica keeps the phase it last wrote.
    QCOMPARE(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s);
}

// istgt_uctl_cmd_desired_rf: the unpromoted replica is gone from the CVC, but istgt's DRF stays
// 3; volume-mgmt retries the DRF every resync until the target pod restarts from the CV.
void TestIstgtQuorum::rollbackOfAnUnpromotedReplicaLeavesTheDrfUntilTheTargetRestarts()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(64.0 * 1024); // a rebuild that does not end in this test
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE_WITH_TIMEOUT(istgtInt(rig, "istgtDesiredReplicationFactor"), 3, 30000);
    QTRY_VERIFY(!rig.cvr(kPsz5).isEmpty());

    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p})));
    QTRY_VERIFY(rig.cvr(kPsz5).isEmpty()); // the CVC side finishes
    const QString refused = failUpdate(2, invalidDrfChange(3, 2, 2));
    QTRY_VERIFY_WITH_TIMEOUT(rig.eventCount(kCv, kVolume, u"Warning"_s, refused) >= 3, 30000);
    QCOMPARE(istgtInt(rig, "istgtDesiredReplicationFactor"), 3);
    QCOMPARE(specInt(rig.cv(), "desiredReplicationFactor"), 2);

    QVERIFY(rig.target->restart(u"openebs"_s, kVolume));
    QCOMPARE(istgtInt(rig, "istgtDesiredReplicationFactor"), 2);
    const int before = rig.eventCount(kCv, kVolume, u"Warning"_s, refused);
    QSignalSpy synced(rig.target, &Sim::VolumeTarget::volumeSynced);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 12, 30000); // every volume, twice at least
    QCOMPARE(rig.eventCount(kCv, kVolume, u"Warning"_s, refused), before);
    QTRY_COMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
}

// The source leaves the CV's known replicas before the new replica votes: istgt refuses the
// DRF (3 != 2) until the promotion, then removes the source.
void TestIstgtQuorum::removingTheSourceDuringTheRebuildWaitsForThePromotion()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(2.0 * 1024 * 1024);
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    QTRY_COMPARE_WITH_TIMEOUT(istgtInt(rig, "istgtDesiredReplicationFactor"), 3, 30000);
    QTRY_VERIFY(!rig.cvr(kPsz5).isEmpty());
    QCOMPARE(istgtInt(rig, "istgtReplicationFactor"), 2);

    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPsz5})));
    const QString refused = failUpdate(2, invalidDrfChange(3, 2, 2));
    QTRY_VERIFY_WITH_TIMEOUT(rig.eventCount(kCv, kVolume, u"Warning"_s, refused) >= 1, 30000);
    if (istgtInt(rig, "istgtReplicationFactor") == 2)
        QVERIFY(!rig.cvr(kPn9p).isEmpty()); // not removed before the promotion

    QTRY_VERIFY_WITH_TIMEOUT(rig.cvr(kPn9p).isEmpty(), 60000);
    QTRY_COMPARE(ControllerRig::phase(rig.cvr(kPsz5)), u"Healthy"_s);
    QTRY_COMPARE(specInt(rig.cv(), "replicationFactor"), 2);
    QCOMPARE(istgtInt(rig, "istgtReplicationFactor"), 2);
    QCOMPARE(
        rig.target->truth(u"openebs"_s, kVolume).value("istgtTrustyReplicas"_L1).toArray().size(),
        2);
}

// CO volume-mgmt handler.go QOpModify: the DRF is reconciled (Normal Updated) and then, as for
// every spec edit that is not a resize, Warning FailUpdate "Ignoring changes on volume".
void TestIstgtQuorum::drfEditIsIgnoredAsEveryOtherSpecEdit()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    rig.pools->setDefaultThroughput(64.0 * 1024); // no promotion (a spec edit) in this test
    rig.start();
    QVERIFY(std::holds_alternative<QJsonObject>(rig.setPools({k6qkw, kPn9p, kPsz5})));
    const QString updated = u"Successfully updated the desiredReplicationFactor to 3"_s;
    QTRY_VERIFY_WITH_TIMEOUT(rig.eventCount(kCv, kVolume, u"Normal"_s, updated) == 1, 30000);
    QCOMPARE(rig.eventCount(kCv, kVolume, u"Warning"_s, u"Ignoring changes on volume "_s + kVolume),
             1);
    QCOMPARE(specInt(rig.cv(), "replicationFactor"), 2);
}

QTEST_GUILESS_MAIN(TestIstgtQuorum)
#include "tst_istgtquorum.moc"
