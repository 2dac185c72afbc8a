#include "decodingsamples.h"

#include "models/cstor/event.h"
#include "models/cstor/fieldreader.h"
#include "models/cstor/objectmeta.h"
#include "models/cstor/phases.h"
#include "models/cstor/poolcluster.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Cstor;
using namespace DecodingSamples;
using namespace Qt::StringLiterals;

class TestDecodeVolumes : public QObject
{
    Q_OBJECT

private slots:
    void volumeConfig();
    void volumeConfigScaling();
    void volumeConfigCapacityFallback();
    void volumeConfigErrors_data();
    void volumeConfigErrors();

    void volumeReplica();
    void volumeReplicaNew();
    void volumeReplicaRebuilding();
    void volumeReplicaErrors_data();
    void volumeReplicaErrors();

    void volume();
    void volumeReplicaStatusesAsNumbers();
    void volumeErrors_data();
    void volumeErrors();

    void decodesManyReplicas();
};

void TestDecodeVolumes::volumeConfig()
{
    VolumeConfig config;
    QString error;
    QVERIFY2(VolumeConfig::fromJson(seedVolumeConfig(), &config, &error), qPrintable(error));
    QCOMPARE(config.meta.name, kVolume);
    QCOMPARE(config.meta.annotations.value(QStringLiteral("openebs.io/volumeID")), kVolume);
    QCOMPARE(config.poolCluster, QStringLiteral("cspc-stripe-pool"));
    QCOMPARE(config.specPools, QStringList({kPool1, kPool2}));
    QCOMPARE(config.statusPools, QStringList({kPool1, kPool2}));
    QCOMPARE(config.replicaCount, 2);
    QCOMPARE(config.capacityBytes, 5 * kGiB);
    QCOMPARE(config.phase, VolumeConfigPhase::Bound);
    QCOMPARE(config.phaseText, QStringLiteral("Bound"));
    QVERIFY(!config.isScaling());
}

void TestDecodeVolumes::volumeConfigScaling()
{
    // The seed's step 1: psz5 added to the spec, status not updated yet.
    QJsonObject object = with(seedVolumeConfig(), u"spec.policy.replicaPoolInfo",
                              parse(R"({"a": [{"poolName": "cspc-stripe-pool-6qkw"},
                                              {"poolName": "cspc-stripe-pool-pn9p"},
                                              {"poolName": "cspc-stripe-pool-psz5"}]})")
                                  .value(QLatin1String("a")));
    VolumeConfig config;
    QString error;
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QCOMPARE(config.specPools, QStringList({kPool1, kPool2, kPool3}));
    QVERIFY(config.isScaling());

    // The controller caught up.
    object = with(object, u"status.poolInfo", QJsonArray({kPool1, kPool2, kPool3}));
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QVERIFY(!config.isScaling());

    // Same pools in another order is not a scaling.
    object = with(object, u"status.poolInfo", QJsonArray({kPool3, kPool1, kPool2}));
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QVERIFY(!config.isScaling());

    // Step 2: pn9p removed from the spec; the scale-down is under way.
    object = with(object, u"spec.policy.replicaPoolInfo",
                  parse(R"({"a": [{"poolName": "cspc-stripe-pool-6qkw"},
                                  {"poolName": "cspc-stripe-pool-psz5"}]})")
                      .value(QLatin1String("a")));
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QVERIFY(config.isScaling());

    // A same-size swap differs too.
    VolumeConfig swapped;
    swapped.specPools = {kPool1, kPool3};
    swapped.statusPools = {kPool1, kPool2};
    QVERIFY(swapped.isScaling());
}

