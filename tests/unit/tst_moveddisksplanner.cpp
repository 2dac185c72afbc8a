// A pool whose disks moved, planned on pool p1 of CStorPoolCluster cspc (pool specs of nodes n1
// and n2, disks bd-a and bd-b): with both disks on the Ready node n1-new the CSPC pool spec is
// pointed there by an edit that tests the old node first; disks on several nodes, a new node
// that is missing, not Ready, cordoned or has a pool of the cluster, another pool spec naming a
// gone node, a pool not provisioned and a disk NDM has not found are refused with why; a pool
// spec already pointed is followed through its stages, and a pool on its disks' node has nothing
// to do. When node n2 is gone too and p2's disk sits on n2-new, both specs change in one edit.
#include "models/recovery/moveddisksplanner.h"

#include <QJsonArray>
#include <QTest>

using Recovery::MovedDisksPlan;
using Recovery::MovedDisksPlanner;
using Kind = MovedDisksPlan::Kind;
using Stage = MovedDisksPlanner::Stage;

Q_DECLARE_METATYPE(Recovery::MovedDisksPlanner::Input)

namespace {

QJsonObject selector(const QString &node)
{
    return QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node}};
}

QJsonArray groups(const QStringList &names)
{
    QJsonArray devices;
    for (const QString &name : names)
        devices.append(QJsonObject{{QStringLiteral("blockDeviceName"), name}});
    return QJsonArray{QJsonObject{{QStringLiteral("blockDevices"), devices}}};
}

QJsonObject cspi(const QString &host, const QString &label, const QString &phase)
{
    return QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("p1")},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("openebs.io/cstor-pool-cluster"), QStringLiteral("cspc")},
                          {QStringLiteral("kubernetes.io/hostname"), label}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("hostName"), host},
                     {QStringLiteral("nodeSelector"), selector(host)},
                     {QStringLiteral("dataRaidGroups"),
                      groups({QStringLiteral("bd-a"), QStringLiteral("bd-b")})}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}};
}

QJsonObject cspc(const QString &firstNode, const QString &secondNode, int provisioned = 2)
{
    const QJsonArray pools{
        QJsonObject{{QStringLiteral("nodeSelector"), selector(firstNode)},
                    {QStringLiteral("dataRaidGroups"),
                     groups({QStringLiteral("bd-a"), QStringLiteral("bd-b")})}},
        QJsonObject{{QStringLiteral("nodeSelector"), selector(secondNode)},
                    {QStringLiteral("dataRaidGroups"), groups({QStringLiteral("bd-c")})}}};
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cspc")}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("pools"), pools}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("provisionedInstances"), provisioned}}}};
}

QJsonObject bd(const QString &name, const QString &node)
{
    return QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node}}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("nodeAttributes"), QJsonObject{{QStringLiteral("nodeName"), node}}},
             {QStringLiteral("capacity"),
              QJsonObject{{QStringLiteral("storage"), 10737418240.0}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("claimState"), QStringLiteral("Claimed")},
                     {QStringLiteral("state"), QStringLiteral("Active")}}}};
}

// n1 gone, its disks on n1-new (Ready); n2 Ready with bd-c.
MovedDisksPlanner::Input moved()
{
    MovedDisksPlanner::Input input;
    input.pool = QStringLiteral("p1");
    input.cspi = cspi(QStringLiteral("n1"), QStringLiteral("n1"), QStringLiteral("ONLINE"));
    input.poolNames = {QStringLiteral("p1"), QStringLiteral("p2")};
    input.cspc = cspc(QStringLiteral("n1"), QStringLiteral("n2"));
    input.blockDevices = {bd(QStringLiteral("bd-a"), QStringLiteral("n1-new")),
                          bd(QStringLiteral("bd-b"), QStringLiteral("n1-new")),
                          bd(QStringLiteral("bd-c"), QStringLiteral("n2"))};
    input.nodes = {{QStringLiteral("n1-new"), true, false}, {QStringLiteral("n2"), true, false}};
    return input;
}

// moved(), and n2 replaced too: its pool p2's disk bd-c on n2-new (Ready).
MovedDisksPlanner::Input bothMoved()
{
    MovedDisksPlanner::Input input = moved();
    input.blockDevices[2] = bd(QStringLiteral("bd-c"), QStringLiteral("n2-new"));
    input.nodes = {{QStringLiteral("n1-new"), true, false},
                   {QStringLiteral("n2-new"), true, false}};
    QJsonObject p2 = cspi(QStringLiteral("n2"), QStringLiteral("n2"), QStringLiteral("ONLINE"));
    QJsonObject meta = p2.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("name"), QStringLiteral("p2"));
    p2.insert(QStringLiteral("metadata"), meta);
    QJsonObject spec = p2.value(QStringLiteral("spec")).toObject();
    spec.insert(QStringLiteral("dataRaidGroups"), groups({QStringLiteral("bd-c")}));
    p2.insert(QStringLiteral("spec"), spec);
    input.clusterPools = {input.cspi, p2};
    return input;
}

} // namespace

