// The recovery planner on hand-built snapshots of the seed volume: nothing to do when healthy;
// a scale-up whose new replica's node is down is rolled back and the target restarted; a
// refused DRF restarts the target (until a new target pod runs); a stuck scale-down and a scale-up
// the CVC's status does not list yet are explained, not changed; a scale-up to a pool name no
// pool has is repaired by replacing the name with the closest usable pool; a replica on a lost
// node points to the lost node's recovery with what it would do for the volume; a replica deleted
// by hand is created again with the replica id the target still knows; a pool whose import fails
// (PoolLost, its phase still ONLINE) is never used.
#include "models/recovery/recoveryplanner.h"
#include "tests/unit/doctorfixture.h"

#include <QTest>

using namespace DoctorFixture;
using Recovery::RecoveryPlan;
using Recovery::RecoveryPlanner;
using Recovery::RecoveryStep;

class TestRecoveryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void healthyVolumeHasNothingToDo();
    void unknownVolumeIsNotFound();
    void lostNewReplicaIsRemovedThenTargetRestarted();
    void rebuildingNewReplicaIsLeftAlone();
    void refusedDrfRestartsTheTarget();
    void rollbackLeavingDrfHighRestartsTheTarget();
    void stuckScaleDownIsExplained();
    void scaleUpNotInStatusIsExplained();
    void typoPoolIsReplacedByTheClosestUsablePool();
    void onlyTheRestartedTargetsReportCounts();
    void replicaOnALostNodePointsToItsRecovery();
    void deletedReplicaIsCreatedAgainWithItsKnownId();
    void poolWhoseImportFailsIsNeverUsed();

private:
    static RecoveryPlan plan(const Kube::ClusterDelta &delta, const QStringList &notReady = {},
                             const QString &targetPod = {})
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(delta);
        snapshot.setNodes(nodes(notReady));
        return RecoveryPlanner::plan(snapshot, kVolume, targetPod);
    }
    // The seed volume scaled up to pool 3, whose new replica is not promoted yet.
    static Kube::ClusterDelta scaledUp(Cstor::ReplicaPhase phase)
    {
        Kube::ClusterDelta delta = healthy();
        cvcOf(delta).specPools << kPool3;
        cvcOf(delta).statusPools << kPool3;
        cvOf(delta).desiredReplicationFactor = 3;
        delta.replicas.upserted << newReplica(phase);
        return delta;
    }
};

void TestRecoveryPlanner::healthyVolumeHasNothingToDo()
{
    const RecoveryPlan result = plan(healthy());
    QCOMPARE(result.kind, RecoveryPlan::Kind::NothingToDo);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.problems.isEmpty());
}

void TestRecoveryPlanner::unknownVolumeIsNotFound()
{
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(healthy());
    QCOMPARE(RecoveryPlanner::plan(snapshot, QStringLiteral("pvc-none")).kind,
             RecoveryPlan::Kind::NotFound);
}

void TestRecoveryPlanner::lostNewReplicaIsRemovedThenTargetRestarted()
{
    const RecoveryPlan result =
        plan(scaledUp(Cstor::ReplicaPhase::Offline), {QStringLiteral("e2e1-node3")});
    QCOMPARE(result.kind, RecoveryPlan::Kind::Repair);
    QCOMPARE(result.steps.size(), 2);
    QCOMPARE(result.steps[0].action, RecoveryStep::Action::RemovePool);
    QCOMPARE(result.steps[0].pool, kPool3);
    QCOMPARE(result.steps[1].action, RecoveryStep::Action::RestartTarget);
    QVERIFY(result.steps[1].afterRefusal);
    QVERIFY(result.problems.join(u'\n').contains(QStringLiteral("e2e1-node3 of pool")));

    // An offline pool is as lost as a down node.
    Kube::ClusterDelta offline = scaledUp(Cstor::ReplicaPhase::Offline);
    poolNamed(offline, kPool3).phase = Cstor::PoolPhase::Offline;
    poolNamed(offline, kPool3).phaseText = QStringLiteral("OFFLINE");
    QCOMPARE(plan(offline).steps.value(0).pool, kPool3);
}

