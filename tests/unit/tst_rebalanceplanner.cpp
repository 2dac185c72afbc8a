// Rebalancing pool clusters: a skewed cluster comes within the target spread moving fewer bytes
// than a plain greedy plan, every move keeps every rule of a single move (its pool cluster, one
// replica of a volume per node, usable targets below their threshold, anti-affinity groups
// apart), no replica moves twice, fully Healthy volumes go first, pools that are not usable
// are neither source nor target, a plan that stops short says why, and the same cluster gives
// the same plan.
#include "models/planning/capacityprojection.h"
#include "models/planning/placement.h"
#include "models/planning/rebalanceplanner.h"
#include "tests/common/seedclusterdelta.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Migration;
using namespace SeedClusterDelta;

namespace {
const QString kPoolCluster = QStringLiteral("cspc-stripe-pool");

ClusterSnapshot snapshotOf(const Kube::ClusterDelta &delta)
{
    ClusterSnapshot snapshot;
    snapshot.apply(delta);
    return snapshot;
}

// Pools <prefix>1.. of `poolCluster` on nodes n1.., 10 GiB each, at the given used %.
void addPools(Kube::ClusterDelta *delta, const QString &poolCluster, const QString &prefix,
              const QList<int> &percents)
{
    for (int i = 0; i < percents.size(); ++i) {
        Cstor::PoolInstance p =
            pool(prefix + QString::number(i + 1), QStringLiteral("n%1").arg(i + 1));
        p.poolCluster = poolCluster;
        p.usedBytes = p.totalBytes * percents.at(i) / 100;
        p.freeBytes = p.totalBytes - p.usedBytes;
        delta->pools.upserted.append(p);
    }
}

// A volume of its pools' pool cluster with a Healthy replica of `gib` on each of them.
void addVolume(Kube::ClusterDelta *delta, const QString &name, double gib, const QStringList &pools)
{
    Cstor::VolumeConfig cvc;
    cvc.meta.uid = QStringLiteral("uid-cvc-") + name;
    cvc.meta.name = name;
    cvc.specPools = cvc.statusPools = pools;
    cvc.replicaCount = int(pools.size());
    cvc.phase = Cstor::VolumeConfigPhase::Bound;
    for (const QString &poolName : pools) {
        for (const Cstor::PoolInstance &p : std::as_const(delta->pools.upserted)) {
            if (p.meta.name != poolName)
                continue;
            cvc.poolCluster = p.poolCluster;
            Cstor::VolumeReplica r = replica(name, poolName, p.hostName);
            r.allocatedBytes = qint64(gib * kGiB);
            r.usedBytes = r.allocatedBytes;
            delta->replicas.upserted.append(r);
        }
    }
    delta->volumeConfigs.upserted.append(cvc);
}

Cstor::PoolInstance &poolIn(Kube::ClusterDelta &delta, const QString &name)
{
    for (Cstor::PoolInstance &p : delta.pools.upserted) {
        if (p.meta.name == name)
            return p;
    }
    qFatal("no pool %s", qPrintable(name));
}

// Six nodes, a pool each at 80/75/30/25/20/20 %, and fourteen volumes of 0.25 to 1.5 GiB with
// two replicas each, most of them on the two full pools.
Kube::ClusterDelta skewed(const QList<int> &percents = {80, 75, 30, 25, 20, 20})
{
    Kube::ClusterDelta delta;
    addPools(&delta, kPoolCluster, QStringLiteral("p"), percents);
    const auto add = [&delta](const char *name, double gib, const char *a, const char *b) {
        addVolume(&delta, QLatin1String(name), gib, {QLatin1String(a), QLatin1String(b)});
    };
    add("pvc-01", 0.25, "p1", "p2");
    add("pvc-02", 0.5, "p1", "p3");
    add("pvc-03", 0.75, "p1", "p4");
    add("pvc-04", 1.0, "p1", "p2");
    add("pvc-05", 1.5, "p1", "p5");
    add("pvc-06", 1.25, "p1", "p6");
    add("pvc-07", 0.5, "p1", "p2");
    add("pvc-08", 1.5, "p2", "p3");
    add("pvc-09", 1.25, "p2", "p4");
    add("pvc-10", 0.75, "p2", "p6");
    add("pvc-11", 0.25, "p2", "p5");
    add("pvc-12", 1.0, "p1", "p3");
    add("pvc-13", 0.5, "p1", "p4");
    add("pvc-14", 0.25, "p2", "p5");
    return delta;
}

// The used % of each pool once `moves` land, as the capacity table shows it.
QHash<QString, int> percentsAfter(const ClusterSnapshot &cluster, const QList<ReplicaMove> &moves)
{
    QHash<QString, int> percents;
    for (const Cstor::PoolInstance *p : cluster.pools())
        percents.insert(p->meta.name, int(p->usedBytes * 100 / p->totalBytes));
    for (const PoolProjection &projection : CapacityProjection::project(cluster, moves))
        percents.insert(projection.pool, projection.percentAfter());
    return percents;
}

int spreadAfter(const ClusterSnapshot &cluster, const QList<ReplicaMove> &moves,
                const QString &poolCluster = kPoolCluster)
{
    const QHash<QString, int> percents = percentsAfter(cluster, moves);
    QList<int> usable;
    for (const Cstor::PoolInstance *p : cluster.pools()) {
        if (p->poolCluster == poolCluster && Placement::isUsable(cluster, *p))
            usable << percents.value(p->meta.name);
    }
    return *std::max_element(usable.cbegin(), usable.cend()) -
           *std::min_element(usable.cbegin(), usable.cend());
}

// The first rule of a single move the plan breaks, checked against the cluster once all its
// moves land; empty when none.
QString ruleBroken(const ClusterSnapshot &cluster, const QList<ReplicaMove> &moves)
{
    QHash<QString, QSet<QString>> nodes; // every node a volume is on, was on or goes to
    for (const Cstor::VolumeReplica *r : cluster.replicas())
        nodes[r->volume].insert(cluster.pool(r->pool)->hostName);
    QSet<QString> moved;
    QHash<QString, qint64> gained;
    for (const ReplicaMove &move : moves) {
        const QString text = move.volume + QLatin1Char(' ') + move.sourcePool +
                             QStringLiteral(" -> ") + move.targetPool + QStringLiteral(": ");
        const Cstor::PoolInstance *source = cluster.pool(move.sourcePool);
        const Cstor::PoolInstance *target = cluster.pool(move.targetPool);
        const Cstor::VolumeConfig *cvc = cluster.volumeConfig(move.volume);
        if (!source || !target || !cvc || !cluster.replica(move.volume, move.sourcePool))
            return text + QStringLiteral("no such replica or pool");
        if (source->poolCluster != cvc->poolCluster || target->poolCluster != cvc->poolCluster)
            return text + QStringLiteral("outside the volume's pool cluster");
        if (!Placement::isUsable(cluster, *source) || !Placement::isUsable(cluster, *target))
            return text + QStringLiteral("a pool that is not usable");
        if (moved.contains(move.volume + move.sourcePool))
            return text + QStringLiteral("moved twice");
        moved.insert(move.volume + move.sourcePool);
        if (nodes[move.volume].contains(target->hostName))
            return text + QStringLiteral("onto a node the volume is on or leaves");
        nodes[move.volume].insert(target->hostName);
        // Whatever the order the moves land in, the target stays below its threshold.
        gained[move.targetPool] += cluster.volumeSize(move.volume);
        const qint64 used = target->usedBytes + gained.value(move.targetPool);
        if (used * 100 / target->totalBytes >= target->roThresholdLimit)
            return text + QStringLiteral("past the read-only threshold");
    }
    return {};
}

// Each volume's pools once the moves land.
QHash<QString, QSet<QString>> poolsAfter(const ClusterSnapshot &cluster,
                                         const QList<ReplicaMove> &moves)
{
    QHash<QString, QSet<QString>> pools;
    for (const Cstor::VolumeReplica *r : cluster.replicas())
        pools[r->volume].insert(r->pool);
    for (const ReplicaMove &move : moves) {
        pools[move.volume].remove(move.sourcePool);
        pools[move.volume].insert(move.targetPool);
    }
    return pools;
}

bool movesVolume(const RebalancePlanner::Plan &plan, const QString &volume)
{
    return std::any_of(plan.moves.cbegin(), plan.moves.cend(),
                       [&volume](const ReplicaMove &move) { return move.volume == volume; });
}

// A plain greedy plan to compare with: the largest replica of the fullest pool goes to the
// emptiest pool that takes it, when that pool stays below the source, until the spread is
// within the target or nothing can move.
QList<ReplicaMove> greedyReference(const ClusterSnapshot &cluster, int maxSpread)
{
    Placement placement(cluster);
    QList<ReplicaMove> moves;
    QSet<const Cstor::VolumeReplica *> moved;
    const auto fill = [&](const Cstor::PoolInstance *p, qint64 change = 0) {
        const QString &name = p->meta.name;
        return double(p->usedBytes + placement.plannedGain(name) - placement.plannedLoss(name) +
                      change) /
               double(p->totalBytes);
    };
    const auto byFill = [&](const auto *a, const auto *b) { return fill(a) < fill(b); };
    const QList<const Cstor::PoolInstance *> pools = cluster.pools(); // all usable here
    while (spreadAfter(cluster, moves) > maxSpread) {
        const auto *source = *std::max_element(pools.cbegin(), pools.cend(), byFill);
        QList<const Cstor::VolumeReplica *> replicas = cluster.replicasOnPool(source->meta.name);
        std::sort(replicas.begin(), replicas.end(), [](const auto *a, const auto *b) {
            return a->allocatedBytes > b->allocatedBytes;
        });
        const int before = int(moves.size());
        for (const Cstor::VolumeReplica *r : std::as_const(replicas)) {
            QList<const Cstor::PoolInstance *> targets;
            for (const Cstor::PoolInstance *p : pools) {
                if (!moved.contains(r) && placement.allows(*r, *p))
                    targets << p;
            }
            if (targets.isEmpty())
                continue;
            const auto *target = *std::min_element(targets.cbegin(), targets.cend(), byFill);
            if (fill(target, cluster.volumeSize(r->volume)) >= fill(source, -r->allocatedBytes))
                continue;
            moves << ReplicaMove{r->volume, source->meta.name, target->meta.name};
            placement.reserve(moves.last());
            moved.insert(r);
            break;
        }
        if (moves.size() == before)
            break;
    }
    return moves;
}

qint64 bytesOf(const ClusterSnapshot &cluster, const QList<ReplicaMove> &moves)
{
    qint64 bytes = 0;
    for (const ReplicaMove &move : moves)
        bytes += cluster.volumeSize(move.volume);
    return bytes;
}
} // namespace