void TestDecodeVolumes::volumeConfigCapacityFallback()
{
    // A pending CVC with only spec.capacity, no policy, no status.
    QJsonObject object =
        with(seedVolumeConfig(), u"spec.provision", parse(R"({"replicaCount": 3})"));
    object = with(object, u"spec.capacity.storage", QStringLiteral("10G"));
    object = with(object, u"spec.policy", QJsonValue::Undefined);
    object = with(object, u"status", QJsonValue::Undefined);
    VolumeConfig config;
    QString error;
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QCOMPARE(config.capacityBytes, qint64(10000000000));
    QCOMPARE(config.replicaCount, 3);
    QVERIFY(config.specPools.isEmpty());
    QVERIFY(config.statusPools.isEmpty());
    QCOMPARE(config.phase, VolumeConfigPhase::Unknown);
    QVERIFY(!config.isScaling());

    object = with(object, u"status.phase", QStringLiteral("Pending"));
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QCOMPARE(config.phase, VolumeConfigPhase::Pending);

    // The provisioned size wins over a resized spec.capacity.
    object = with(seedVolumeConfig(), u"spec.capacity.storage", QStringLiteral("8Gi"));
    QVERIFY2(VolumeConfig::fromJson(object, &config, &error), qPrintable(error));
    QCOMPARE(config.capacityBytes, 5 * kGiB);
}

void TestDecodeVolumes::volumeConfigErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");

    const QString prefix =
        QStringLiteral("CStorVolumeConfig \"pvc-d1b26676-5035-4e5b-b564-68869b023306\": ");
    QTest::newRow("pool without name")
        << with(seedVolumeConfig(), u"spec.policy.replicaPoolInfo",
                QJsonArray({QJsonObject({{QStringLiteral("poolName"), kPool1}}), QJsonObject()}))
        << prefix + QStringLiteral("spec.policy.replicaPoolInfo[1].poolName is missing");
    QTest::newRow("pool as string")
        << with(seedVolumeConfig(), u"spec.policy.replicaPoolInfo", QJsonArray({kPool1}))
        << prefix +
               QStringLiteral("spec.policy.replicaPoolInfo[0]: expected an object, got a string");
    QTest::newRow("pool list object")
        << with(seedVolumeConfig(), u"spec.policy.replicaPoolInfo", QJsonObject())
        << prefix + QStringLiteral("spec.policy.replicaPoolInfo: expected an array, got an object");
    QTest::newRow("poolInfo entry number")
        << with(seedVolumeConfig(), u"status.poolInfo", QJsonArray({kPool1, 7}))
        << prefix + QStringLiteral("status.poolInfo[1]: expected a string, got a number");
    QTest::newRow("replicaCount string")
        << with(seedVolumeConfig(), u"spec.provision.replicaCount", QStringLiteral("2"))
        << prefix +
               QStringLiteral("spec.provision.replicaCount: expected an integer, got a string");
    QTest::newRow("capacity garbage")
        << with(seedVolumeConfig(), u"spec.provision.capacity.storage", QStringLiteral("5 Gi"))
        << prefix + QStringLiteral("spec.provision.capacity.storage: \"5 Gi\" is not a quantity: "
                                   "unknown suffix \" Gi\"");
    QTest::newRow("capacity overflow")
        << with(seedVolumeConfig(), u"spec.provision.capacity.storage", QStringLiteral("9Ei"))
        << prefix + QStringLiteral("spec.provision.capacity.storage: \"9Ei\" is not a quantity: "
                                   "quantity out of range");
}

void TestDecodeVolumes::volumeConfigErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    VolumeConfig config;
    QString error;
    QVERIFY(!VolumeConfig::fromJson(object, &config, &error));
    QCOMPARE(error, message);
}

