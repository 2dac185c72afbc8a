// The cluster item models: batches become ranged signals (never a reset), the derived node
// rows and volume summaries follow the replicas, staleness, proxies; every model runs under
// QAbstractItemModelTester.
#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"
#include "tests/common/seedclusterdelta.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SeedClusterDelta;

namespace {

// Every signal a model can send about its structure, to assert on what a batch produced.
struct SignalLog
{
    explicit SignalLog(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        dataChanged.clear();
        inserted.clear();
        removed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy dataChanged;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};

QDateTime t0()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedPopulatesEveryModel();
    void phaseChangeIsOneRangedDataChanged();
    void adjacentChangesCoalesce();
    void mergedBatchesApplyAsInTurn();
    void removalIsRangedAndUpdatesNode();
    void relistAppliesTheDifferenceWithoutReset();
    void volumeJoinsConfigAndTarget();
    void replicaDecodedFromJson();
    void rebuildProgressIsEstimatedFromHealthyPeer();
    void nodeWithSilentReplicasTurnsStale();
    void wholeClusterTurnsStaleOverSeveralTurns();
    void poolMovesToAnotherNode();
    void proxyFiltersAndSortsByRawValue();
    void eventsAreBoundedAndFilterable();
    void summaryCounts();
    void replicaDragCarriesUids();

private:
    std::unique_ptr<Items::ClusterModel> m_model;
    QList<QAbstractItemModelTester *> m_testers;
    QList<Items::FilterProxyModel *> m_proxies;
};

void TestItemModels::init()
{
    m_model = std::make_unique<Items::ClusterModel>();
    const QList<QAbstractItemModel *> models = {m_model->pools(), m_model->replicas(),
                                                m_model->volumes(), m_model->nodes(),
                                                m_model->events()};
    for (QAbstractItemModel *model : models) {
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get()));
        auto *proxy = new Items::FilterProxyModel(m_model.get());
        proxy->setSourceModel(model);
        proxy->sort(1);
        m_proxies.append(proxy);
        m_testers.append(new QAbstractItemModelTester(
            proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get()));
    }
}

void TestItemModels::cleanup()
{
    m_testers.clear();
    m_proxies.clear();
    m_model.reset();
}

void TestItemModels::seedPopulatesEveryModel()
{
    m_model->apply(make());
    QCOMPARE(m_model->pools()->rowCount(), 3);
    QCOMPARE(m_model->replicas()->rowCount(), 2);
    QCOMPARE(m_model->volumes()->rowCount(), 1);
    QCOMPARE(m_model->nodes()->rowCount(), 3);
    QCOMPARE(m_model->nodeNames(),
             (QStringList{QStringLiteral("e2e1-node1"), QStringLiteral("e2e1-node2"),
                          QStringLiteral("e2e1-node3")}));
    QCOMPARE(m_model->poolsOfNode(QStringLiteral("e2e1-node2")), QStringList{kPool2});
    QCOMPARE(m_model->replicasOfVolume(kVolume).size(), 2);
    QVERIFY(m_model->replicasOfPool(kPool3).isEmpty());

    const auto *pools = m_model->pools();
    const int row = pools->rowOfName(kPool1);
    QVERIFY(row >= 0);
    QCOMPARE(pools->index(row, Items::PoolModel::Node).data().toString(),
             QStringLiteral("e2e1-node1"));
    QCOMPARE(pools->index(row, Items::PoolModel::Capacity).data().toString(),
             QStringLiteral("10 GiB"));
    QCOMPARE(pools->index(row, Items::PoolModel::UsedPercent).data().toString(),
             QStringLiteral("20 %"));
    QCOMPARE(pools->index(row, Items::PoolModel::Used).data(Items::SortRole).toLongLong(),
             2 * kGiB);
    QCOMPARE(pools->index(row, 0).data(Items::HealthRole).toInt(), int(Items::Health::Ok));

    const auto *volumes = m_model->volumes();
    QCOMPARE(volumes->index(0, Items::VolumeModel::Name).data().toString(), kVolume);
    QCOMPARE(volumes->index(0, Items::VolumeModel::Status).data().toString(),
             QStringLiteral("Healthy"));
    QCOMPARE(volumes->index(0, Items::VolumeModel::Replicas).data().toString(),
             QStringLiteral("2 of 2 healthy"));
    QCOMPARE(volumes->index(0, Items::VolumeModel::Used).data(Items::SortRole).toLongLong(),
             qint64(1.47 * kGiB));

    const Items::NodeRow *node1 = m_model->nodes()->findByName(QStringLiteral("e2e1-node1"));
    QVERIFY(node1);
    QCOMPARE(node1->replicas, 1);
    QCOMPARE(node1->totalBytes, 10 * kGiB);
    QCOMPARE(m_model->nodes()->findByName(QStringLiteral("e2e1-node3"))->replicas, 0);
}