void TestRecoveryPlanner::rebuildingNewReplicaIsLeftAlone()
{
    const RecoveryPlan result = plan(scaledUp(Cstor::ReplicaPhase::ReconstructingNewReplica));
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
}

void TestRecoveryPlanner::refusedDrfRestartsTheTarget()
{
    Kube::ClusterDelta delta = healthy();
    Cstor::Event refusal = cvEvent(
        QStringLiteral("FailUpdate"),
        QStringLiteral("failed to update desired replication factor to 2 Error: ... are invalid "
                       "changes"),
        3);
    // volume-mgmt's events name the target pod as their source.
    refusal.sourceComponent = QStringLiteral("pvc-1-target-old");
    delta.events.upserted << refusal;
    const RecoveryPlan result = plan(delta, {}, QStringLiteral("pvc-1-target-old"));
    QCOMPARE(result.kind, RecoveryPlan::Kind::Repair);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps[0].action, RecoveryStep::Action::RestartTarget);
    QVERIFY(!result.steps[0].afterRefusal);
    // Unknown pod: any refusal counts.
    QCOMPARE(plan(delta).kind, RecoveryPlan::Kind::Repair);
    // The restarted target (a new pod) has not refused, whatever the old one said last.
    QCOMPARE(plan(delta, {}, QStringLiteral("pvc-1-target-new")).kind,
             RecoveryPlan::Kind::NothingToDo);
}

void TestRecoveryPlanner::rollbackLeavingDrfHighRestartsTheTarget()
{
    Kube::ClusterDelta delta = healthy();
    cvOf(delta).desiredReplicationFactor = 3;
    const RecoveryPlan result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Repair);
    QCOMPARE(result.steps.value(0).action, RecoveryStep::Action::RestartTarget);
}

void TestRecoveryPlanner::stuckScaleDownIsExplained()
{
    // The documented move: pool 3 added and promoted, pool 1 being removed, pool 3's node lost.
    Kube::ClusterDelta delta = healthy();
    cvcOf(delta).specPools = {kPool2, kPool3};
    cvcOf(delta).statusPools = {kPool1, kPool2, kPool3};
    cvOf(delta).replicationFactor = 3;
    cvOf(delta).desiredReplicationFactor = 2;
    delta.replicas.upserted << newReplica(Cstor::ReplicaPhase::Healthy);
    cvOf(delta).knownReplicas.insert(idOf(kPool3), guidOf(kPool3));
    const RecoveryPlan result = plan(delta, {QStringLiteral("e2e1-node3")});
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.why.contains(
        QStringLiteral("\"scaling of CVC %1 is already in progress\"").arg(kVolume)));
    QVERIFY(result.why.contains(kPool3));
    // The swap the webhook accepts is named as the trap it is, never offered.
    QVERIFY2(result.risk.contains(QStringLiteral("Putting %1 back in place of %2 is accepted by "
                                                 "the webhook but is a trap")
                                      .arg(kPool1, kPool3)),
             qPrintable(result.risk));
    QVERIFY(!result.options.isEmpty());
}

void TestRecoveryPlanner::scaleUpNotInStatusIsExplained()
{
    Kube::ClusterDelta delta = scaledUp(Cstor::ReplicaPhase::Offline);
    cvcOf(delta).statusPools.removeOne(kPool3);
    const RecoveryPlan result = plan(delta, {QStringLiteral("e2e1-node3")});
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.why.contains(QStringLiteral("already in progress")));
}

