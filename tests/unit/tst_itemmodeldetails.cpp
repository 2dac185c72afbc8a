// What the cluster item models' rows say: volumes joined with their config and target, replicas
// decoded, rebuild progress, staleness, the filtering proxy, the bounded event list and a pool
// whose import fails; every model runs under QAbstractItemModelTester.
#include "clustermodelrig.h"

#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"
#include "tests/common/seedclusterdelta.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ItemModelTest;
using namespace Qt::StringLiterals;

using namespace SeedClusterDelta;

class TestItemModelDetails
    : public QObject
    , private ClusterModelRig
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void volumeJoinsConfigAndTarget();
    void replicaDecodedFromJson();
    void rebuildProgressIsEstimatedFromHealthyPeer();
    void nodeWithSilentReplicasTurnsStale();
    void wholeClusterTurnsStaleOverSeveralTurns();
    void nothingIsStaleBeforeItWasWatched();
    void proxyFiltersAndSortsByRawValue();
    void eventsAreBoundedAndFilterable();
    void poolWhoseImportFailsSaysSo();
};

void TestItemModelDetails::init()
{
    setUpModels();
}

void TestItemModelDetails::cleanup()
{
    tearDownModels();
}

void TestItemModelDetails::volumeJoinsConfigAndTarget()
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

void TestItemModelDetails::replicaDecodedFromJson()
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

void TestItemModelDetails::rebuildProgressIsEstimatedFromHealthyPeer()
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

void TestItemModelDetails::nodeWithSilentReplicasTurnsStale()
{
    Kube::ClusterDelta seed = make();
    for (Cstor::VolumeReplica &r : seed.replicas.upserted)
        r.lastUpdateTime = t0();
    m_model->apply(seed);
    m_model->setSynced();
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

void TestItemModelDetails::wholeClusterTurnsStaleOverSeveralTurns()
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
    m_model->setSynced();
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

void TestItemModelDetails::nothingIsStaleBeforeItWasWatched()
{
    // A large cluster's first list of replicas arrives page by page over two minutes: the first
    // page's statuses are two minutes older than the last page's, though every replica reports.
    Kube::ClusterDelta seed = make();
    Kube::ClusterDelta firstPage;
    firstPage.pools = seed.pools;
    firstPage.replicas.replaceAll = true;
    Cstor::VolumeReplica early = seed.replicas.upserted.at(0);
    early.lastUpdateTime = t0();
    firstPage.replicas.upserted = {early};
    m_model->apply(firstPage);
    Kube::ClusterDelta lastPage;
    Cstor::VolumeReplica late = seed.replicas.upserted.at(1);
    late.lastUpdateTime = t0().addSecs(120);
    lastPage.replicas.upserted = {late};
    m_model->apply(lastPage);
    m_model->checkStaleness();
    const auto stale = [this](const QString &node) {
        return m_model->nodes()->findByName(node)->stale;
    };
    QVERIFY(!stale(QStringLiteral("e2e1-node1")));
    QCOMPARE(m_model->summary().staleNodes, 0);
    QCOMPARE(m_model->summary().unhealthyReplicas, 0);

    // Synced: watched from the newest status time seen. A period later the first page's replica
    // has reported, the other has not: only its silence while watched makes it stale.
    m_model->setSynced();
    m_model->checkStaleness();
    QVERIFY(!stale(QStringLiteral("e2e1-node1")));
    early.lastUpdateTime = t0().addSecs(140);
    Kube::ClusterDelta tick;
    tick.replicas.upserted = {early};
    m_model->apply(tick);
    m_model->checkStaleness();
    QVERIFY(!stale(QStringLiteral("e2e1-node1")));
    QVERIFY(!stale(QStringLiteral("e2e1-node2")));
    early.lastUpdateTime = t0().addSecs(181);
    tick.replicas.upserted = {early};
    m_model->apply(tick);
    m_model->checkStaleness();
    QVERIFY(!stale(QStringLiteral("e2e1-node1")));
    QVERIFY(stale(QStringLiteral("e2e1-node2")));

    // A context switch starts over: nothing is stale until the next sync and a period after it.
    m_model->clear();
    m_model->apply(firstPage);
    m_model->apply(lastPage);
    m_model->checkStaleness();
    QCOMPARE(m_model->summary().staleNodes, 0);
}

void TestItemModelDetails::proxyFiltersAndSortsByRawValue()
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

void TestItemModelDetails::eventsAreBoundedAndFilterable()
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

// A pool whose pool-manager fails to import it (PoolLost, the phase left ONLINE) is in error and
// says so, until an import after the failure, or until the cluster's clock has moved on an hour.
void TestItemModelDetails::poolWhoseImportFailsSaysSo()
{
    Kube::ClusterDelta seed = make();
    Cstor::PoolInstance &lost = seed.pools.upserted[0];
    lost.poolLostAt = t0().addSecs(-30);
    m_model->apply(seed);
    auto *pools = m_model->pools();
    const int row = pools->rowOfName(kPool1);
    const auto status = [&] { return pools->index(row, Items::PoolModel::Status); };
    QCOMPARE(status().data().toString(), u"PoolLost: import fails"_s);
    QCOMPARE(status().data(Items::HealthRole).toInt(), int(Items::Health::Error));
    QVERIFY(status().data(Qt::ToolTipRole).toString().contains(u"ONLINE is the last phase"_s));
    QCOMPARE(m_model->summary().unhealthyPools, 1);
    QCOMPARE(pools->index(pools->rowOfName(kPool2), Items::PoolModel::Status).data().toString(),
             u"ONLINE"_s);

    const auto event = [](const QString &reason, const QString &pool, const QDateTime &at) {
        Cstor::Event e;
        e.meta.uid = reason + pool + at.toString();
        e.meta.name = e.meta.uid;
        e.type = u"Normal"_s;
        e.reason = reason;
        e.involvedKind = u"CStorPoolInstance"_s;
        e.involvedName = pool;
        e.lastTimestamp = at;
        return e;
    };
    // An import before the failure does not end it; one after it does, with nothing else new.
    Kube::ClusterDelta earlier;
    earlier.events.upserted << event(u"Pool Imported"_s, kPool1, t0().addSecs(-60));
    m_model->apply(earlier);
    QCOMPARE(status().data(Items::HealthRole).toInt(), int(Items::Health::Error));
    SignalLog log(pools);
    Kube::ClusterDelta imported;
    imported.events.upserted << event(u"Pool Imported"_s, kPool1, t0());
    m_model->apply(imported);
    QCOMPARE(status().data().toString(), u"ONLINE"_s);
    QCOMPARE(status().data(Items::HealthRole).toInt(), int(Items::Health::Ok));
    QVERIFY(!log.dataChanged.isEmpty());
    QCOMPARE(m_model->summary().unhealthyPools, 0);

    // Failing again: lost again, until the newest event is an hour past the failure.
    Kube::ClusterDelta again;
    Cstor::PoolInstance failing = *pools->findByName(kPool1);
    failing.poolLostAt = t0().addSecs(30);
    again.pools.upserted << failing;
    m_model->apply(again);
    QCOMPARE(status().data(Items::HealthRole).toInt(), int(Items::Health::Error));
    Kube::ClusterDelta later;
    later.events.upserted << event(u"Synced"_s, kPool2, t0().addSecs(30 + 3600));
    m_model->apply(later);
    QCOMPARE(status().data(Items::HealthRole).toInt(), int(Items::Health::Ok));
}

QTEST_GUILESS_MAIN(TestItemModelDetails)
#include "tst_itemmodeldetails.moc"
