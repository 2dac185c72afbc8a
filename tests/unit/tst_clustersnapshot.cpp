// The migration engine's picture of the cluster: lookups by name, by volume and by pool stay
// right as objects change, go, come back under a new uid, and are relisted.
#include "models/planning/clustersnapshot.h"
#include "tests/common/seedclusterdelta.h"

#include <QTest>

using namespace SeedClusterDelta;

namespace {

QStringList names(const QList<const Cstor::VolumeReplica *> &replicas)
{
    QStringList result;
    for (const Cstor::VolumeReplica *replica : replicas)
        result.append(replica->meta.name);
    return result;
}

const QString kOnPool1 = kVolume + QLatin1Char('-') + kPool1;
const QString kOnPool2 = kVolume + QLatin1Char('-') + kPool2;

} // namespace

class TestClusterSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void looksUpByNameVolumeAndPool()
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(make());
        QVERIFY(snapshot.pool(kPool1));
        QCOMPARE(snapshot.pool(kPool1)->hostName, QStringLiteral("e2e1-node1"));
        QVERIFY(snapshot.volumeConfig(kVolume));
        QVERIFY(snapshot.volume(kVolume));
        QVERIFY(!snapshot.volume(QStringLiteral("pvc-unknown")));
        QCOMPARE(names(snapshot.replicasOfVolume(kVolume)), (QStringList{kOnPool1, kOnPool2}));
        QCOMPARE(names(snapshot.replicasOnPool(kPool2)), QStringList{kOnPool2});
        QVERIFY(snapshot.replicasOnPool(kPool3).isEmpty());
        QCOMPARE(snapshot.replica(kVolume, kPool2)->meta.name, kOnPool2);
        QVERIFY(!snapshot.replica(kVolume, kPool3));
        QCOMPARE(snapshot.poolsOnNode(QStringLiteral("e2e1-node3")).size(), 1);
        QCOMPARE(snapshot.pools().size(), 3);
    }

    void replicaGoesAndMoves()
    {
        Migration::ClusterSnapshot snapshot;
        const Kube::ClusterDelta seed = make();
        snapshot.apply(seed);

        Kube::ClusterDelta removal;
        removal.replicas.removedUids = {QStringLiteral("uid-") + kOnPool1};
        snapshot.apply(removal);
        QCOMPARE(names(snapshot.replicasOfVolume(kVolume)), QStringList{kOnPool2});
        QVERIFY(!snapshot.replica(kVolume, kPool1));
        QVERIFY(snapshot.replicasOnPool(kPool1).isEmpty());

        // The same object reported on another pool leaves the first pool's index.
        Kube::ClusterDelta moved;
        Cstor::VolumeReplica replica = *snapshot.replicasOnPool(kPool2).constFirst();
        replica.pool = kPool3;
        moved.replicas.upserted = {replica};
        snapshot.apply(moved);
        QVERIFY(snapshot.replicasOnPool(kPool2).isEmpty());
        QCOMPARE(names(snapshot.replicasOnPool(kPool3)), QStringList{kOnPool2});
        QVERIFY(snapshot.replica(kVolume, kPool3));
        QCOMPARE(snapshot.replicasOfVolume(kVolume).size(), 1);
    }

    void nameComesBackUnderANewUid()
    {
        Migration::ClusterSnapshot snapshot;
        const Kube::ClusterDelta seed = make();
        snapshot.apply(seed);
        Cstor::VolumeConfig recreated = seed.volumeConfigs.upserted.constFirst();
        const QString oldUid = recreated.meta.uid;
        recreated.meta.uid = QStringLiteral("uid-cvc-2");

        // The new object is reported before the old one's deletion.
        Kube::ClusterDelta created;
        created.volumeConfigs.upserted = {recreated};
        snapshot.apply(created);
        QCOMPARE(snapshot.volumeConfig(kVolume)->meta.uid, recreated.meta.uid);
        Kube::ClusterDelta deleted;
        deleted.volumeConfigs.removedUids = {oldUid};
        snapshot.apply(deleted);
        QVERIFY(snapshot.volumeConfig(kVolume));
        QCOMPARE(snapshot.volumeConfig(kVolume)->meta.uid, recreated.meta.uid);

        Kube::ClusterDelta gone;
        gone.volumeConfigs.removedUids = {recreated.meta.uid};
        snapshot.apply(gone);
        QVERIFY(!snapshot.volumeConfig(kVolume));
    }

    // volume-mgmt's FailUpdate for istgt's "... are invalid changes": counted per volume over
    // the events' counts; other warnings on the CV and refusals of other volumes do not count.
    void countsTheTargetsDrfRefusals()
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(make());
        QCOMPARE(snapshot.drfRefusals(kVolume), 0);
        const auto event = [](const QString &uid, const QString &volume, const QString &message,
                              int count) {
            Cstor::Event e;
            e.meta.uid = uid;
            e.type = QStringLiteral("Warning");
            e.reason = QStringLiteral("FailUpdate");
            e.involvedKind = QStringLiteral("CStorVolume");
            e.involvedName = volume;
            e.message = message;
            e.count = count;
            return e;
        };
        const QString refused = QStringLiteral(
            "failed to update desired replication factor to 2 Error: failed to execute "
            "istgtcontrol DRF command on volume v resp: ERR current desired replication "
            "factor(3) and replication factor(2) but requested desired replication factor(2) "
            "are invalid changes");
        Kube::ClusterDelta delta;
        delta.events.upsert(event(QStringLiteral("e1"), kVolume, refused, 1));
        delta.events.upsert(event(QStringLiteral("e2"), kVolume,
                                  QStringLiteral("Ignoring changes on volume v"), 4));
        delta.events.upsert(event(QStringLiteral("e3"), QStringLiteral("pvc-other"), refused, 2));
        snapshot.apply(delta);
        QCOMPARE(snapshot.drfRefusals(kVolume), 1);
        Kube::ClusterDelta repeated;
        repeated.events.upsert(event(QStringLiteral("e1"), kVolume, refused, 3));
        snapshot.apply(repeated);
        QCOMPARE(snapshot.drfRefusals(kVolume), 3);
        QCOMPARE(snapshot.drfRefusals(QStringLiteral("pvc-other")), 2);
    }

    void relistReplacesEverything()
    {
        Migration::ClusterSnapshot snapshot;
        const Kube::ClusterDelta seed = make();
        snapshot.apply(seed);
        Kube::ClusterDelta relist;
        relist.replicas.replaceAll = true;
        relist.replicas.upserted = {seed.replicas.upserted.at(1)};
        relist.pools.replaceAll = true;
        relist.pools.upserted = {seed.pools.upserted.at(1)};
        snapshot.apply(relist);
        QCOMPARE(names(snapshot.replicasOfVolume(kVolume)), QStringList{kOnPool2});
        QVERIFY(snapshot.replicasOnPool(kPool1).isEmpty());
        QVERIFY(!snapshot.pool(kPool1));
        QVERIFY(snapshot.pool(kPool2));
        QCOMPARE(snapshot.pools().size(), 1);
        QVERIFY(snapshot.volumeConfig(kVolume)); // not relisted: kept
    }
};

QTEST_GUILESS_MAIN(TestClusterSnapshot)
#include "tst_clustersnapshot.moc"