void TestRecoveryPlanner::typoPoolIsReplacedByTheClosestUsablePool()
{
    const QString typo = QStringLiteral("cspc-stripe-pool-psz6");
    Kube::ClusterDelta delta = healthy();
    cvcOf(delta).specPools << typo;
    cvOf(delta).desiredReplicationFactor = 3;
    RecoveryPlan result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Repair);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps[0].action, RecoveryStep::Action::ReplacePool);
    QCOMPARE(result.steps[0].pool, typo);
    QCOMPARE(result.steps[0].replacement, kPool3);
    QVERIFY(
        result.problems.join(u'\n').contains(QStringLiteral("pool %1 does not exist").arg(typo)));

    // Nothing like it: the usable pool with the most free space.
    cvcOf(delta).specPools.last() = QStringLiteral("mirror-pool-zzzz");
    QCOMPARE(plan(delta).steps.value(0).replacement, kPool3);

    // The only pool left is read-only: nothing to replace it with, explained.
    poolNamed(delta, kPool3).readOnly = true;
    result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.why.contains(QStringLiteral("already in progress")));

    // Never on a node that holds a replica of the volume, nor on a lost node.
    poolNamed(delta, kPool3).readOnly = false;
    QCOMPARE(plan(delta, {QStringLiteral("e2e1-node3")}).kind, RecoveryPlan::Kind::Manual);
}

// After a restart the replicas reconnect Degraded: the old target's last Healthy status, or a
// Degraded one of the new target, does not say the volume is back.
void TestRecoveryPlanner::onlyTheRestartedTargetsReportCounts()
{
    const QDateTime restarted = kNow.addSecs(-60);
    const auto reports = [&](const Kube::ClusterDelta &delta) {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(delta);
        return RecoveryPlanner::targetReportsHealthy(snapshot, kVolume, restarted);
    };
    Kube::ClusterDelta delta = healthy();
    cvOf(delta).phase = Cstor::VolumePhase::Healthy;
    cvOf(delta).lastUpdateTime = restarted.addSecs(-5);
    QVERIFY(!reports(delta)); // the old target's
    cvOf(delta).lastUpdateTime = restarted;
    QVERIFY(!reports(delta)); // the same second: cannot tell whose
    cvOf(delta).lastUpdateTime = restarted.addSecs(30);
    QVERIFY(reports(delta));
    cvOf(delta).replicaStatuses[0].mode = QStringLiteral("Degraded");
    QVERIFY(!reports(delta));
    cvOf(delta).replicaStatuses[0].mode = QStringLiteral("Healthy");
    cvOf(delta).replicaStatuses.removeLast();
    QVERIFY(!reports(delta)); // a replica not counted yet
}

// A settled volume with a replica on a lost node: explained with the node's recovery (drain
// NODE), which would give it a new replica on pool 3, rebuilt from the one on node 1.
void TestRecoveryPlanner::replicaOnALostNodePointsToItsRecovery()
{
    Kube::ClusterDelta delta = healthy();
    cvOf(delta).replicaStatuses.removeIf([](const Cstor::Volume::ReplicaStatus &status) {
        return status.replicaId == guidOf(kPool2);
    });
    cvOf(delta).consistencyFactor = 1;
    cvOf(delta).phase = Cstor::VolumePhase::Degraded;
    const RecoveryPlan result = plan(delta, {QStringLiteral("e2e1-node2")});
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY2(result.why.contains(QStringLiteral("which is lost")), qPrintable(result.why));
    QCOMPARE(result.options.size(), 2);
    QVERIFY2(result.options.at(1).contains(QStringLiteral("cstor-console drain e2e1-node2")),
             qPrintable(result.options.at(1)));
    QVERIFY2(result.options.at(1).contains(QStringLiteral("a new replica on ") + kPool3),
             qPrintable(result.options.at(1)));
}

