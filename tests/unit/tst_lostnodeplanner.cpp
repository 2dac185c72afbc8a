// Recovery from a lost node, planned on snapshots of the seed cluster (its volume on the pools of
// e2e1-node1 and e2e1-node2) with e2e1-node2 lost: a volume that keeps a Healthy replica and its
// quorum gets a new replica elsewhere; one whose target lost quorum, one with no Healthy replica
// left and one with no room are reported with why, never planned; the dead pool's removal steps
// come only once no volume counts on it.
#include "models/recovery/lostnodeplanner.h"
#include "tests/unit/doctorfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace DoctorFixture;
using Recovery::LostNodePlan;
using Recovery::LostNodePlanner;
using Fate = Recovery::LostNodeVolume::Fate;

namespace {
const QString kNode2 = QStringLiteral("e2e1-node2");

// The seed with node 2 lost: its replica stays Healthy on paper (nobody updates it), the target
// no longer lists it, and the volume is Degraded (as an RF 3 volume losing one replica would be).
Kube::ClusterDelta nodeTwoLost()
{
    Kube::ClusterDelta delta = healthy();
    Cstor::Volume &cv = cvOf(delta);
    cv.replicaStatuses.removeIf([](const Cstor::Volume::ReplicaStatus &status) {
        return status.replicaId == guidOf(kPool2);
    });
    cv.replicationFactor = 2;
    cv.consistencyFactor = 1;
    cv.phase = Cstor::VolumePhase::Degraded;
    cvcOf(delta).replicaCount = 2;
    return delta;
}

LostNodePlan planOf(const Kube::ClusterDelta &delta, const QStringList &lostNodes = {kNode2})
{
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    snapshot.setNodes(nodes(lostNodes));
    return LostNodePlanner::plan(snapshot, kNode2);
}
} // namespace

