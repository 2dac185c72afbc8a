// What losing a node now would cost, on the seed scenario (resources/scenarios/seed.yaml, as the
// simulator loads it): with e2e1-node1 lost, its two volumes of two replicas lose quorum and get
// a replacement named on the node without a replica, the volume of three replicas loses one and
// has nowhere for a replacement; a volume whose other replica is not Healthy (or sits on a
// NotReady node) loses its data; a node with no replica loses nothing; the worst comes first.
#include "controllerrig.h"

#include "models/planning/clustersnapshot.h"
#include "models/planning/nodelossimpact.h"
#include "tests/common/seedclusterdelta.h"
#include "tests/common/seednames.h"

#include <QTest>

using Migration::NodeLossImpact;
using Effect = Migration::NodeLossImpact::Effect;
using namespace SeedNames;

namespace {
const QString kNode1 = QStringLiteral("e2e1-node1");
const QString kNode2 = QStringLiteral("e2e1-node2");
// RF 2 on 6qkw (e2e1-node1) and psz5 (e2e1-node3).
const QString kOnOneAndThree = QStringLiteral("pvc-c9e2f4a8-1d3b-4e5c-a6f7-0b8c9d2e4f64");

template<typename T>
bool decodeAll(const ControllerRig &rig, const char *resource, QList<T> *out, QString *error)
{
    for (const QJsonObject &object : rig.store->list(QLatin1String(resource))) {
        T decoded;
        if (!T::fromJson(object, &decoded, error))
            return false;
        out->append(decoded);
    }
    return true;
}

// The seed scenario's objects as the informers would deliver them.
Kube::ClusterDelta seed()
{
    ControllerRig rig;
    QString error;
    Kube::ClusterDelta delta;
    if (!rig.loadSeed(&error) ||
        !decodeAll(rig, "cstorpoolinstances", &delta.pools.upserted, &error) ||
        !decodeAll(rig, "cstorvolumeconfigs", &delta.volumeConfigs.upserted, &error) ||
        !decodeAll(rig, "cstorvolumes", &delta.volumes.upserted, &error) ||
        !decodeAll(rig, "cstorvolumereplicas", &delta.replicas.upserted, &error))
        qFatal("seed scenario: %s", qPrintable(error));
    return delta;
}

QList<Cstor::Node> nodes(const QStringList &notReady)
{
    QList<Cstor::Node> list;
    for (int i = 1; i <= 3; ++i) {
        Cstor::Node node;
        node.meta.name = QStringLiteral("e2e1-node%1").arg(i);
        node.meta.uid = QStringLiteral("uid-") + node.meta.name;
        node.ready = !notReady.contains(node.meta.name);
        node.readyStatus = node.ready ? QStringLiteral("True") : QStringLiteral("Unknown");
        list << node;
    }
    return list;
}

NodeLossImpact::Impact impactOf(const Kube::ClusterDelta &delta, const QString &node,
                                const QStringList &notReady = {})
{
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    snapshot.setNodes(nodes(notReady));
    return NodeLossImpact::of(snapshot, node);
}

QStringList namesOf(const NodeLossImpact::Impact &impact)
{
    QStringList names;
    for (const NodeLossImpact::Volume &volume : impact.volumes)
        names << volume.volume;
    return names;
}

QList<Effect> effectsOf(const NodeLossImpact::Impact &impact)
{
    QList<Effect> effects;
    for (const NodeLossImpact::Volume &volume : impact.volumes)
        effects << volume.effect;
    return effects;
}

bool worstFirst(const NodeLossImpact::Impact &impact)
{
    for (qsizetype i = 1; i < impact.volumes.size(); ++i) {
        if (impact.volumes.at(i - 1).effect > impact.volumes.at(i).effect)
            return false;
    }
    return true;
}

Cstor::VolumeReplica &replicaOf(Kube::ClusterDelta &delta, const QString &volume,
                                const QString &pool)
{
    for (Cstor::VolumeReplica &cvr : delta.replicas.upserted) {
        if (cvr.volume == volume && cvr.pool == pool)
            return cvr;
    }
    qFatal("no replica of %s on %s", qPrintable(volume), qPrintable(pool));
}
} // namespace

class TestNodeLossImpact : public QObject
{
    Q_OBJECT

private slots:
    void seedNodeOneLost()
    {
        const NodeLossImpact::Impact impact = impactOf(seed(), kNode1);
        QCOMPARE(impact.node, kNode1);
        QCOMPARE(namesOf(impact), (QStringList{kOnOneAndThree, kVolume, kSpread}));
        QCOMPARE(effectsOf(impact),
                 (QList<Effect>{Effect::LosesQuorum, Effect::LosesQuorum, Effect::LosesReplica}));
        QCOMPARE(impact.count(Effect::LosesData), 0);
        QCOMPARE(impact.count(Effect::LosesQuorum), 2);
        QCOMPARE(impact.count(Effect::LosesReplica), 1);

        // RF 2, CF 2: one Healthy replica left of the two it needs; the replacement goes to the
        // one node without a replica of the volume.
        const NodeLossImpact::Volume &first = impact.volumes.at(0);
        QCOMPARE(first.pool, k6qkw);
        QCOMPARE(first.healthyAfter, 1);
        QCOMPARE(first.replicas, 2);
        QCOMPARE(first.quorum, 2);
        QCOMPARE(first.targetPool, kPn9p);
        QVERIFY2(first.why.contains(QStringLiteral("1 Healthy of 2 replica(s) left, 2 needed")),
                 qPrintable(first.why));
        QVERIFY2(first.why.contains(QStringLiteral("could rebuild on ") + kPn9p),
                 qPrintable(first.why));
        const NodeLossImpact::Volume &seedVolume = impact.volumes.at(1);
        QCOMPARE(seedVolume.pool, k6qkw);
        QCOMPARE(seedVolume.healthyAfter, 1);
        QCOMPARE(seedVolume.quorum, 2);
        QCOMPARE(seedVolume.targetPool, kPsz5);

        // RF 3 on all three nodes: two left, Degraded; no node without a replica of it.
        const NodeLossImpact::Volume &spread = impact.volumes.at(2);
        QCOMPARE(spread.pool, k6qkw);
        QCOMPARE(spread.healthyAfter, 2);
        QCOMPARE(spread.replicas, 3);
        QCOMPARE(spread.quorum, 2);
        QVERIFY(spread.targetPool.isEmpty());
        QVERIFY2(spread.why.contains(QStringLiteral("2 Healthy of 3 replica(s) left: Degraded")),
                 qPrintable(spread.why));
        QVERIFY2(spread.why.contains(QStringLiteral("no replacement: ")), qPrintable(spread.why));
        QVERIFY2(spread.why.contains(QStringLiteral("every other pool of cspc-stripe-pool is on a "
                                                    "node that holds a replica of ") +
                                     kSpread),
                 qPrintable(spread.why));

        const QString summary = impact.summary();
        QVERIFY2(summary.startsWith(QStringLiteral("If e2e1-node1 is lost now: 1 volume(s) lose a "
                                                   "replica and keep serving, 2 lose quorum")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("0 lose their only Healthy copy")),
                 qPrintable(summary));
    }