void TestRecoveryPlanner::deletedReplicaIsCreatedAgainWithItsKnownId()
{
    Kube::ClusterDelta delta = healthy();
    delta.replicas.upserted.removeIf(
        [](const Cstor::VolumeReplica &cvr) { return cvr.pool == kPool2; });
    RecoveryPlan result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Repair);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps[0].action, RecoveryStep::Action::RecreateReplica);
    QCOMPARE(result.steps[0].pool, kPool2);
    QCOMPARE(result.steps[0].replicaId, idOf(kPool2));
    QVERIFY(result.problems.join(u'\n').contains(
        QStringLiteral("no replica exists on pool %1").arg(kPool2)));

    // No Healthy replica left to rebuild from: explained, nothing created.
    replicaOn(delta, kPool1).phase = Cstor::ReplicaPhase::Offline;
    result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.why.contains(QStringLiteral("no Healthy replica")));
    QVERIFY(result.risk.contains(QStringLiteral("never ends")));
    replicaOn(delta, kPool1).phase = Cstor::ReplicaPhase::Healthy;

    // The target knows no id of the deleted replica: no id to reuse, explained.
    const Cstor::StringMap known = cvOf(delta).knownReplicas;
    cvOf(delta).knownReplicas.clear();
    cvOf(delta).knownReplicas.insert(idOf(kPool1), guidOf(kPool1));
    result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.why.contains(QStringLiteral("fewer replica ids")));
    cvOf(delta).knownReplicas = known;

    // Its replica is still being deleted: nothing created until it is gone.
    Kube::ClusterDelta leaving = healthy();
    replicaOn(leaving, kPool2).meta.deletionTimestamp = kNow;
    result = plan(leaving);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.why.contains(QStringLiteral("is still being deleted")));

    // Its pool is offline: not created there, and never removed from the CVC (the scale-down
    // of a pool without a replica never ends).
    poolNamed(delta, kPool2).phase = Cstor::PoolPhase::Offline;
    poolNamed(delta, kPool2).phaseText = QStringLiteral("OFFLINE");
    result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY(result.why.contains(QStringLiteral("pool %1 is OFFLINE").arg(kPool2)));
}

// The pool-manager fails to import the pool (its disks moved while its node was down) and writes
// PoolLost at every reconcile, leaving the phase ONLINE: recover neither creates a replica there
// nor takes it as the replacement of a mistyped pool name.
void TestRecoveryPlanner::poolWhoseImportFailsIsNeverUsed()
{
    Kube::ClusterDelta delta = healthy();
    delta.replicas.upserted.removeIf(
        [](const Cstor::VolumeReplica &cvr) { return cvr.pool == kPool2; });
    poolNamed(delta, kPool2).poolLostAt = kNow.addSecs(-30);
    RecoveryPlan result = plan(delta);
    QCOMPARE(result.kind, RecoveryPlan::Kind::Manual);
    QVERIFY(result.steps.isEmpty());
    QVERIFY2(result.why.contains(QStringLiteral("pool %1 cannot be imported").arg(kPool2)),
             qPrintable(result.why));

    Kube::ClusterDelta typo = healthy();
    cvcOf(typo).specPools << QStringLiteral("cspc-stripe-pool-psz6");
    cvOf(typo).desiredReplicationFactor = 3;
    QCOMPARE(plan(typo).steps.value(0).replacement, kPool3);
    poolNamed(typo, kPool3).poolLostAt = kNow.addSecs(-30);
    QCOMPARE(plan(typo).kind, RecoveryPlan::Kind::Manual);

    // Imported again since (its disks followed): usable.
    Kube::ClusterDelta back = typo;
    back.events.upserted << poolImported(kPool3, kNow.addSecs(-10));
    QCOMPARE(plan(back).steps.value(0).replacement, kPool3);

    // A PoolLost the cluster's newest event has outlived by an hour: its import event may have
    // expired since, it is not taken as lost.
    Kube::ClusterDelta later = typo;
    Cstor::Event recent = cvEvent(QStringLiteral("Synced"), QStringLiteral("synced"), 1);
    recent.lastTimestamp = kNow.addSecs(3600);
    later.events.upserted << recent;
    QCOMPARE(plan(later).steps.value(0).replacement, kPool3);
    later.events.upserted.last().lastTimestamp = kNow.addSecs(600);
    QCOMPARE(plan(later).kind, RecoveryPlan::Kind::Manual);
}

QTEST_GUILESS_MAIN(TestRecoveryPlanner)
#include "tst_recoveryplanner.moc"