void TestItemModels::phaseChangeIsOneRangedDataChanged()
{
    m_model->apply(make());
    SignalLog replicas(m_model->replicas());
    SignalLog nodes(m_model->nodes());
    QSignalSpy applied(m_model.get(), &Items::ClusterModel::applied);

    Kube::ClusterDelta delta;
    delta.replicas.upserted = {
        replica(kVolume, kPool2, QStringLiteral("e2e1-node2"), Cstor::ReplicaPhase::Degraded)};
    m_model->apply(delta);

    QCOMPARE(replicas.dataChanged.size(), 1);
    QCOMPARE(replicas.inserted.size(), 0);
    QCOMPARE(replicas.removed.size(), 0);
    QCOMPARE(replicas.reset.size(), 0);
    const auto topLeft = replicas.dataChanged.first().at(0).value<QModelIndex>();
    const auto bottomRight = replicas.dataChanged.first().at(1).value<QModelIndex>();
    const int row = m_model->replicas()->rowOfKey(delta.replicas.upserted.first().meta.uid);
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(bottomRight.column(), Items::ReplicaModel::ColumnCount - 1);
    QCOMPARE(m_model->replicas()->index(row, Items::ReplicaModel::Status).data().toString(),
             QStringLiteral("Degraded"));
    QCOMPARE(m_model->replicas()->index(row, 0).data(Items::HealthRole).toInt(),
             int(Items::Health::Warning));

    // The node that holds it says so; the other nodes are untouched.
    QCOMPARE(nodes.dataChanged.size(), 1);
    QCOMPARE(nodes.reset.size(), 0);
    QCOMPARE(m_model->nodes()->findByName(QStringLiteral("e2e1-node2"))->unhealthyReplicas, 1);
    QCOMPARE(m_model->volumes()->index(0, Items::VolumeModel::Replicas).data().toString(),
             QStringLiteral("1 of 2 healthy"));

    QCOMPARE(applied.size(), 1);
    const auto changes = applied.first().first().value<Items::ChangeSet>();
    QVERIFY(!changes.structural);
    QCOMPARE(changes.nodes, QSet<QString>{QStringLiteral("e2e1-node2")});
    QCOMPARE(changes.pools, QSet<QString>{kPool2});

    // Then rebuilding, with a newer status time: the node counts it as rebuilding, no longer
    // as unhealthy, and its last update is the replica's.
    Cstor::VolumeReplica rebuilding = delta.replicas.upserted.first();
    rebuilding.phase = Cstor::ReplicaPhase::Rebuilding;
    rebuilding.lastUpdateTime = QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC);
    Kube::ClusterDelta later;
    later.replicas.upserted = {rebuilding};
    m_model->apply(later);
    const Items::NodeRow *node2 = m_model->nodes()->findByName(QStringLiteral("e2e1-node2"));
    QCOMPARE(node2->unhealthyReplicas, 0);
    QCOMPARE(node2->rebuildingReplicas, 1);
    QCOMPARE(node2->lastUpdate, rebuilding.lastUpdateTime);
}

