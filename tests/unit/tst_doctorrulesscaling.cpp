// The doctor's scaling and pool rules on hand-built snapshots, the order of its findings, and
// what the whole rule set costs on a 1,000-node cluster.
#include "models/health/doctor.h"
#include "models/health/poolrules.h"
#include "models/health/scalingrules.h"
#include "tests/unit/doctorfixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace DoctorFixture;
using Doctor::Finding;

namespace {
// A cluster of `nodes` nodes with a pool each and three-replica volumes, three per node.
Kube::ClusterDelta bigCluster(int nodes)
{
    Kube::ClusterDelta delta;
    for (int n = 0; n < nodes; ++n) {
        Cstor::PoolInstance p =
            pool(QStringLiteral("pool-%1").arg(n), QStringLiteral("node-%1").arg(n));
        delta.pools.upserted.append(p);
    }
    for (int v = 0; v < nodes * 3; ++v) {
        const QString name = QStringLiteral("pvc-%1").arg(v);
        Cstor::VolumeConfig cvc;
        cvc.meta.uid = QStringLiteral("uid-cvc-") + name;
        cvc.meta.name = name;
        cvc.poolCluster = QStringLiteral("cspc-stripe-pool");
        cvc.replicaCount = 3;
        cvc.phase = Cstor::VolumeConfigPhase::Bound;
        Cstor::Volume cv;
        cv.meta.uid = QStringLiteral("uid-cv-") + name;
        cv.meta.name = name;
        cv.replicationFactor = 3;
        cv.consistencyFactor = 2;
        cv.phase = Cstor::VolumePhase::Healthy;
        for (int r = 0; r < 3; ++r) {
            const int n = (v + r * 7) % nodes;
            const QString poolName = QStringLiteral("pool-%1").arg(n);
            Cstor::VolumeReplica cvr = replica(name, poolName, QStringLiteral("node-%1").arg(n));
            cvr.replicaId = QStringLiteral("id-%1-%2").arg(v).arg(r);
            cvr.lastTransitionTime = kNow.addSecs(-3600);
            cv.knownReplicas.insert(cvr.replicaId, cvr.replicaId);
            cv.replicaStatuses.append({cvr.replicaId, QStringLiteral("Healthy"), true});
            cvc.specPools << poolName;
            delta.replicas.upserted.append(cvr);
        }
        cvc.statusPools = cvc.specPools;
        delta.volumeConfigs.upserted.append(cvc);
        delta.volumes.upserted.append(cv);
    }
    return delta;
}
} // namespace

class TestDoctorRulesScaling : public QObject
{
    Q_OBJECT

private slots:
    void stuckScaleUpNamesTheNewReplica()
    {
        const Doctor::StuckScalingRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta scaling = healthy();
        cvcOf(scaling).specPools.append(kPool3);
        scaling.replicas.upserted.append(newReplica(Cstor::ReplicaPhase::Recreate));
        const QList<Finding> findings = check(rule, scaling);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Warning);
        QVERIFY2(findings.first().summary.contains(QStringLiteral("is Recreate")),
                 qPrintable(findings.first().summary));
        QVERIFY(complete(findings, QStringLiteral("scaling-stuck")));

