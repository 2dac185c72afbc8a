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
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
const QString kPool1 = QStringLiteral("cspc-stripe-pool-6qkw");
const QString kPool2 = QStringLiteral("cspc-stripe-pool-pn9p");
const QString kPool3 = QStringLiteral("cspc-stripe-pool-psz5");

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

// Sets a value at a dotted path inside a JSON object (creating objects on the way).
void setPath(QJsonObject *object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object->remove(path.toString());
        else
            object->insert(path.toString(), value);
        return;
    }
    const QString key = path.left(dot).toString();
    QJsonObject child = object->value(key).toObject();
    setPath(&child, path.mid(dot + 1), value);
    object->insert(key, child);
}

QJsonObject with(QJsonObject object, QStringView path, const QJsonValue &value)
{
    setPath(&object, path, value);
    return object;
}

// The seed's pool cspc-stripe-pool-6qkw as the API serves it.
QJsonObject seedPool()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorPoolInstance",
  "metadata": {
    "name": "cspc-stripe-pool-6qkw",
    "namespace": "openebs",
    "uid": "2f0e9a47-5f1c-4d6e-a0a3-0d2a7b1c9e11",
    "resourceVersion": "48213",
    "generation": 3,
    "creationTimestamp": "2024-05-01T10:00:00Z",
    "finalizers": ["cstorpoolcluster.openebs.io/finalizer", "openebs.io/pool-protection"],
    "labels": {
      "kubernetes.io/hostname": "e2e1-node1",
      "openebs.io/cstor-pool-cluster": "cspc-stripe-pool",
      "openebs.io/version": "3.5.0"
    },
    "ownerReferences": [{"apiVersion": "cstor.openebs.io/v1", "kind": "CStorPoolCluster",
                         "name": "cspc-stripe-pool", "uid": "5d7c", "controller": true}]
  },
  "spec": {
    "hostName": "e2e1-node1",
    "nodeSelector": {"kubernetes.io/hostname": "e2e1-node1"},
    "poolConfig": {"dataRaidGroupType": "stripe", "roThresholdLimit": 85},
    "dataRaidGroups": [{"blockDevices": [{"blockDeviceName": "blockdevice-176cda34"}]}]
  },
  "status": {
    "phase": "ONLINE",
    "capacity": {"used": "81500", "free": "9630M", "total": "10G",
                 "zfs": {"logicalUsed": "45k"}},
    "readOnly": false,
    "provisionedReplicas": 1,
    "healthyReplicas": 1
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

QJsonObject seedVolumeConfig()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolumeConfig",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "namespace": "openebs",
    "uid": "0b1d6f3e-8c57-4b0e-9a54-1f4f7b9b2d01",
    "resourceVersion": "50110",
    "generation": 2,
    "creationTimestamp": "2024-05-01T10:05:00Z",
    "finalizers": ["cvc.openebs.io/finalizer"],
    "labels": {"openebs.io/cstor-pool-cluster": "cspc-stripe-pool"},
    "annotations": {"openebs.io/volumeID": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
                    "openebs.io/volume-policy": ""}
  },
  "spec": {
    "capacity": {"storage": "5Gi"},
    "cstorVolumeRef": {"kind": "CStorVolume", "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306"},
    "policy": {
      "replicaPoolInfo": [{"poolName": "cspc-stripe-pool-6qkw"},
                          {"poolName": "cspc-stripe-pool-pn9p"}],
      "target": {}, "replica": {}
    },
    "provision": {"capacity": {"storage": "5Gi"}, "replicaCount": 2}
  },
  "publish": {"nodeId": "e2e1-node1"},
  "status": {
    "phase": "Bound",
    "poolInfo": ["cspc-stripe-pool-6qkw", "cspc-stripe-pool-pn9p"],
    "capacity": {"storage": "5Gi"}
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

QJsonObject seedReplica()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolumeReplica",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-pool-6qkw",
    "namespace": "openebs",
    "uid": "7a8b3c5d-1111-4e2f-9d0a-33c1e2f4a5b6",
    "resourceVersion": "51002",
    "generation": 1,
    "creationTimestamp": "2024-05-01T10:05:01Z",
    "finalizers": ["cstorvolumereplica.openebs.io/finalizer"],
    "labels": {
      "cstorpoolinstance.openebs.io/name": "cspc-stripe-pool-6qkw",
      "cstorpoolinstance.openebs.io/uid": "2f0e9a47-5f1c-4d6e-a0a3-0d2a7b1c9e11",
      "cstorvolume.openebs.io/name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
      "openebs.io/persistent-volume": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
      "openebs.io/version": "3.5.0"
    },
    "annotations": {"cstorpoolinstance.openebs.io/hostname": "e2e1-node1"}
  },
  "spec": {
    "targetIP": "10.96.14.2",
    "capacity": "5Gi",
    "zvolWorkers": "",
    "replicaid": "7F3C2A9B41D0E615"
  },
  "status": {
    "phase": "Healthy",
    "capacity": {"total": "1.26G", "used": "1.47G"},
    "lastTransitionTime": "2024-05-01T10:06:30Z",
    "lastUpdateTime": "2024-05-02T01:12:43.517209Z",
    "snapshots": {"snap-1": {"logicalReferenced": 1048576},
                  "snap-2": {"logicalReferenced": 2097152}},
    "pendingSnapshots": null
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

QJsonObject seedVolume()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolume",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "namespace": "openebs",
    "uid": "c41e0d2a-9b7f-4b58-8f12-6e3d2a1b0c9d",
    "resourceVersion": "51020",
    "generation": 4,
    "creationTimestamp": "2024-05-01T10:05:00Z",
    "labels": {"openebs.io/persistent-volume": "pvc-d1b26676-5035-4e5b-b564-68869b023306"}
  },
  "spec": {
    "capacity": "5Gi",
    "targetIP": "10.96.14.2",
    "targetPort": "3260",
    "targetPortal": "10.96.14.2:3260",
    "iqn": "iqn.2016-09.com.openebs.cstor:pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "replicationFactor": 2,
    "consistencyFactor": 2,
    "desiredReplicationFactor": 2,
    "replicaDetails": {"knownReplicas": {"7F3C2A9B41D0E615": "5520312896348475181",
                                         "1B2C3D4E5F607182": "9836310292178413112"}}
  },
  "status": {
    "phase": "Healthy",
    "capacity": "5Gi",
    "lastTransitionTime": "2024-05-01T10:06:31Z",
    "lastUpdateTime": "2024-05-02T01:12:40Z",
    "replicaStatuses": [
      {"replicaId": "5520312896348475181", "mode": "Healthy", "checkpointedIOSeq": "1048577",
       "inflightRead": "0", "inflightWrite": "0", "inflightSync": "0", "upTime": 54012,
       "quorum": "1"},
      {"replicaId": "9836310292178413112", "mode": "Healthy", "checkpointedIOSeq": "1048577",
       "inflightRead": "0", "inflightWrite": "0", "inflightSync": "0", "upTime": 54010,
       "quorum": "1"}
    ],
    "replicaDetails": {"knownReplicas": {"7F3C2A9B41D0E615": "5520312896348475181",
                                         "1B2C3D4E5F607182": "9836310292178413112"}}
  }
})");
}

