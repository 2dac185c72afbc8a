// Draining a node: every replica gets a target, never two replicas of a volume on one node,
// never past a threshold; the capacity projection shows what the plan leaves.
#include "models/planning/capacityprojection.h"
#include "models/planning/drainplanner.h"
#include "models/planning/moveresolver.h"
#include "tests/common/seedclusterdelta.h"

#include <QSet>
#include <QTest>

using namespace Migration;
using namespace SeedClusterDelta;

namespace {
ClusterSnapshot snapshotOf(const Kube::ClusterDelta &delta)
{
    ClusterSnapshot snapshot;
    snapshot.apply(delta);
    return snapshot;
}

// The seed plus a fourth node and two more volumes on e2e1-node2.
Kube::ClusterDelta biggerCluster()
{
    Kube::ClusterDelta delta = make();
    delta.pools.upserted.append(
        pool(QStringLiteral("cspc-stripe-pool-x4k2"), QStringLiteral("e2e1-node4")));
    delta.pools.upserted[0].usedBytes = 6 * kGiB; // node1 fuller
    delta.pools.upserted[0].freeBytes = 4 * kGiB;
    for (const QString &volume : {QStringLiteral("pvc-a"), QStringLiteral("pvc-b")}) {
        Cstor::VolumeConfig cvc;
        cvc.meta.uid = QStringLiteral("uid-cvc-") + volume;
        cvc.meta.name = volume;
        cvc.poolCluster = QStringLiteral("cspc-stripe-pool");
        cvc.specPools = cvc.statusPools = {kPool2, kPool3};
        cvc.phase = Cstor::VolumeConfigPhase::Bound;
        delta.volumeConfigs.upserted.append(cvc);
        delta.replicas.upserted.append(replica(volume, kPool2, QStringLiteral("e2e1-node2")));
        delta.replicas.upserted.append(replica(volume, kPool3, QStringLiteral("e2e1-node3")));
    }
    return delta;
}
} // namespace

class TestDrainPlanner : public QObject
{
    Q_OBJECT

private slots:
    void seedDrainOfNode2()
    {
        const ClusterSnapshot cluster = snapshotOf(make());
        const auto plan = DrainPlanner::plan(cluster, QStringLiteral("e2e1-node2"));
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves.first(), (ReplicaMove{kVolume, kPool2, kPool3}));
    }

    void neverTwoReplicasOfAVolumeOnOneNode()
    {
        const ClusterSnapshot cluster = snapshotOf(biggerCluster());
        const auto plan = DrainPlanner::plan(cluster, QStringLiteral("e2e1-node2"));
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        QCOMPARE(plan.moves.size(), 3);
        for (const ReplicaMove &move : plan.moves) {
            QCOMPARE(move.sourcePool, kPool2);
            QSet<QString> nodes;
            for (const auto *replica : cluster.replicasOfVolume(move.volume)) {
                if (replica->pool != move.sourcePool)
                    nodes.insert(cluster.pool(replica->pool)->hostName);
            }
            const QString targetNode = cluster.pool(move.targetPool)->hostName;
            QVERIFY2(!nodes.contains(targetNode),
                     qPrintable(move.volume + QStringLiteral(" twice on ") + targetNode));
            QVERIFY(targetNode != QStringLiteral("e2e1-node2"));
        }
    }

    void unplaceableWhenNoPoolFits()
    {
        Kube::ClusterDelta delta = make();
        delta.pools.upserted[2].readOnly = true; // psz5, the only candidate
        const auto plan = DrainPlanner::plan(snapshotOf(delta), QStringLiteral("e2e1-node2"));
        QVERIFY(!plan.isComplete());
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.unplaceable.first().volume, kVolume);
        QVERIFY2(plan.unplaceable.first().why.contains(kVolume),
                 qPrintable(plan.unplaceable.first().text()));
    }

    void projectionOfTheSeedMove()
    {
        const ClusterSnapshot cluster = snapshotOf(make());
        const auto projection =
            CapacityProjection::project(cluster, {ReplicaMove{kVolume, kPool2, kPool3}});
        QCOMPARE(projection.size(), 2);
        QCOMPARE(projection.at(0).pool, kPool2);
        QCOMPARE(projection.at(0).usedAfter, projection.at(0).usedBefore - qint64(1.26 * kGiB));
        QCOMPARE(projection.at(1).pool, kPool3);
        QCOMPARE(projection.at(1).usedAfter, projection.at(1).usedBefore + qint64(1.26 * kGiB));
        QVERIFY(!projection.at(1).crossesThreshold());
    }

    void projectionFlagsThresholdCrossing()
    {
        Kube::ClusterDelta delta = make();
        delta.pools.upserted[2].usedBytes = 8 * kGiB;
        delta.pools.upserted[2].freeBytes = 2 * kGiB;
        const auto projection =
            CapacityProjection::project(snapshotOf(delta), {ReplicaMove{kVolume, kPool2, kPool3}});
        QCOMPARE(projection.at(1).percentBefore(), 80);
        QCOMPARE(projection.at(1).percentAfter(), 92);
        QVERIFY(projection.at(1).crossesThreshold());
    }

    void resolveNodesAndPools()
    {
        const ClusterSnapshot cluster = snapshotOf(make());
        QString error;
        auto move = MoveResolver::resolve(cluster, kVolume, QStringLiteral("e2e1-node2"),
                                          QStringLiteral("e2e1-node3"), &error);
        QVERIFY2(move, qPrintable(error));
        QCOMPARE(*move, (ReplicaMove{kVolume, kPool2, kPool3}));
        move = MoveResolver::resolve(cluster, kVolume, kPool2, kPool3, &error);
        QVERIFY(move);
        QCOMPARE(*move, (ReplicaMove{kVolume, kPool2, kPool3}));

        QVERIFY(
            !MoveResolver::resolve(cluster, kVolume, QStringLiteral("e2e1-node3"), kPool1, &error));
        QVERIFY2(error.contains(QStringLiteral("has no replica on a pool or node named "
                                               "e2e1-node3")),
                 qPrintable(error));
        QVERIFY(
            !MoveResolver::resolve(cluster, kVolume, kPool2, QStringLiteral("e2e1-node9"), &error));
        QVERIFY2(error.contains(QStringLiteral("e2e1-node9")), qPrintable(error));
        QVERIFY(
            !MoveResolver::resolve(cluster, QStringLiteral("pvc-nope"), kPool2, kPool3, &error));
        QVERIFY2(error.contains(QStringLiteral("no volume named pvc-nope")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDrainPlanner)
#include "tst_drainplanner.moc"