class TestMovedDisksPlanner : public QObject
{
    Q_OBJECT

private slots:
    void thePoolSpecIsPointedAtTheNodeOfItsDisks();
    void refusals_data();
    void refusals();
    void aPointedPoolIsFollowedThroughItsStages();
    void aPoolOnItsDisksNodeHasNothingToDo();
    void aMistypedPoolGetsTheNamesItMayMean();
    void twoMovedPoolsArePointedInOneEdit();
};

void TestMovedDisksPlanner::thePoolSpecIsPointedAtTheNodeOfItsDisks()
{
    const MovedDisksPlan plan = MovedDisksPlanner::plan(moved());
    QCOMPARE(plan.kind, Kind::Repoint);
    QCOMPARE(plan.oldNode, QStringLiteral("n1"));
    QCOMPARE(plan.newNode, QStringLiteral("n1-new"));
    QCOMPARE(plan.poolCluster, QStringLiteral("cspc"));
    QCOMPARE(plan.poolIndex, 0);
    QCOMPARE(plan.disks.size(), 2);
    const QString path = QStringLiteral("/spec/pools/0/nodeSelector/kubernetes.io~1hostname");
    const QJsonArray expected{QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                                          {QStringLiteral("path"), path},
                                          {QStringLiteral("value"), QStringLiteral("n1")}},
                              QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                          {QStringLiteral("path"), path},
                                          {QStringLiteral("value"), QStringLiteral("n1-new")}}};
    QCOMPARE(plan.patch, expected);
}

void TestMovedDisksPlanner::refusals_data()
{
    QTest::addColumn<MovedDisksPlanner::Input>("input");
    QTest::addColumn<QString>("why");

    MovedDisksPlanner::Input input = moved();
    input.blockDevices[1] = bd(QStringLiteral("bd-b"), QStringLiteral("n3"));
    QTest::newRow("disks on several nodes")
        << input
        << QStringLiteral("the disks of pool p1 are on several nodes (bd-a on n1-new, "
                          "bd-b on n3)");
    input = moved();
    input.blockDevices.removeAt(1);
    QTest::newRow("a disk not found")
        << input << QStringLiteral("block device bd-b of pool p1 is not in the cluster");
    input = moved();
    input.nodes.removeFirst();
    QTest::newRow("new node missing")
        << input << QStringLiteral("node n1-new, where node-disk-manager found the disks, is not");
    input = moved();
    input.nodes[0].ready = false;
    QTest::newRow("new node not Ready") << input << QStringLiteral("node n1-new is not Ready");
    input = moved();
    input.nodes[0].unschedulable = true;
    QTest::newRow("new node cordoned") << input << QStringLiteral("node n1-new is cordoned");
    input = moved();
    input.cspc = cspc(QStringLiteral("n1"), QStringLiteral("n1-new"));
    QTest::newRow("new node has a pool of the cluster")
        << input << QStringLiteral("node n1-new already has a pool of CStorPoolCluster cspc");
    input = moved();
    input.nodes.removeLast();
    QTest::newRow("another pool spec names a gone node")
        << input
        << QStringLiteral("another pool spec of CStorPoolCluster cspc names node n2, "
                          "which is gone");
    input = moved();
    input.cspc = cspc(QStringLiteral("n1"), QStringLiteral("n2"), 1);
    input = bothMoved();
    input.blockDevices[2] = bd(QStringLiteral("bd-c"), QStringLiteral("n2"));
    QTest::newRow("another pool spec names a gone node, its disk there")
        << input
        << QStringLiteral("another pool spec of CStorPoolCluster cspc names node n2, which is "
                          "gone, and its pool cannot follow its disks in the same edit (node n2, "
                          "where node-disk-manager found the disks, is not in the cluster)");
    input = bothMoved();
    input.nodes[1].ready = false;
    QTest::newRow("another moved pool's new node not Ready")
        << input << QStringLiteral("another pool spec of CStorPoolCluster cspc names node n2");
    input = bothMoved();
    input.blockDevices[2] = bd(QStringLiteral("bd-c"), QStringLiteral("n1-new"));
    QTest::newRow("both pools' disks on one node")
        << input << QStringLiteral("node n1-new already has a pool of CStorPoolCluster cspc");
    input = moved();
    input.cspc = cspc(QStringLiteral("n1"), QStringLiteral("n2"), 1);
    QTest::newRow("a pool not provisioned")
        << input << QStringLiteral("CStorPoolCluster cspc has 1 of its 2 pools provisioned");
}

