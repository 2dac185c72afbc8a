// Evacuating nodes and pools: every replica gets a target under every rule of a single move
// (never two replicas of a volume on one node, never past a threshold with all planned moves,
// a clone only where its source is, never beside a volume of the same anti-affinity group), a
// replica with nowhere to go says why in one line, and the same cluster gives the same plan;
// the capacity projection shows what the plan leaves.
#include "models/planning/capacityprojection.h"
#include "models/planning/evacuationplanner.h"
#include "models/planning/moveresolver.h"
#include "models/planning/placement.h"
#include "tests/common/seedclusterdelta.h"

#include <QHash>
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

// Six nodes with a pool each (n1..n6, pools p1..p6, 10 GiB, 2 GiB used) and twelve volumes of
// two replicas each, volume i on pools i%6+1 and (i+1)%6+1.
Kube::ClusterDelta sixNodes()
{
    Kube::ClusterDelta delta;
    for (int i = 1; i <= 6; ++i)
        delta.pools.upserted.append(
            pool(QStringLiteral("p%1").arg(i), QStringLiteral("n%1").arg(i)));
    for (int i = 0; i < 12; ++i) {
        const QString volume = QStringLiteral("pvc-%1").arg(i, 2, 10, QLatin1Char('0'));
        const int a = i % 6 + 1;
        const int b = (i + 1) % 6 + 1;
        Cstor::VolumeConfig cvc;
        cvc.meta.uid = QStringLiteral("uid-cvc-") + volume;
        cvc.meta.name = volume;
        cvc.poolCluster = QStringLiteral("cspc-stripe-pool");
        cvc.specPools =
            cvc.statusPools = {QStringLiteral("p%1").arg(a), QStringLiteral("p%1").arg(b)};
        cvc.replicaCount = 2;
        cvc.phase = Cstor::VolumeConfigPhase::Bound;
        delta.volumeConfigs.upserted.append(cvc);
        for (int at : {a, b})
            delta.replicas.upserted.append(
                replica(volume, QStringLiteral("p%1").arg(at), QStringLiteral("n%1").arg(at)));
    }
    return delta;
}

Cstor::VolumeConfig &cvcNamed(Kube::ClusterDelta &delta, const QString &name)
{
    for (Cstor::VolumeConfig &cvc : delta.volumeConfigs.upserted) {
        if (cvc.meta.name == name)
            return cvc;
    }
    qFatal("no volume config %s", qPrintable(name));
}

// Whether every move keeps its volume on distinct nodes, away from the emptied ones.
QString ruleBroken(const ClusterSnapshot &cluster, const EvacuationPlanner::Plan &plan)
{
    QHash<QString, QStringList> nodes;
    for (const auto *replica : cluster.replicas())
        nodes[replica->volume] << cluster.pool(replica->pool)->hostName;
    for (const ReplicaMove &move : plan.moves) {
        const QString from = cluster.pool(move.sourcePool)->hostName;
        const QString to = cluster.pool(move.targetPool)->hostName;
        if (plan.goal.nodes.contains(to) || plan.goal.pools.contains(move.targetPool))
            return move.volume + QStringLiteral(" onto an emptied pool ") + move.targetPool;
        nodes[move.volume].removeOne(from);
        if (nodes[move.volume].contains(to))
            return move.volume + QStringLiteral(" twice on ") + to;
        nodes[move.volume] << to;
    }
    return {};
}
} // namespace

class TestEvacuationPlanner : public QObject
{
    Q_OBJECT

private slots:
    void seedDrainOfNode2()
    {
        const ClusterSnapshot cluster = snapshotOf(make());
        const auto plan = EvacuationPlanner::plan(cluster, {{QStringLiteral("e2e1-node2")}, {}});
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        QCOMPARE(plan.moves.size(), 1);
        QCOMPARE(plan.moves.first(), (ReplicaMove{kVolume, kPool2, kPool3}));
    }