    // The seed volume's replica on e2e1-node2 is Offline: the one on e2e1-node1 is its only
    // Healthy copy.
    void onlyHealthyCopyOnTheNodeLosesData()
    {
        Kube::ClusterDelta delta = seed();
        Cstor::VolumeReplica &other = replicaOf(delta, kVolume, kPn9p);
        other.phase = Cstor::ReplicaPhase::Offline;
        other.phaseText = QStringLiteral("Offline");
        const NodeLossImpact::Impact impact = impactOf(delta, kNode1);
        QCOMPARE(namesOf(impact), (QStringList{kVolume, kOnOneAndThree, kSpread}));
        QCOMPARE(effectsOf(impact),
                 (QList<Effect>{Effect::LosesData, Effect::LosesQuorum, Effect::LosesReplica}));
        const NodeLossImpact::Volume &lost = impact.volumes.first();
        QCOMPARE(lost.healthyAfter, 0);
        QVERIFY(lost.targetPool.isEmpty()); // nothing to rebuild from
        QVERIFY2(lost.why.contains(QStringLiteral("no Healthy replica on another node")),
                 qPrintable(lost.why));
        QCOMPARE(impact.count(Effect::LosesData), 1);
        QVERIFY2(impact.summary().contains(QStringLiteral("1 lose their only Healthy copy")),
                 qPrintable(impact.summary()));
    }

    // e2e1-node2 is NotReady already: the seed volume keeps no Healthy copy elsewhere, the volume
    // of three replicas keeps one of the two it needs, and nothing is placed on node2's pool.
    void aNotReadyNodeCountsNoCopies()
    {
        const NodeLossImpact::Impact impact = impactOf(seed(), kNode1, {kNode2});
        QCOMPARE(namesOf(impact), (QStringList{kVolume, kSpread, kOnOneAndThree}));
        QCOMPARE(effectsOf(impact),
                 (QList<Effect>{Effect::LosesData, Effect::LosesQuorum, Effect::LosesQuorum}));
        QCOMPARE(impact.volumes.at(1).healthyAfter, 1);
        QCOMPARE(impact.volumes.at(1).quorum, 2);
        for (const NodeLossImpact::Volume &volume : impact.volumes)
            QVERIFY2(volume.targetPool.isEmpty(), qPrintable(volume.targetPool));
        QVERIFY(worstFirst(impact));
    }

    void aNodeWithoutReplicasLosesNothing()
    {
        Kube::ClusterDelta delta = seed();
        delta.pools.upserted.append(SeedClusterDelta::pool(QStringLiteral("cspc-stripe-pool-x4k2"),
                                                           QStringLiteral("e2e1-node4")));
        for (const QString &node : {QStringLiteral("e2e1-node4"), QStringLiteral("e2e1-node9")}) {
            const NodeLossImpact::Impact impact = impactOf(delta, node);
            QVERIFY(impact.volumes.isEmpty());
            QCOMPARE(impact.count(Effect::LosesReplica), 0);
            QCOMPARE(impact.summary(), QStringLiteral("If %1 is lost now, no volume loses "
                                                      "anything: it holds no replica.")
                                           .arg(node));
        }
    }

    // Every node of the seed, sorted worst first, each volume once.
    void worstFirstOnEveryNode()
    {
        const Kube::ClusterDelta delta = seed();
        for (int i = 1; i <= 3; ++i) {
            const NodeLossImpact::Impact impact =
                impactOf(delta, QStringLiteral("e2e1-node%1").arg(i));
            QVERIFY(!impact.volumes.isEmpty());
            QVERIFY(worstFirst(impact));
            const QStringList names = namesOf(impact);
            QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        }
        // e2e1-node3 holds the only replica of the RF 1 volume.
        const NodeLossImpact::Impact three = impactOf(delta, QStringLiteral("e2e1-node3"));
        QCOMPARE(three.volumes.first().volume,
                 QStringLiteral("pvc-7a4e0c19-2b6d-4f8a-b3c5-9d1e8f7a6b42"));
        QCOMPARE(three.volumes.first().effect, Effect::LosesData);
        QCOMPARE(three.count(Effect::LosesData), 1);
    }
};

QTEST_GUILESS_MAIN(TestNodeLossImpact)
#include "tst_nodelossimpact.moc"