void TestItemModels::adjacentChangesCoalesce()
{
    Kube::ClusterDelta first;
    for (int i = 0; i < 100; ++i)
        first.pools.upserted.append(pool(QStringLiteral("pool-%1").arg(i, 3, 10, QLatin1Char('0')),
                                         QStringLiteral("node-%1").arg(i / 2)));
    SignalLog pools(m_model->pools());
    m_model->apply(first);
    QCOMPARE(pools.inserted.size(), 1); // one insert for the whole batch
    QCOMPARE(pools.inserted.first().at(1).toInt(), 0);
    QCOMPARE(pools.inserted.first().at(2).toInt(), 99);
    QCOMPARE(m_model->nodes()->rowCount(), 50);

    // Rows 10..19 and 40..41 change in one batch: two ranges.
    pools.clear();
    Kube::ClusterDelta update;
    for (int i : {19, 10, 11, 12, 13, 14, 15, 16, 17, 18, 40, 41}) {
        Cstor::PoolInstance p = first.pools.upserted.at(i);
        p.usedBytes += kGiB;
        update.pools.upserted.append(p);
    }
    m_model->apply(update);
    QCOMPARE(pools.dataChanged.size(), 2);
    QCOMPARE(pools.dataChanged.at(0).at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(pools.dataChanged.at(0).at(1).value<QModelIndex>().row(), 19);
    QCOMPARE(pools.dataChanged.at(1).at(0).value<QModelIndex>().row(), 40);
    QCOMPARE(pools.dataChanged.at(1).at(1).value<QModelIndex>().row(), 41);

    // Every other row changes: one signal per row, never one spanning the unchanged rows (a
    // sorting proxy would re-check the order of every row in the span).
    pools.clear();
    Kube::ClusterDelta scattered;
    for (int i = 0; i < 100; i += 2)
        scattered.pools.upserted.append(first.pools.upserted.at(i));
    m_model->apply(scattered);
    QCOMPARE(pools.dataChanged.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(pools.dataChanged.at(i).at(0).value<QModelIndex>().row(), 2 * i);
        QCOMPARE(pools.dataChanged.at(i).at(1).value<QModelIndex>().row(), 2 * i);
    }
    QCOMPARE(pools.reset.size(), 0);
    QCOMPARE(pools.inserted.size(), 0);
}

void TestItemModels::mergedBatchesApplyAsInTurn()
{
    const auto named = [](const QString &name, qint64 used) {
        Cstor::PoolInstance p = pool(name, QStringLiteral("node-1"));
        p.meta.uid = QStringLiteral("uid-") + name;
        p.usedBytes = used;
        return p;
    };
    Kube::ClusterDelta base;
    base.pools.upserted = {named(u"a"_s, 1), named(u"b"_s, 1), named(u"c"_s, 1)};
    m_model->apply(base);

    // Two batches the UI thread had not taken yet: b removed then back, a changed twice, c gone,
    // d new then gone.
    Kube::ClusterDelta earlier;
    earlier.pools.remove(u"uid-b"_s);
    earlier.pools.upsert(named(u"a"_s, 2));
    earlier.pools.upsert(named(u"d"_s, 1));
    Kube::ClusterDelta later;
    later.pools.upsert(named(u"b"_s, 5));
    later.pools.upsert(named(u"a"_s, 3));
    later.pools.remove(u"uid-c"_s);
    later.pools.remove(u"uid-d"_s);
    earlier.merge(std::move(later));
    QVERIFY(!earlier.pools.removedUids.contains(u"uid-b"_s));
    m_model->apply(earlier);
    QStringList names;
    for (const Cstor::PoolInstance &p : m_model->pools()->rows())
        names.append(p.meta.name + u'=' + QString::number(p.usedBytes));
    names.sort();
    QCOMPARE(names, (QStringList{u"a=3"_s, u"b=5"_s}));

    // A relist in a later batch replaces whatever was pending for its kind.
    Kube::ClusterDelta pending;
    pending.pools.upsert(named(u"e"_s, 1));
    Kube::ClusterDelta relist;
    relist.pools.replaceAll = true;
    relist.pools.upserted = {named(u"f"_s, 1)};
    pending.merge(std::move(relist));
    m_model->apply(pending);
    QCOMPARE(m_model->pools()->rowCount(), 1);
    QCOMPARE(m_model->pools()->at(0).meta.name, u"f"_s);
}

void TestItemModels::removalIsRangedAndUpdatesNode()
{
    m_model->apply(make());
    SignalLog replicas(m_model->replicas());
    const QString uid = replica(kVolume, kPool1, QStringLiteral("e2e1-node1")).meta.uid;
    Kube::ClusterDelta delta;
    delta.replicas.removedUids = {uid, QStringLiteral("no-such-uid")};
    m_model->apply(delta);
    QCOMPARE(replicas.removed.size(), 1);
    QCOMPARE(replicas.reset.size(), 0);
    QCOMPARE(m_model->replicas()->rowCount(), 1);
    QCOMPARE(m_model->replicas()->rowOfKey(uid), -1);
    QCOMPARE(m_model->nodes()->findByName(QStringLiteral("e2e1-node1"))->replicas, 0);
    QVERIFY(m_model->replicasOfPool(kPool1).isEmpty());
    QCOMPARE(m_model->volumes()->index(0, Items::VolumeModel::Replicas).data().toString(),
             QStringLiteral("1 of 2 healthy"));

    // The remaining row still answers by key after the rows moved up.
    const QString other = replica(kVolume, kPool2, QStringLiteral("e2e1-node2")).meta.uid;
    QCOMPARE(m_model->replicas()->rowOfKey(other), 0);
}

void TestItemModels::relistAppliesTheDifferenceWithoutReset()
{
    m_model->apply(make());
    SignalLog pools(m_model->pools());
    SignalLog nodes(m_model->nodes());
    Kube::ClusterDelta relist;
    relist.pools.replaceAll = true;
    Cstor::PoolInstance p1 = pool(kPool1, QStringLiteral("e2e1-node1"));
    p1.readOnly = true;
    relist.pools.upserted = {p1, pool(kPool2, QStringLiteral("e2e1-node2"))}; // psz5 is gone
    m_model->apply(relist);
    QCOMPARE(pools.reset.size(), 0);
    QCOMPARE(pools.removed.size(), 1);
    QCOMPARE(pools.inserted.size(), 0);
    QCOMPARE(m_model->pools()->rowCount(), 2);
    QVERIFY(!m_model->pools()->findByName(kPool3));
    QVERIFY(m_model->pools()->findByName(kPool1)->readOnly);
    QCOMPARE(m_model->pools()
                 ->index(m_model->pools()->rowOfName(kPool1), 0)
                 .data(Items::HealthRole)
                 .toInt(),
             int(Items::Health::Warning));
    // The node without pools went with it.
    QCOMPARE(nodes.removed.size(), 1);
    QCOMPARE(nodes.reset.size(), 0);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node3")));
}

void TestItemModels::volumeJoinsConfigAndTarget()
{
    Kube::ClusterDelta seed = make();
    Kube::ClusterDelta configOnly;
    configOnly.volumeConfigs = seed.volumeConfigs;
    m_model->apply(configOnly);
    auto *volumes = m_model->volumes();
    QCOMPARE(volumes->rowCount(), 1);
    QCOMPARE(volumes->index(0, Items::VolumeModel::Status).data().toString(),
             QStringLiteral("(no target yet)"));
    QCOMPARE(volumes->index(0, Items::VolumeModel::Pools).data().toString(),
             kPool1 + QStringLiteral(", ") + kPool2);

    SignalLog log(volumes);
    Kube::ClusterDelta target;
    target.volumes = seed.volumes;
    m_model->apply(target);
    QCOMPARE(log.inserted.size(), 0);
    QCOMPARE(log.dataChanged.size(), 1);
    QCOMPARE(volumes->index(0, Items::VolumeModel::Status).data().toString(),
             QStringLiteral("Healthy"));

    // Scaling up: spec has a third pool, status not yet.
    Kube::ClusterDelta scaling;
    Cstor::VolumeConfig cvc = seed.volumeConfigs.upserted.first();
    cvc.specPools.append(kPool3);
    scaling.volumeConfigs.upserted = {cvc};
    m_model->apply(scaling);
    QVERIFY(volumes->index(0, Items::VolumeModel::Replicas)
                .data()
                .toString()
                .contains(QStringLiteral("scaling 2 → 3")));

    // The target goes, the config stays; then the config goes too and the row with it.
    Kube::ClusterDelta noTarget;
    noTarget.volumes.removedUids = {seed.volumes.upserted.first().meta.uid};
    m_model->apply(noTarget);
    QCOMPARE(volumes->rowCount(), 1);
    Kube::ClusterDelta gone;
    gone.volumeConfigs.removedUids = {cvc.meta.uid};
    m_model->apply(gone);
    QCOMPARE(volumes->rowCount(), 0);
    QCOMPARE(log.reset.size(), 0);
}

void TestItemModels::replicaDecodedFromJson()
{
    const QByteArray json = R"({
      "apiVersion": "cstor.openebs.io/v1", "kind": "CStorVolumeReplica",
      "metadata": {
        "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-pool-psz5",
        "namespace": "openebs", "uid": "5d0a3c1e-0000-4000-8000-000000000001",
        "resourceVersion": "4242",
        "annotations": {"cstorpoolinstance.openebs.io/hostname": "e2e1-node3"},
        "labels": {
          "cstorpoolinstance.openebs.io/name": "cspc-stripe-pool-psz5",
          "cstorpoolinstance.openebs.io/uid": "uid-cspc-stripe-pool-psz5",
          "cstorvolume.openebs.io/name": "pvc-d1b26676-5035-4e5b-b564-68869b023306"}},
      "spec": {"capacity": "5Gi", "replicaid": "123"},
      "status": {"phase": "ReconstructingNewReplica",
                 "capacity": {"total": "512M", "used": "752M"},
                 "lastUpdateTime": "2024-05-01T10:00:00Z"}})";
    Cstor::VolumeReplica decoded;
    QString error;
    QVERIFY2(
        Cstor::VolumeReplica::fromJson(QJsonDocument::fromJson(json).object(), &decoded, &error),
        qPrintable(error));
    m_model->apply(make());
    Kube::ClusterDelta scaleUp;
    scaleUp.replicas.upserted = {decoded};
    m_model->apply(scaleUp);

    const Items::NodeRow *node3 = m_model->nodes()->findByName(QStringLiteral("e2e1-node3"));
    QCOMPARE(node3->replicas, 1);
    QCOMPARE(node3->rebuildingReplicas, 1);
    QCOMPARE(m_model->replicasOfPool(kPool3), QStringList{decoded.meta.uid});
    QCOMPARE(m_model->volumes()->index(0, Items::VolumeModel::Replicas).data().toString(),
             QStringLiteral("2 of 2 healthy, 1 rebuilding"));
}

