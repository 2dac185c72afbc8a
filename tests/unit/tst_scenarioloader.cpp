// Scenario files: the seed, kubectl-style Lists in YAML and JSON, multi-document YAML, derived
// objects, and malformed files reported as "<file>:<line>: <problem>".
#include "controllerrig.h"

#include "models/cstor/capacity.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kMinimal = R"(apiVersion: v1
kind: List
items:
- apiVersion: cstor.openebs.io/v1
  kind: CStorPoolInstance
  metadata:
    name: pool-a
    labels:
      openebs.io/cstor-pool-cluster: cspc
      kubernetes.io/hostname: node-a
  spec:
    hostName: node-a
  status:
    phase: ONLINE
    capacity: {total: 9630M, used: 81500, free: 9630M}
- apiVersion: cstor.openebs.io/v1
  kind: CStorVolumeConfig
  metadata:
    name: pvc-1
    annotations: {openebs.io/volumeID: pvc-1}
  spec:
    provision: {replicaCount: 1, capacity: {storage: 1Gi}}
    capacity: {storage: 1Gi}
    policy:
      replicaPoolInfo:
      - poolName: pool-a
  status:
    phase: Bound
    poolInfo: [pool-a]
- apiVersion: cstor.openebs.io/v1
  kind: CStorVolumeReplica
  metadata:
    name: pvc-1-pool-a
    labels:
      cstorpoolinstance.openebs.io/name: pool-a
  spec:
    capacity: 1Gi
    replicaid: "12345"
  status:
    phase: Healthy
    capacity: {total: 100M, used: 120M}
)";
} // namespace

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private slots:
    void seedScenario();
    void derivesWhatADumpLacks();
    void jsonAndMultiDocument();
    void malformed_data();
    void malformed();
};

void TestScenarioLoader::seedScenario()
{
    ControllerRig rig;
    QString error;
    QVERIFY2(rig.loadSeed(&error), qPrintable(error));
    QCOMPARE(rig.store->count(u"cstorpoolclusters"_s), 1);
    QCOMPARE(rig.store->count(u"cstorpoolinstances"_s), 3);
    QCOMPARE(rig.store->count(u"cstorvolumeconfigs"_s), 5);
    QCOMPARE(rig.store->count(u"cstorvolumes"_s), 5);
    QCOMPARE(rig.store->count(u"cstorvolumereplicas"_s), 10);
    const QJsonObject cvc = rig.cvc_();
    QCOMPARE(cvc.value("spec"_L1).toObject().value("capacity"_L1).toObject().value("storage"_L1),
             QJsonValue(u"5Gi"_s));
    QCOMPARE(ControllerRig::phase(cvc), u"Bound"_s);
    QCOMPARE(ControllerRig::phase(rig.cv()), u"Healthy"_s);
    const QJsonObject cvr = rig.cvr(u"cspc-stripe-pool-6qkw"_s);
    QCOMPARE(cvr.value("status"_L1).toObject().value("capacity"_L1).toObject().value("used"_L1),
             QJsonValue(u"1.47G"_s));
    // Labels point at the real uid of the pool.
    QCOMPARE(cvr.value("metadata"_L1)
                 .toObject()
                 .value("labels"_L1)
                 .toObject()
                 .value("cstorpoolinstance.openebs.io/uid"_L1),
             rig.cspi(u"cspc-stripe-pool-6qkw"_s).value("metadata"_L1).toObject().value("uid"_L1));
    // Types: integers stay integers, quoted numbers stay strings.
    QCOMPARE(rig.cv().value("spec"_L1).toObject().value("replicationFactor"_L1).type(),
             QJsonValue::Double);
    QCOMPARE(rig.cv().value("spec"_L1).toObject().value("targetPort"_L1).type(),
             QJsonValue::String);
    // Every pool below 85% full.
    for (const QJsonObject &cspi : rig.store->list(u"cstorpoolinstances"_s)) {
        const QJsonObject capacity =
            cspi.value("status"_L1).toObject().value("capacity"_L1).toObject();
        const double used =
            double(*Cstor::Capacity::parseQuantity(capacity.value("used"_L1).toString()));
        const double total =
            double(*Cstor::Capacity::parseQuantity(capacity.value("total"_L1).toString()));
        QVERIFY(used / total < 0.85);
    }
}