QJsonObject seedPoolCluster()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorPoolCluster",
  "metadata": {"name": "cspc-stripe-pool", "namespace": "openebs", "uid": "5d7c",
               "creationTimestamp": "2024-05-01T09:56:00Z"},
  "spec": {"pools": [{"nodeSelector": {"kubernetes.io/hostname": "e2e1-node1"}},
                     {"nodeSelector": {"kubernetes.io/hostname": "e2e1-node2"}},
                     {"nodeSelector": {"kubernetes.io/hostname": "e2e1-node3"}}]},
  "status": {"healthyInstances": 3, "provisionedInstances": 3, "desiredInstances": 3,
             "conditions": [{"type": "PoolManagerAvailable", "status": "True"}]}
})");
}

QJsonObject seedEvent()
{
    return parse(R"({
  "apiVersion": "v1",
  "kind": "Event",
  "metadata": {"name": "pvc-d1b26676-5035-4e5b-b564-68869b023306.17c3a1b2c3d4e5f6",
               "namespace": "openebs", "uid": "e1", "resourceVersion": "52001",
               "creationTimestamp": "2024-05-01T10:05:02Z"},
  "involvedObject": {"kind": "CStorVolumeConfig", "namespace": "openebs",
                     "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
                     "uid": "0b1d6f3e-8c57-4b0e-9a54-1f4f7b9b2d01",
                     "apiVersion": "cstor.openebs.io/v1", "resourceVersion": "50110"},
  "reason": "ScalingVolumeReplicas",
  "message": "successfully scaled volume replicas to 3",
  "source": {"component": "cstorvolumeclaim-controller"},
  "firstTimestamp": "2024-05-01T10:05:02Z",
  "lastTimestamp": "2024-05-02T01:12:30Z",
  "count": 2,
  "type": "Normal",
  "eventTime": null,
  "reportingComponent": "",
  "reportingInstance": ""
})");
}

} // namespace

