#include "models/recovery/diskreplacementplanner.h"

#include "models/cstor/capacity.h"
#include "models/cstor/raidgroups.h"
#include "models/json/fields.h"
#include "models/planning/namesuggestions.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Recovery {

namespace {

using Json::child;
using Json::text;

QJsonObject condition(const QJsonObject &cspi, const QString &type)
{
    for (const QJsonValue &value :
         child(cspi, "status").value(QLatin1String("conditions")).toArray()) {
        if (text(value.toObject(), "type") == type)
            return value.toObject();
    }
    return {};
}

bool spareOrder(const BlockDeviceInfo &a, const BlockDeviceInfo &b)
{
    return a.bytes != b.bytes ? a.bytes < b.bytes : a.name < b.name;
}

} // namespace

BlockDeviceInfo DiskReplacementPlanner::blockDevice(const QJsonObject &object)
{
    BlockDeviceInfo bd;
    const QJsonObject spec = child(object, "spec");
    bd.name = text(child(object, "metadata"), "name");
    bd.node = text(child(spec, "nodeAttributes"), "nodeName");
    if (bd.node.isEmpty())
        bd.node = text(child(child(object, "metadata"), "labels"), "kubernetes.io/hostname");
    const QJsonValue storage = child(spec, "capacity").value(QLatin1String("storage"));
    bd.bytes = storage.isString() ? Cstor::Capacity::parseQuantity(storage.toString()).value_or(0)
                                  : qint64(storage.toDouble());
    bd.claimState = text(child(object, "status"), "claimState");
    bd.state = text(child(object, "status"), "state");
    return bd;
}

QStringList DiskReplacementPlanner::failedDisks(const QJsonObject &cspi)
{
    // "Following disks [a b] are unavailable/faulted"
    const QJsonObject unavailable = condition(cspi, QStringLiteral("DiskUnavailable"));
    if (text(unavailable, "status") != QLatin1String("True"))
        return {};
    static const QRegularExpression kList(QStringLiteral("\\[([^\\]]*)\\]"));
    const QRegularExpressionMatch match = kList.match(text(unavailable, "message"));
    return match.hasMatch() ? match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                            : QStringList();
}

bool DiskReplacementPlanner::resilvering(const QJsonObject &cspi)
{
    return text(condition(cspi, QStringLiteral("DiskReplacement")), "status") ==
           QLatin1String("True");
}

bool DiskReplacementPlanner::inSpec(const QJsonObject &cspi, const QString &disk,
                                    const QString &replacement)
{
    bool hasReplacement = false;
    for (const QStringList &group : Cstor::RaidGroups::groups(child(cspi, "spec"))) {
        if (group.contains(disk))
            return false;
        hasReplacement = hasReplacement || group.contains(replacement);
    }
    return hasReplacement;
}

DiskReplacementPlanner::Stage DiskReplacementPlanner::stage(const QJsonObject &cspi,
                                                            const DiskReplacementPlan &plan)
{
    // A replacement found under way without its claim: only the pool's condition counts.
    const bool placed = plan.replacement.isEmpty() || inSpec(cspi, plan.disk, plan.replacement);
    if (!placed)
        return Stage::WaitingForSpec;
    // Done once the pool manager has said so (CO pool_operations Update: the condition False,
    // BlockDeviceReplacementSucceess) and the pool is ONLINE.
    const QJsonObject replaced = condition(cspi, QStringLiteral("DiskReplacement"));
    const bool over = !replaced.isEmpty() && text(replaced, "status") == QLatin1String("False");
    return over && text(child(cspi, "status"), "phase") == QLatin1String("ONLINE")
               ? Stage::Done
               : Stage::Resilvering;
}

void DiskReplacementPlanner::refuse(DiskReplacementPlan *plan, const QString &why,
                                    const QStringList &options)
{
    plan->kind = DiskReplacementPlan::Kind::Refused;
    plan->why = why;
    plan->options = options;
}

QStringList DiskReplacementPlanner::drainOptions(const DiskReplacementPlan &plan)
{
    return {tr("move the replicas off node %1 once their volumes have Healthy replicas "
               "elsewhere: cstor-console drain %1")
                .arg(plan.node),
            tr("then remove the pool spec of node %1 from CStorPoolCluster %2 and add one "
               "with working disks")
                .arg(plan.node, plan.poolCluster)};
}

