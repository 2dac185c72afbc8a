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

class TestDecodePoolInstances : public QObject
{
    Q_OBJECT

private slots:
    void poolInstance();
    void poolInstanceFallbacks();
    void poolInstanceErrors_data();
    void poolInstanceErrors();

    void poolCluster();
    void failureLeavesOutputAlone();
};

void TestDecodePoolInstances::poolInstance()
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

void TestDecodePoolInstances::poolInstanceFallbacks()
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

void TestDecodePoolInstances::poolInstanceErrors_data()
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

void TestDecodePoolInstances::poolInstanceErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    PoolInstance pool;
    QString error;
    QVERIFY(!PoolInstance::fromJson(object, &pool, &error));
    QCOMPARE(error, message);
}

void TestDecodePoolInstances::poolCluster()
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

void TestDecodePoolInstances::failureLeavesOutputAlone()
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

QTEST_GUILESS_MAIN(TestDecodePoolInstances)
#include "tst_decodepoolinstances.moc"