class TestDomainDecoding : public QObject
{
    Q_OBJECT

private slots:
    void phasesRoundTrip();
    void phasesUnknown();
    void rebuildingPhases();

    void timeParsing_data();
    void timeParsing();
    void objectMeta();
    void objectMetaErrors_data();
    void objectMetaErrors();

    void poolInstance();
    void poolInstanceFallbacks();
    void poolInstanceErrors_data();
    void poolInstanceErrors();

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

    void poolCluster();
    void event();
    void eventFromEventsApi();
    void failureLeavesOutputAlone();
    void decodesManyReplicas();
};

void TestDomainDecoding::phasesRoundTrip()
{
    const QList<PoolPhase> pools = {PoolPhase::Online,  PoolPhase::Offline, PoolPhase::Degraded,
                                    PoolPhase::Faulted, PoolPhase::Removed, PoolPhase::Unavail};
    for (PoolPhase phase : pools)
        QCOMPARE(Phases::poolPhase(Phases::toString(phase)), phase);
    QCOMPARE(Phases::toString(PoolPhase::Online), QStringLiteral("ONLINE"));
    QCOMPARE(Phases::toString(PoolPhase::Unavail), QStringLiteral("UNAVAIL"));

    const QList<ReplicaPhase> replicas = {ReplicaPhase::New,
                                          ReplicaPhase::Init,
                                          ReplicaPhase::Recreate,
                                          ReplicaPhase::Offline,
                                          ReplicaPhase::Degraded,
                                          ReplicaPhase::Rebuilding,
                                          ReplicaPhase::NewReplicaDegraded,
                                          ReplicaPhase::ReconstructingNewReplica,
                                          ReplicaPhase::Healthy,
                                          ReplicaPhase::Error,
                                          ReplicaPhase::DeletionFailed,
                                          ReplicaPhase::Invalid};
    for (ReplicaPhase phase : replicas)
        QCOMPARE(Phases::replicaPhase(Phases::toString(phase)), phase);
    QCOMPARE(Phases::replicaPhase(QString()), ReplicaPhase::New);
    QCOMPARE(Phases::replicaPhase(QStringLiteral("")), ReplicaPhase::New);
    QCOMPARE(Phases::toString(ReplicaPhase::New), QString());
    QCOMPARE(Phases::replicaPhase(QStringLiteral("ReconstructingNewReplica")),
             ReplicaPhase::ReconstructingNewReplica);
    QCOMPARE(Phases::replicaPhase(QStringLiteral("NewReplicaDegraded")),
             ReplicaPhase::NewReplicaDegraded);

    const QList<VolumePhase> volumes = {VolumePhase::Init,     VolumePhase::Healthy,
                                        VolumePhase::Degraded, VolumePhase::Offline,
                                        VolumePhase::Error,    VolumePhase::Invalid};
    for (VolumePhase phase : volumes)
        QCOMPARE(Phases::volumePhase(Phases::toString(phase)), phase);

    const QList<VolumeConfigPhase> configs = {VolumeConfigPhase::Pending, VolumeConfigPhase::Bound,
                                              VolumeConfigPhase::Failed};
    for (VolumeConfigPhase phase : configs)
        QCOMPARE(Phases::volumeConfigPhase(Phases::toString(phase)), phase);
}

void TestDomainDecoding::phasesUnknown()
{
    // Exact spellings only: the pool says ONLINE, the replica says Healthy.
    QCOMPARE(Phases::poolPhase(QStringLiteral("Online")), PoolPhase::Unknown);
    QCOMPARE(Phases::poolPhase(QStringLiteral("Pending")), PoolPhase::Unknown);
    QCOMPARE(Phases::poolPhase(QString()), PoolPhase::Unknown);
    QCOMPARE(Phases::replicaPhase(QStringLiteral("healthy")), ReplicaPhase::Unknown);
    QCOMPARE(Phases::replicaPhase(QStringLiteral("HEALTHY")), ReplicaPhase::Unknown);
    QCOMPARE(Phases::volumePhase(QString()), VolumePhase::Unknown);
    QCOMPARE(Phases::volumePhase(QStringLiteral("Rebuilding")), VolumePhase::Unknown);
    QCOMPARE(Phases::volumeConfigPhase(QStringLiteral("bound")), VolumeConfigPhase::Unknown);
    QCOMPARE(Phases::toString(PoolPhase::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(Phases::toString(ReplicaPhase::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(Phases::toString(VolumePhase::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(Phases::toString(VolumeConfigPhase::Unknown), QStringLiteral("Unknown"));
}

void TestDomainDecoding::rebuildingPhases()
{
    QVERIFY(Phases::isRebuilding(ReplicaPhase::Rebuilding));
    QVERIFY(Phases::isRebuilding(ReplicaPhase::ReconstructingNewReplica));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Healthy));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Recreate));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::NewReplicaDegraded));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Degraded));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::New));
}