DiskReplacementPlan DiskReplacementPlanner::plan(const Input &input)
{
    DiskReplacementPlan plan;
    plan.pool = input.pool;
    if (input.cspi.isEmpty()) {
        plan.why = tr("no CStorPoolInstance \"%1\"").arg(input.pool) +
                   Migration::NameSuggestions::didYouMean(input.pool, input.poolNames);
        return plan;
    }
    const QJsonObject spec = child(input.cspi, "spec");
    plan.node = text(spec, "hostName");
    plan.poolCluster =
        text(child(child(input.cspi, "metadata"), "labels"), "openebs.io/cstor-pool-cluster");
    plan.raidType = text(child(spec, "poolConfig"), "dataRaidGroupType");
    plan.phase = text(child(input.cspi, "status"), "phase");
    plan.failedDisks = failedDisks(input.cspi);
    const QList<QStringList> groups = Cstor::RaidGroups::groups(spec);
    const QStringList poolDisks = Cstor::RaidGroups::allDevices(spec);

    // A replacement the webhook accepted: the new disk's claim names its predecessor until the
    // pool manager has resilvered it (CO pool_utils cleanUpReplacementMarks).
    for (const QJsonObject &claim : input.claims) {
        const QString predecessor = child(child(claim, "metadata"), "annotations")
                                        .value(Cstor::RaidGroups::kPredecessorAnnotation)
                                        .toString();
        if (!predecessor.isEmpty() && poolDisks.contains(predecessor)) {
            plan.kind = DiskReplacementPlan::Kind::InProgress;
            plan.disk = predecessor;
            plan.replacement = text(child(claim, "spec"), "blockDeviceName");
        }
    }
    if (plan.kind != DiskReplacementPlan::Kind::InProgress && resilvering(input.cspi))
        plan.kind = DiskReplacementPlan::Kind::InProgress;
    if (plan.kind == DiskReplacementPlan::Kind::InProgress) {
        plan.why = text(condition(input.cspi, QStringLiteral("DiskReplacement")), "message");
        return plan;
    }

    plan.disk = input.disk;
    if (plan.disk.isEmpty()) {
        for (const QString &failed : std::as_const(plan.failedDisks)) {
            if (poolDisks.contains(failed)) {
                plan.disk = failed;
                break;
            }
        }
    }
    if (plan.disk.isEmpty()) {
        plan.kind = DiskReplacementPlan::Kind::NothingToDo;
        plan.why = tr("no disk of pool %1 has failed").arg(plan.pool);
        return plan;
    }
    if (!poolDisks.contains(plan.disk)) {
        refuse(&plan, tr("block device %1 is not a disk of pool %2 (its disks: %3)")
                              .arg(plan.disk, plan.pool, poolDisks.join(QStringLiteral(", "))) +
                          Migration::NameSuggestions::didYouMean(plan.disk, poolDisks));
        return plan;
    }
    if (plan.raidType != QLatin1String("mirror") &&
        !plan.raidType.startsWith(QLatin1String("raidz"))) {
        refuse(
            &plan,
            tr("pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz "
               "pools, and a stripe pool loses the data of a failed disk")
                .arg(plan.pool, plan.raidType.isEmpty() ? QStringLiteral("stripe") : plan.raidType),
            drainOptions(plan));
        return plan;
    }
    for (const QStringList &group : groups) {
        if (!group.contains(plan.disk))
            continue;
        QStringList failedHere;
        for (const QString &disk : group) {
            if (plan.failedDisks.contains(disk))
                failedHere << disk;
        }
        if (failedHere.size() > Cstor::RaidGroups::tolerance(plan.raidType, int(group.size()))) {
            refuse(&plan,
                   tr("disks %1 of the same raid group of pool %2 failed: the pool cannot "
                      "serve its data, so no new disk can be resilvered from it")
                       .arg(failedHere.join(QStringLiteral(", ")), plan.pool),
                   drainOptions(plan));
            return plan;
        }
        if (!failedHere.isEmpty() && !failedHere.contains(plan.disk)) {
            refuse(&plan, tr("block device %1 works while %2 of its raid group has failed: "
                             "replacing it would leave the group without a working copy "
                             "during the resilver; replace %2 first")
                              .arg(plan.disk, failedHere.constFirst()));
            return plan;
        }
    }

    // Where the disk sits in the CSPC: the path of the edit.
    const QJsonArray pools = child(input.cspc, "spec").value(QLatin1String("pools")).toArray();
    for (qsizetype i = 0; i < pools.size() && plan.path.isEmpty(); ++i) {
        const QList<QStringList> specGroups = Cstor::RaidGroups::groups(pools.at(i).toObject());
        for (qsizetype g = 0; g < specGroups.size() && plan.path.isEmpty(); ++g) {
            const qsizetype d = specGroups.at(g).indexOf(plan.disk);
            if (d >= 0)
                plan.path = QStringLiteral("/spec/pools/%1/dataRaidGroups/%2/blockDevices/%3/"
                                           "blockDeviceName")
                                .arg(i)
                                .arg(g)
                                .arg(d);
        }
    }
    if (plan.path.isEmpty()) {
        refuse(&plan, tr("block device %1 is not in the spec of CStorPoolCluster %2")
                          .arg(plan.disk, plan.poolCluster));
        return plan;
    }

    // Upstream compares capacities (CO webhook validateNewBDCapacity): the old disk's
    // BlockDevice must be there.
    QList<BlockDeviceInfo> devices;
    for (const QJsonObject &object : input.blockDevices)
        devices << blockDevice(object);
    const auto old = std::find_if(devices.cbegin(), devices.cend(),
                                  [&](const BlockDeviceInfo &bd) { return bd.name == plan.disk; });
    if (old == devices.cend()) {
        refuse(
            &plan,
            tr("there is no BlockDevice %1 to compare a replacement's size with").arg(plan.disk));
        return plan;
    }
    QStringList claimed;
    for (const QJsonObject &claim : input.claims)
        claimed << text(child(claim, "spec"), "blockDeviceName");
    QStringList nodeDevices;
    for (const BlockDeviceInfo &bd : std::as_const(devices)) {
        if (bd.node != plan.node)
            continue;
        nodeDevices << bd.name;
        if (bd.claimState == QLatin1String("Unclaimed") && bd.state == QLatin1String("Active") &&
            bd.bytes >= old->bytes && !claimed.contains(bd.name))
            plan.spares << bd;
    }
    std::sort(plan.spares.begin(), plan.spares.end(), spareOrder);

    if (!input.replacement.isEmpty()) {
        const auto chosen =
            std::find_if(devices.cbegin(), devices.cend(),
                         [&](const BlockDeviceInfo &bd) { return bd.name == input.replacement; });
        if (chosen == devices.cend()) {
            refuse(&plan,
                   tr("no BlockDevice \"%1\"").arg(input.replacement) +
                       Migration::NameSuggestions::didYouMean(input.replacement, nodeDevices));
        } else if (chosen->node != plan.node) {
            refuse(&plan, tr("block device %1 is on node %2, not on the pool's node %3")
                              .arg(chosen->name, chosen->node, plan.node));
        } else if (chosen->claimState != QLatin1String("Unclaimed") ||
                   claimed.contains(chosen->name)) {
            refuse(&plan,
                   tr("block device %1 is %2: only an unclaimed disk can take the "
                      "place of another")
                       .arg(chosen->name, chosen->claimState.isEmpty() ? QStringLiteral("claimed")
                                                                       : chosen->claimState));
        } else if (chosen->state != QLatin1String("Active")) {
            refuse(&plan, tr("block device %1 is %2, not Active").arg(chosen->name, chosen->state));
        } else if (chosen->bytes < old->bytes) {
            refuse(&plan, tr("block device %1 (%2) is smaller than %3 (%4)")
                              .arg(chosen->name, Cstor::Capacity::formatBytes(chosen->bytes),
                                   old->name, Cstor::Capacity::formatBytes(old->bytes)));
        } else {
            plan.replacement = chosen->name;
        }
        if (plan.kind == DiskReplacementPlan::Kind::Refused)
            return plan;
    } else if (plan.spares.isEmpty()) {
        refuse(&plan,
               tr("node %1 has no unclaimed Active block device of at least %2 to take the "
                  "place of %3")
                   .arg(plan.node, Cstor::Capacity::formatBytes(old->bytes), plan.disk),
               QStringList{tr("attach a disk of at least %1 to node %2; once NDM lists it as "
                              "an Unclaimed BlockDevice, run this again")
                               .arg(Cstor::Capacity::formatBytes(old->bytes), plan.node)} +
                   drainOptions(plan));
        return plan;
    } else {
        plan.replacement = plan.spares.constFirst().name;
    }

    plan.kind = DiskReplacementPlan::Kind::Replace;
    plan.patch = QJsonArray{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                    {QStringLiteral("path"), plan.path},
                    {QStringLiteral("value"), plan.disk}},
        QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                    {QStringLiteral("path"), plan.path},
                    {QStringLiteral("value"), plan.replacement}},
    };
    return plan;
}

} // namespace Recovery