void TestItemModels::rebuildProgressIsEstimatedFromHealthyPeer()
{
    m_model->apply(make());
    Cstor::VolumeReplica fresh = replica(kVolume, kPool3, QStringLiteral("e2e1-node3"),
                                         Cstor::ReplicaPhase::ReconstructingNewReplica);
    fresh.usedBytes = qint64(1.47 * kGiB / 4);
    Kube::ClusterDelta delta;
    delta.replicas.upserted = {fresh};
    m_model->apply(delta);
    auto *replicas = m_model->replicas();
    const int row = replicas->rowOfKey(fresh.meta.uid);
    QCOMPARE(replicas->index(row, Items::ReplicaModel::Rebuild).data().toString(),
             QStringLiteral("~25 %"));
    QVERIFY(qAbs(replicas->index(row, 0).data(Items::UsedFractionRole).toDouble() - 0.25) < 0.01);
    QVERIFY(replicas->index(row, 0).data(Items::RebuildingRole).toBool());
    // A healthy replica has no progress.
    QCOMPARE(replicas
                 ->index(replicas->rowOfKey(replica(kVolume, kPool1, {}).meta.uid),
                         Items::ReplicaModel::Rebuild)
                 .data()
                 .toString(),
             QString());
}

void TestItemModels::nodeWithSilentReplicasTurnsStale()
{
    Kube::ClusterDelta seed = make();
    for (Cstor::VolumeReplica &r : seed.replicas.upserted)
        r.lastUpdateTime = t0();
    m_model->apply(seed);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node1"))->stale);

    // Node 2 keeps reporting for three more resync periods; node 1 says nothing.
    SignalLog nodes(m_model->nodes());
    for (int period = 1; period <= 3; ++period) {
        Kube::ClusterDelta tick;
        Cstor::VolumeReplica r = seed.replicas.upserted.at(1);
        r.lastUpdateTime = t0().addSecs(30 * period);
        tick.replicas.upserted = {r};
        m_model->apply(tick);
    }
    m_model->checkStaleness();
    QCOMPARE(m_model->referenceTime(), t0().addSecs(90));
    QVERIFY(m_model->nodes()->findByName(QStringLiteral("e2e1-node1"))->stale);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node2"))->stale);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node3"))->stale); // no replicas
    QCOMPARE(nodes.reset.size(), 0);
    auto *replicas = m_model->replicas();
    const int row = replicas->rowOfKey(seed.replicas.upserted.at(0).meta.uid);
    QVERIFY(replicas->index(row, 0).data(Items::StaleRole).toBool());
    QCOMPARE(replicas->index(row, Items::ReplicaModel::Status).data().toString(),
             QStringLiteral("Healthy · stale"));
    QCOMPARE(m_model->summary().staleNodes, 1);

    // It reports again: no longer stale, with that update (not at the next check), and its row
    // changes once.
    Kube::ClusterDelta back;
    Cstor::VolumeReplica r = seed.replicas.upserted.at(0);
    r.lastUpdateTime = t0().addSecs(95);
    back.replicas.upserted = {r};
    SignalLog replicaSignals(replicas);
    m_model->apply(back);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node1"))->stale);
    QVERIFY(!replicas->index(row, 0).data(Items::StaleRole).toBool());
    QCOMPARE(replicaSignals.dataChanged.size(), 1);
    QCOMPARE(m_model->summary().staleNodes, 0);
    m_model->checkStaleness();
    QCOMPARE(replicaSignals.dataChanged.size(), 1); // nothing left to flip
    QVERIFY(!replicas->index(row, 0).data(Items::StaleRole).toBool());
}