void TestDomainDecoding::timeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: rejected

    QTest::newRow("utc") << QStringLiteral("2024-05-01T10:00:00Z") << qint64(1714557600000);
    QTest::newRow("micros") << QStringLiteral("2024-05-02T01:12:43.517209Z")
                            << qint64(1714612363517);
    QTest::newRow("one digit fraction")
        << QStringLiteral("2024-05-01T10:00:00.5Z") << qint64(1714557600500);
    QTest::newRow("nanos") << QStringLiteral("2024-05-01T10:00:00.999999999Z")
                           << qint64(1714557600999);
    QTest::newRow("offset") << QStringLiteral("2024-05-01T12:00:00+02:00") << qint64(1714557600000);
    QTest::newRow("negative offset")
        << QStringLiteral("2024-05-01T05:30:00-04:30") << qint64(1714557600000);
    QTest::newRow("lower case") << QStringLiteral("2024-05-01t10:00:00z") << qint64(1714557600000);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << qint64(1709164800000);
    QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59Z") << qint64(-1000);

    QTest::newRow("no zone") << QStringLiteral("2024-05-01T10:00:00") << qint64(-1);
    QTest::newRow("date only") << QStringLiteral("2024-05-01") << qint64(-1);
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T10:00:00Z") << qint64(-1);
    QTest::newRow("feb 30") << QStringLiteral("2024-02-30T10:00:00Z") << qint64(-1);
    QTest::newRow("feb 29 non-leap") << QStringLiteral("2023-02-29T10:00:00Z") << qint64(-1);
    QTest::newRow("hour 24") << QStringLiteral("2024-05-01T24:00:00Z") << qint64(-1);
    QTest::newRow("empty fraction") << QStringLiteral("2024-05-01T10:00:00.Z") << qint64(-1);
    QTest::newRow("short offset") << QStringLiteral("2024-05-01T10:00:00+02") << qint64(-1);
    QTest::newRow("trailing") << QStringLiteral("2024-05-01T10:00:00Zx") << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestDomainDecoding::timeParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const std::optional<QDateTime> parsed = FieldReader::parseTime(text);
    if (msecs == -1) {
        QVERIFY2(!parsed.has_value(),
                 qPrintable(parsed ? parsed->toString(Qt::ISODateWithMs) : QString()));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestDomainDecoding::objectMeta()
{
    ObjectMeta meta;
    QString error;
    QVERIFY2(ObjectMeta::decode(seedReplica().value(QLatin1String("metadata")).toObject(), &meta,
                                &error),
             qPrintable(error));
    QCOMPARE(meta.name, kVolume + QLatin1Char('-') + kPool1);
    QCOMPARE(meta.namespaceName, QStringLiteral("openebs"));
    QCOMPARE(meta.uid, QStringLiteral("7a8b3c5d-1111-4e2f-9d0a-33c1e2f4a5b6"));
    QCOMPARE(meta.resourceVersion, QStringLiteral("51002"));
    QCOMPARE(meta.generation, qint64(1));
    QCOMPARE(meta.creationTimestamp, QDateTime(QDate(2024, 5, 1), QTime(10, 5, 1), Qt::UTC));
    QVERIFY(!meta.deletionTimestamp.isValid());
    QCOMPARE(meta.labels.size(), 5);
    QCOMPARE(meta.labels.value(QStringLiteral("cstorpoolinstance.openebs.io/name")), kPool1);
    QCOMPARE(meta.annotations.value(QStringLiteral("cstorpoolinstance.openebs.io/hostname")),
             QStringLiteral("e2e1-node1"));

    // Being deleted; a big generation; null labels.
    const QJsonObject deleting = parse(R"({"name": "x", "generation": 9007199254740993,
        "deletionTimestamp": "2024-05-03T00:00:00Z", "creationTimestamp": null, "labels": null})");
    QVERIFY2(ObjectMeta::decode(deleting, &meta, &error), qPrintable(error));
    QCOMPARE(meta.generation, qint64(9007199254740993));
    QCOMPARE(meta.deletionTimestamp, QDateTime(QDate(2024, 5, 3), QTime(0, 0), Qt::UTC));
    QVERIFY(!meta.creationTimestamp.isValid());
    QVERIFY(meta.labels.isEmpty());

    // Labels as the server's text has them, in any order, read from the bytes: sorted by key,
    // and of a repeated key the last one.
    const auto text = Json::Document::parse(R"({"name": "y", "labels":
        {"z": "1", "b": "2", "a\u002fb": "3", "b": "4", "m": null}})");
    QVERIFY(text);
    QVERIFY2(ObjectMeta::decode(text->root(), &meta, &error), qPrintable(error));
    QCOMPARE(meta.labels.keys(), (QStringList{QStringLiteral("a/b"), QStringLiteral("b"),
                                              QStringLiteral("m"), QStringLiteral("z")}));
    QCOMPARE(meta.labels.value(QStringLiteral("b")), QStringLiteral("4"));
    QCOMPARE(meta.labels.value(QStringLiteral("a/b")), QStringLiteral("3"));
    QVERIFY(meta.labels.value(QStringLiteral("m")).isNull());

    // Two objects' labels share their strings (names repeat across a cluster); of annotations
    // only the keys are shared, their values (stamps, serialized objects) are mostly one-off.
    const auto twice = [&](ObjectMeta *first, ObjectMeta *second) {
        for (ObjectMeta *one : {first, second}) {
            const auto doc = Json::Document::parse(R"({"name": "s", "labels": {"pool": "p-1"},
                "annotations": {"stamp": "1700000000123"}})");
            QVERIFY(doc);
            QVERIFY2(ObjectMeta::decode(doc->root(), one, &error), qPrintable(error));
        }
    };
    ObjectMeta first;
    ObjectMeta second;
    twice(&first, &second);
    const auto sameData = [](const QString &a, const QString &b) {
        return a == b && a.constData() == b.constData();
    };
    QVERIFY(sameData(first.labels.value(u"pool"_s), second.labels.value(u"pool"_s)));
    QVERIFY(sameData(first.annotations.keys().first(), second.annotations.keys().first()));
    QCOMPARE(first.annotations.value(u"stamp"_s), second.annotations.value(u"stamp"_s));
    QVERIFY(!sameData(first.annotations.value(u"stamp"_s), second.annotations.value(u"stamp"_s)));
}

