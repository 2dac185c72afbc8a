// The simulator's stream of replica status updates: each write goes through the store (a watch
// event), refreshes status.lastUpdateTime and carries the writer's monotonic stamp; the rate
// keeps writing until it is set back to 0.
#include "controllerrig.h"

#include "models/sim/statuschurn.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusChurn : public QObject
{
    Q_OBJECT

private slots:
    void writesStampedReplicaUpdates();
    void everyReplicaOncePerPass();
    void sustainsARate();
    void nothingToWriteWithoutReplicas();
};

void TestStatusChurn::writesStampedReplicaUpdates()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    Sim::StatusChurn churn(rig.store);
    QHash<QString, QJsonObject> specs;
    for (const QJsonObject &replica : rig.store->list(u"cstorvolumereplicas"_s))
        specs.insert(replica.value("metadata"_L1).toObject().value("name"_L1).toString(),
                     replica.value("spec"_L1).toObject());
    QList<Sim::StoreEvent> changed;
    connect(rig.store, &Sim::ObjectStore::changed, this,
            [&changed](const Sim::StoreEvent &event) { changed.append(event); });
    const qint64 before = Sim::StatusChurn::monotonicMs();
    QCOMPARE(churn.writeUpdates(25), 25);
    const qint64 after = Sim::StatusChurn::monotonicMs();
    QCOMPARE(churn.written(), 25);
    QCOMPARE(churn.failed(), 0);
    QCOMPARE(changed.count(), 25); // every write is a change, even two within a millisecond
    QSet<QString> sequence;
    for (const Sim::StoreEvent &event : std::as_const(changed)) {
        QCOMPARE(event.type, Sim::StoreEvent::Type::Modified);
        QCOMPARE(event.resource, u"cstorvolumereplicas"_s);
        const QJsonObject metadata = event.object.value("metadata"_L1).toObject();
        bool ok = false;
        const qint64 stamp = metadata.value("annotations"_L1)
                                 .toObject()
                                 .value(Sim::StatusChurn::stampAnnotation())
                                 .toString()
                                 .toLongLong(&ok);
        QVERIFY(ok);
        QVERIFY(stamp >= before && stamp <= after);
        sequence.insert(metadata.value("annotations"_L1)
                            .toObject()
                            .value(Sim::StatusChurn::sequenceAnnotation())
                            .toString());
        QVERIFY(!event.object.value("status"_L1)
                     .toObject()
                     .value("lastUpdateTime"_L1)
                     .toString()
                     .isEmpty());
        // A status write: the spec is untouched.
        QCOMPARE(event.object.value("spec"_L1).toObject(),
                 specs.value(metadata.value("name"_L1).toString()));
    }
    QCOMPARE(sequence.size(), 25);
    const QJsonObject json = churn.toJson();
    QCOMPARE(json.value("written"_L1).toInteger(), 25);
    QCOMPARE(json.value("rate"_L1).toInt(), 0);
}

void TestStatusChurn::everyReplicaOncePerPass()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    const qsizetype replicas = rig.store->list(u"cstorvolumereplicas"_s).size();
    QVERIFY(replicas > 1);
    Sim::StatusChurn churn(rig.store);
    QStringList written;
    connect(rig.store, &Sim::ObjectStore::changed, this, [&written](const Sim::StoreEvent &event) {
        written.append(event.object.value("metadata"_L1).toObject().value("name"_L1).toString());
    });
    for (int pass = 1; pass <= 3; ++pass) {
        written.clear();
        QCOMPARE(churn.writeUpdates(int(replicas) - 1), int(replicas) - 1);
        QCOMPARE(churn.passes(), pass - 1);
        QCOMPARE(churn.writeUpdates(1), 1);
        QCOMPARE(churn.passes(), pass);
        const QSet<QString> distinct(written.cbegin(), written.cend());
        QCOMPARE(distinct.size(), replicas); // each replica once in a pass
    }
    QCOMPARE(churn.toJson().value("passes"_L1).toInteger(), 3);
}

void TestStatusChurn::sustainsARate()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    Sim::StatusChurn churn(rig.store);
    churn.setRate(2000);
    QCOMPARE(churn.rate(), 2000);
    QTRY_VERIFY(churn.written() >= 500);
    churn.setRate(0);
    const qint64 stopped = churn.written();
    // Pending timer events are delivered; the stream writes nothing more.
    int changed = 0;
    connect(rig.store, &Sim::ObjectStore::changed, this, [&changed] { ++changed; });
    QCoreApplication::processEvents();
    QCOMPARE(churn.written(), stopped);
    QCOMPARE(changed, 0);
}

void TestStatusChurn::nothingToWriteWithoutReplicas()
{
    ControllerRig rig;
    Sim::StatusChurn churn(rig.store);
    QCOMPARE(churn.writeUpdates(10), 0);
    QCOMPARE(churn.written(), 0);
}

QTEST_GUILESS_MAIN(TestStatusChurn)
#include "tst_statuschurn.moc"