void TestScenarioLoader::derivesWhatADumpLacks()
{
    ControllerRig rig;
    Sim::ScenarioLoader loader(rig.store, rig.clock);
    QString error;
    QVERIFY2(loader.parse(kMinimal, u"minimal.yaml"_s, &error), qPrintable(error));
    QVERIFY2(loader.apply(&error), qPrintable(error));
    // Namespace defaulted, CV derived from the CVC and its replica.
    const QJsonObject cv = rig.get(u"cstorvolumes"_s, u"pvc-1"_s);
    QVERIFY(!cv.isEmpty());
    QCOMPARE(cv.value("spec"_L1).toObject().value("replicationFactor"_L1).toInt(), 1);
    QVERIFY(cv.value("spec"_L1)
                .toObject()
                .value("replicaDetails"_L1)
                .toObject()
                .value("knownReplicas"_L1)
                .toObject()
                .contains("12345"_L1));
    const QJsonObject cvr = rig.get(u"cstorvolumereplicas"_s, u"pvc-1-pool-a"_s);
    const QJsonObject labels = cvr.value("metadata"_L1).toObject().value("labels"_L1).toObject();
    QCOMPARE(labels.value("cstorvolume.openebs.io/name"_L1).toString(), u"pvc-1"_s);
    QCOMPARE(labels.value("cstorpoolinstance.openebs.io/uid"_L1).toString(),
             rig.cspi(u"pool-a"_s).value("metadata"_L1).toObject().value("uid"_L1).toString());
    QCOMPARE(cvr.value("metadata"_L1)
                 .toObject()
                 .value("ownerReferences"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("uid"_L1)
                 .toString(),
             cv.value("metadata"_L1).toObject().value("uid"_L1).toString());
    QVERIFY(rig.store->get(u"namespaces"_s, QString(), u"openebs"_s));
}

void TestScenarioLoader::jsonAndMultiDocument()
{
    ControllerRig rig;
    Sim::ScenarioLoader json(rig.store, rig.clock);
    QString error;
    const QByteArray list = R"({"apiVersion":"v1","kind":"List","items":[
        {"apiVersion":"cstor.openebs.io/v1","kind":"CStorPoolInstance",
         "metadata":{"name":"p1","namespace":"openebs","labels":{"kubernetes.io/hostname":"n1"}},
         "spec":{"hostName":"n1"},"status":{"phase":"ONLINE"}}]})";
    QVERIFY2(json.parse(list, u"dump.json"_s, &error), qPrintable(error));
    QCOMPARE(json.items().size(), 1);
    QCOMPARE(json.items().first().line, 2);
    QVERIFY(json.apply(&error));
    QVERIFY(!rig.cspi(u"p1"_s).isEmpty());

    Sim::ScenarioLoader multi(rig.store, rig.clock);
    const QByteArray documents = "apiVersion: cstor.openebs.io/v1\nkind: CStorPoolInstance\n"
                                 "metadata: {name: p2, labels: {kubernetes.io/hostname: n2}}\n"
                                 "---\n"
                                 "apiVersion: cstor.openebs.io/v1\nkind: CStorPoolInstance\n"
                                 "metadata: {name: p3}\nspec: {hostName: n3}\n---\n";
    QVERIFY2(multi.parse(documents, u"multi.yaml"_s, &error), qPrintable(error));
    QCOMPARE(multi.items().size(), 2);
    QCOMPARE(multi.items().at(1).line, 5);
}