void TestDomainDecoding::objectMetaErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << QByteArray(R"({"uid": "u"})")
                             << QStringLiteral("metadata.name is missing");
    QTest::newRow("empty name") << QByteArray(R"({"name": ""})")
                                << QStringLiteral("metadata.name is missing");
    QTest::newRow("name not a string")
        << QByteArray(R"({"name": 5})")
        << QStringLiteral("metadata.name: expected a string, got a number");
    QTest::newRow("bad timestamp") << QByteArray(R"({"name": "x", "creationTimestamp": "today"})")
                                   << QStringLiteral("metadata.creationTimestamp: \"today\" is not "
                                                     "an RFC 3339 time");
    QTest::newRow("timestamp number")
        << QByteArray(R"({"name": "x", "deletionTimestamp": 17})")
        << QStringLiteral("metadata.deletionTimestamp: expected a time string, got a number");
    QTest::newRow("label not a string")
        << QByteArray(R"({"name": "x", "labels": {"a": "b", "c": 1}})")
        << QStringLiteral("metadata.labels[\"c\"]: expected a string, got a number");
    QTest::newRow("annotations not an object")
        << QByteArray(R"({"name": "x", "annotations": ["a"]})")
        << QStringLiteral("metadata.annotations: expected an object, got an array");
    QTest::newRow("generation fraction")
        << QByteArray(R"({"name": "x", "generation": 1.5})")
        << QStringLiteral("metadata.generation: 1.5 is not an integer");
}

void TestDomainDecoding::objectMetaErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    ObjectMeta meta;
    QString error;
    QVERIFY(!ObjectMeta::decode(parse(json), &meta, &error));
    QCOMPARE(error, message);
}

