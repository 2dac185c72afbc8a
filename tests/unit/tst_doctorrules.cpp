// The doctor's volume and replica rules on hand-built snapshots: each fires on its bad case,
// with every part of the finding, and stays quiet on the healthy seed.
#include "models/health/replicarules.h"
#include "models/health/volumerules.h"
#include "tests/unit/doctorfixture.h"

#include <QTest>

using namespace DoctorFixture;
using Doctor::Finding;

class TestDoctorRules : public QObject
{
    Q_OBJECT

private slots:
    void volumeQuorumFiresWhenOfflineOrDegraded()
    {
        const Doctor::VolumeQuorumRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());

        Kube::ClusterDelta offline = healthy();
        cvOf(offline).phase = Cstor::VolumePhase::Offline;
        cvOf(offline).phaseText = QStringLiteral("Offline");
        cvOf(offline).replicaStatuses.removeLast();
        const QList<Finding> critical = check(rule, offline);
        QCOMPARE(critical.size(), 1);
        QCOMPARE(critical.first().severity, Finding::Severity::Critical);
        QVERIFY2(critical.first().summary.contains(QStringLiteral("1 Healthy of 2")),
                 qPrintable(critical.first().summary));
        QVERIFY(complete(critical, QStringLiteral("volume-quorum")));