void TestDecodeVolumes::volumeReplica()
{
    VolumeReplica replica;
    QString error;
    QVERIFY2(VolumeReplica::fromJson(seedReplica(), &replica, &error), qPrintable(error));
    QCOMPARE(replica.meta.name, kVolume + QLatin1Char('-') + kPool1);
    QCOMPARE(replica.volume, kVolume);
    QCOMPARE(replica.pool, kPool1);
    QCOMPARE(replica.poolUid, QStringLiteral("2f0e9a47-5f1c-4d6e-a0a3-0d2a7b1c9e11"));
    QCOMPARE(replica.node, QStringLiteral("e2e1-node1"));
    QCOMPARE(replica.replicaId, QStringLiteral("7F3C2A9B41D0E615"));
    QCOMPARE(replica.phase, ReplicaPhase::Healthy);
    QCOMPARE(replica.phaseText, QStringLiteral("Healthy"));
    QCOMPARE(replica.usedBytes, qint64(1578400481));      // 1.47G
    QCOMPARE(replica.allocatedBytes, qint64(1352914698)); // 1.26G
    QStringList snapshots = replica.snapshots;
    snapshots.sort();
    QCOMPARE(snapshots, QStringList({QStringLiteral("snap-1"), QStringLiteral("snap-2")}));
    QVERIFY(replica.pendingSnapshots.isEmpty());
    QCOMPARE(replica.lastUpdateTime, QDateTime(QDate(2024, 5, 2), QTime(1, 12, 43, 517), Qt::UTC));
    QCOMPARE(replica.lastTransitionTime, QDateTime(QDate(2024, 5, 1), QTime(10, 6, 30), Qt::UTC));

    // Links come from labels: a replica whose name says otherwise still points where the
    // labels say.
    QJsonObject renamed = with(seedReplica(), u"metadata.name", QStringLiteral("some-other-name"));
    QVERIFY2(VolumeReplica::fromJson(renamed, &replica, &error), qPrintable(error));
    QCOMPARE(replica.pool, kPool1);
    QCOMPARE(replica.volume, kVolume);

    // The node is only in the annotation, not in a label.
    QJsonObject noAnnotation = with(seedReplica(), u"metadata.annotations", QJsonValue::Undefined);
    QVERIFY2(VolumeReplica::fromJson(noAnnotation, &replica, &error), qPrintable(error));
    QVERIFY(replica.node.isEmpty());
}

void TestDecodeVolumes::volumeReplicaNew()
{
    // Created by provisioning: no status at all.
    QJsonObject object = with(seedReplica(), u"status", QJsonValue::Undefined);
    object = with(object, u"spec.replicaid", QJsonValue::Undefined);
    VolumeReplica replica;
    QString error;
    QVERIFY2(VolumeReplica::fromJson(object, &replica, &error), qPrintable(error));
    QCOMPARE(replica.phase, ReplicaPhase::New);
    QVERIFY(replica.phaseText.isEmpty());
    QCOMPARE(replica.usedBytes, qint64(0));
    QCOMPARE(replica.allocatedBytes, qint64(0));
    QVERIFY(replica.replicaId.isEmpty());
    QVERIFY(!replica.lastUpdateTime.isValid());

    // As the Go types write an empty status: capacity strings "" and null times.
    object =
        with(seedReplica(), u"status", parse(R"({"phase": "", "capacity": {"total": "", "used": ""},
                            "lastTransitionTime": null, "lastUpdateTime": null})"));
    QVERIFY2(VolumeReplica::fromJson(object, &replica, &error), qPrintable(error));
    QCOMPARE(replica.phase, ReplicaPhase::New);
    QCOMPARE(replica.usedBytes, qint64(0));
    QVERIFY(!replica.lastTransitionTime.isValid());
}

void TestDecodeVolumes::volumeReplicaRebuilding()
{
    // The seed's new replica on psz5 while it reconstructs.
    QJsonObject object = with(seedReplica(), u"metadata.name", kVolume + QLatin1Char('-') + kPool3);
    // Label keys hold dots, so the labels object is edited as a whole.
    QJsonObject labels = object.value(QLatin1String("metadata"))
                             .toObject()
                             .value(QLatin1String("labels"))
                             .toObject();
    labels.insert(QStringLiteral("cstorpoolinstance.openebs.io/name"), kPool3);
    object = with(object, u"metadata.labels", labels);
    object = with(object, u"metadata.annotations",
                  QJsonObject({{QStringLiteral("cstorpoolinstance.openebs.io/hostname"),
                                QStringLiteral("e2e1-node3")}}));
    object = with(object, u"status.phase", QStringLiteral("ReconstructingNewReplica"));
    object = with(object, u"status.capacity", parse(R"({"total": "42.4M", "used": "91.4M"})"));
    object = with(object, u"status.pendingSnapshots",
                  parse(R"({"snap-2": {"logicalReferenced": 2097152}})"));
    VolumeReplica replica;
    QString error;
    QVERIFY2(VolumeReplica::fromJson(object, &replica, &error), qPrintable(error));
    QCOMPARE(replica.pool, kPool3);
    QCOMPARE(replica.node, QStringLiteral("e2e1-node3"));
    QCOMPARE(replica.phase, ReplicaPhase::ReconstructingNewReplica);
    QVERIFY(Phases::isRebuilding(replica.phase));
    QCOMPARE(replica.usedBytes, qint64(95839846));      // 91.4M
    QCOMPARE(replica.allocatedBytes, qint64(44459622)); // 42.4M
    QCOMPARE(replica.pendingSnapshots, QStringList({QStringLiteral("snap-2")}));

    // Healthy on both seed sizes after the move.
    object = with(object, u"status.capacity", parse(R"({"total": "1.25G", "used": "1.48G"})"));
    object = with(object, u"status.phase", QStringLiteral("Healthy"));
    QVERIFY2(VolumeReplica::fromJson(object, &replica, &error), qPrintable(error));
    QCOMPARE(replica.usedBytes, qint64(1589137900));
    QCOMPARE(replica.allocatedBytes, qint64(1342177280));

    // A phase the console does not know keeps its text.
    object = with(object, u"status.phase", QStringLiteral("Resizing"));
    QVERIFY2(VolumeReplica::fromJson(object, &replica, &error), qPrintable(error));
    QCOMPARE(replica.phase, ReplicaPhase::Unknown);
    QCOMPARE(replica.phaseText, QStringLiteral("Resizing"));
}