void TestMovedDisksPlanner::refusals()
{
    QFETCH(MovedDisksPlanner::Input, input);
    QFETCH(QString, why);
    const MovedDisksPlan plan = MovedDisksPlanner::plan(input);
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.startsWith(why), qPrintable(plan.why));
    QVERIFY(plan.patch.isEmpty());
    QVERIFY(plan.alongside.isEmpty());
}

// n1 and n2 both replaced, each pool's disks on its node's replacement: while a pool spec names a
// gone node the webhook refuses any edit, so both specs change in one, each tested first.
void TestMovedDisksPlanner::twoMovedPoolsArePointedInOneEdit()
{
    const MovedDisksPlan plan = MovedDisksPlanner::plan(bothMoved());
    QCOMPARE(plan.kind, Kind::Repoint);
    QCOMPARE(plan.newNode, QStringLiteral("n1-new"));
    QCOMPARE(plan.alongside.size(), 1);
    const MovedDisksPlan &other = plan.alongside.first();
    QCOMPARE(other.pool, QStringLiteral("p2"));
    QCOMPARE(other.oldNode, QStringLiteral("n2"));
    QCOMPARE(other.newNode, QStringLiteral("n2-new"));
    QCOMPARE(other.poolIndex, 1);
    QCOMPARE(plan.poolsToFollow(), QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));
    QCOMPARE(plan.patch.size(), 4);
    const QString path = QStringLiteral("/spec/pools/1/nodeSelector/kubernetes.io~1hostname");
    QCOMPARE(plan.patch.at(2).toObject(),
             QJsonObject({{QStringLiteral("op"), QStringLiteral("test")},
                          {QStringLiteral("path"), path},
                          {QStringLiteral("value"), QStringLiteral("n2")}}));
    QCOMPARE(plan.patch.at(3).toObject(),
             QJsonObject({{QStringLiteral("op"), QStringLiteral("replace")},
                          {QStringLiteral("path"), path},
                          {QStringLiteral("value"), QStringLiteral("n2-new")}}));
}

void TestMovedDisksPlanner::aPointedPoolIsFollowedThroughItsStages()
{
    MovedDisksPlanner::Input input = moved();
    input.cspc = cspc(QStringLiteral("n1-new"), QStringLiteral("n2"));
    QCOMPARE(MovedDisksPlanner::plan(input).kind, Kind::InProgress);
    const QString node = QStringLiteral("n1-new");
    QCOMPARE(MovedDisksPlanner::stage(input.cspi, node), Stage::WaitingForOperator);
    QCOMPARE(
        MovedDisksPlanner::stage(cspi(node, QStringLiteral("n1"), QStringLiteral("OFFLINE")), node),
        Stage::Importing);
    QCOMPARE(
        MovedDisksPlanner::stage(cspi(node, QStringLiteral("n1"), QStringLiteral("ONLINE")), node),
        Stage::LabelToSet);
    QCOMPARE(MovedDisksPlanner::stage(cspi(node, node, QStringLiteral("ONLINE")), node),
             Stage::Done);
    input.cspi = cspi(node, QStringLiteral("n1"), QStringLiteral("ONLINE"));
    QCOMPARE(MovedDisksPlanner::plan(input).kind, Kind::InProgress);
}

void TestMovedDisksPlanner::aPoolOnItsDisksNodeHasNothingToDo()
{
    MovedDisksPlanner::Input input = moved();
    const QString node = QStringLiteral("n1-new");
    input.cspc = cspc(node, QStringLiteral("n2"));
    input.cspi = cspi(node, node, QStringLiteral("ONLINE"));
    const MovedDisksPlan plan = MovedDisksPlanner::plan(input);
    QCOMPARE(plan.kind, Kind::NothingToDo);
    QCOMPARE(plan.why, QStringLiteral("the disks of pool p1 are on its node n1-new"));
}

void TestMovedDisksPlanner::aMistypedPoolGetsTheNamesItMayMean()
{
    MovedDisksPlanner::Input input = moved();
    input.pool = QStringLiteral("p3");
    input.cspi = {};
    const MovedDisksPlan plan = MovedDisksPlanner::plan(input);
    QCOMPARE(plan.kind, Kind::NotFound);
    QVERIFY2(plan.why.contains(QStringLiteral("did you mean")), qPrintable(plan.why));
}

QTEST_GUILESS_MAIN(TestMovedDisksPlanner)
#include "tst_moveddisksplanner.moc"