void TestScenarioLoader::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray(
                                   "items:\n- kind: CStorPoolInstance\n  metadata: {name: a\n")
                            << u"bad.yaml:4: "_s;
    QTest::newRow("bad indentation")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- kind: A\n   bad: : x\n")
        << u"bad.yaml:5: "_s;
    QTest::newRow("no kind") << QByteArray("apiVersion: v1\nkind: List\nitems:\n- metadata:\n"
                                           "    name: x\n")
                             << u"bad.yaml:4: object has no \"kind\""_s;
    QTest::newRow("no name")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- apiVersion: cstor.openebs.io/v1\n"
                      "  kind: CStorVolume\n  metadata: {}\n")
        << u"bad.yaml:4: CStorVolume has no metadata.name"_s;
    QTest::newRow("bad quantity")
        << QByteArray("items:\n- apiVersion: cstor.openebs.io/v1\n  kind: CStorPoolInstance\n"
                      "  metadata: {name: p}\n  spec: {hostName: n}\n"
                      "  status: {capacity: {total: ten gigs}}\n")
        << u"bad.yaml:2: CStorPoolInstance p: status.capacity.total \"ten gigs\" is not a "
           "quantity"_s;
    QTest::newRow("bad zfs size")
        << QByteArray("items:\n- apiVersion: cstor.openebs.io/v1\n  kind: CStorVolumeReplica\n"
                      "  metadata: {name: r, labels: {cstorpoolinstance.openebs.io/name: p}}\n"
                      "  status: {capacity: {used: 1.5 GB}}\n")
        << u"bad.yaml:2: CStorVolumeReplica r: status.capacity.used \"1.5 GB\" is not a ZFS "
           "size"_s;
    QTest::newRow("replica without pool label")
        << QByteArray("items:\n- apiVersion: cstor.openebs.io/v1\n  kind: CStorVolumeReplica\n"
                      "  metadata: {name: r}\n")
        << u"bad.yaml:2: CStorVolumeReplica r has no label cstorpoolinstance.openebs.io/name"_s;
    QTest::newRow("wrong apiVersion")
        << QByteArray("items:\n- apiVersion: openebs.io/v1alpha1\n  kind: CStorVolume\n"
                      "  metadata: {name: v}\n")
        << u"bad.yaml:2: CStorVolume v has apiVersion \"openebs.io/v1alpha1\", expected "
           "\"cstor.openebs.io/v1\""_s;
    QTest::newRow("duplicate")
        << QByteArray("items:\n- apiVersion: cstor.openebs.io/v1\n  kind: CStorVolume\n"
                      "  metadata: {name: v}\n- apiVersion: cstor.openebs.io/v1\n"
                      "  kind: CStorVolume\n  metadata: {name: v}\n")
        << u"bad.yaml:5: duplicate CStorVolume v (first at line 2)"_s;
    QTest::newRow("not a mapping")
        << QByteArray("- a\n- b\n") << u"bad.yaml:1: expected a Kubernetes object or List"_s;
    QTest::newRow("empty") << QByteArray("\n") << u"bad.yaml:1: the scenario has no objects"_s;
    // 500 bytes of nested anchors that would expand to 10^9 values ("billion laughs").
    QByteArray laughs =
        "kind: Namespace\nmetadata: {name: x}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 8; ++i)
        laughs += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" +
                  QByteArrayList(10, "*a" + QByteArray::number(i - 1)).join(", ") + "]\n";
    QTest::newRow("excessive aliasing")
        << laughs << u"bad.yaml:1: document contains excessive aliasing"_s;
    QTest::newRow("alias inside its own anchor")
        << QByteArray("kind: Namespace\nmetadata: {name: x}\na1: &a1 [x, *a1]\n")
        << u"bad.yaml:1: document contains excessive aliasing"_s;
    // yaml-cpp 0.7 loops forever loading all documents when one starts with a stray ",".
    QTest::newRow("stray comma") << QByteArray(",") << u"bad.yaml:1: "_s;
    QTest::newRow("stray comma after a document")
        << QByteArray("kind: Namespace\nmetadata: {name: x}\n---\n\"s\"\n,\n")
        << u"bad.yaml:4: expected a Kubernetes object or List"_s;
    // Lines count across documents, directives included.
    QTest::newRow("error in a later document")
        << QByteArray("%YAML 1.2\n---\nkind: Namespace\nmetadata: {name: x}\n--- \n"
                      "kind: Namespace\nmetadata: [x\n")
        << u"bad.yaml:8: "_s;
}

void TestScenarioLoader::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    ControllerRig rig;
    Sim::ScenarioLoader loader(rig.store, rig.clock);
    QString error;
    QVERIFY(!loader.parse(text, u"bad.yaml"_s, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));

    // The same through a real file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    Sim::ScenarioLoader fromFile(rig.store, rig.clock);
    QVERIFY(!fromFile.parseFile(path, &error));
    QVERIFY2(error.startsWith(path + expected.mid(8)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