void TestDecodeVolumes::volumeReplicaErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");

    const QString prefix = QStringLiteral("CStorVolumeReplica "
                                          "\"pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-"
                                          "pool-6qkw\": ");
    QTest::newRow("unknown unit")
        << with(seedReplica(), u"status.capacity.used", QStringLiteral("1.4X"))
        << prefix +
               QStringLiteral(
                   "status.capacity.used: \"1.4X\" is not a ZFS size: unknown size unit \"X\"");
    QTest::newRow("garbage size")
        << with(seedReplica(), u"status.capacity.total", QStringLiteral("n/a"))
        << prefix + QStringLiteral("status.capacity.total: \"n/a\" is not a ZFS size");
    QTest::newRow("size as number")
        << with(seedReplica(), u"status.capacity.total", 1024)
        << prefix + QStringLiteral("status.capacity.total: expected a size string, got a number");
    QTest::newRow("bad time")
        << with(seedReplica(), u"status.lastUpdateTime", QStringLiteral("2024-05-02 01:12:43"))
        << prefix + QStringLiteral("status.lastUpdateTime: \"2024-05-02 01:12:43\" is not an RFC "
                                   "3339 time");
    QTest::newRow("snapshots list")
        << with(seedReplica(), u"status.snapshots", QJsonArray({QStringLiteral("snap-1")}))
        << prefix + QStringLiteral("status.snapshots: expected an object, got an array");
    QTest::newRow("phase number") << with(seedReplica(), u"status.phase", 3)
                                  << prefix + QStringLiteral(
                                                  "status.phase: expected a string, got a number");
    QTest::newRow("status string")
        << with(seedReplica(), u"status", QStringLiteral("Healthy"))
        << prefix + QStringLiteral("status: expected an object, got a string");
    QTest::newRow("no name") << with(seedReplica(), u"metadata.name", QString())
                             << QStringLiteral("CStorVolumeReplica: metadata.name is missing");
}

void TestDecodeVolumes::volumeReplicaErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    VolumeReplica replica;
    QString error;
    QVERIFY(!VolumeReplica::fromJson(object, &replica, &error));
    QCOMPARE(error, message);
}

