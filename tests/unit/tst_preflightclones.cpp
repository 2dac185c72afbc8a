// Preflight sees clones: a move removes the source replica with `zfs destroy -R`, which destroys
// the replicas of the volume's clones on that pool (CO replica-controller handler.go QOpDestroy,
// volumereplica.go DeleteVolume); such a move is refused, naming the clone, snapshot and pool.
#include "models/cstor/volumereplica.h"
#include "models/planning/preflight.h"
#include "tests/common/seedclusterdelta.h"

#include <QJsonObject>
#include <QTest>

using Migration::Preflight;
using Migration::PreflightCheck;
using Migration::ReplicaMove;

namespace {
using namespace SeedClusterDelta;

const QString kClone = QStringLiteral("pvc-5c0a7d31-9e4b-4f26-8d1a-3b7c6e2f9a18");
const QString kCloneOfClone = QStringLiteral("pvc-0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
const QString kSnapshot = QStringLiteral("snapshot-8f1e2d3c-4b5a-4c6d-9e7f-a1b2c3d4e5f6");

Cstor::VolumeReplica cloneReplica(const QString &volume, const QString &source, const QString &pool,
                                  const QString &node)
{
    Cstor::VolumeReplica r = replica(volume, pool, node);
    r.sourceVolume = source;
    r.sourceSnapshot = kSnapshot;
    return r;
}

// The seed cluster with a clone of the seed volume on pools 6qkw and pn9p.
Migration::ClusterSnapshot withClone(const QString &clonePool)
{
    Kube::ClusterDelta delta = SeedClusterDelta::make();
    delta.replicas.upserted.append(
        cloneReplica(kClone, kVolume, clonePool, QStringLiteral("e2e1-node2")));
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    return snapshot;
}

const PreflightCheck *find(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &c : checks) {
        if (c.id == PreflightCheck::Id::NoClonesOnSourcePool)
            return &c;
    }
    return nullptr;
}

QJsonObject cvrJson(const QJsonObject &labels, const QJsonObject &annotations)
{
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("r")},
                                                 {QStringLiteral("uid"), QStringLiteral("u")},
                                                 {QStringLiteral("labels"), labels},
                                                 {QStringLiteral("annotations"), annotations}}},
        {QStringLiteral("spec"), QJsonObject{}},
        {QStringLiteral("status"), QJsonObject{}},
    };
}
} // namespace

class TestPreflightClones : public QObject
{
    Q_OBJECT

private slots:
    void moveFromAPoolWithACloneIsRefusedNamingIt()
    {
        const ReplicaMove move{kVolume, kPool2, kPool3};
        const auto checks = Preflight::beforeScaleUp(withClone(kPool2), move, true);
        QVERIFY(!Preflight::passed(checks));
        const PreflightCheck *c = find(checks);
        QVERIFY(c);
        QVERIFY(!c->passed);
        QVERIFY(c->blocking);
        QVERIFY2(c->detail.contains(kClone), qPrintable(c->detail));
        QVERIFY2(c->detail.contains(kSnapshot), qPrintable(c->detail));
        QVERIFY2(c->detail.contains(kPool2), qPrintable(c->detail));
        QVERIFY(Preflight::firstFailure(checks).contains(kClone));
    }

    void scaleDownIsRefusedToo()
    {
        Kube::ClusterDelta delta = SeedClusterDelta::make();
        delta.volumeConfigs.upserted[0].specPools.append(kPool3);
        delta.volumeConfigs.upserted[0].statusPools.append(kPool3);
        delta.volumes.upserted[0].replicationFactor = 3;
        delta.volumes.upserted[0].desiredReplicationFactor = 3;
        delta.replicas.upserted.append(replica(kVolume, kPool3, QStringLiteral("e2e1-node3")));
        delta.replicas.upserted.append(
            cloneReplica(kClone, kVolume, kPool2, QStringLiteral("e2e1-node2")));
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(delta);
        const auto checks = Preflight::beforeScaleDown(snapshot, {kVolume, kPool2, kPool3});
        QVERIFY(!Preflight::passed(checks));
        const PreflightCheck *c = find(checks);
        QVERIFY(c && !c->passed);
        QVERIFY2(c->detail.contains(kClone), qPrintable(c->detail));
    }

    void cloneElsewhereDoesNotBlock()
    {
        // The clone's replica is on 6qkw; moving the pn9p replica leaves it alone.
        const auto checks =
            Preflight::beforeScaleUp(withClone(kPool1), {kVolume, kPool2, kPool3}, true);
        QVERIFY2(Preflight::passed(checks), qPrintable(Preflight::firstFailure(checks)));
        const PreflightCheck *c = find(checks);
        QVERIFY(c && c->passed);
    }

    void clonesOfClonesAreNamed()
    {
        Kube::ClusterDelta delta = SeedClusterDelta::make();
        delta.replicas.upserted.append(
            cloneReplica(kClone, kVolume, kPool2, QStringLiteral("e2e1-node2")));
        delta.replicas.upserted.append(
            cloneReplica(kCloneOfClone, kClone, kPool2, QStringLiteral("e2e1-node2")));
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(delta);
        const auto checks = Preflight::beforeScaleUp(snapshot, {kVolume, kPool2, kPool3}, true);
        const PreflightCheck *c = find(checks);
        QVERIFY(c && !c->passed);
        QVERIFY2(c->detail.contains(kCloneOfClone), qPrintable(c->detail));
    }

    // The decoding reads the labels createCVR writes (CO volume_operations.go).
    void decodesTheCloneLabels()
    {
        const QJsonObject annotations{
            {QStringLiteral("openebs.io/source-volume"), kVolume},
            {QStringLiteral("openebs.io/snapshot"), kSnapshot},
        };
        Cstor::VolumeReplica r;
        QString error;
        QVERIFY2(Cstor::VolumeReplica::fromJson(
                     cvrJson({{QStringLiteral("openebs.io/cloned"), QStringLiteral("true")}},
                             annotations),
                     &r, &error),
                 qPrintable(error));
        QCOMPARE(r.sourceVolume, kVolume);
        QCOMPARE(r.sourceSnapshot, kSnapshot);
        QVERIFY(Cstor::VolumeReplica::fromJson(cvrJson({}, annotations), &r, &error));
        QVERIFY(r.sourceVolume.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreflightClones)
#include "tst_preflightclones.moc"