class TestRebalancePlanner : public QObject
{
    Q_OBJECT

private slots:
    void skewedClusterComesUnderTheTarget()
    {
        const ClusterSnapshot cluster = snapshotOf(skewed());
        const auto plan = RebalancePlanner::plan(cluster, {});
        QCOMPARE(plan.spreadBefore, 60);
        QVERIFY2(plan.reachesGoal(), qPrintable(plan.notes.join(u'\n')));
        QVERIFY(plan.notes.isEmpty());
        QVERIFY(plan.spreadAfter <= 10);
        QCOMPARE(plan.spreadAfter, spreadAfter(cluster, plan.moves));
        QCOMPARE(plan.bytesToCopy, bytesOf(cluster, plan.moves));
        const QString broken = ruleBroken(cluster, plan.moves);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        // The same cluster gives the same plan, whatever the order its objects come in.
        Kube::ClusterDelta reversed = skewed();
        std::reverse(reversed.pools.upserted.begin(), reversed.pools.upserted.end());
        std::reverse(reversed.replicas.upserted.begin(), reversed.replicas.upserted.end());
        std::reverse(reversed.volumeConfigs.upserted.begin(),
                     reversed.volumeConfigs.upserted.end());
        const auto again = RebalancePlanner::plan(snapshotOf(reversed), {});
        QCOMPARE(again.moves, plan.moves);
        QCOMPARE(again.notes, plan.notes);
        QCOMPARE(again.spreadAfter, plan.spreadAfter);
    }