class TestLostNodePlanner : public QObject
{
    Q_OBJECT

private slots:
    void onlyANotReadyOrGoneNodeIsLost()
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        QVERIFY(!LostNodePlanner::isLost(snapshot, kNode2)); // nodes not read: not known lost
        snapshot.setNodes(nodes());
        QVERIFY(!LostNodePlanner::isLost(snapshot, kNode2));
        snapshot.setNodes(nodes({kNode2}));
        QVERIFY(LostNodePlanner::isLost(snapshot, kNode2));
        QList<Cstor::Node> withoutNode2 = nodes();
        withoutNode2.removeAt(1);
        snapshot.setNodes(withoutNode2);
        QVERIFY(LostNodePlanner::isLost(snapshot, kNode2));
        QVERIFY(snapshot.nodeLost(QStringLiteral("e2e1-node9")));
        QVERIFY(!LostNodePlanner::isLost(snapshot, QStringLiteral("e2e1-node9"))); // no pools
    }

    void aVolumeWithAHealthyCopyGetsANewReplica()
    {
        const LostNodePlan plan = planOf(nodeTwoLost());
        QCOMPARE(plan.pools, QStringList{kPool2});
        QVERIFY2(plan.state.contains(QStringLiteral("NotReady")), qPrintable(plan.state));
        QCOMPARE(plan.volumes.size(), 1);
        QCOMPARE(plan.volumes.first().fate, Fate::Rereplicate);
        QCOMPARE(plan.volumes.first().healthyCopies, 1);
        QCOMPARE(plan.volumes.first().targetPool, kPool3);
        QCOMPARE(plan.moves(), (QList<Migration::ReplicaMove>{{kVolume, kPool2, kPool3}}));
        QVERIFY(plan.allRecoverable());
    }

    void aVolumeWithoutQuorumWaitsForTheNode()
    {
        Kube::ClusterDelta delta = nodeTwoLost();
        cvOf(delta).consistencyFactor = 2;
        cvOf(delta).phase = Cstor::VolumePhase::Offline;
        const LostNodePlan plan = planOf(delta);
        QCOMPARE(plan.volumes.first().fate, Fate::NoQuorum);
        QVERIFY(plan.moves().isEmpty());
        QVERIFY(!plan.allRecoverable());
        QVERIFY2(plan.volumes.first().why.contains(QStringLiteral("needs 2")),
                 qPrintable(plan.volumes.first().why));
    }

    // Its other replica's node is lost too, and the target reports nothing: the CVRs still read
    // Healthy, but nothing is left to copy from.
    void aVolumeWithNoHealthyReplicaLeftIsLost()
    {
        Kube::ClusterDelta delta = nodeTwoLost();
        cvOf(delta).replicaStatuses.clear();
        cvOf(delta).phase = Cstor::VolumePhase::Init;
        const LostNodePlan plan = planOf(delta, {QStringLiteral("e2e1-node1"), kNode2});
        QCOMPARE(plan.volumes.first().fate, Fate::Lost);
        QCOMPARE(plan.volumes.first().healthyCopies, 0);
        QVERIFY(plan.moves().isEmpty());
    }

    // Its target restarted with the node and has not counted the replica left yet: not lost, not
    // planned either.
    void aVolumeWhoseReplicasAreNotHealthyYetWaits()
    {
        Kube::ClusterDelta delta = nodeTwoLost();
        cvOf(delta).replicaStatuses.clear();
        cvOf(delta).phase = Cstor::VolumePhase::Init;
        replicaOn(delta, kPool1).phase = Cstor::ReplicaPhase::Offline;
        replicaOn(delta, kPool1).phaseText = QStringLiteral("Offline");
        const LostNodePlan plan = planOf(delta);
        QCOMPARE(plan.volumes.first().fate, Fate::Waiting);
        QVERIFY2(plan.volumes.first().why.contains(kPool1 + QStringLiteral(" (Offline)")),
                 qPrintable(plan.volumes.first().why));
        QVERIFY(plan.moves().isEmpty());
    }

    void aVolumeWithNoPoolToTakeItWaitsForRoom()
    {
        Kube::ClusterDelta delta = nodeTwoLost();
        poolNamed(delta, kPool3).readOnly = true;
        const LostNodePlan plan = planOf(delta);
        QCOMPARE(plan.volumes.first().fate, Fate::NoRoom);
        QVERIFY2(plan.volumes.first().why.contains(QStringLiteral("is ONLINE, writable")),
                 qPrintable(plan.volumes.first().why));
    }

    // A target on another lost node's pool is never chosen: that pool reads ONLINE for ever.
    void neverPlacesOnAnotherLostNode()
    {
        const LostNodePlan plan = planOf(nodeTwoLost(), {kNode2, QStringLiteral("e2e1-node3")});
        QCOMPARE(plan.volumes.first().fate, Fate::NoRoom);
    }

    void theDeadPoolIsRemovedOnlyOnceNoVolumeCountsOnIt()
    {
        Kube::ClusterDelta delta = nodeTwoLost();
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(delta);
        snapshot.setNodes(nodes({kNode2}));
        LostNodePlan plan = LostNodePlanner::plan(snapshot, kNode2);
        QVERIFY(LostNodePlanner::removalSteps(snapshot, plan, kNs, {}).isEmpty());

        // The move is done: the pool left the CVC and its replica is being deleted.
        cvcOf(delta).specPools = cvcOf(delta).statusPools = {kPool1, kPool3};
        replicaOn(delta, kPool2).meta.deletionTimestamp = kNow;
        snapshot.apply(delta);
        plan = LostNodePlanner::plan(snapshot, kNode2);
        QVERIFY(plan.volumes.isEmpty());
        QCOMPARE(plan.terminating, QStringList{replicaOn(delta, kPool2).meta.name});

        QJsonArray pools;
        for (const QString &node : {QStringLiteral("e2e1-node1"), kNode2}) {
            pools.append(
                QJsonObject{{QStringLiteral("nodeSelector"),
                             QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node}}}});
        }
        const QJsonObject cspc{
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("pools"), pools}}}};
        const int index = LostNodePlanner::poolSpecIndex(cspc, kNode2);
        QCOMPARE(index, 1);
        QCOMPARE(LostNodePlanner::poolSpecIndex(cspc, QStringLiteral("e2e1-node9")), -1);
        const QStringList steps = LostNodePlanner::removalSteps(snapshot, plan, kNs, {{kPool2, 1}});
        QCOMPARE(steps.size(), 3);
        QVERIFY2(steps.at(0).contains(QStringLiteral("kubectl patch cvr ") +
                                      replicaOn(delta, kPool2).meta.name),
                 qPrintable(steps.at(0)));
        QVERIFY2(steps.at(1).contains(QStringLiteral("\"path\":\"/spec/pools/1\"")),
                 qPrintable(steps.at(1)));
        QVERIFY2(steps.at(1).contains(QStringLiteral("\"value\":\"e2e1-node2\"")),
                 qPrintable(steps.at(1)));
        QVERIFY2(steps.at(2).contains(QStringLiteral("kubectl patch cspi ") + kPool2),
                 qPrintable(steps.at(2)));
        // Without the CSPC's index the edit is described instead.
        QVERIFY(LostNodePlanner::removalSteps(snapshot, plan, kNs, {})
                    .at(1)
                    .contains(QStringLiteral("kubectl edit cspc")));
    }
};

QTEST_GUILESS_MAIN(TestLostNodePlanner)
#include "tst_lostnodeplanner.moc"