        Kube::ClusterDelta degraded = healthy();
        cvOf(degraded).phase = Cstor::VolumePhase::Degraded;
        const QList<Finding> warning = check(rule, degraded);
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.first().severity, Finding::Severity::Warning);
    }

    void replicaCountFiresBelowTheProvisionedCount()
    {
        const Doctor::ReplicaCountRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());

        Kube::ClusterDelta degraded = healthy();
        replicaOn(degraded, kPool2).phase = Cstor::ReplicaPhase::Degraded;
        const QList<Finding> one = check(rule, degraded);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().severity, Finding::Severity::Warning);
        QVERIFY2(one.first().summary.contains(QStringLiteral("1 Healthy replica(s) of the 2")),
                 qPrintable(one.first().summary));
        QVERIFY(complete(one, QStringLiteral("volume-replica-count")));

        // A dead node's CVR keeps saying Healthy: the target's view counts.
        Kube::ClusterDelta stale = healthy();
        cvOf(stale).replicaStatuses.removeLast();
        QCOMPARE(check(rule, stale).size(), 1);

        // Scaled down off a lost pool: two pools listed, three provisioned.
        Kube::ClusterDelta scaledDown = healthy();
        cvcOf(scaledDown).replicaCount = 3;
        const QList<Finding> shortOfPools = check(rule, scaledDown);
        QCOMPARE(shortOfPools.size(), 1);
        QVERIFY2(shortOfPools.first().fix.contains(QStringLiteral("replicaPoolInfo")),
                 qPrintable(shortOfPools.first().fix));

        // A replica deleted by hand: recover creates it again; the pool is never removed.
        Kube::ClusterDelta deleted = healthy();
        deleted.replicas.upserted.removeIf(
            [](const Cstor::VolumeReplica &cvr) { return cvr.pool == kPool2; });
        cvOf(deleted).replicaStatuses.removeLast();
        const QList<Finding> gone = check(rule, deleted);
        QCOMPARE(gone.size(), 1);
        QVERIFY2(gone.first().fix.contains(QStringLiteral("cstor-console recover %1").arg(kVolume)),
                 qPrintable(gone.first().fix));
        QVERIFY(!one.first().fix.contains(QStringLiteral("recover")));

        Kube::ClusterDelta none = healthy();
        for (Cstor::VolumeReplica &cvr : none.replicas.upserted)
            cvr.phase = Cstor::ReplicaPhase::Offline;
        QCOMPARE(check(rule, none).first().severity, Finding::Severity::Critical);
    }

    void replicasOnOneNodeFires()
    {
        const Doctor::ReplicasOnOneNodeRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta oneNode = healthy();
        poolNamed(oneNode, kPool2).hostName = QStringLiteral("e2e1-node1");
        const QList<Finding> findings = check(rule, oneNode);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("e2e1-node1")));
        QVERIFY(complete(findings, QStringLiteral("replicas-one-node")));
    }

    void knownReplicasFiresOnAStaleOrMissingId()
    {
        const Doctor::KnownReplicasRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());

        Kube::ClusterDelta stale = healthy();
        cvOf(stale).knownReplicas.insert(QStringLiteral("id-gone"), QStringLiteral("guid-gone"));
        const QList<Finding> findings = check(rule, stale);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("id-gone")));
        QVERIFY(complete(findings, QStringLiteral("known-replicas")));

        Kube::ClusterDelta unknown = healthy();
        replicaOn(unknown, kPool2).replicaId = QStringLiteral("id-other");
        QCOMPARE(check(rule, unknown).size(), 1);

        // A replica deleted by hand: its pool stays in the CVC, its id in knownReplicas; the
        // fix is recover, never the removal of the pool.
        Kube::ClusterDelta deleted = healthy();
        deleted.replicas.upserted.removeIf(
            [](const Cstor::VolumeReplica &cvr) { return cvr.pool == kPool2; });
        const QList<Finding> gone = check(rule, deleted);
        QCOMPARE(gone.size(), 1);
        QVERIFY(gone.first().summary.contains(idOf(kPool2)));
        QVERIFY(gone.first().fix.contains(QStringLiteral("cstor-console recover %1").arg(kVolume)));
        QVERIFY(gone.first().fix.contains(QStringLiteral("Do not remove %1").arg(kPool2)));
        QVERIFY(!findings.first().fix.contains(QStringLiteral("recover")));

        // During a scaling the lists differ for a while: not a finding.
        cvcOf(stale).specPools.append(kPool3);
        QVERIFY(check(rule, stale).isEmpty());
    }

    void replicaNotHealthyFiresAfterTheExpectedTime()
    {
        const Doctor::ReplicaNotHealthyRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());

        Kube::ClusterDelta offline = healthy();
        replicaOn(offline, kPool2).phase = Cstor::ReplicaPhase::Offline;
        replicaOn(offline, kPool2).phaseText = QStringLiteral("Offline");
        replicaOn(offline, kPool2).lastTransitionTime = kNow.addSecs(-60);
        QVERIFY(check(rule, offline).isEmpty());
        replicaOn(offline, kPool2).lastTransitionTime = kNow.addSecs(-3600);
        const QList<Finding> findings = check(rule, offline);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("Offline for 60m")));
        QVERIFY(complete(findings, QStringLiteral("replica-not-healthy")));

        // A rebuild of 1.26 GiB may take 1.26 GiB / 4 MiB/s + 10 min = 15m22s.
        Kube::ClusterDelta rebuilding = healthy();
        Cstor::VolumeReplica added = newReplica(Cstor::ReplicaPhase::ReconstructingNewReplica);
        added.lastTransitionTime = kNow.addSecs(-14 * 60);
        rebuilding.replicas.upserted.append(added);
        QVERIFY(check(rule, rebuilding).isEmpty());
        rebuilding.replicas.upserted.last().lastTransitionTime = kNow.addSecs(-16 * 60);
        QCOMPARE(check(rule, rebuilding).size(), 1);
    }

    void orphanReplicaFires()
    {
        const Doctor::OrphanReplicaRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());

        Kube::ClusterDelta orphan = healthy();
        orphan.replicas.upserted.append(
            replica(QStringLiteral("pvc-gone"), kPool3, QStringLiteral("e2e1-node3")));
        orphan.replicas.upserted.last().meta.namespaceName = kNs;
        const QList<Finding> findings = check(rule, orphan);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("pvc-gone")));
        QVERIFY(complete(findings, QStringLiteral("orphan-replica")));

        Kube::ClusterDelta unlisted = healthy();
        unlisted.replicas.upserted.append(newReplica(Cstor::ReplicaPhase::Healthy));
        QCOMPARE(check(rule, unlisted).size(), 1);
        cvcOf(unlisted).statusPools.append(kPool3); // a scale-down removing it: listed
        QVERIFY(check(rule, unlisted).isEmpty());
    }

    void clonesOnPoolIsInfo()
    {
        const Doctor::ClonesOnPoolRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta withClone = healthy();
        Cstor::VolumeReplica clone =
            replica(QStringLiteral("pvc-clone"), kPool2, QStringLiteral("e2e1-node2"));
        clone.sourceVolume = kVolume;
        clone.sourceSnapshot = QStringLiteral("snap-1");
        withClone.replicas.upserted.append(clone);
        const QList<Finding> findings = check(rule, withClone);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Info);
        QVERIFY(findings.first().summary.contains(QStringLiteral("pvc-clone")));
        QVERIFY(findings.first().objects.contains(QStringLiteral("cspi/") + kPool2));
        QVERIFY(complete(findings, QStringLiteral("clones-on-pool")));
    }
};

QTEST_GUILESS_MAIN(TestDoctorRules)
#include "tst_doctorrules.moc"