    void neverTwoReplicasOfAVolumeOnOneNode()
    {
        const ClusterSnapshot cluster = snapshotOf(biggerCluster());
        const auto plan = EvacuationPlanner::plan(cluster, {{QStringLiteral("e2e1-node2")}, {}});
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

    void severalNodesAtOnce()
    {
        const ClusterSnapshot cluster = snapshotOf(sixNodes());
        const EvacuationPlanner::Goal goal{{QStringLiteral("n1"), QStringLiteral("n2")}, {}};
        const auto plan = EvacuationPlanner::plan(cluster, goal);
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        // p1 and p2 hold 4 replicas each, one volume (pvc-00, pvc-06: p1 and p2) on both.
        QCOMPARE(plan.moves.size(), 8);
        QCOMPARE(EvacuationPlanner::poolsOf(cluster, goal),
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        const QString broken = ruleBroken(cluster, plan);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QCOMPARE(plan.bytesToCopy, 8 * qint64(1.26 * kGiB));
        // Spread by free space: every other pool takes some of the eight, none more than 3.
        QHash<QString, int> taken;
        for (const ReplicaMove &move : plan.moves)
            ++taken[move.targetPool];
        QCOMPARE(taken.size(), 4);
        for (auto it = taken.cbegin(); it != taken.cend(); ++it)
            QVERIFY2(it.value() <= 3, qPrintable(it.key()));
        // The same cluster gives the same plan.
        QCOMPARE(EvacuationPlanner::plan(cluster, goal).moves, plan.moves);
        QCOMPARE(goal.text(), QStringLiteral("node n1, node n2"));
    }

    void aPoolAlone()
    {
        const ClusterSnapshot cluster = snapshotOf(sixNodes());
        const auto plan = EvacuationPlanner::plan(cluster, {{}, {QStringLiteral("p3")}});
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        QCOMPARE(plan.moves.size(), 4);
        for (const ReplicaMove &move : plan.moves)
            QCOMPARE(move.sourcePool, QStringLiteral("p3"));
        QVERIFY(ruleBroken(cluster, plan).isEmpty());
    }

    void plannedMovesCountTowardsTheThreshold()
    {
        // Room for one more 1.26 GiB replica below 85 % on each other pool (6.5 of 10 GiB used):
        // emptying a pool of four replicas fills four pools, never one twice.
        Kube::ClusterDelta delta = sixNodes();
        for (Cstor::PoolInstance &p : delta.pools.upserted)
            p.usedBytes = qint64(6.5 * kGiB);
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto plan = EvacuationPlanner::plan(cluster, {{}, {QStringLiteral("p3")}});
        QVERIFY2(plan.isComplete(), qPrintable(plan.unplaceableTexts().join(u'\n')));
        QSet<QString> targets;
        for (const ReplicaMove &move : plan.moves)
            targets.insert(move.targetPool);
        QCOMPARE(targets.size(), 4);

        // With room for none, the reason names the pool cluster, the size and the threshold.
        for (Cstor::PoolInstance &p : delta.pools.upserted)
            p.usedBytes = qint64(7.5 * kGiB);
        const auto full = EvacuationPlanner::plan(snapshotOf(delta), {{}, {QStringLiteral("p3")}});
        QCOMPARE(full.unplaceable.size(), 4);
        QVERIFY(full.moves.isEmpty());
        QCOMPARE(full.unplaceable.first().why,
                 QStringLiteral("no pool on another node of cspc-stripe-pool has 1.26 GiB free "
                                "below 85 %"));
    }

    void reasonsNameTheRuleThatLeavesNoPool()
    {
        // Three nodes, a volume on two: emptying one leaves only the third...
        Kube::ClusterDelta delta = make();
        const QString goalNode = QStringLiteral("e2e1-node2");
        // ...which is offline.
        delta.pools.upserted[2].phase = Cstor::PoolPhase::Offline;
        auto plan = EvacuationPlanner::plan(snapshotOf(delta), {{goalNode}, {}});
        QVERIFY2(plan.unplaceable.value(0).why.contains(QStringLiteral("is ONLINE, writable")),
                 qPrintable(plan.unplaceableTexts().join(u'\n')));
        // Emptying node3 too leaves nothing but the volume's own node.
        plan = EvacuationPlanner::plan(snapshotOf(make()),
                                       {{goalNode, QStringLiteral("e2e1-node3")}, {}});
        QVERIFY2(
            plan.unplaceable.value(0).why.contains(QStringLiteral("holds a replica of ") + kVolume),
            qPrintable(plan.unplaceableTexts().join(u'\n')));
        plan = EvacuationPlanner::plan(
            snapshotOf(make()),
            {{goalNode, QStringLiteral("e2e1-node3"), QStringLiteral("e2e1-node1")}, {}});
        QVERIFY2(plan.unplaceable.value(0).why.contains(QStringLiteral("no pool outside")),
                 qPrintable(plan.unplaceableTexts().join(u'\n')));
    }

    void antiAffinityGroupsNeverShareAPool()
    {
        // pvc-00 (p1, p2) and pvc-03 (p4, p5) in one group: emptying p1 avoids p4 and p5.
        Kube::ClusterDelta delta = sixNodes();
        for (const QString &name : {QStringLiteral("pvc-00"), QStringLiteral("pvc-03")})
            cvcNamed(delta, name)
                .meta.labels.insert(Placement::antiAffinityLabel(), QStringLiteral("db"));
        ClusterSnapshot cluster = snapshotOf(delta);
        auto plan = EvacuationPlanner::plan(cluster, {{}, {QStringLiteral("p1")}});
        QVERIFY(plan.isComplete());
        for (const ReplicaMove &move : plan.moves) {
            if (move.volume == QStringLiteral("pvc-00"))
                QVERIFY2(move.targetPool != QStringLiteral("p4") &&
                             move.targetPool != QStringLiteral("p5"),
                         qPrintable(move.targetPool));
        }
        // When the group's pools are all that is left, the replica has nowhere to go.
        for (Cstor::PoolInstance &p : delta.pools.upserted) {
            if (p.meta.name == QStringLiteral("p3") || p.meta.name == QStringLiteral("p6"))
                p.readOnly = true;
        }
        plan = EvacuationPlanner::plan(snapshotOf(delta), {{}, {QStringLiteral("p1")}});
        bool refused = false;
        for (const auto &replica : plan.unplaceable) {
            if (replica.volume == QStringLiteral("pvc-00")) {
                refused = true;
                QVERIFY2(replica.why.contains(Placement::antiAffinityLabel()),
                         qPrintable(replica.why));
            }
        }
        QVERIFY(refused);
    }

    void aCloneGoesOnlyWhereItsSourceIs()
    {
        // pvc-clone is a clone of pvc-03 (p4, p5) with replicas on p1 and p4: emptying p1, only
        // p5 holds the source on a node without the clone.
        Kube::ClusterDelta delta = sixNodes();
        Cstor::VolumeConfig clone = cvcNamed(delta, QStringLiteral("pvc-03"));
        clone.meta.name = QStringLiteral("pvc-clone");
        clone.meta.uid = QStringLiteral("uid-cvc-pvc-clone");
        delta.volumeConfigs.upserted.append(clone);
        for (const QString &at : {QStringLiteral("1"), QStringLiteral("4")}) {
            Cstor::VolumeReplica r = replica(QStringLiteral("pvc-clone"), u'p' + at, u'n' + at);
            r.sourceVolume = QStringLiteral("pvc-03");
            r.sourceSnapshot = QStringLiteral("snap-1");
            delta.replicas.upserted.append(r);
        }
        auto plan = EvacuationPlanner::plan(snapshotOf(delta), {{}, {QStringLiteral("p1")}});
        const auto cloneMove = [&]() -> QString {
            for (const ReplicaMove &move : plan.moves) {
                if (move.volume == QStringLiteral("pvc-clone"))
                    return move.targetPool;
            }
            return {};
        };
        QCOMPARE(cloneMove(), QStringLiteral("p5"));
        // With p5 read-only, no pool can take it, and the reason says why.
        delta.pools.upserted[4].readOnly = true;
        plan = EvacuationPlanner::plan(snapshotOf(delta), {{}, {QStringLiteral("p1")}});
        QVERIFY(cloneMove().isEmpty());
        QString why;
        for (const auto &replica : plan.unplaceable) {
            if (replica.volume == QStringLiteral("pvc-clone"))
                why = replica.why;
        }
        QVERIFY2(why.contains(QStringLiteral("is a clone of pvc-03")),
                 qPrintable(plan.unplaceableTexts().join(u'\n')));
    }

    void aSourceWithClonesOnItsPoolStays()
    {
        // Emptying p4, which holds pvc-03 and its clone: removing pvc-03 there would destroy
        // the clone's replica (zfs destroy -R).
        Kube::ClusterDelta delta = sixNodes();
        Cstor::VolumeReplica r =
            replica(QStringLiteral("pvc-clone"), QStringLiteral("p4"), QStringLiteral("n4"));
        r.sourceVolume = QStringLiteral("pvc-03");
        r.sourceSnapshot = QStringLiteral("snap-1");
        delta.replicas.upserted.append(r);
        const auto plan = EvacuationPlanner::plan(snapshotOf(delta), {{}, {QStringLiteral("p4")}});
        bool refused = false;
        for (const auto &replica : plan.unplaceable) {
            if (replica.volume == QStringLiteral("pvc-03")) {
                refused = true;
                QVERIFY2(replica.why.contains(QStringLiteral("would destroy the replicas of "
                                                             "pvc-clone")),
                         qPrintable(replica.why));
            }
        }
        QVERIFY(refused);
    }

    void unplaceableWhenNoPoolFits()
    {
        Kube::ClusterDelta delta = make();
        delta.pools.upserted[2].readOnly = true; // psz5, the only candidate
        const auto plan =
            EvacuationPlanner::plan(snapshotOf(delta), {{QStringLiteral("e2e1-node2")}, {}});
        QVERIFY(!plan.isComplete());
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.unplaceable.first().volume, kVolume);
        QVERIFY2(plan.unplaceable.first().why.contains(QStringLiteral("is ONLINE, writable")),
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

QTEST_GUILESS_MAIN(TestEvacuationPlanner)
#include "tst_evacuationplanner.moc"
