#include "models/cstor/age.h"
#include "models/sim/apiserver/resourcecatalog.h"
#include "models/sim/apiserver/tablerenderer.h"

#include <QJsonArray>
#include <QTest>

using Sim::ResourceCatalog;
using Sim::ResourceInfo;
using Sim::TableRenderer;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 27, 19), Qt::UTC);

QJsonObject seedCspi()
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("CStorPoolInstance")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("cspc-stripe-pool-6qkw")},
             {QStringLiteral("namespace"), QStringLiteral("openebs")},
             {QStringLiteral("uid"), QStringLiteral("7d0c0f0e-0000-4000-8000-000000000001")},
             {QStringLiteral("resourceVersion"), QStringLiteral("1003")},
             {QStringLiteral("generation"), 1},
             {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-24T09:06:19Z")},
             {QStringLiteral("labels"),
              QJsonObject{
                  {QStringLiteral("openebs.io/cstor-pool-cluster"),
                   QStringLiteral("cspc-stripe-pool")},
                  {QStringLiteral("kubernetes.io/hostname"), QStringLiteral("e2e1-node1")}}},
             {QStringLiteral("managedFields"),
              QJsonArray{
                  QJsonObject{{QStringLiteral("manager"), QStringLiteral("pool-operator")}}}},
         }},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("hostName"), QStringLiteral("e2e1-node1")},
             {QStringLiteral("poolConfig"),
              QJsonObject{{QStringLiteral("dataRaidGroupType"), QStringLiteral("stripe")}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("ONLINE")},
                     {QStringLiteral("readOnly"), false},
                     {QStringLiteral("provisionedReplicas"), 1},
                     {QStringLiteral("healthyReplicas"), 1},
                     {QStringLiteral("capacity"),
                      QJsonObject{{QStringLiteral("used"), QStringLiteral("81500")},
                                  {QStringLiteral("free"), QStringLiteral("9630M")},
                                  {QStringLiteral("total"), QStringLiteral("10G")}}}}},
    };
}

QStringList names(const QJsonArray &columns)
{
    QStringList result;
    for (const QJsonValue &c : columns)
        result << c.toObject().value(QStringLiteral("name")).toString();
    return result;
}

} // namespace