void TestItemModels::wholeClusterTurnsStaleOverSeveralTurns()
{
    // Twice as many replicas as may flip in one turn, plus the one that keeps reporting; three
    // nodes with a pool each.
    constexpr int kCap = Items::ClusterModel::kMaxStaleFlipsPerCheck;
    Kube::ClusterDelta seed = make();
    seed.replicas.upserted.clear();
    const QList<Cstor::PoolInstance> pools = seed.pools.upserted;
    for (int i = 0; i < 2 * kCap + 1; ++i) {
        const Cstor::PoolInstance &p = pools.at(i % pools.size());
        Cstor::VolumeReplica r = replica(QStringLiteral("pvc-%1").arg(i), p.meta.name, p.hostName);
        r.lastUpdateTime = t0();
        seed.replicas.upserted.append(r);
    }
    m_model->apply(seed);
    auto *replicas = m_model->replicas();
    QCOMPARE(replicas->rowCount(), 2 * kCap + 1);

    // The first status after 61 s of silence moves the reference past every other replica. The
    // check runs within this apply or on the timer 250 ms later, whichever is due.
    const auto staleCount = [replicas] {
        int n = 0;
        for (int row = 0; row < replicas->rowCount(); ++row)
            n += replicas->index(row, 0).data(Items::StaleRole).toBool() ? 1 : 0;
        return n;
    };
    Kube::ClusterDelta tick;
    Cstor::VolumeReplica reporting = seed.replicas.upserted.at(0);
    reporting.lastUpdateTime = t0().addSecs(61);
    tick.replicas.upserted = {reporting};
    QSignalSpy applied(m_model.get(), &Items::ClusterModel::applied);
    m_model->apply(tick);
    SignalLog replicaSignals(replicas); // after the tick's own change of its row
    QVERIFY(staleCount() <= kCap);

    // All of them in the end, never more than kCap in one turn of the event loop: two turns.
    QTRY_COMPARE(staleCount(), 2 * kCap);
    int turnsThatFlipped = 0;
    for (const QList<QVariant> &signal : std::as_const(applied)) {
        QSet<QString> flipped = signal.at(0).value<Items::ChangeSet>().replicas;
        flipped.remove(reporting.meta.uid);
        QVERIFY(flipped.size() <= kCap);
        turnsThatFlipped += flipped.isEmpty() ? 0 : 1;
    }
    QCOMPARE(turnsThatFlipped, 2);
    const int reportingRow = replicas->rowOfKey(reporting.meta.uid);
    QVERIFY(!replicas->index(reportingRow, 0).data(Items::StaleRole).toBool());
    QVERIFY(m_model->nodes()->findByName(QStringLiteral("e2e1-node2"))->stale);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node1"))->stale);

    // Only the status column said so: a table sorted by another column is not re-sorted.
    QVERIFY(!replicaSignals.dataChanged.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(replicaSignals.dataChanged)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), int(Items::ReplicaModel::Status));
        QCOMPARE(signal.at(1).toModelIndex().column(), int(Items::ReplicaModel::Status));
    }
    QCOMPARE(replicaSignals.reset.size(), 0);
    const qsizetype signalsSoFar = applied.size();
    m_model->checkStaleness();
    QCOMPARE(applied.size(), signalsSoFar); // nothing left
}