void TestDecodeVolumes::volume()
{
    Volume volume;
    QString error;
    QVERIFY2(Volume::fromJson(seedVolume(), &volume, &error), qPrintable(error));
    QCOMPARE(volume.meta.name, kVolume);
    QCOMPARE(volume.replicationFactor, 2);
    QCOMPARE(volume.consistencyFactor, 2);
    QCOMPARE(volume.desiredReplicationFactor, 2);
    QCOMPARE(volume.knownReplicas.size(), 2);
    QCOMPARE(volume.knownReplicas.value(QStringLiteral("7F3C2A9B41D0E615")),
             QStringLiteral("5520312896348475181"));
    QCOMPARE(volume.phase, VolumePhase::Healthy);
    QCOMPARE(volume.phaseText, QStringLiteral("Healthy"));
    QCOMPARE(volume.capacityBytes, 5 * kGiB);
    QCOMPARE(volume.lastUpdateTime, QDateTime(QDate(2024, 5, 2), QTime(1, 12, 40), Qt::UTC));
    QCOMPARE(volume.replicaStatuses.size(), 2);
    QCOMPARE(volume.replicaStatuses[0].replicaId, QStringLiteral("5520312896348475181"));
    QCOMPARE(volume.replicaStatuses[0].mode, QStringLiteral("Healthy"));
    QVERIFY(volume.replicaStatuses[0].quorum);
    QCOMPARE(volume.replicaStatuses[1].replicaId, QStringLiteral("9836310292178413112"));

    // Scale-up in progress: desired 3, the new replica connected outside the quorum.
    QJsonObject object = with(seedVolume(), u"spec.desiredReplicationFactor", 3);
    QJsonArray statuses = object.value(QLatin1String("status"))
                              .toObject()
                              .value(QLatin1String("replicaStatuses"))
                              .toArray();
    statuses.append(parse(R"({"replicaId": "1311768467294899695", "mode": "Degraded",
                              "checkpointedIOSeq": "0", "inflightRead": "0",
                              "inflightWrite": "0", "inflightSync": "0", "upTime": 12,
                              "quorum": "0"})"));
    object = with(object, u"status.replicaStatuses", statuses);
    QVERIFY2(Volume::fromJson(object, &volume, &error), qPrintable(error));
    QCOMPARE(volume.desiredReplicationFactor, 3);
    QCOMPARE(volume.replicationFactor, 2);
    QCOMPARE(volume.replicaStatuses.size(), 3);
    QCOMPARE(volume.replicaStatuses[2].mode, QStringLiteral("Degraded"));
    QVERIFY(!volume.replicaStatuses[2].quorum);

    // A new volume: no status, no known replicas.
    object = with(seedVolume(), u"status", QJsonValue::Undefined);
    object = with(object, u"spec.replicaDetails", QJsonValue::Undefined);
    QVERIFY2(Volume::fromJson(object, &volume, &error), qPrintable(error));
    QCOMPARE(volume.phase, VolumePhase::Unknown);
    QVERIFY(volume.replicaStatuses.isEmpty());
    QVERIFY(volume.knownReplicas.isEmpty());
    QCOMPARE(volume.capacityBytes, qint64(0));
}

void TestDecodeVolumes::volumeReplicaStatusesAsNumbers()
{
    // Our simulator or another writer may use JSON numbers and booleans.
    QJsonObject object = with(seedVolume(), u"status.replicaStatuses",
                              parse(R"({"a": [
        {"replicaId": "5520312896348475181", "mode": "Healthy", "upTime": 5, "quorum": 1},
        {"replicaId": 42, "mode": "Degraded", "upTime": 5, "quorum": 0},
        {"replicaId": "7", "mode": "Healthy", "quorum": true},
        {"replicaId": "8", "mode": "Degraded", "quorum": "false"},
        {"replicaId": "9", "mode": "Degraded"}]})")
                                  .value(QLatin1String("a")));
    Volume volume;
    QString error;
    QVERIFY2(Volume::fromJson(object, &volume, &error), qPrintable(error));
    QCOMPARE(volume.replicaStatuses.size(), 5);
    QVERIFY(volume.replicaStatuses[0].quorum);
    QCOMPARE(volume.replicaStatuses[1].replicaId, QStringLiteral("42"));
    QVERIFY(!volume.replicaStatuses[1].quorum);
    QVERIFY(volume.replicaStatuses[2].quorum);
    QVERIFY(!volume.replicaStatuses[3].quorum);
    QVERIFY(!volume.replicaStatuses[4].quorum);
}