        // A new replica that is Healthy: only under way, no cause.
        scaling.replicas.upserted.last().phase = Cstor::ReplicaPhase::Healthy;
        QCOMPARE(check(rule, scaling).first().severity, Finding::Severity::Info);
    }

    void stuckScaleDownNamesTheReplicaTheTargetDoesNotCount()
    {
        const Doctor::StuckScalingRule rule;
        Kube::ClusterDelta moving = healthy();
        moving.replicas.upserted.append(newReplica(Cstor::ReplicaPhase::Healthy));
        cvcOf(moving).specPools = {kPool2, kPool3};
        cvcOf(moving).statusPools = {kPool1, kPool2, kPool3};
        cvOf(moving).knownReplicas.insert(idOf(kPool3), guidOf(kPool3));
        // The node of the new replica is lost: the target no longer lists it.
        const QList<Finding> findings = check(rule, moving);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().summary.contains(QStringLiteral("does not count replica")),
                 qPrintable(findings.first().summary));
        QVERIFY(findings.first().summary.contains(QStringLiteral("scaling down")));

        // The target counts it: the scale-down is merely under way.
        cvOf(moving).replicaStatuses.append({guidOf(kPool3), QStringLiteral("Healthy"), true});
        QCOMPARE(check(rule, moving).first().severity, Finding::Severity::Info);
        // ... unless the target refused the lower DRF.
        moving.events.upserted.append(cvEvent(
            QStringLiteral("FailUpdate"),
            QStringLiteral("failed to update desired replication factor to 2 Error: ... are "
                           "invalid changes"),
            3));
        QVERIFY(check(rule, moving).first().summary.contains(QStringLiteral("refused")));
    }

    void strandedScaleDownSaysHowToFinishIt()
    {
        const Doctor::StuckScalingRule rule;
        Kube::ClusterDelta moved = healthy();
        moved.replicas.upserted.append(newReplica(Cstor::ReplicaPhase::Healthy));
        cvcOf(moved).specPools = {kPool2, kPool3};
        cvcOf(moved).statusPools = {kPool1, kPool2, kPool3};
        cvOf(moved).knownReplicas.insert(idOf(kPool3), guidOf(kPool3));
        cvOf(moved).replicaStatuses.append({guidOf(kPool3), QStringLiteral("Healthy"), true});
        // While the removed replica exists the scale-down is merely under way...
        QCOMPARE(check(rule, moved).first().severity, Finding::Severity::Info);
        // ...once it is gone and the status still lists its pool, the controller cannot finish.
        moved.replicas.upserted.removeIf(
            [](const Cstor::VolumeReplica &cvr) { return cvr.pool == kPool1; });
        cvOf(moved).knownReplicas.clear();
        for (const QString &pool : {kPool2, kPool3})
            cvOf(moved).knownReplicas.insert(idOf(pool), guidOf(pool));
        const QList<Finding> findings = check(rule, moved);
        QCOMPARE(findings.size(), 1);
        const Finding &finding = findings.first();
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        QVERIFY2(finding.summary.contains(QStringLiteral("resource name may not be empty")),
                 qPrintable(finding.summary));
        QVERIFY(finding.summary.contains(kPool1));
        QVERIFY2(finding.commands.last().contains(
                     QStringLiteral("{\"op\":\"test\",\"path\":\"/status/poolInfo/0\","
                                    "\"value\":\"%1\"}")
                         .arg(kPool1)),
                 qPrintable(finding.commands.last()));
        QVERIFY(finding.fix.contains(QStringLiteral("status.poolInfo")));
        QVERIFY(complete(findings, QStringLiteral("scaling-stuck")));
    }

    void unknownPoolFiresOnATypo()
    {
        const Doctor::UnknownPoolRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta typo = healthy();
        cvcOf(typo).specPools.append(QStringLiteral("cspc-stripe-pool-psz6"));
        const QList<Finding> findings = check(rule, typo);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("cspc-stripe-pool-psz6")));
        QVERIFY2(findings.first().fix.contains(kPool3), qPrintable(findings.first().fix));
        QVERIFY(complete(findings, QStringLiteral("cvc-unknown-pool")));
        // The scaling rule leaves a typo to this one.
        QVERIFY(check(Doctor::StuckScalingRule(), typo).isEmpty());
    }

    void refusedDrfFiresOnItsEventOnly()
    {
        const Doctor::RefusedDrfRule rule;
        Kube::ClusterDelta other = healthy();
        other.events.upserted.append(
            cvEvent(QStringLiteral("FailUpdate"),
                    QStringLiteral("spec replicas are not in healthy state"), 2));
        QVERIFY(check(rule, other).isEmpty());
        Kube::ClusterDelta refused = healthy();
        refused.events.upserted.append(
            cvEvent(QStringLiteral("FailUpdate"),
                    QStringLiteral("failed to update desired replication factor to 2 Error: "
                                   "replica list are invalid changes"),
                    2));
        const QList<Finding> findings = check(rule, refused);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().fix.contains(QStringLiteral("openebs.io/target=cstor-target")));
        QVERIFY(complete(findings, QStringLiteral("drf-refused")));

        // The target refuses at every sync, then writes the CV's status: a refusal within a
        // sync of that write is the running target's...
        refused.events.upserted.last().lastTimestamp = kNow.addSecs(-20);
        cvOf(refused).lastUpdateTime = kNow;
        QCOMPARE(check(rule, refused).size(), 1);
        // ...one five minutes older is a previous target's: it has been restarted since.
        refused.events.upserted.last().lastTimestamp = kNow.addSecs(-300);
        QVERIFY(check(rule, refused).isEmpty());
    }

    void pendingClaimSaysHowManyPoolsAreUsable()
    {
        const Doctor::PendingClaimRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta pending = healthy();
        cvcOf(pending).phase = Cstor::VolumeConfigPhase::Pending;
        cvcOf(pending).meta.creationTimestamp = kNow.addSecs(-30);
        // Enough pools, just created: the controller has not got to it yet.
        QVERIFY(check(rule, pending).isEmpty());
        cvcOf(pending).replicaCount = 3;
        poolNamed(pending, kPool2).phase = Cstor::PoolPhase::Offline;
        poolNamed(pending, kPool3).readOnly = true;
        const QList<Finding> findings = check(rule, pending);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().summary.contains(QStringLiteral("needs 3 pools")) &&
                     findings.first().summary.contains(QStringLiteral("has 1 ONLINE writable")),
                 qPrintable(findings.first().summary));
        QVERIFY(complete(findings, QStringLiteral("cvc-pending")));

        Kube::ClusterDelta old = healthy();
        cvcOf(old).phase = Cstor::VolumeConfigPhase::Pending;
        cvcOf(old).meta.creationTimestamp = kNow.addSecs(-600);
        QCOMPARE(check(rule, old).size(), 1);
    }

    void poolCapacityWarnsAt80AndIsCriticalAtTheThreshold()
    {
        const Doctor::PoolCapacityRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta full = healthy();
        poolNamed(full, kPool1).usedBytes = qint64(8.2 * kGiB);
        poolNamed(full, kPool2).usedBytes = qint64(8.6 * kGiB);
        poolNamed(full, kPool3).readOnly = true;
        QList<Finding> findings = check(rule, full);
        QCOMPARE(findings.size(), 3);
        std::sort(findings.begin(), findings.end(),
                  [](const Finding &a, const Finding &b) { return a.objects < b.objects; });
        QCOMPARE(findings.at(0).severity, Finding::Severity::Warning);
        QVERIFY2(findings.at(0).summary.contains(QStringLiteral("82% full")),
                 qPrintable(findings.at(0).summary));
        QCOMPARE(findings.at(1).severity, Finding::Severity::Critical);
        QVERIFY(findings.at(1).summary.contains(QStringLiteral("at its read-only threshold")));
        QCOMPARE(findings.at(2).severity, Finding::Severity::Critical);
        QVERIFY(findings.at(2).summary.contains(QStringLiteral("is read-only")));
        QVERIFY(complete(findings, QStringLiteral("pool-capacity")));
    }

    void poolStateFiresWhenNotOnline()
    {
        const Doctor::PoolStateRule rule;
        QVERIFY(check(rule, healthy()).isEmpty());
        Kube::ClusterDelta down = healthy();
        poolNamed(down, kPool1).phase = Cstor::PoolPhase::Offline;
        poolNamed(down, kPool1).phaseText = QStringLiteral("OFFLINE");
        poolNamed(down, kPool3).phase = Cstor::PoolPhase::Degraded;
        poolNamed(down, kPool3).phaseText = QStringLiteral("DEGRADED");
        const QList<Finding> findings = check(rule, down);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).severity, Finding::Severity::Critical);
        QVERIFY(findings.at(0).risk.contains(kVolume));
        QCOMPARE(findings.at(1).severity, Finding::Severity::Warning);
        QVERIFY(complete(findings, QStringLiteral("pool-state")));
        // A stripe has no disk replacement upstream; a mirror does, and while it resilvers the
        // finding says so instead of asking for a replacement again.
        QVERIFY(findings.at(1).fix.contains(QStringLiteral("cannot be replaced")));
        poolNamed(down, kPool3).raidType = QStringLiteral("mirror");
        QVERIFY(check(rule, down)
                    .at(1)
                    .fix.contains(QStringLiteral("cstor-console replace-disk ") + kPool3));
        poolNamed(down, kPool3).resilvering = true;
        const Finding resilvering = check(rule, down).at(1);
        QVERIFY(resilvering.summary.contains(QStringLiteral("resilvers a replaced disk")));
        QVERIFY(resilvering.fix.startsWith(QStringLiteral("Wait for the resilver")));
    }

    // A pool-manager that fails to import its pool (PoolLost) leaves the phase it had: ONLINE
    // after a node lost without a shutdown. Lost until a later "Pool Imported" event.
    void poolStateFiresOnAFailedImport()
    {
        const Doctor::PoolStateRule rule;
        Kube::ClusterDelta lost = healthy();
        poolNamed(lost, kPool1).poolLostAt = kNow.addSecs(-30);
        QList<Finding> findings = check(rule, lost);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, Finding::Severity::Critical);
        QVERIFY2(findings.at(0).summary.contains(QStringLiteral("cannot be imported")),
                 qPrintable(findings.at(0).summary));
        QVERIFY(
            findings.at(0).fix.contains(QStringLiteral("cstor-console follow-disks ") + kPool1));
        QVERIFY(complete(findings, QStringLiteral("pool-state")));

        // Imported again after it (its disks followed): not lost.
        Kube::ClusterDelta back = lost;
        back.events.upserted << poolImported(kPool1, kNow.addSecs(-10));
        QVERIFY(check(rule, back).isEmpty());
        // An import before the failure does not count.
        back.events.upserted.last().lastTimestamp = kNow.addSecs(-60);
        QCOMPARE(check(rule, back).size(), 1);
        // A failure older than events live cannot be told from one an import ended.
        poolNamed(lost, kPool1).poolLostAt = kNow.addSecs(-7200);
        QVERIFY(check(rule, lost).isEmpty());
    }

    void doctorSortsWorstFirstAndIsCleanOnTheSeed()
    {
        const Doctor::Doctor doctor;
        Migration::ClusterSnapshot clean;
        clean.apply(healthy());
        QVERIFY(doctor.examine(clean, kNow).isEmpty());

        Kube::ClusterDelta bad = healthy();
        poolNamed(bad, kPool3).usedBytes = qint64(8.2 * kGiB); // Warning
        cvOf(bad).phase = Cstor::VolumePhase::Offline;         // Critical
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(bad);
        const QList<Finding> findings = doctor.examine(snapshot, kNow);
        QVERIFY(findings.size() >= 2);
        QCOMPARE(findings.first().severity, Finding::Severity::Critical);
        QCOMPARE(findings.last().severity, Finding::Severity::Warning);
        QVERIFY(Doctor::Doctor::needsAttention(findings));
        QVERIFY(!Doctor::Doctor::needsAttention({Finding{}}));

        QStringList names = doctor.ruleNames();
        QCOMPARE(names.size(), 16);
        QVERIFY(names.contains(QStringLiteral("pool-read-only-soon")));
        names.removeDuplicates();
        QCOMPARE(names.size(), 16);
    }

    // The whole rule set on 1,000 nodes, 3,000 volumes, 9,000 replicas.
    void wholeRuleSetOnAThousandNodes()
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(bigCluster(1000));
        const Doctor::Doctor doctor;
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<Finding> findings = doctor.examine(snapshot, kNow);
            best = std::min(best, timer.nsecsElapsed());
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).summary));
        }
        // A figure, not a gate (about 8 ms on a quiet machine, several times that under the
        // sanitizers): the test asserts that a large healthy cluster has no finding.
        qInfo("doctor over 1000 nodes, 3000 volumes, 9000 replicas: %.1f ms (best of 5)",
              double(best) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestDoctorRulesScaling)
#include "tst_doctorrulesscaling.moc"
