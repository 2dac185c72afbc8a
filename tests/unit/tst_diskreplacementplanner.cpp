// The replacement of a failed disk, planned on a mirror pool of node n1 (disks bd-a, bd-b of
// 10 GiB) in CStorPoolCluster cspc, the node's spares and their claims: the failed disk gets the
// smallest spare at least as large, by an edit that tests the old name first; a stripe pool, a
// group past its redundancy, a working disk while its partner has failed, too small or claimed
// or foreign spares are refused with why; a replacement under way is followed, not repeated.
#include "models/recovery/diskreplacementplanner.h"

#include <QJsonArray>
#include <QTest>

using Recovery::DiskReplacementPlan;
using Recovery::DiskReplacementPlanner;
using Kind = DiskReplacementPlan::Kind;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

QJsonArray devices(const QStringList &names)
{
    QJsonArray list;
    for (const QString &name : names)
        list.append(QJsonObject{{QStringLiteral("blockDeviceName"), name}});
    return list;
}

QJsonObject cspi(const QString &type, const QStringList &failed, bool resilvering = false)
{
    QJsonArray conditions;
    if (!failed.isEmpty())
        conditions.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("DiskUnavailable")},
                        {QStringLiteral("status"), QStringLiteral("True")},
                        {QStringLiteral("message"), QStringLiteral("Following disks [%1] are "
                                                                   "unavailable/faulted")
                                                        .arg(failed.join(QLatin1Char(' ')))}});
    if (resilvering)
        conditions.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("DiskReplacement")},
                        {QStringLiteral("status"), QStringLiteral("True")},
                        {QStringLiteral("message"), QStringLiteral("Resilvering 1 no.of "
                                                                   "blockdevices...")}});
    return QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("cspc-x1")},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("openebs.io/cstor-pool-cluster"),
                                   QStringLiteral("cspc")}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("hostName"), QStringLiteral("n1")},
                     {QStringLiteral("poolConfig"),
                      QJsonObject{{QStringLiteral("dataRaidGroupType"), type}}},
                     {QStringLiteral("dataRaidGroups"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("blockDevices"),
                           devices({QStringLiteral("bd-a"), QStringLiteral("bd-b")})}}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"),
                      failed.isEmpty() ? QStringLiteral("ONLINE") : QStringLiteral("DEGRADED")},
                     {QStringLiteral("conditions"), conditions}}}};
}

QJsonObject cspc()
{
    const QJsonObject other{
        {QStringLiteral("nodeSelector"),
         QJsonObject{{QStringLiteral("kubernetes.io/hostname"), QStringLiteral("n0")}}},
        {QStringLiteral("dataRaidGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("blockDevices"),
                                 devices({QStringLiteral("bd-y"), QStringLiteral("bd-z")})}}}}};
    const QJsonObject mine{
        {QStringLiteral("nodeSelector"),
         QJsonObject{{QStringLiteral("kubernetes.io/hostname"), QStringLiteral("n1")}}},
        {QStringLiteral("dataRaidGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("blockDevices"),
                                 devices({QStringLiteral("bd-a"), QStringLiteral("bd-b")})}}}}};
    return QJsonObject{
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("pools"), QJsonArray{other, mine}}}}};
}

QJsonObject blockDevice(const QString &name, const QString &node, qint64 bytes,
                        const QString &claimState, const QString &state = QStringLiteral("Active"))
{
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("nodeAttributes"), QJsonObject{{QStringLiteral("nodeName"), node}}},
             {QStringLiteral("capacity"),
              QJsonObject{{QStringLiteral("storage"), double(bytes)}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("claimState"), claimState},
                                               {QStringLiteral("state"), state}}}};
}

QJsonObject claim(const QString &device, const QString &predecessor = {})
{
    QJsonObject metadata{{QStringLiteral("name"), QStringLiteral("bdc-cstor-") + device}};
    if (!predecessor.isEmpty())
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject{{QStringLiteral("openebs.io/bd-predecessor"), predecessor}});
    return QJsonObject{
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("blockDeviceName"), device}}}};
}

DiskReplacementPlanner::Input input(const QString &type, const QStringList &failed)
{
    DiskReplacementPlanner::Input in;
    in.pool = QStringLiteral("cspc-x1");
    in.cspi = cspi(type, failed);
    in.cspc = cspc();
    in.blockDevices = {
        blockDevice(QStringLiteral("bd-a"), QStringLiteral("n1"), 10 * kGiB,
                    QStringLiteral("Claimed")),
        blockDevice(QStringLiteral("bd-b"), QStringLiteral("n1"), 10 * kGiB,
                    QStringLiteral("Claimed")),
        blockDevice(QStringLiteral("bd-small"), QStringLiteral("n1"), 5 * kGiB,
                    QStringLiteral("Unclaimed")),
        blockDevice(QStringLiteral("bd-big"), QStringLiteral("n1"), 20 * kGiB,
                    QStringLiteral("Unclaimed")),
        blockDevice(QStringLiteral("bd-fit"), QStringLiteral("n1"), 10 * kGiB,
                    QStringLiteral("Unclaimed")),
        blockDevice(QStringLiteral("bd-away"), QStringLiteral("n0"), 10 * kGiB,
                    QStringLiteral("Unclaimed")),
    };
    in.claims = {claim(QStringLiteral("bd-a")), claim(QStringLiteral("bd-b"))};
    return in;
}

} // namespace

