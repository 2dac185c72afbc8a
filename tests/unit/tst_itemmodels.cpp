// The cluster item models: batches become ranged signals (never a reset), the derived node
// rows and volume summaries follow the replicas, staleness, proxies; every model runs under
// QAbstractItemModelTester.
#include "clustermodelrig.h"

#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"
#include "tests/common/seedclusterdelta.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ItemModelTest;
using namespace Qt::StringLiterals;

using namespace SeedClusterDelta;

class TestItemModels
    : public QObject
    , private ClusterModelRig
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
    void poolMovesToAnotherNode();
    void summaryCounts();
    void replicaDragCarriesUids();
    void skippedObjectsFollowListsAndWatches();
};

void TestItemModels::init()
{
    setUpModels();
}

void TestItemModels::cleanup()
{
    tearDownModels();
}

void TestItemModels::seedPopulatesEveryModel()
{
    QCOMPARE(m_model->applyTimings().batches, 0);
    // What follows a batch is timed apart from the models' own work (the benchmark's breakdown).
    QElapsedTimer followed;
    connect(m_model.get(), &Items::ClusterModel::applied, this, [&followed] {
        followed.start();
        while (followed.nsecsElapsed() < 2000000) {
        }
    });
    m_model->apply(make());
    QCOMPARE(m_model->applyTimings().batches, 1);
    QVERIFY(m_model->applyTimings().modelsNs > 0);
    QVERIFY(m_model->applyTimings().followersNs >= 2000000);
    m_model->apply(Kube::ClusterDelta()); // nothing to apply: not a batch
    QCOMPARE(m_model->applyTimings().batches, 1);
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
// The objects that did not decode, as the informers say them: a list replaces its kind's, a
// watch event that decodes again clears one, and batches merged before the model took them
// apply as in turn.
void TestItemModels::skippedObjectsFollowListsAndWatches()
{
    const auto object = [](const QString &kind, const QString &name) {
        return Kube::SkippedObject{kind, name, QStringLiteral("uid-") + name,
                                   QStringLiteral("bad %1").arg(name), QString()};
    };
    const QString cvr = QStringLiteral("cstorvolumereplicas");
    const QString cspi = QStringLiteral("cstorpoolinstances");
    QSignalSpy changed(m_model.get(), &Items::ClusterModel::skippedObjectsChanged);

    Kube::ClusterDelta listed;
    listed.skipped.relist(cvr);
    listed.skipped.skip(object(cvr, QStringLiteral("a")));
    listed.skipped.skip(object(cvr, QStringLiteral("b")));
    listed.skipped.relist(cspi);
    listed.skipped.skip(object(cspi, QStringLiteral("p")));
    m_model->apply(listed);
    QCOMPARE(m_model->skippedObjects().size(), 3);
    QCOMPARE(changed.size(), 1);

    // a decodes again, c is skipped by a watch event, then the replicas are listed again with
    // only c skipped: merged into one batch, as a UI thread that fell behind takes them.
    Kube::ClusterDelta watched;
    watched.skipped.clear(QStringLiteral("uid-a"));
    watched.skipped.skip(object(cvr, QStringLiteral("c")));
    Kube::ClusterDelta relisted;
    relisted.skipped.relist(cvr);
    relisted.skipped.skip(object(cvr, QStringLiteral("c")));
    watched.merge(std::move(relisted));
    m_model->apply(watched);
    QCOMPARE(m_model->skippedObjects().keys(),
             (QStringList{QStringLiteral("uid-c"), QStringLiteral("uid-p")}));
    QCOMPARE(changed.size(), 2);

    // The same again changes nothing.
    m_model->apply(watched);
    QCOMPARE(changed.size(), 2);

    // Skipped, then cleared in a later batch merged in: gone.
    Kube::ClusterDelta skipped;
    skipped.skipped.skip(object(cspi, QStringLiteral("q")));
    Kube::ClusterDelta cleared;
    cleared.skipped.clear(QStringLiteral("uid-q"));
    cleared.skipped.clear(QStringLiteral("uid-p"));
    skipped.merge(std::move(cleared));
    m_model->apply(skipped);
    QCOMPARE(m_model->skippedObjects().keys(), QStringList{QStringLiteral("uid-c")});

    m_model->clear();
    QVERIFY(m_model->skippedObjects().isEmpty());
    QCOMPARE(changed.size(), 4);
}

#include "tst_itemmodels.moc"