void TestDomainDecoding::poolInstance()
{
    PoolInstance pool;
    QString error;
    QVERIFY2(PoolInstance::fromJson(seedPool(), &pool, &error), qPrintable(error));
    QCOMPARE(pool.meta.name, kPool1);
    QCOMPARE(pool.poolCluster, QStringLiteral("cspc-stripe-pool"));
    QCOMPARE(pool.hostName, QStringLiteral("e2e1-node1"));
    QCOMPARE(pool.raidType, QStringLiteral("stripe"));
    QCOMPARE(pool.phase, PoolPhase::Online);
    QCOMPARE(pool.phaseText, QStringLiteral("ONLINE"));
    QCOMPARE(pool.usedBytes, qint64(81500));
    QCOMPARE(pool.freeBytes, qint64(9630000000));
    QCOMPARE(pool.totalBytes, qint64(10000000000));
    QCOMPARE(pool.readOnly, false);
    QCOMPARE(pool.roThresholdLimit, 85);
    QCOMPARE(pool.provisionedReplicas, 1);
    QCOMPARE(pool.healthyReplicas, 1);

    // The seed's pools after the move.
    QJsonObject after = with(seedPool(), u"status.capacity",
                             parse(R"({"used": "5040k", "free": "9620M", "total": "9625040k"})"));
    QVERIFY2(PoolInstance::fromJson(after, &pool, &error), qPrintable(error));
    QCOMPARE(pool.usedBytes, qint64(5040000));
    QCOMPARE(pool.freeBytes, qint64(9620000000));
    QCOMPARE(pool.totalBytes, qint64(9625040000));
    after = with(seedPool(), u"status.capacity",
                 parse(R"({"used": "1260M", "free": "8370M", "total": "9630M"})"));
    QVERIFY2(PoolInstance::fromJson(after, &pool, &error), qPrintable(error));
    QCOMPARE(pool.usedBytes, qint64(1260000000));
    QCOMPARE(pool.freeBytes, qint64(8370000000));
    QCOMPARE(pool.totalBytes, qint64(9630000000));
    after = with(seedPool(), u"status.capacity.used", QStringLiteral("56k"));
    QVERIFY2(PoolInstance::fromJson(after, &pool, &error), qPrintable(error));
    QCOMPARE(pool.usedBytes, qint64(56000));
    // resource.Quantity also reads a bare number.
    after = with(seedPool(), u"status.capacity.used", 84500);
    QVERIFY2(PoolInstance::fromJson(after, &pool, &error), qPrintable(error));
    QCOMPARE(pool.usedBytes, qint64(84500));
}

void TestDomainDecoding::poolInstanceFallbacks()
{
    // No spec.hostName: the node comes from the hostname label. Full pool, own threshold.
    QJsonObject object = with(seedPool(), u"spec.hostName", QJsonValue::Undefined);
    object = with(object, u"spec.poolConfig.roThresholdLimit", 90);
    object = with(object, u"status.readOnly", true);
    object = with(object, u"status.phase", QStringLiteral("DEGRADED"));
    PoolInstance pool;
    QString error;
    QVERIFY2(PoolInstance::fromJson(object, &pool, &error), qPrintable(error));
    QCOMPARE(pool.hostName, QStringLiteral("e2e1-node1"));
    QCOMPARE(pool.roThresholdLimit, 90);
    QVERIFY(pool.readOnly);
    QCOMPARE(pool.phase, PoolPhase::Degraded);

    // A pool just created: no status at all, no threshold (defaults to 85).
    object = with(seedPool(), u"status", QJsonValue::Undefined);
    object = with(object, u"spec.poolConfig.roThresholdLimit", QJsonValue::Undefined);
    QVERIFY2(PoolInstance::fromJson(object, &pool, &error), qPrintable(error));
    QCOMPARE(pool.phase, PoolPhase::Unknown);
    QVERIFY(pool.phaseText.isEmpty());
    QCOMPARE(pool.usedBytes, qint64(0));
    QCOMPARE(pool.totalBytes, qint64(0));
    QCOMPARE(pool.roThresholdLimit, 85);

    // A phase the console has no name for keeps its text.
    object = with(seedPool(), u"status.phase", QStringLiteral("PoolCreationFailed"));
    QVERIFY2(PoolInstance::fromJson(object, &pool, &error), qPrintable(error));
    QCOMPARE(pool.phase, PoolPhase::Unknown);
    QCOMPARE(pool.phaseText, QStringLiteral("PoolCreationFailed"));
}