class TestDiskReplacementPlanner : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheFailedDiskByTheSmallestSpareThatFits();
    void takesTheSpareAskedFor();
    void refusesSparesThatCannotTakeThePlace_data();
    void refusesSparesThatCannotTakeThePlace();
    void refusesAStripePoolWithTheWayOut();
    void refusesAGroupPastItsRedundancy();
    void refusesAWorkingDiskWhileItsPartnerFailed();
    void saysWhenNoSpareFits();
    void followsAReplacementUnderWay();
    void nothingToDoWithoutAFailedDisk();
    void unknownPoolSuggestsNames();
    void doneOnlyWhenPlacedResilveredAndOnline();
};

void TestDiskReplacementPlanner::replacesTheFailedDiskByTheSmallestSpareThatFits()
{
    const DiskReplacementPlan plan =
        DiskReplacementPlanner::plan(input(QStringLiteral("mirror"), {QStringLiteral("bd-b")}));
    QCOMPARE(plan.kind, Kind::Replace);
    QCOMPARE(plan.disk, QStringLiteral("bd-b"));
    QCOMPARE(plan.replacement, QStringLiteral("bd-fit"));
    QCOMPARE(plan.node, QStringLiteral("n1"));
    QCOMPARE(plan.poolCluster, QStringLiteral("cspc"));
    QStringList spares;
    for (const Recovery::BlockDeviceInfo &spare : plan.spares)
        spares << spare.name;
    QCOMPARE(spares, (QStringList{QStringLiteral("bd-fit"), QStringLiteral("bd-big")}));
    // The second pool spec of the CSPC, first raid group, second disk; tested before replaced.
    const QString path = QStringLiteral("/spec/pools/1/dataRaidGroups/0/blockDevices/1/"
                                        "blockDeviceName");
    QCOMPARE(plan.patch.size(), 2);
    QCOMPARE(plan.patch.at(0).toObject().value(QLatin1String("op")).toString(),
             QStringLiteral("test"));
    QCOMPARE(plan.patch.at(0).toObject().value(QLatin1String("path")).toString(), path);
    QCOMPARE(plan.patch.at(0).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("bd-b"));
    QCOMPARE(plan.patch.at(1).toObject().value(QLatin1String("op")).toString(),
             QStringLiteral("replace"));
    QCOMPARE(plan.patch.at(1).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("bd-fit"));
}

void TestDiskReplacementPlanner::takesTheSpareAskedFor()
{
    DiskReplacementPlanner::Input in = input(QStringLiteral("raidz"), {QStringLiteral("bd-a")});
    in.replacement = QStringLiteral("bd-big");
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::Replace);
    QCOMPARE(plan.disk, QStringLiteral("bd-a"));
    QCOMPARE(plan.replacement, QStringLiteral("bd-big"));
}

void TestDiskReplacementPlanner::refusesSparesThatCannotTakeThePlace_data()
{
    QTest::addColumn<QString>("spare");
    QTest::addColumn<QString>("why");
    QTest::newRow("smaller") << QStringLiteral("bd-small") << QStringLiteral("is smaller than");
    QTest::newRow("other node") << QStringLiteral("bd-away")
                                << QStringLiteral("is on node n0, not on the pool's node n1");
    QTest::newRow("claimed") << QStringLiteral("bd-a") << QStringLiteral("bd-a is Claimed");
    QTest::newRow("typo") << QStringLiteral("bd-bgi") << QStringLiteral("did you mean");
}

void TestDiskReplacementPlanner::refusesSparesThatCannotTakeThePlace()
{
    QFETCH(QString, spare);
    QFETCH(QString, why);
    DiskReplacementPlanner::Input in = input(QStringLiteral("mirror"), {QStringLiteral("bd-b")});
    in.replacement = spare;
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.contains(why), qPrintable(plan.why));
    QVERIFY(plan.patch.isEmpty());
}

void TestDiskReplacementPlanner::refusesAStripePoolWithTheWayOut()
{
    const DiskReplacementPlan plan =
        DiskReplacementPlanner::plan(input(QStringLiteral("stripe"), {QStringLiteral("bd-b")}));
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.contains(QStringLiteral("only in mirror and raidz")), qPrintable(plan.why));
    QVERIFY(!plan.options.isEmpty());
    QVERIFY(plan.options.constFirst().contains(QStringLiteral("cstor-console drain n1")));
}