class TestTableRenderer : public QObject
{
    Q_OBJECT

private:
    ResourceCatalog m_catalog;
    const ResourceInfo &info(const char *name)
    {
        const ResourceInfo *r = m_catalog.find(QString::fromLatin1(name));
        Q_ASSERT(r);
        return *r;
    }

private slots:
    void cspiColumns()
    {
        const QJsonArray columns = TableRenderer::columnDefinitions(info("cspi"));
        QCOMPARE(
            names(columns),
            QStringList({QStringLiteral("Name"), QStringLiteral("HostName"),
                         QStringLiteral("Allocated"), QStringLiteral("Free"),
                         QStringLiteral("Capacity"), QStringLiteral("ReadOnly"),
                         QStringLiteral("ProvisionedReplicas"), QStringLiteral("HealthyReplicas"),
                         QStringLiteral("Type"), QStringLiteral("Status"), QStringLiteral("Age")}));
        const QJsonObject name = columns.at(0).toObject();
        QCOMPARE(name.value(QStringLiteral("format")).toString(), QStringLiteral("name"));
        QCOMPARE(name.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
        QVERIFY(name.value(QStringLiteral("description"))
                    .toString()
                    .startsWith(QStringLiteral("Name must be unique within a namespace. Is "
                                               "required when creating resources")));
        QVERIFY(name.value(QStringLiteral("description"))
                    .toString()
                    .endsWith(QStringLiteral("working-with-objects/names#names")));
        for (const QJsonValue &c : columns) {
            const QJsonObject column = c.toObject();
            QCOMPARE(column.keys(),
                     QStringList({QStringLiteral("description"), QStringLiteral("format"),
                                  QStringLiteral("name"), QStringLiteral("priority"),
                                  QStringLiteral("type")}));
        }
        const QJsonObject allocated = columns.at(2).toObject();
        QCOMPARE(allocated.value(QStringLiteral("priority")).toInt(), 1);
        QCOMPARE(allocated.value(QStringLiteral("description")).toString(),
                 QStringLiteral("The amount of storage space within the pool that has been "
                                "physically allocated"));
        QCOMPARE(columns.at(5).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("boolean"));
        QCOMPARE(columns.at(8).toObject().value(QStringLiteral("priority")).toInt(), 1);
        QCOMPARE(columns.at(10).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("date"));
        QCOMPARE(columns.at(10).toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Age of CStorPoolInstance"));
    }

    void cspiSeedRow()
    {
        const QJsonObject row = TableRenderer::row(info("cspi"), seedCspi(), kNow);
        const QJsonArray cells = row.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells,
                 QJsonArray({QStringLiteral("cspc-stripe-pool-6qkw"), QStringLiteral("e2e1-node1"),
                             QStringLiteral("81500"), QStringLiteral("9630M"),
                             QStringLiteral("10G"), false, 1, 1, QStringLiteral("stripe"),
                             QStringLiteral("ONLINE"), QStringLiteral("21m")}));
        QVERIFY(cells.at(5).isBool());
        QVERIFY(cells.at(6).isDouble());

        const QJsonObject object = row.value(QStringLiteral("object")).toObject();
        QCOMPARE(object.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("PartialObjectMetadata"));
        QCOMPARE(object.value(QStringLiteral("apiVersion")).toString(),
                 QStringLiteral("meta.k8s.io/v1"));
        const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        QVERIFY(!metadata.contains(QStringLiteral("managedFields")));
        QCOMPARE(metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("openebs"));
        QCOMPARE(metadata.value(QStringLiteral("labels")).toObject().size(), 2);
        QVERIFY(!object.contains(QStringLiteral("spec")));
    }

    void missingAndTypedCells()
    {
        QJsonObject cspi = seedCspi();
        QJsonObject status = cspi.value(QStringLiteral("status")).toObject();
        status.remove(QStringLiteral("readOnly"));
        status.insert(QStringLiteral("capacity"),
                      QJsonObject{{QStringLiteral("used"), 81500}}); // a number in a string column
        cspi.insert(QStringLiteral("status"), status);
        const QJsonArray cells = TableRenderer::cells(info("cspi"), cspi, kNow);
        QCOMPARE(cells.at(2), QJsonValue(QStringLiteral("81500")));
        QVERIFY(cells.at(3).isNull());
        QVERIFY(cells.at(5).isNull());

        const QJsonObject cspc{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("cspc-stripe-pool")}}},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("healthyInstances"), 3},
                                                   {QStringLiteral("provisionedInstances"), 3},
                                                   {QStringLiteral("desiredInstances"), 3}}}};
        const QJsonArray cspcCells = TableRenderer::cells(info("cspc"), cspc, kNow);
        QCOMPARE(cspcCells, QJsonArray({QStringLiteral("cspc-stripe-pool"), 3, 3, 3,
                                        QJsonValue::Null})); // no creationTimestamp: no cell
    }

    void crdWithoutColumns()
    {
        const QJsonArray columns = TableRenderer::columnDefinitions(info("cvp"));
        QCOMPARE(names(columns), QStringList({QStringLiteral("Name"), QStringLiteral("Age")}));
        const QJsonObject age = columns.at(1).toObject();
        QCOMPARE(age.value(QStringLiteral("type")).toString(), QStringLiteral("date"));
        QCOMPARE(age.value(QStringLiteral("format")).toString(), QString());
        QCOMPARE(age.value(QStringLiteral("description")).toString(),
                 TableRenderer::creationTimestampDescription());
        QVERIFY(TableRenderer::creationTimestampDescription().contains(
            QStringLiteral("UTC.\n\nPopulated by the system.")));
    }

    void otherCrdColumns()
    {
        QCOMPARE(
            names(TableRenderer::columnDefinitions(info("cvr"))),
            QStringList({QStringLiteral("Name"), QStringLiteral("Allocated"),
                         QStringLiteral("Used"), QStringLiteral("Status"), QStringLiteral("Age")}));
        QCOMPARE(names(TableRenderer::columnDefinitions(info("cvc"))),
                 QStringList({QStringLiteral("Name"), QStringLiteral("Capacity"),
                              QStringLiteral("Status"), QStringLiteral("Age")}));
        QCOMPARE(names(TableRenderer::columnDefinitions(info("cv"))),
                 QStringList({QStringLiteral("Name"), QStringLiteral("Capacity"),
                              QStringLiteral("Status"), QStringLiteral("Age")}));
        QCOMPARE(names(TableRenderer::columnDefinitions(info("cspc"))),
                 QStringList({QStringLiteral("Name"), QStringLiteral("HealthyInstances"),
                              QStringLiteral("ProvisionedInstances"),
                              QStringLiteral("DesiredInstances"), QStringLiteral("Age")}));
    }

    void listTable()
    {
        const QJsonObject table = TableRenderer::table(info("cspi"), {seedCspi(), seedCspi()}, kNow,
                                                       QStringLiteral("1011"));
        QCOMPARE(table.value(QStringLiteral("kind")).toString(), QStringLiteral("Table"));
        QCOMPARE(table.value(QStringLiteral("apiVersion")).toString(),
                 QStringLiteral("meta.k8s.io/v1"));
        QCOMPARE(table.value(QStringLiteral("metadata")).toObject(),
                 QJsonObject({{QStringLiteral("resourceVersion"), QStringLiteral("1011")}}));
        QCOMPARE(table.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(table.value(QStringLiteral("columnDefinitions")).toArray().size(), 11);

        const QJsonObject paged = TableRenderer::table(
            info("cspi"), {}, kNow, QStringLiteral("1011"), QStringLiteral("token"), 5);
        const QJsonObject metadata = paged.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("continue")).toString(), QStringLiteral("token"));
        QCOMPARE(metadata.value(QStringLiteral("remainingItemCount")).toInteger(), 5);
        QCOMPARE(paged.value(QStringLiteral("rows")).toArray().size(), 0);

        const QJsonObject none =
            TableRenderer::table(info("cspi"), {seedCspi()}, kNow, QStringLiteral("1"), QString(),
                                 -1, TableRenderer::IncludeObject::None);
        QVERIFY(!none.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("object")));
        const QJsonObject full =
            TableRenderer::table(info("cspi"), {seedCspi()}, kNow, QStringLiteral("1"), QString(),
                                 -1, TableRenderer::parseIncludeObject(QStringLiteral("Object")));
        QCOMPARE(full.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("object"))
                     .toObject(),
                 seedCspi());
    }

    void watchTables()
    {
        const QJsonObject first = TableRenderer::watchTable(info("cspi"), seedCspi(), kNow, true);
        QCOMPARE(first.value(QStringLiteral("columnDefinitions")).toArray().size(), 11);
        QCOMPARE(first.value(QStringLiteral("rows")).toArray().size(), 1);
        QCOMPARE(first.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("resourceVersion"))
                     .toString(),
                 QStringLiteral("1003"));
        const QJsonObject later = TableRenderer::watchTable(info("cspi"), seedCspi(), kNow, false);
        QVERIFY(later.contains(QStringLiteral("columnDefinitions")));
        QVERIFY(later.value(QStringLiteral("columnDefinitions")).isNull());
    }

    void humanDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("119s") << qint64(119) << QStringLiteral("119s");
        QTest::newRow("2m") << qint64(120) << QStringLiteral("2m");
        QTest::newRow("5m56s") << qint64(356) << QStringLiteral("5m56s");
        QTest::newRow("9m59s") << qint64(599) << QStringLiteral("9m59s");
        QTest::newRow("10m") << qint64(600) << QStringLiteral("10m");
        QTest::newRow("10m30s -> 10m") << qint64(630) << QStringLiteral("10m");
        QTest::newRow("179m") << qint64(179 * 60 + 59) << QStringLiteral("179m");
        QTest::newRow("3h") << qint64(3 * 3600) << QStringLiteral("3h");
        QTest::newRow("3h5m") << qint64(3 * 3600 + 300) << QStringLiteral("3h5m");
        QTest::newRow("8h") << qint64(8 * 3600 + 59 * 60) << QStringLiteral("8h");
        QTest::newRow("47h") << qint64(47 * 3600) << QStringLiteral("47h");
        QTest::newRow("2d") << qint64(48 * 3600) << QStringLiteral("2d");
        QTest::newRow("2d5h") << qint64(53 * 3600) << QStringLiteral("2d5h");
        QTest::newRow("8d") << qint64(8 * 24 * 3600 + 5 * 3600) << QStringLiteral("8d");
        QTest::newRow("729d") << qint64(729 * 24 * 3600) << QStringLiteral("729d");
        QTest::newRow("2y") << qint64(730 * 24 * 3600) << QStringLiteral("2y");
        QTest::newRow("2y10d") << qint64(740 * 24 * 3600) << QStringLiteral("2y10d");
        QTest::newRow("8y") << qint64(8 * 365 * 24 * 3600 + 40 * 24 * 3600) << QStringLiteral("8y");
        QTest::newRow("1s ahead") << qint64(-1) << QStringLiteral("0s");
        QTest::newRow("2s ahead") << qint64(-2) << QStringLiteral("<invalid>");
    }

    void humanDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Cstor::formatAge(seconds * 1000), text);
    }

    void ages()
    {
        QCOMPARE(TableRenderer::age(QStringLiteral("2026-11-24T09:06:19Z"), kNow),
                 QStringLiteral("21m"));
        QCOMPARE(TableRenderer::age(QString(), kNow), QStringLiteral("<unknown>"));
        QCOMPARE(TableRenderer::age(QStringLiteral("0001-01-01T00:00:00Z"), kNow),
                 QStringLiteral("<unknown>"));
        QCOMPARE(TableRenderer::age(QStringLiteral("2026-11-24T09:27:20Z"), kNow),
                 QStringLiteral("0s"));
        QCOMPARE(TableRenderer::age(QStringLiteral("2026-11-24T09:28:20Z"), kNow),
                 QStringLiteral("<invalid>"));
        QCOMPARE(TableRenderer::age(QStringLiteral("2026-11-24T09:27:00.123456Z"), kNow),
                 QStringLiteral("18s"));
    }

    void jsonPath()
    {
        const QJsonObject object = seedCspi();
        QCOMPARE(TableRenderer::evaluate(object, QStringLiteral(".status.capacity.free")),
                 QJsonValue(QStringLiteral("9630M")));
        QCOMPARE(TableRenderer::evaluate(object, QStringLiteral("{.spec.hostName}")),
                 QJsonValue(QStringLiteral("e2e1-node1")));
        QCOMPARE(TableRenderer::evaluate(
                     object, QStringLiteral(".metadata.labels['kubernetes.io/hostname']")),
                 QJsonValue(QStringLiteral("e2e1-node1")));
        QCOMPARE(
            TableRenderer::evaluate(object, QStringLiteral(".metadata.managedFields[0].manager")),
            QJsonValue(QStringLiteral("pool-operator")));
        QVERIFY(TableRenderer::evaluate(object, QStringLiteral(".status.nope.x")).isUndefined());
        QVERIFY(TableRenderer::evaluate(object, QStringLiteral(".metadata.managedFields[3]"))
                    .isUndefined());
    }

    void events()
    {
        const ResourceInfo &ev = info("ev");
        const QJsonArray columns = TableRenderer::columnDefinitions(ev);
        QCOMPARE(names(columns),
                 QStringList({QStringLiteral("Last Seen"), QStringLiteral("Type"),
                              QStringLiteral("Reason"), QStringLiteral("Object"),
                              QStringLiteral("Subobject"), QStringLiteral("Source"),
                              QStringLiteral("Message"), QStringLiteral("First Seen"),
                              QStringLiteral("Count"), QStringLiteral("Name")}));
        QList<int> priorities;
        for (const QJsonValue &c : columns)
            priorities << c.toObject().value(QStringLiteral("priority")).toInt();
        QCOMPARE(priorities, QList<int>({0, 0, 0, 0, 1, 1, 0, 1, 1, 1}));
        QCOMPARE(columns.at(9).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("name"));

        const QJsonObject event{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("pvc-1.18a2f3c4d5e6f7a8")},
                         {QStringLiteral("namespace"), QStringLiteral("openebs")}}},
            {QStringLiteral("involvedObject"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
                         {QStringLiteral("name"), QStringLiteral("pvc-1")}}},
            {QStringLiteral("reason"), QStringLiteral("Provisioning")},
            {QStringLiteral("message"), QStringLiteral(" failed to create replicas \n")},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("component"), QStringLiteral("cvc-operator")}}},
            {QStringLiteral("firstTimestamp"), QStringLiteral("2026-11-24T07:50:00Z")},
            {QStringLiteral("lastTimestamp"), QStringLiteral("2026-11-24T09:20:00Z")},
            {QStringLiteral("count"), 4},
            {QStringLiteral("type"), QStringLiteral("Warning")},
            {QStringLiteral("eventTime"), QJsonValue::Null},
        };
        QCOMPARE(
            TableRenderer::cells(ev, event, kNow),
            QJsonArray({QStringLiteral("7m19s"), QStringLiteral("Warning"),
                        QStringLiteral("Provisioning"), QStringLiteral("cstorvolumeconfig/pvc-1"),
                        QString(), QStringLiteral("cvc-operator"),
                        QStringLiteral("failed to create replicas"), QStringLiteral("97m"), 4,
                        QStringLiteral("pvc-1.18a2f3c4d5e6f7a8")}));

        QJsonObject single = event;
        single.remove(QStringLiteral("count"));
        single.remove(QStringLiteral("lastTimestamp"));
        single.insert(QStringLiteral("source"), QJsonObject());
        single.insert(QStringLiteral("reportingComponent"), QStringLiteral("ctrl"));
        single.insert(QStringLiteral("reportingInstance"), QStringLiteral("ctrl-1"));
        const QJsonArray cells = TableRenderer::cells(ev, single, kNow);
        QCOMPARE(cells.at(0).toString(), QStringLiteral("97m"));
        QCOMPARE(cells.at(5).toString(), QStringLiteral("ctrl, ctrl-1"));
        QCOMPARE(cells.at(8), QJsonValue(1));
    }

    void namespaces()
    {
        const QJsonObject ns{{QStringLiteral("metadata"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("openebs")},
                                          {QStringLiteral("creationTimestamp"),
                                           QStringLiteral("2026-11-23T09:27:19Z")}}},
                             {QStringLiteral("status"),
                              QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}};
        QCOMPARE(
            names(TableRenderer::columnDefinitions(info("ns"))),
            QStringList({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Age")}));
        QCOMPARE(TableRenderer::cells(info("ns"), ns, kNow),
                 QJsonArray(
                     {QStringLiteral("openebs"), QStringLiteral("Active"), QStringLiteral("24h")}));
    }

    // printPersistentVolume / printPersistentVolumeClaim: the short access modes in their fixed
    // order, the beta storage-class annotation before spec.storageClassName, Terminating while
    // being deleted, <unset> for what is not set; a claim not bound yet shows no capacity.
    void volumesAndClaims()
    {
        const QJsonObject pv{
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("pv-1")},
                 {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-23T09:27:19Z")},
                 {QStringLiteral("deletionTimestamp"), QStringLiteral("2026-11-24T09:27:19Z")},
                 {QStringLiteral("annotations"),
                  QJsonObject{{QStringLiteral("volume.beta.kubernetes.io/storage-class"),
                               QStringLiteral("beta")}}}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("accessModes"),
                  QJsonArray{QStringLiteral("ReadWriteMany"), QStringLiteral("ReadWriteOnce")}},
                 {QStringLiteral("capacity"),
                  QJsonObject{{QStringLiteral("storage"), QStringLiteral("1Gi")}}},
                 {QStringLiteral("persistentVolumeReclaimPolicy"), QStringLiteral("Retain")},
                 {QStringLiteral("storageClassName"), QStringLiteral("ga")}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"), QStringLiteral("Released")}}}};
        QCOMPARE(TableRenderer::columnDefinitions(info("pv")).size(), 11);
        QCOMPARE(
            TableRenderer::cells(info("pv"), pv, kNow),
            QJsonArray({QStringLiteral("pv-1"), QStringLiteral("1Gi"), QStringLiteral("RWO,RWX"),
                        QStringLiteral("Retain"), QStringLiteral("Terminating"), QString(),
                        QStringLiteral("beta"), QStringLiteral("<unset>"), QString(),
                        QStringLiteral("24h"), QStringLiteral("<unset>")}));
        const QJsonObject pvc{
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("claim")},
                 {QStringLiteral("creationTimestamp"), QStringLiteral("2026-11-24T09:26:19Z")}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("storageClassName"), QStringLiteral("ga")},
                         {QStringLiteral("volumeMode"), QStringLiteral("Block")},
                         {QStringLiteral("volumeAttributesClassName"), QStringLiteral("gold")}}},
            {QStringLiteral("status"),
             QJsonObject{
                 {QStringLiteral("phase"), QStringLiteral("Pending")},
                 {QStringLiteral("accessModes"), QJsonArray{QStringLiteral("ReadWriteOnce")}},
                 {QStringLiteral("capacity"),
                  QJsonObject{{QStringLiteral("storage"), QStringLiteral("1Gi")}}}}}};
        QCOMPARE(
            names(TableRenderer::columnDefinitions(info("pvc"))),
            QStringList({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Volume"),
                         QStringLiteral("Capacity"), QStringLiteral("Access Modes"),
                         QStringLiteral("StorageClass"), QStringLiteral("VolumeAttributesClass"),
                         QStringLiteral("Age"), QStringLiteral("VolumeMode")}));
        QCOMPARE(TableRenderer::cells(info("pvc"), pvc, kNow),
                 QJsonArray({QStringLiteral("claim"), QStringLiteral("Pending"), QString(),
                             QString(), QString(), QStringLiteral("ga"), QStringLiteral("gold"),
                             QStringLiteral("60s"), QStringLiteral("Block")}));
    }
};

QTEST_GUILESS_MAIN(TestTableRenderer)
#include "tst_tablerenderer.moc"