    void targetsStayBelowTheirThreshold()
    {
        // Read-only at 35 %: the empty pools take what keeps them below it once every planned
        // move lands, and the plan stops short, saying why.
        Kube::ClusterDelta delta = skewed();
        for (Cstor::PoolInstance &p : delta.pools.upserted)
            p.roThresholdLimit = 35;
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto plan = RebalancePlanner::plan(cluster, {});
        QVERIFY(!plan.moves.isEmpty());
        const QString broken = ruleBroken(cluster, plan.moves);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QVERIFY(!plan.reachesGoal());
        QCOMPARE(plan.notes.size(), 1);
        QVERIFY2(plan.notes.first().contains(QStringLiteral("below 35 %")),
                 qPrintable(plan.notes.first()));
    }

    void movesNoMoreBytesThanAGreedyPlan()
    {
        const ClusterSnapshot cluster = snapshotOf(skewed());
        const auto plan = RebalancePlanner::plan(cluster, {});
        const QList<ReplicaMove> reference = greedyReference(cluster, 10);
        QVERIFY(ruleBroken(cluster, reference).isEmpty());
        QVERIFY(spreadAfter(cluster, reference) <= 10);
        const qint64 referenceBytes = bytesOf(cluster, reference);
        qInfo("rebalance moved %.2f GiB in %d moves; greedy reference %.2f GiB in %d moves",
              double(plan.bytesToCopy) / kGiB, int(plan.moves.size()),
              double(referenceBytes) / kGiB, int(reference.size()));
        QVERIFY(plan.reachesGoal());
        QVERIFY(plan.bytesToCopy <= referenceBytes);
        // Here smallest first copies less: the largest replica of the fullest pool overshoots.
        QVERIFY(plan.bytesToCopy < referenceBytes);
    }