void TestDomainDecoding::poolInstanceErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");

    const QString prefix = QStringLiteral("CStorPoolInstance \"cspc-stripe-pool-6qkw\": ");
    QTest::newRow("free garbage")
        << with(seedPool(), u"status.capacity.free", QStringLiteral("abc"))
        << prefix + QStringLiteral("status.capacity.free: \"abc\" is not a quantity");
    QTest::newRow("unknown suffix")
        << with(seedPool(), u"status.capacity.used", QStringLiteral("12Q"))
        << prefix + QStringLiteral(
                        "status.capacity.used: \"12Q\" is not a quantity: unknown suffix \"Q\"");
    QTest::newRow("zfs notation")
        << with(seedPool(), u"status.capacity.total", QStringLiteral("9.40G "))
        << prefix + QStringLiteral("status.capacity.total: \"9.40G \" is not a quantity: unknown "
                                   "suffix \"G \"");
    QTest::newRow("empty quantity")
        << with(seedPool(), u"status.capacity.free", QString())
        << prefix + QStringLiteral("status.capacity.free: \"\" is not a quantity");
    QTest::newRow("capacity object")
        << with(seedPool(), u"status.capacity.free", QJsonObject())
        << prefix +
               QStringLiteral("status.capacity.free: expected a quantity string, got an object");
    QTest::newRow("capacity string")
        << with(seedPool(), u"status.capacity", QStringLiteral("10G"))
        << prefix + QStringLiteral("status.capacity: expected an object, got a "
                                   "string");
    QTest::newRow("readOnly string")
        << with(seedPool(), u"status.readOnly", QStringLiteral("no"))
        << prefix + QStringLiteral("status.readOnly: expected a boolean, got a "
                                   "string");
    QTest::newRow("replicas fraction")
        << with(seedPool(), u"status.healthyReplicas", 1.5)
        << prefix + QStringLiteral("status.healthyReplicas: 1.5 is not an integer");
    QTest::newRow("hostName number")
        << with(seedPool(), u"spec.hostName", 3)
        << prefix + QStringLiteral("spec.hostName: expected a string, got a "
                                   "number");
    QTest::newRow("no name") << with(seedPool(), u"metadata.name", QJsonValue::Undefined)
                             << QStringLiteral("CStorPoolInstance: metadata.name is missing");
    QTest::newRow("no metadata") << with(seedPool(), u"metadata", QJsonValue::Undefined)
                                 << QStringLiteral("CStorPoolInstance: metadata is missing");
    QTest::newRow("bad label") << with(seedPool(), u"metadata.labels", QJsonArray())
                               << prefix + QStringLiteral(
                                               "metadata.labels: expected an object, got an array");
    QTest::newRow("wrong kind")
        << with(seedPool(), u"kind", QStringLiteral("CStorVolumeReplica"))
        << QStringLiteral(
               "CStorPoolInstance: kind: expected CStorPoolInstance, got \"CStorVolumeReplica\"");
}

void TestDomainDecoding::poolInstanceErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    PoolInstance pool;
    QString error;
    QVERIFY(!PoolInstance::fromJson(object, &pool, &error));
    QCOMPARE(error, message);
}

void TestDomainDecoding::volumeConfig()
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

void TestDomainDecoding::volumeConfigScaling()
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

void TestDomainDecoding::volumeConfigCapacityFallback()
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

void TestDomainDecoding::volumeConfigErrors_data()
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

void TestDomainDecoding::volumeConfigErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    VolumeConfig config;
    QString error;
    QVERIFY(!VolumeConfig::fromJson(object, &config, &error));
    QCOMPARE(error, message);
}

void TestDomainDecoding::volumeReplica()
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

void TestDomainDecoding::volumeReplicaNew()
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

void TestDomainDecoding::volumeReplicaRebuilding()
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

void TestDomainDecoding::volumeReplicaErrors_data()
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

void TestDomainDecoding::volumeReplicaErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    VolumeReplica replica;
    QString error;
    QVERIFY(!VolumeReplica::fromJson(object, &replica, &error));
    QCOMPARE(error, message);
}

void TestDomainDecoding::volume()
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

void TestDomainDecoding::volumeReplicaStatusesAsNumbers()
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

void TestDomainDecoding::volumeErrors_data()
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

void TestDomainDecoding::volumeErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    Volume volume;
    QString error;
    QVERIFY(!Volume::fromJson(object, &volume, &error));
    QCOMPARE(error, message);
}

void TestDomainDecoding::poolCluster()
{
    PoolCluster cluster;
    QString error;
    QVERIFY2(PoolCluster::fromJson(seedPoolCluster(), &cluster, &error), qPrintable(error));
    QCOMPARE(cluster.meta.name, QStringLiteral("cspc-stripe-pool"));
    QCOMPARE(cluster.healthyInstances, 3);
    QCOMPARE(cluster.provisionedInstances, 3);
    QCOMPARE(cluster.desiredInstances, 3);

    // The counts are omitted when 0.
    const QJsonObject object =
        with(seedPoolCluster(), u"status", parse(R"({"desiredInstances": 3})"));
    QVERIFY2(PoolCluster::fromJson(object, &cluster, &error), qPrintable(error));
    QCOMPARE(cluster.desiredInstances, 3);
    QCOMPARE(cluster.provisionedInstances, 0);
    QCOMPARE(cluster.healthyInstances, 0);

    QVERIFY(!PoolCluster::fromJson(
        with(seedPoolCluster(), u"status.healthyInstances", QStringLiteral("3")), &cluster,
        &error));
    QCOMPARE(error, QStringLiteral("CStorPoolCluster \"cspc-stripe-pool\": "
                                   "status.healthyInstances: expected an integer, got a string"));
}