void TestDiskReplacementPlanner::refusesAGroupPastItsRedundancy()
{
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(
        input(QStringLiteral("mirror"), {QStringLiteral("bd-a"), QStringLiteral("bd-b")}));
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.contains(QStringLiteral("cannot serve its data")), qPrintable(plan.why));
}

void TestDiskReplacementPlanner::refusesAWorkingDiskWhileItsPartnerFailed()
{
    DiskReplacementPlanner::Input in = input(QStringLiteral("mirror"), {QStringLiteral("bd-b")});
    in.disk = QStringLiteral("bd-a");
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.contains(QStringLiteral("replace bd-b first")), qPrintable(plan.why));
}

void TestDiskReplacementPlanner::saysWhenNoSpareFits()
{
    DiskReplacementPlanner::Input in = input(QStringLiteral("mirror"), {QStringLiteral("bd-b")});
    in.blockDevices.removeIf([](const QJsonObject &bd) {
        const QString name = DiskReplacementPlanner::blockDevice(bd).name;
        return name == QLatin1String("bd-fit") || name == QLatin1String("bd-big");
    });
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::Refused);
    QVERIFY2(plan.why.contains(QStringLiteral("node n1 has no unclaimed Active block device")),
             qPrintable(plan.why));
    QVERIFY(plan.options.constFirst().contains(QStringLiteral("attach a disk")));
}

void TestDiskReplacementPlanner::followsAReplacementUnderWay()
{
    // The webhook accepted bd-fit for bd-b: its claim names the predecessor, the CSPI still has
    // bd-b (the CSPC operator has not acted yet).
    DiskReplacementPlanner::Input in = input(QStringLiteral("mirror"), {QStringLiteral("bd-b")});
    in.claims << claim(QStringLiteral("bd-fit"), QStringLiteral("bd-b"));
    DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::InProgress);
    QCOMPARE(plan.disk, QStringLiteral("bd-b"));
    QCOMPARE(plan.replacement, QStringLiteral("bd-fit"));
    QVERIFY(plan.patch.isEmpty());

    in = input(QStringLiteral("mirror"), {});
    in.cspi = cspi(QStringLiteral("mirror"), {}, true);
    plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::InProgress);
}

void TestDiskReplacementPlanner::nothingToDoWithoutAFailedDisk()
{
    const DiskReplacementPlan plan =
        DiskReplacementPlanner::plan(input(QStringLiteral("mirror"), {}));
    QCOMPARE(plan.kind, Kind::NothingToDo);
}

void TestDiskReplacementPlanner::unknownPoolSuggestsNames()
{
    DiskReplacementPlanner::Input in;
    in.pool = QStringLiteral("cspc-x2");
    in.poolNames = {QStringLiteral("cspc-x1"), QStringLiteral("other-pool")};
    const DiskReplacementPlan plan = DiskReplacementPlanner::plan(in);
    QCOMPARE(plan.kind, Kind::NotFound);
    QVERIFY2(plan.why.contains(QStringLiteral("did you mean cspc-x1")), qPrintable(plan.why));
}

void TestDiskReplacementPlanner::doneOnlyWhenPlacedResilveredAndOnline()
{
    QJsonObject pool = cspi(QStringLiteral("mirror"), {}, true);
    DiskReplacementPlan plan;
    plan.disk = QStringLiteral("bd-c");
    plan.replacement = QStringLiteral("bd-b");
    QCOMPARE(DiskReplacementPlanner::stage(pool, plan), DiskReplacementPlanner::Stage::Resilvering);
    plan.replacement = QStringLiteral("bd-new");
    QCOMPARE(DiskReplacementPlanner::stage(pool, plan),
             DiskReplacementPlanner::Stage::WaitingForSpec);
    plan.replacement = QStringLiteral("bd-b");
    QVERIFY(DiskReplacementPlanner::inSpec(pool, QStringLiteral("bd-c"), QStringLiteral("bd-b")));
    QVERIFY(!DiskReplacementPlanner::inSpec(pool, QStringLiteral("bd-a"), QStringLiteral("bd-b")));
    QJsonObject status = pool.value(QLatin1String("status")).toObject();
    status.insert(
        QStringLiteral("conditions"),
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("DiskReplacement")},
                               {QStringLiteral("status"), QStringLiteral("False")}}});
    pool.insert(QStringLiteral("status"), status);
    QCOMPARE(DiskReplacementPlanner::stage(pool, plan), DiskReplacementPlanner::Stage::Done);
    status.insert(QStringLiteral("phase"), QStringLiteral("DEGRADED"));
    pool.insert(QStringLiteral("status"), status);
    QCOMPARE(DiskReplacementPlanner::stage(pool, plan), DiskReplacementPlanner::Stage::Resilvering);
    QVERIFY(!DiskReplacementPlanner::resilvering(pool));
}

QTEST_APPLESS_MAIN(TestDiskReplacementPlanner)
#include "tst_diskreplacementplanner.moc"