    void aBalancedClusterNeedsNoMove()
    {
        const auto plan = RebalancePlanner::plan(snapshotOf(skewed({40, 35, 32, 30, 35, 38})), {});
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.bytesToCopy, qint64(0));
        QCOMPARE(plan.spreadBefore, 10);
        QCOMPARE(plan.spreadAfter, 10);
        QVERIFY(plan.reachesGoal());
        QVERIFY(plan.notes.isEmpty());
    }

    void prefersVolumesWhoseReplicasAreAllHealthy()
    {
        // p1 at 65 %, the others at 50 %: moving either volume off p1 does. The smaller one has
        // a Degraded replica, so the larger, fully Healthy one moves.
        Kube::ClusterDelta delta;
        addPools(&delta, kPoolCluster, QStringLiteral("p"), {65, 50, 50, 50});
        addVolume(&delta, QStringLiteral("pvc-degraded"), 0.5,
                  {QStringLiteral("p1"), QStringLiteral("p2")});
        addVolume(&delta, QStringLiteral("pvc-healthy"), 0.7,
                  {QStringLiteral("p1"), QStringLiteral("p3")});
        for (Cstor::VolumeReplica &r : delta.replicas.upserted) {
            if (r.volume == QStringLiteral("pvc-degraded") && r.pool == QStringLiteral("p2"))
                r.phase = Cstor::ReplicaPhase::Degraded;
        }
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto plan = RebalancePlanner::plan(cluster, {});
        QVERIFY2(plan.reachesGoal(), qPrintable(plan.notes.join(u'\n')));
        QCOMPARE(plan.moves, (QList<ReplicaMove>{{QStringLiteral("pvc-healthy"),
                                                  QStringLiteral("p1"), QStringLiteral("p2")}}));
        QVERIFY(!movesVolume(plan, QStringLiteral("pvc-degraded")));
        QVERIFY(ruleBroken(cluster, plan.moves).isEmpty());
    }

    void antiAffinityGroupsNeverShareAPool()
    {
        // pvc-01 leaves p1 first, for p5 (the emptiest by name), where pvc-11 is: in one
        // group with pvc-11, it goes elsewhere.
        const QString grouped = QStringLiteral("pvc-01");
        const QString other = QStringLiteral("pvc-11");
        const ClusterSnapshot ungrouped = snapshotOf(skewed());
        const auto ungroupedPlan = RebalancePlanner::plan(ungrouped, {});
        const auto ungroupedPools = poolsAfter(ungrouped, ungroupedPlan.moves);
        QVERIFY(ungroupedPools.value(grouped).intersects(ungroupedPools.value(other)));

        Kube::ClusterDelta delta = skewed();
        for (Cstor::VolumeConfig &cvc : delta.volumeConfigs.upserted) {
            if (cvc.meta.name == grouped || cvc.meta.name == other)
                cvc.meta.labels.insert(Placement::antiAffinityLabel(), QStringLiteral("db"));
        }
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto plan = RebalancePlanner::plan(cluster, {});
        QVERIFY(movesVolume(plan, grouped));
        const QSet<QString> groupedPools = poolsAfter(cluster, plan.moves).value(grouped);
        const QSet<QString> otherPools = poolsAfter(cluster, plan.moves).value(other);
        QVERIFY2(!groupedPools.intersects(otherPools),
                 qPrintable(QStringList(groupedPools.cbegin(), groupedPools.cend()).join(u',')));
        QVERIFY(ruleBroken(cluster, plan.moves).isEmpty());
    }

    void aPoolClusterAlone()
    {
        // Pool clusters a and b on the same three nodes, both skewed.
        Kube::ClusterDelta delta;
        addPools(&delta, QStringLiteral("a"), QStringLiteral("a"), {60, 20, 20});
        addPools(&delta, QStringLiteral("b"), QStringLiteral("b"), {60, 20, 20});
        for (const QString &c : {QStringLiteral("a"), QStringLiteral("b")}) {
            for (int i = 1; i <= 4; ++i)
                addVolume(&delta, QStringLiteral("pvc-%1%2").arg(c).arg(i), 1.0,
                          {c + u'1', c + QString::number(i % 2 + 2)});
        }
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto onlyA = RebalancePlanner::plan(cluster, {QStringLiteral("a")});
        QVERIFY(!onlyA.moves.isEmpty());
        for (const ReplicaMove &move : onlyA.moves) {
            QVERIFY2(move.volume.startsWith(QStringLiteral("pvc-a")), qPrintable(move.volume));
            QCOMPARE(cluster.pool(move.targetPool)->poolCluster, QStringLiteral("a"));
        }
        QCOMPARE(onlyA.spreadAfter, spreadAfter(cluster, onlyA.moves, QStringLiteral("a")));
        QVERIFY(ruleBroken(cluster, onlyA.moves).isEmpty());

        // Every pool cluster: b's volumes move too, each within its own pool cluster.
        const auto both = RebalancePlanner::plan(cluster, {});
        QVERIFY(movesVolume(both, QStringLiteral("pvc-b1")) ||
                movesVolume(both, QStringLiteral("pvc-b2")));
        QVERIFY(ruleBroken(cluster, both.moves).isEmpty());
        QCOMPARE(both.spreadAfter, std::max(spreadAfter(cluster, both.moves, QStringLiteral("a")),
                                            spreadAfter(cluster, both.moves, QStringLiteral("b"))));
    }

    void everyOtherPoolHoldsTheVolume()
    {
        // Three replicas on three nodes: no replica of p1 has anywhere to go.
        Kube::ClusterDelta delta;
        addPools(&delta, kPoolCluster, QStringLiteral("p"), {80, 20, 20});
        addVolume(&delta, QStringLiteral("pvc-3r"), 1.0,
                  {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")});
        const auto plan = RebalancePlanner::plan(snapshotOf(delta), {});
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.spreadAfter, 60);
        QVERIFY(!plan.reachesGoal());
        QCOMPARE(plan.notes.size(), 1);
        QCOMPARE(plan.notes.first(),
                 QStringLiteral("cspc-stripe-pool: no replica of p1 (80 %) can move to a pool "
                                "that stays below it; pvc-3r: every other pool of "
                                "cspc-stripe-pool is on a node that holds a replica of pvc-3r"));
    }

    void theOnlyTargetIsReadOnly()
    {
        Kube::ClusterDelta delta;
        addPools(&delta, kPoolCluster, QStringLiteral("p"), {80, 20, 60});
        addVolume(&delta, QStringLiteral("pvc-x"), 1.0,
                  {QStringLiteral("p1"), QStringLiteral("p3")});
        poolIn(delta, QStringLiteral("p2")).readOnly = true;
        const auto plan = RebalancePlanner::plan(snapshotOf(delta), {});
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.spreadAfter, 20); // p2 does not count
        QVERIFY(!plan.reachesGoal());
        QCOMPARE(plan.notes.size(), 1); // p2 holds no replica: not named
        QVERIFY2(plan.notes.first().contains(QStringLiteral("is ONLINE, writable")),
                 qPrintable(plan.notes.first()));
    }

    void aMoveThatWouldOvershootIsNotMade()
    {
        // 2 GiB off p1 (70 %) would put p3 (55 %) at 75 %, above the 50 % left on p1.
        Kube::ClusterDelta delta;
        addPools(&delta, kPoolCluster, QStringLiteral("p"), {70, 55, 55});
        addVolume(&delta, QStringLiteral("pvc-big"), 2.0,
                  {QStringLiteral("p1"), QStringLiteral("p2")});
        const auto plan = RebalancePlanner::plan(snapshotOf(delta), {});
        QVERIFY(plan.moves.isEmpty());
        QCOMPARE(plan.spreadAfter, 15);
        QCOMPARE(plan.notes,
                 QStringList{QStringLiteral(
                     "cspc-stripe-pool: no replica of p1 (70 %) can move to a pool that stays "
                     "below it; pvc-big: the emptiest pool it may go to, p3, would reach 75 %, "
                     "no less than the 50 % left on p1")});
    }

    void poolsThatAreNotUsableAreLeftOut()
    {
        // The fullest pool is OFFLINE and an empty one read-only: neither moves anything.
        Kube::ClusterDelta delta = skewed();
        Cstor::PoolInstance &offline = poolIn(delta, QStringLiteral("p1"));
        offline.phase = Cstor::PoolPhase::Offline;
        offline.phaseText = QStringLiteral("OFFLINE");
        poolIn(delta, QStringLiteral("p5")).readOnly = true;
        const ClusterSnapshot cluster = snapshotOf(delta);
        const auto plan = RebalancePlanner::plan(cluster, {});
        QVERIFY(!plan.moves.isEmpty());
        for (const ReplicaMove &move : plan.moves) {
            for (const QString &left : {QStringLiteral("p1"), QStringLiteral("p5")}) {
                QVERIFY(move.sourcePool != left);
                QVERIFY(move.targetPool != left);
            }
        }
        QVERIFY(ruleBroken(cluster, plan.moves).isEmpty());
        QCOMPARE(plan.spreadBefore, 55); // p2 75 % to p6 20 %
        QCOMPARE(plan.spreadAfter, spreadAfter(cluster, plan.moves));
        QVERIFY(plan.notes.contains(QStringLiteral(
            "cspc-stripe-pool: p1 is left out as it is OFFLINE; its 9 replica(s) stay")));
        QVERIFY(plan.notes.contains(QStringLiteral(
            "cspc-stripe-pool: p5 is left out as it is read-only; its 3 replica(s) stay")));
    }
};

QTEST_GUILESS_MAIN(TestRebalancePlanner)
#include "tst_rebalanceplanner.moc"