void TestDecodeVolumes::volumeErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");

    const QString prefix =
        QStringLiteral("CStorVolume \"pvc-d1b26676-5035-4e5b-b564-68869b023306\": ");
    QTest::newRow("quorum maybe")
        << with(seedVolume(), u"status.replicaStatuses",
                QJsonArray({QJsonObject({{QStringLiteral("replicaId"), QStringLiteral("1")},
                                         {QStringLiteral("quorum"), QStringLiteral("1")}}),
                            QJsonObject({{QStringLiteral("replicaId"), QStringLiteral("2")},
                                         {QStringLiteral("quorum"), QStringLiteral("maybe")}})}))
        << prefix + QStringLiteral("status.replicaStatuses[1].quorum: \"maybe\" is not a boolean");
    QTest::newRow("quorum 2") << with(seedVolume(), u"status.replicaStatuses",
                                      QJsonArray({QJsonObject({{QStringLiteral("quorum"), 2}})}))
                              << prefix +
                                     QStringLiteral(
                                         "status.replicaStatuses[0].quorum: 2 is not a boolean");
    QTest::newRow("entry not object")
        << with(seedVolume(), u"status.replicaStatuses", QJsonArray({QStringLiteral("x")}))
        << prefix + QStringLiteral("status.replicaStatuses[0]: expected an object, got a string");
    QTest::newRow("rf string")
        << with(seedVolume(), u"spec.replicationFactor", QStringLiteral("2"))
        << prefix + QStringLiteral("spec.replicationFactor: expected an integer, got a string");
    QTest::newRow("rf too big") << with(seedVolume(), u"spec.replicationFactor", 1e12)
                                << prefix +
                                       QStringLiteral(
                                           "spec.replicationFactor: 1000000000000 is out of range");
    QTest::newRow("rf huge") << with(seedVolume(), u"spec.replicationFactor", 1e30)
                             << prefix +
                                    QStringLiteral("spec.replicationFactor: 1e+30 is out of range");
    QTest::newRow("capacity number huge")
        << with(seedVolume(), u"status.capacity", 1e19)
        << prefix + QStringLiteral("status.capacity: 1e+19 is out of range");
    QTest::newRow("capacity") << with(seedVolume(), u"status.capacity", QStringLiteral("5GB"))
                              << prefix + QStringLiteral("status.capacity: \"5GB\" is not a "
                                                         "quantity: unknown suffix \"GB\"");
    QTest::newRow("known replica number")
        << with(seedVolume(), u"spec.replicaDetails.knownReplicas",
                QJsonObject({{QStringLiteral("7F3C"), 55}}))
        << prefix + QStringLiteral(
                        "spec.replicaDetails.knownReplicas[\"7F3C\"]: expected a string, got a "
                        "number");
}

void TestDecodeVolumes::volumeErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    Volume volume;
    QString error;
    QVERIFY(!Volume::fromJson(object, &volume, &error));
    QCOMPARE(error, message);
}

void TestDecodeVolumes::decodesManyReplicas()
{
    // The size of a large cluster: 30,000 replicas decode, each with its own links.
    const QJsonObject base = seedReplica();
    QList<QJsonObject> objects;
    objects.reserve(30000);
    for (int i = 0; i < 30000; ++i) {
        QJsonObject object = base;
        QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        const QString volume = QStringLiteral("pvc-%1").arg(i);
        metadata.insert(QStringLiteral("name"), volume + QStringLiteral("-pool-%1").arg(i % 50));
        QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
        labels.insert(QStringLiteral("cstorvolume.openebs.io/name"), volume);
        labels.insert(QStringLiteral("cstorpoolinstance.openebs.io/name"),
                      QStringLiteral("pool-%1").arg(i % 50));
        metadata.insert(QStringLiteral("labels"), labels);
        object.insert(QStringLiteral("metadata"), metadata);
        objects.append(object);
    }
    QElapsedTimer timer;
    timer.start();
    QList<VolumeReplica> replicas(objects.size());
    QString error;
    for (qsizetype i = 0; i < objects.size(); ++i)
        QVERIFY2(VolumeReplica::fromJson(objects[i], &replicas[i], &error), qPrintable(error));
    qInfo("decoded %lld replicas in %lld ms", qlonglong(replicas.size()),
          qlonglong(timer.elapsed()));
    QCOMPARE(replicas[29999].volume, QStringLiteral("pvc-29999"));
    QCOMPARE(replicas[29999].pool, QStringLiteral("pool-49"));
    QCOMPARE(replicas[12345].usedBytes, qint64(1578400481));
    QCOMPARE(replicas[12345].phase, ReplicaPhase::Healthy);
}

QTEST_GUILESS_MAIN(TestDecodeVolumes)
#include "tst_decodevolumes.moc"
