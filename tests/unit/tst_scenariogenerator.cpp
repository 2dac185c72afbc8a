// The scenario generator: spec parsing, determinism with the seed, placement rules, and the
// 1,000-node / 30,000-replica case loading with the controllers running.
#include "controllerrig.h"

#include "models/cstor/capacity.h"
#include "models/sim/scenarios/scenariogenerator.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioGenerator : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpecs_data();
    void parsesSpecs();
    void deterministicWithTheSeed();
    void placementAndCapacity();
    void thousandNodes();
};

void TestScenarioGenerator::parsesSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::newRow("full") << u"nodes=1000,pools-per-node=1,volumes=10000,replicas=3"_s << QString();
    QTest::newRow("sizes")
        << u"nodes=3,volumes=4,volume-size=1Gi-20Gi,used=10%-60%,disk-size=100G"_s << QString();
    QTest::newRow("unknown") << u"nodes=3,colour=blue"_s << u"unknown key \"colour\""_s;
    QTest::newRow("bad number") << u"nodes=three"_s << u"bad value for nodes: \"three\""_s;
    QTest::newRow("too many replicas")
        << u"nodes=2,replicas=3"_s << u"replicas=3 needs at least as many nodes (nodes=2)"_s;
    QTest::newRow("no value") << u"nodes"_s << u"\"nodes\": expected key=value"_s;
    QTest::newRow("bad range") << u"used=60%-10%"_s << u"bad value for used: \"60%-10%\""_s;
}

void TestScenarioGenerator::parsesSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    Sim::ScenarioGenerator::Spec parsed;
    QString why;
    const bool ok = Sim::ScenarioGenerator::parseSpec(spec, &parsed, &why);
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        QVERIFY2(why.startsWith(error), qPrintable(why));
}

void TestScenarioGenerator::deterministicWithTheSeed()
{
    Sim::ScenarioGenerator::Spec spec;
    QString why;
    QVERIFY(Sim::ScenarioGenerator::parseSpec(u"nodes=5,volumes=8,replicas=2"_s, &spec, &why));
    Sim::SimClock a;
    Sim::SimClock b;
    Sim::SimClock c;
    a.setSeed(42);
    b.setSeed(42);
    c.setSeed(43);
    const QList<QJsonObject> first = Sim::ScenarioGenerator::generate(spec, &a);
    const QList<QJsonObject> second = Sim::ScenarioGenerator::generate(spec, &b);
    const QList<QJsonObject> third = Sim::ScenarioGenerator::generate(spec, &c);
    QCOMPARE(first.size(), 1 + 5 + 8 * (2 + 2 + 1)); // per volume: CVC, CV, CVRs, its claim
    auto names = [](const QList<QJsonObject> &objects) {
        QStringList result;
        for (const QJsonObject &o : objects)
            result.append(o.value("metadata"_L1).toObject().value("name"_L1).toString());
        return result;
    };
    QCOMPARE(names(first), names(second));
    QVERIFY(names(first) != names(third));
}

void TestScenarioGenerator::placementAndCapacity()
{
    ControllerRig rig;
    Sim::ScenarioGenerator::Spec spec;
    QString why;
    QVERIFY(Sim::ScenarioGenerator::parseSpec(
        u"nodes=6,pools-per-node=2,volumes=40,replicas=3,volume-size=1Gi-20Gi"_s, &spec, &why));
    Sim::ScenarioLoader loader(rig.store, rig.clock);
    loader.addObjects(Sim::ScenarioGenerator::generate(spec, rig.clock));
    QVERIFY2(loader.apply(&why, false), qPrintable(why));
    QCOMPARE(rig.store->count(u"cstorpoolclusters"_s), 2);
    QCOMPARE(rig.store->count(u"cstorpoolinstances"_s), 12);
    QCOMPARE(rig.store->count(u"cstorvolumereplicas"_s), 120);
    // Replicas of a volume are on distinct nodes of one CSPC.
    QHash<QString, QSet<QString>> nodes;
    QHash<QString, QSet<QString>> cspcs;
    QHash<QString, QString> cspcOfPool;
    for (const QJsonObject &cspi : rig.store->list(u"cstorpoolinstances"_s))
        cspcOfPool.insert(cspi.value("metadata"_L1).toObject().value("name"_L1).toString(),
                          cspi.value("metadata"_L1)
                              .toObject()
                              .value("labels"_L1)
                              .toObject()
                              .value("openebs.io/cstor-pool-cluster"_L1)
                              .toString());
    for (const QJsonObject &cvr : rig.store->list(u"cstorvolumereplicas"_s)) {
        const QJsonObject metadata = cvr.value("metadata"_L1).toObject();
        const QString volume = metadata.value("labels"_L1)
                                   .toObject()
                                   .value("cstorvolume.openebs.io/name"_L1)
                                   .toString();
        nodes[volume].insert(metadata.value("annotations"_L1)
                                 .toObject()
                                 .value("cstorpoolinstance.openebs.io/hostname"_L1)
                                 .toString());
        cspcs[volume].insert(cspcOfPool.value(metadata.value("labels"_L1)
                                                  .toObject()
                                                  .value("cstorpoolinstance.openebs.io/name"_L1)
                                                  .toString()));
    }
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        QCOMPARE(it.value().size(), 3);
        QCOMPARE(cspcs.value(it.key()).size(), 1);
    }
    rig.start(0);
    for (const QJsonObject &cspi : rig.store->list(u"cstorpoolinstances"_s)) {
        const QString name = cspi.value("metadata"_L1).toObject().value("name"_L1).toString();
        rig.pools->syncPool(name);
        const QJsonObject status = rig.cspi(name).value("status"_L1).toObject();
        const QJsonObject capacity = status.value("capacity"_L1).toObject();
        const double used =
            double(*Cstor::Capacity::parseQuantity(capacity.value("used"_L1).toString()));
        const double total =
            double(*Cstor::Capacity::parseQuantity(capacity.value("total"_L1).toString()));
        QVERIFY(used / total < 0.85);
        QCOMPARE(status.value("readOnly"_L1).toBool(), false);
        QCOMPARE(status.value("healthyReplicas"_L1).toInt(),
                 status.value("provisionedReplicas"_L1).toInt());
    }
}

void TestScenarioGenerator::thousandNodes()
{
    ControllerRig rig;
    Sim::ScenarioGenerator::Spec spec;
    QString why;
    QVERIFY(Sim::ScenarioGenerator::parseSpec(
        u"nodes=1000,pools-per-node=1,volumes=10000,replicas=3"_s, &spec, &why));
    Sim::ScenarioLoader loader(rig.store, rig.clock);
    loader.addObjects(Sim::ScenarioGenerator::generate(spec, rig.clock));
    rig.store->setHistoryLimit(100000);
    QVERIFY2(loader.apply(&why, false), qPrintable(why));
    QCOMPARE(rig.store->count(u"cstorvolumereplicas"_s), 30000);
    QCOMPARE(rig.store->count(u"cstorpoolinstances"_s), 1000);
    QCOMPARE(rig.store->count(u"cstorvolumes"_s), 10000);
    rig.start(1);
    QCOMPARE(rig.pools->pools().size(), 1000);
    QVERIFY(rig.pools->rebuildTruth().isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioGenerator)
#include "tst_scenariogenerator.moc"