void TestItemModels::poolMovesToAnotherNode()
{
    m_model->apply(make());
    Kube::ClusterDelta delta;
    delta.pools.upserted = {pool(kPool3, QStringLiteral("e2e1-node4"))};
    QSignalSpy applied(m_model.get(), &Items::ClusterModel::applied);
    m_model->apply(delta);
    QVERIFY(!m_model->nodes()->findByName(QStringLiteral("e2e1-node3")));
    QVERIFY(m_model->nodes()->findByName(QStringLiteral("e2e1-node4")));
    QCOMPARE(m_model->nodeOfPool(kPool3), QStringLiteral("e2e1-node4"));
    QVERIFY(applied.first().first().value<Items::ChangeSet>().structural);
}

void TestItemModels::proxyFiltersAndSortsByRawValue()
{
    Kube::ClusterDelta seed = make();
    // Sizes whose text order differs from their byte order: 9.0 GiB vs 10.0 GiB.
    seed.pools.upserted[0].totalBytes = 9 * kGiB;
    seed.pools.upserted[2].phase = Cstor::PoolPhase::Offline;
    seed.pools.upserted[2].phaseText = QStringLiteral("OFFLINE");
    m_model->apply(seed);
    Items::FilterProxyModel proxy;
    proxy.setSourceModel(m_model->pools());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(Items::PoolModel::Capacity, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, Items::PoolModel::Name).data().toString(), kPool1);

    proxy.setFilterText(QStringLiteral("NODE2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, Items::PoolModel::Name).data().toString(), kPool2);
    proxy.setFilterText(QStringLiteral("stripe e2e1-node3"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("stripe nowhere"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setAttentionOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, Items::PoolModel::Name).data().toString(), kPool3);
    proxy.setAttentionOnly(false);

    proxy.setRoleFilter(Items::NodeRole,
                        {QStringLiteral("e2e1-node1"), QStringLiteral("e2e1-node2")});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearRoleFilter();
    QCOMPARE(proxy.rowCount(), 3);

    // A live change re-sorts through the proxy: pool 3 grows past the others.
    Kube::ClusterDelta grow;
    Cstor::PoolInstance p3 = seed.pools.upserted[2];
    p3.totalBytes = 8 * kGiB;
    grow.pools.upserted = {p3};
    m_model->apply(grow);
    QCOMPARE(proxy.index(0, Items::PoolModel::Name).data().toString(), kPool3);
}

void TestItemModels::eventsAreBoundedAndFilterable()
{
    m_model->events()->setLimit(5);
    Kube::ClusterDelta delta;
    for (int i = 0; i < 8; ++i) {
        Cstor::Event e;
        e.meta.uid = QStringLiteral("event-%1").arg(i);
        e.meta.name = e.meta.uid;
        e.type = i % 2 ? QStringLiteral("Warning") : QStringLiteral("Normal");
        e.reason = QStringLiteral("ScalingVolumeReplicas");
        e.message = QStringLiteral("successfully scaled volume replicas to %1").arg(i);
        e.involvedKind = QStringLiteral("CStorVolumeConfig");
        e.involvedName = i < 4 ? kVolume : QStringLiteral("pvc-other");
        e.involvedUid = e.involvedName + QStringLiteral("-uid");
        e.lastTimestamp = t0().addSecs(i);
        delta.events.upserted.append(e);
    }
    m_model->apply(delta);
    auto *events = m_model->events();
    QCOMPARE(events->rowCount(), 5);
    QCOMPARE(events->rowOfKey(QStringLiteral("event-0")), -1);
    QVERIFY(events->rowOfKey(QStringLiteral("event-7")) >= 0);

    Items::FilterProxyModel proxy;
    proxy.setSourceModel(events);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setRoleFilter(Items::InvolvedNameRole, {kVolume});
    QCOMPARE(proxy.rowCount(), 1); // event-3 (0..2 went over the limit)
    QCOMPARE(proxy.index(0, Items::EventModel::Object).data().toString(),
             QStringLiteral("CStorVolumeConfig/") + kVolume);
}

void TestItemModels::summaryCounts()
{
    Kube::ClusterDelta seed = make();
    seed.pools.upserted[1].readOnly = true;
    seed.replicas.upserted.append(replica(kVolume, kPool3, QStringLiteral("e2e1-node3"),
                                          Cstor::ReplicaPhase::ReconstructingNewReplica));
    m_model->apply(seed);
    const Items::ClusterSummary s = m_model->summary();
    QCOMPARE(s.nodes, 3);
    QCOMPARE(s.pools, 3);
    QCOMPARE(s.readOnlyPools, 1);
    QCOMPARE(s.unhealthyPools, 1);
    QCOMPARE(s.volumes, 1);
    QCOMPARE(s.replicas, 3);
    QCOMPARE(s.rebuildingReplicas, 1);
    QCOMPARE(s.unhealthyReplicas, 0);
    QCOMPARE(s.totalBytes, 30 * kGiB);

    m_model->clear();
    QCOMPARE(m_model->summary().pools, 0);
    QCOMPARE(m_model->nodes()->rowCount(), 0);
    QVERIFY(m_model->nodeNames().isEmpty());
}

void TestItemModels::replicaDragCarriesUids()
{
    m_model->apply(make());
    auto *replicas = m_model->replicas();
    std::unique_ptr<QMimeData> data(
        replicas->mimeData({replicas->index(0, 0), replicas->index(0, 3), replicas->index(1, 0)}));
    QVERIFY(data);
    const QStringList uids =
        QString::fromUtf8(data->data(Items::ReplicaModel::mimeType())).split(QLatin1Char('\n'));
    QCOMPARE(uids, (QStringList{replicas->keyAt(0), replicas->keyAt(1)}));
    QVERIFY(replicas->flags(replicas->index(0, 0)) & Qt::ItemIsDragEnabled);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
