// Preflight refuses every move CSTOR.md lists as a real incident, with a reason that names it,
// and a move of a volume another console has claimed (MoveClaim: its annotation read back,
// refused with whose move it is; in a queue such a move waits).
#include "models/migration/cvcpatch.h"
#include "models/planning/moveclaim.h"
#include "models/planning/preflight.h"
#include "tests/common/seedclusterdelta.h"

#include <QTest>

using Migration::Preflight;
using Migration::PreflightCheck;
using Migration::ReplicaMove;

namespace {
using namespace SeedClusterDelta;

struct SeedCluster
{
    Kube::ClusterDelta delta = SeedClusterDelta::make();

    Migration::ClusterSnapshot snapshot() const
    {
        Migration::ClusterSnapshot s;
        s.apply(delta);
        return s;
    }
};

const PreflightCheck *find(const QList<PreflightCheck> &checks, PreflightCheck::Id id)
{
    for (const PreflightCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const ReplicaMove kSeedMove{kVolume, kPool2, kPool3};

Migration::MoveClaim aliceClaim()
{
    Migration::MoveClaim claim;
    claim.id = QStringLiteral("8c1f0a2e");
    claim.by = QStringLiteral("alice");
    claim.where = QStringLiteral("jump-1:4242");
    claim.fromPool = kPool1;
    claim.toPool = kPool3;
    claim.step = Migration::MoveClaim::kRebuilding;
    claim.started = QDateTime::currentDateTimeUtc().addSecs(-12 * 60 - 5);
    claim.renewed = QDateTime::currentDateTimeUtc().addSecs(-20);
    // Seconds are what the annotation keeps.
    claim.started = claim.started.addMSecs(-claim.started.time().msec());
    claim.renewed = claim.renewed.addMSecs(-claim.renewed.time().msec());
    return claim;
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void seedMovePasses()
    {
        const auto checks = Preflight::beforeScaleUp(SeedCluster().snapshot(), kSeedMove, true);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("failing");
        QTest::addColumn<QString>("detail");
        using Id = PreflightCheck::Id;
        QTest::newRow("missing target")
            << 0 << int(Id::TargetExists)
            << QStringLiteral("There is no pool named cspc-stripe-pool-typo");
        QTest::newRow("foreign target")
            << 1 << int(Id::TargetInSamePoolCluster) << QStringLiteral("belongs to other-cspc");
        QTest::newRow("target offline")
            << 2 << int(Id::TargetOnline) << QStringLiteral("cspc-stripe-pool-psz5 is OFFLINE");
        QTest::newRow("target read-only")
            << 3 << int(Id::TargetWritable) << QStringLiteral("is read-only");
        QTest::newRow("no space") << 4 << int(Id::TargetHasSpace) << QStringLiteral("needs");
        QTest::newRow("node holds replica")
            << 5 << int(Id::TargetNodeFree) << QStringLiteral("already holds a replica");
        QTest::newRow("scaling in progress")
            << 6 << int(Id::NoScalingInProgress) << QStringLiteral("wait until");
        QTest::newRow("no permission") << 7 << int(Id::MayPatch) << QStringLiteral("may not patch");
        QTest::newRow("source holds none")
            << 8 << int(Id::SourceHoldsReplica) << QStringLiteral("holds no replica");
        QTest::newRow("above threshold")
            << 9 << int(Id::TargetStaysBelowThreshold) << QStringLiteral("read-only at 85%");
        QTest::newRow("not bound") << 10 << int(Id::VolumeBound) << QStringLiteral("Pending");
        QTest::newRow("another console's move")
            << 11 << int(Id::NoMoveElsewhere)
            << QStringLiteral("alice from jump-1 (pid 4242) moves the replica on %1 to %2 "
                              "(rebuilding), started 12 min ago")
                   .arg(kPool1, kPool3);
    }

    void refusals()
    {
        QFETCH(int, scenario);
        QFETCH(int, failing);
        QFETCH(QString, detail);
        SeedCluster cluster;
        ReplicaMove move = kSeedMove;
        bool mayPatch = true;
        Cstor::PoolInstance &target = cluster.delta.pools.upserted[2];
        switch (scenario) {
        case 0:
            move.targetPool = QStringLiteral("cspc-stripe-pool-typo");
            break;
        case 1:
            target.poolCluster = QStringLiteral("other-cspc");
            break;
        case 2:
            target.phase = Cstor::PoolPhase::Offline;
            target.phaseText = QStringLiteral("OFFLINE");
            break;
        case 3:
            target.readOnly = true;
            break;
        case 4:
            target.freeBytes = kGiB;
            target.usedBytes = 9 * kGiB;
            break;
        case 5:
            move.targetPool = kPool1;
            break;
        case 6:
            cluster.delta.volumeConfigs.upserted[0].specPools.append(kPool3);
            break;
        case 7:
            mayPatch = false;
            break;
        case 8:
            move.sourcePool = kPool3;
            move.targetPool = kPool2;
            break;
        case 9:
            target.usedBytes = 7 * kGiB + kGiB / 2;
            target.freeBytes = 2 * kGiB + kGiB / 2;
            break;
        case 10:
            cluster.delta.volumeConfigs.upserted[0].phase = Cstor::VolumeConfigPhase::Pending;
            cluster.delta.volumeConfigs.upserted[0].phaseText = QStringLiteral("Pending");
            break;
        case 11:
            cluster.delta.volumeConfigs.upserted[0].meta.annotations.insert(
                Migration::MoveClaim::kAnnotation, aliceClaim().toText());
            break;
        }
        const auto checks = Preflight::beforeScaleUp(cluster.snapshot(), move, mayPatch);
        QVERIFY(!Preflight::passed(checks));
        const PreflightCheck *c = find(checks, PreflightCheck::Id(failing));
        QVERIFY(c);
        QVERIFY(!c->passed);
        QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
        QVERIFY(Preflight::firstFailure(checks).contains(c->title));
    }

    void aClaimIsReadBackAndWaitedFor()
    {
        const Migration::MoveClaim claim = aliceClaim();
        const std::optional<Migration::MoveClaim> read =
            Migration::MoveClaim::fromText(claim.toText());
        QVERIFY(read);
        QCOMPARE(*read, claim);
        QCOMPARE(claim.toText(), read->toText()); // a renewal's `test` compares texts
        QVERIFY(!Migration::MoveClaim::fromText(QStringLiteral("reviewed by bob")));
        QVERIFY(!Migration::MoveClaim::fromText(QStringLiteral("{\"by\":\"x\"}")));

        SeedCluster cluster;
        cluster.delta.volumeConfigs.upserted[0].meta.annotations.insert(
            Migration::MoveClaim::kAnnotation, claim.toText());
        const auto checks = Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true);
        QVERIFY(!Preflight::passed(checks));
        QVERIFY(Preflight::waitsForAnotherMove(checks));
        const QList<Migration::ClaimedMove> claimed = claimedMoves(cluster.snapshot());
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().volume, kVolume);
        QCOMPARE(claimed.first().claim.toPool, kPool3);
        // The other console's move under way changes the volume (its new pool in the spec
        // before the status): that is its move's doing, and this one still just waits.
        cluster.delta.volumeConfigs.upserted[0].specPools.append(kPool3);
        QVERIFY(Preflight::waitsForAnotherMove(
            Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true)));
        cluster.delta.volumeConfigs.upserted[0].specPools.removeLast();
        // Another failure besides: the move does not just wait.
        cluster.delta.pools.upserted[2].readOnly = true;
        QVERIFY(!Preflight::waitsForAnotherMove(
            Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true)));
    }

    void theClaimTravelsInTheSamePatchAsThePools()
    {
        const QJsonObject cvc{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), QStringLiteral("41")},
                         {QStringLiteral("annotations"),
                          QJsonObject{{QStringLiteral("openebs.io/volumeID"), kVolume}}}}}};
        const QString text = aliceClaim().toText();
        const QJsonArray up =
            Migration::CvcPatch::withClaim(Migration::CvcPatch::addPool(cvc, kPool3), cvc, text);
        QCOMPARE(up.size(), 3); // test resourceVersion, add the pool, add the claim
        QCOMPARE(up.at(2)[QStringLiteral("path")].toString(),
                 QStringLiteral("/metadata/annotations/console.cstor.openebs.io~1move"));
        QCOMPARE(up.at(2)[QStringLiteral("value")].toString(), text);
        // A CVC without annotations gets the whole map.
        const QJsonObject bare{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), QStringLiteral("41")}}}};
        const QJsonArray first = Migration::CvcPatch::withClaim({}, bare, text);
        QCOMPARE(first.at(0)[QStringLiteral("path")].toString(),
                 QStringLiteral("/metadata/annotations"));
        // Removing tests that the claim is still this console's.
        const QJsonArray down = Migration::CvcPatch::withoutClaim({}, text);
        QCOMPARE(down.at(0)[QStringLiteral("op")].toString(), QStringLiteral("test"));
        QCOMPARE(down.at(0)[QStringLiteral("value")].toString(), text);
        QCOMPARE(down.at(1)[QStringLiteral("op")].toString(), QStringLiteral("remove"));
    }

    void scaleDownWaitsForRebuild()
    {
        SeedCluster cluster;
        cluster.delta.volumeConfigs.upserted[0].specPools.append(kPool3);
        cluster.delta.volumeConfigs.upserted[0].statusPools.append(kPool3);
        cluster.delta.volumes.upserted[0].desiredReplicationFactor = 3;
        cluster.delta.replicas.upserted.append(
            replica(kVolume, kPool3, QStringLiteral("e2e1-node3"),
                    Cstor::ReplicaPhase::ReconstructingNewReplica));
        auto checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY(!Preflight::passed(checks));
        QVERIFY(!find(checks, PreflightCheck::Id::NewReplicaHealthy)->passed);
        QVERIFY(!find(checks, PreflightCheck::Id::ReplicationPromoted)->passed);
        QVERIFY(!find(checks, PreflightCheck::Id::RemainingReplicasHealthy)->passed);

        // Rebuilt, but the target has not promoted it yet: still refused.
        cluster.delta.replicas.upserted[2].phase = Cstor::ReplicaPhase::Healthy;
        cluster.delta.replicas.upserted[2].phaseText = QStringLiteral("Healthy");
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY(!Preflight::passed(checks));
        QVERIFY(!find(checks, PreflightCheck::Id::ReplicationPromoted)->passed);

        cluster.delta.volumes.upserted[0].replicationFactor = 3;
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));

        // The target counts a kept replica Degraded while its CVR still reads Healthy (the
        // CVR's phase lags; the volume stays Healthy with CF replicas): refused, and said why.
        Cstor::Volume &cv = cluster.delta.volumes.upserted[0];
        cluster.delta.replicas.upserted[0].replicaId = QStringLiteral("r1");
        cluster.delta.replicas.upserted[2].replicaId = QStringLiteral("r3");
        cv.knownReplicas.insert(QStringLiteral("r1"), QStringLiteral("6061"));
        cv.knownReplicas.insert(QStringLiteral("r3"), QStringLiteral("6063"));
        Cstor::Volume::ReplicaStatus lagging;
        lagging.replicaId = QStringLiteral("6061");
        lagging.mode = QStringLiteral("Degraded");
        Cstor::Volume::ReplicaStatus created;
        created.replicaId = QStringLiteral("6063");
        created.mode = QStringLiteral("Healthy");
        cv.replicaStatuses = {lagging, created};
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        const PreflightCheck *kept = find(checks, PreflightCheck::Id::RemainingReplicasHealthy);
        QVERIFY(!kept->passed);
        QVERIFY2(kept->detail.contains(QStringLiteral("reports it Degraded")),
                 qPrintable(kept->detail));
        QVERIFY(!Preflight::passed(checks));
        lagging.mode = QStringLiteral("Healthy");
        cv.replicaStatuses = {lagging, created};
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));
        // A CV without known replicas cannot map the target's report to CVRs: their phases
        // decide, as before the target reported them.
        cv.knownReplicas.clear();
        lagging.mode = QStringLiteral("Degraded");
        cv.replicaStatuses = {lagging, created};
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));

        // A degraded volume blocks the removal even when the new replica is Healthy.
        cluster.delta.volumes.upserted[0].phase = Cstor::VolumePhase::Degraded;
        cluster.delta.volumes.upserted[0].phaseText = QStringLiteral("Degraded");
        checks = Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove);
        QVERIFY(!find(checks, PreflightCheck::Id::VolumeHealthy)->passed);
    }

    // A replica of the volume that does not decode is left out of the snapshot: the checks would
    // not know its node nor its health, so neither step of a move goes ahead until it reads.
    void anUnreadableObjectOfTheVolumeBlocksBothSteps()
    {
        SeedCluster cluster;
        const Cstor::VolumeReplica kept = cluster.delta.replicas.upserted.takeFirst();
        // The broken object tells no volume label: its name says whose it is.
        cluster.delta.skipped.skip(
            {QStringLiteral("cstorvolumereplicas"), kept.meta.name, kept.meta.uid,
             QStringLiteral("spec.replicaid: expected a string, got a number"), QString()});
        // Another volume's unreadable replica is not this volume's concern.
        cluster.delta.skipped.skip(
            {QStringLiteral("cstorvolumereplicas"), QStringLiteral("pvc-other-") + kPool1,
             QStringLiteral("u-other"), QStringLiteral("status.phase: expected a string"),
             QStringLiteral("pvc-other")});
        for (const auto &checks : {Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true),
                                   Preflight::beforeScaleDown(cluster.snapshot(), kSeedMove)}) {
            const PreflightCheck *readable = find(checks, PreflightCheck::Id::VolumeReadable);
            QVERIFY(readable && !readable->passed && readable->blocking);
            QVERIFY2(readable->detail.contains(kept.meta.name) &&
                         !readable->detail.contains(QStringLiteral("pvc-other")),
                     qPrintable(readable->detail));
            QVERIFY(!Preflight::passed(checks));
        }

        // It decodes again: the move is judged on it as before.
        cluster.delta.replicas.upserted.prepend(kept);
        cluster.delta.skipped.clear(kept.meta.uid);
        const auto checks = Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true);
        QVERIFY(find(checks, PreflightCheck::Id::VolumeReadable)->passed);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));
    }

    // The only replica was on a lost node: its CVR still reads Healthy, but the target counts
    // none, so a new replica would have nothing to copy from.
    void refusesAMoveWithNothingToCopyFrom()
    {
        SeedCluster cluster;
        auto checks = Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true);
        QVERIFY(find(checks, PreflightCheck::Id::HealthyCopySource)->passed);
        // The target reports its replicas; none of them is Healthy.
        Cstor::Volume::ReplicaStatus lost;
        lost.replicaId = QStringLiteral("6061");
        lost.mode = QStringLiteral("Degraded");
        cluster.delta.volumes.upserted[0].replicaStatuses = {lost};
        cluster.delta.volumes.upserted[0].phase = Cstor::VolumePhase::Offline;
        cluster.delta.volumes.upserted[0].phaseText = QStringLiteral("Offline");
        checks = Preflight::beforeScaleUp(cluster.snapshot(), kSeedMove, true);
        const PreflightCheck *source = find(checks, PreflightCheck::Id::HealthyCopySource);
        QVERIFY(!source->passed);
        QVERIFY(source->blocking);
        QVERIFY2(source->detail.contains(QStringLiteral("nothing to copy from")),
                 qPrintable(source->detail));
        QVERIFY(!Preflight::passed(checks));
    }

    void neverRemovesLastHealthyReplica()
    {
        SeedCluster cluster;
        // A one-replica volume "moving" to a pool whose replica never became healthy.
        cluster.delta.replicas.upserted[0].phase = Cstor::ReplicaPhase::Degraded;
        cluster.delta.replicas.upserted[0].phaseText = QStringLiteral("Degraded");
        const ReplicaMove move{kVolume, kPool2, kPool1};
        const auto checks = Preflight::beforeScaleDown(cluster.snapshot(), move);
        const PreflightCheck *c = find(checks, PreflightCheck::Id::NotLastHealthyReplica);
        QVERIFY(c && !c->passed);
        QVERIFY(c->detail.contains(QStringLiteral("would leave no healthy replica")));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