void TestDomainDecoding::event()
{
    Event event;
    QString error;
    QVERIFY2(Event::fromJson(seedEvent(), &event, &error), qPrintable(error));
    QCOMPARE(event.type, QStringLiteral("Normal"));
    QCOMPARE(event.reason, QStringLiteral("ScalingVolumeReplicas"));
    QCOMPARE(event.message, QStringLiteral("successfully scaled volume replicas to 3"));
    QCOMPARE(event.sourceComponent, QStringLiteral("cstorvolumeclaim-controller"));
    QCOMPARE(event.involvedKind, QStringLiteral("CStorVolumeConfig"));
    QCOMPARE(event.involvedName, kVolume);
    QCOMPARE(event.involvedUid, QStringLiteral("0b1d6f3e-8c57-4b0e-9a54-1f4f7b9b2d01"));
    QCOMPARE(event.count, 2);
    QCOMPARE(event.firstTimestamp, QDateTime(QDate(2024, 5, 1), QTime(10, 5, 2), Qt::UTC));
    QCOMPARE(event.lastTimestamp, QDateTime(QDate(2024, 5, 2), QTime(1, 12, 30), Qt::UTC));

    QVERIFY(!Event::fromJson(with(seedEvent(), u"count", QStringLiteral("2")), &event, &error));
    QCOMPARE(error, QStringLiteral("Event \"pvc-d1b26676-5035-4e5b-b564-68869b023306."
                                   "17c3a1b2c3d4e5f6\": count: expected an integer, got a string"));
    QVERIFY(!Event::fromJson(with(seedEvent(), u"kind", QStringLiteral("CStorVolume")), &event,
                             &error));
    QCOMPARE(error, QStringLiteral("Event: kind: expected Event, got \"CStorVolume\""));
}

void TestDomainDecoding::eventFromEventsApi()
{
    // Written through events.k8s.io: legacy fields empty, eventTime/series/reportingComponent.
    const QJsonObject object = parse(R"({
  "kind": "Event", "apiVersion": "v1",
  "metadata": {"name": "pvc-x.17c3", "namespace": "openebs", "creationTimestamp": "2024-05-01T10:00:00Z"},
  "involvedObject": {"kind": "CStorVolume", "name": "pvc-x"},
  "reason": "Healthy", "message": "Volume is in Healthy state", "type": "Normal",
  "source": {}, "firstTimestamp": null, "lastTimestamp": null,
  "eventTime": "2024-05-01T10:00:01.250000Z",
  "series": {"count": 4, "lastObservedTime": "2024-05-01T10:02:00.000000Z"},
  "reportingComponent": "cstor-volume-mgmt", "reportingInstance": "pvc-x-target"
})");
    Event event;
    QString error;
    QVERIFY2(Event::fromJson(object, &event, &error), qPrintable(error));
    QCOMPARE(event.sourceComponent, QStringLiteral("cstor-volume-mgmt"));
    QCOMPARE(event.count, 4);
    QCOMPARE(event.firstTimestamp, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 1, 250), Qt::UTC));
    QCOMPARE(event.lastTimestamp, QDateTime(QDate(2024, 5, 1), QTime(10, 2, 0), Qt::UTC));
    QCOMPARE(event.involvedKind, QStringLiteral("CStorVolume"));

    // Nothing but the creation time: both timestamps fall back to it, count to 1.
    const QJsonObject bare =
        parse(R"({"metadata": {"name": "e", "creationTimestamp": "2024-05-01T10:00:00Z"},
                                       "reason": "Created"})");
    QVERIFY2(Event::fromJson(bare, &event, &error), qPrintable(error));
    QCOMPARE(event.count, 1);
    QCOMPARE(event.firstTimestamp, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(event.lastTimestamp, event.firstTimestamp);
}

void TestDomainDecoding::failureLeavesOutputAlone()
{
    PoolInstance pool;
    QString error;
    QVERIFY(PoolInstance::fromJson(seedPool(), &pool, &error));
    QVERIFY(!PoolInstance::fromJson(
        with(seedPool(), u"status.capacity.free", QStringLiteral("abc")), &pool, &error));
    QCOMPARE(pool.freeBytes, qint64(9630000000));
    QCOMPARE(pool.meta.name, kPool1);

    // A null error sink is allowed.
    QVERIFY(!PoolInstance::fromJson(QJsonObject(), &pool, nullptr));
}

void TestDomainDecoding::decodesManyReplicas()
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

QTEST_GUILESS_MAIN(TestDomainDecoding)
#include "tst_domaindecoding.moc"
