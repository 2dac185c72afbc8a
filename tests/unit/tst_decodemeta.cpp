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

class TestDecodeMeta : public QObject
{
    Q_OBJECT

private slots:
    void phasesRoundTrip();
    void phasesUnknown();
    void rebuildingPhases();

    void timeParsing_data();
    void timeParsing();
    void objectMeta();
    void sharedStringsGoWithTheirObjects();
    void objectMetaErrors_data();
    void objectMetaErrors();

    void eventObject();
    void eventFromEventsApi();
};

void TestDecodeMeta::phasesRoundTrip()
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

void TestDecodeMeta::phasesUnknown()
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

void TestDecodeMeta::rebuildingPhases()
{
    QVERIFY(Phases::isRebuilding(ReplicaPhase::Rebuilding));
    QVERIFY(Phases::isRebuilding(ReplicaPhase::ReconstructingNewReplica));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Healthy));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Recreate));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::NewReplicaDegraded));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::Degraded));
    QVERIFY(!Phases::isRebuilding(ReplicaPhase::New));
}

void TestDecodeMeta::timeParsing_data()
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

void TestDecodeMeta::timeParsing()
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

void TestDecodeMeta::objectMeta()
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

// A long-lived console sees replicas come and go (every move makes a new replica id): the
// strings it shares between objects are let go once no object holds them, instead of piling up.
void TestDecodeMeta::sharedStringsGoWithTheirObjects()
{
    QString error;
    const auto decode = [&error](int i, ObjectMeta *out) {
        const QByteArray json = QStringLiteral(R"({"name": "r-%1", "labels":
            {"pool": "pool-a", "replica": "id-%1"}})")
                                    .arg(i)
                                    .toUtf8();
        const auto doc = Json::Document::parse(json);
        QVERIFY(doc);
        QVERIFY2(ObjectMeta::decode(doc->root(), out, &error), qPrintable(error));
    };
    // 100 objects kept, then 20,000 that come and go: each a replica id no other object has.
    QList<ObjectMeta> kept(100);
    for (int i = 0; i < kept.size(); ++i)
        decode(i, &kept[i]);
    for (int i = 1000; i < 21000; ++i) {
        ObjectMeta gone;
        decode(i, &gone);
        if (QTest::currentTestFailed())
            return;
    }
    // The kept objects' strings and the latest ones, not the 20,000 gone.
    QVERIFY2(FieldReader::sharedStringCount() < 3000,
             qPrintable(QString::number(FieldReader::sharedStringCount())));
    // Still shared: a new object's label value is the kept objects' string.
    ObjectMeta again;
    decode(5, &again);
    QCOMPARE(again.labels.value(u"replica"_s), kept[5].labels.value(u"replica"_s));
    QCOMPARE(again.labels.value(u"replica"_s).constData(),
             kept[5].labels.value(u"replica"_s).constData());
    QCOMPARE(again.labels.value(u"pool"_s).constData(),
             kept[0].labels.value(u"pool"_s).constData());
}

void TestDecodeMeta::objectMetaErrors_data()
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

void TestDecodeMeta::objectMetaErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    ObjectMeta meta;
    QString error;
    QVERIFY(!ObjectMeta::decode(parse(json), &meta, &error));
    QCOMPARE(error, message);
}

void TestDecodeMeta::eventObject()
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

void TestDecodeMeta::eventFromEventsApi()
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

QTEST_GUILESS_MAIN(TestDecodeMeta)
#include "tst_decodemeta.moc"
