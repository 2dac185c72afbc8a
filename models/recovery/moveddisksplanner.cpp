#include "models/recovery/moveddisksplanner.h"

#include "models/cstor/raidgroups.h"
#include "models/json/fields.h"
#include "models/planning/namesuggestions.h"
#include "models/recovery/diskreplacementplanner.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace Recovery {

namespace {

using Json::child;
using Json::text;

const QString kHostLabel = QStringLiteral("kubernetes.io/hostname");

QString hostLabel(const QJsonObject &object)
{
    return child(child(object, "metadata"), "labels").value(kHostLabel).toString();
}

QString hostOfSelector(const QJsonObject &pool)
{
    return child(pool, "nodeSelector").value(kHostLabel).toString();
}

} // namespace

MovedDisksPlanner::NodeInfo MovedDisksPlanner::node(const QJsonObject &object)
{
    NodeInfo info;
    info.name = text(child(object, "metadata"), "name");
    info.unschedulable = child(object, "spec").value(QLatin1String("unschedulable")).toBool();
    for (const QJsonValue &value :
         child(object, "status").value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (text(condition, "type") == QLatin1String("Ready"))
            info.ready = text(condition, "status") == QLatin1String("True");
    }
    return info;
}

void MovedDisksPlanner::refuse(MovedDisksPlan *plan, const QString &why, const QStringList &options)
{
    plan->kind = MovedDisksPlan::Kind::Refused;
    plan->why = why;
    plan->options = options;
}

MovedDisksPlanner::Stage MovedDisksPlanner::stage(const QJsonObject &cspi, const QString &newNode)
{
    if (text(child(cspi, "spec"), "hostName") != newNode)
        return Stage::WaitingForOperator;
    if (text(child(cspi, "status"), "phase") != QLatin1String("ONLINE"))
        return Stage::Importing;
    if (hostLabel(cspi) != newNode)
        return Stage::LabelToSet;
    return Stage::Done;
}

MovedDisksPlanner::Whereabouts MovedDisksPlanner::locate(const QString &pool,
                                                         const QJsonObject &spec,
                                                         const QList<QJsonObject> &blockDevices)
{
    Whereabouts where;
    QStringList diskNodes;
    QStringList whereabouts;
    for (const QString &name : Cstor::RaidGroups::allDevices(spec)) {
        const auto found =
            std::find_if(blockDevices.cbegin(), blockDevices.cend(), [&](const QJsonObject &bd) {
                return text(child(bd, "metadata"), "name") == name;
            });
        if (found == blockDevices.cend()) {
            where.refusal = Refusal{
                tr("block device %1 of pool %2 is not in the cluster: node-disk-manager has "
                   "not found it on any node")
                    .arg(name, pool),
                {tr("attach the disk to a node and wait until node-disk-manager lists it "
                    "(kubectl get bd)")}};
            return where;
        }
        const BlockDeviceInfo disk = DiskReplacementPlanner::blockDevice(*found);
        where.disks.append(disk);
        whereabouts.append(tr("%1 on %2").arg(disk.name, disk.node));
        if (!diskNodes.contains(disk.node))
            diskNodes.append(disk.node);
    }
    if (diskNodes.isEmpty()) {
        where.refusal = Refusal{tr("pool %1 names no block device").arg(pool), {}};
    } else if (diskNodes.size() > 1) {
        where.refusal = Refusal{tr("the disks of pool %1 are on several nodes (%2): a pool "
                                   "imports only on a node that has all of its disks")
                                    .arg(pool, whereabouts.join(QStringLiteral(", "))),
                                {tr("attach all of them to one node, then run this again")}};
    } else {
        where.node = diskNodes.first();
    }
    return where;
}

std::optional<MovedDisksPlanner::Refusal> MovedDisksPlanner::nodeRefusal(const Input &input,
                                                                         const QString &node)
{
    const auto found = std::find_if(input.nodes.cbegin(), input.nodes.cend(),
                                    [&](const NodeInfo &info) { return info.name == node; });
    if (found == input.nodes.cend())
        return Refusal{
            tr("node %1, where node-disk-manager found the disks, is not in the cluster").arg(node),
            {}};
    if (!found->ready)
        return Refusal{tr("node %1 is not Ready: the pool cannot start there").arg(node),
                       {tr("bring node %1 back, then run this again").arg(node)}};
    if (found->unschedulable)
        return Refusal{
            tr("node %1 is cordoned: the pool's pod cannot be scheduled there").arg(node),
            {tr("kubectl uncordon %1, then run this again").arg(node)}};
    return std::nullopt;
}

std::variant<MovedDisksPlan, MovedDisksPlanner::Refusal>
MovedDisksPlanner::alongside(const Input &input, int index)
{
    const QJsonObject poolSpec =
        child(input.cspc, "spec").value(QLatin1String("pools")).toArray().at(index).toObject();
    const QStringList specDevices = Cstor::RaidGroups::allDevices(poolSpec);
    // Its CSPI: the same node selector, else a disk in common (CO syncCSPIWithCSPC).
    const auto cspi = std::find_if(
        input.clusterPools.cbegin(), input.clusterPools.cend(), [&](const QJsonObject &object) {
            const QJsonObject spec = child(object, "spec");
            if (child(spec, "nodeSelector") == child(poolSpec, "nodeSelector"))
                return true;
            const QStringList devices = Cstor::RaidGroups::allDevices(spec);
            return std::any_of(devices.cbegin(), devices.cend(),
                               [&](const QString &device) { return specDevices.contains(device); });
        });
    if (cspi == input.clusterPools.cend())
        return Refusal{tr("no pool (CStorPoolInstance) of that pool spec was found"), {}};
    MovedDisksPlan other;
    other.pool = text(child(*cspi, "metadata"), "name");
    other.poolCluster = text(child(input.cspc, "metadata"), "name");
    other.oldNode = hostOfSelector(poolSpec);
    other.phase = text(child(*cspi, "status"), "phase");
    other.poolIndex = index;
    const Whereabouts where = locate(other.pool, child(*cspi, "spec"), input.blockDevices);
    if (where.refusal)
        return *where.refusal;
    if (const std::optional<Refusal> refusal = nodeRefusal(input, where.node))
        return *refusal;
    other.kind = MovedDisksPlan::Kind::Repoint;
    other.disks = where.disks;
    other.newNode = where.node;
    return other;
}

MovedDisksPlan MovedDisksPlanner::plan(const Input &input)
{
    MovedDisksPlan plan;
    plan.pool = input.pool;
    if (input.cspi.isEmpty()) {
        plan.why = tr("no pool (CStorPoolInstance) named %1%2")
                       .arg(input.pool,
                            Migration::NameSuggestions::didYouMean(input.pool, input.poolNames));
        return plan;
    }
    const QJsonObject spec = child(input.cspi, "spec");
    plan.oldNode = text(spec, "hostName");
    if (plan.oldNode.isEmpty())
        plan.oldNode = hostLabel(input.cspi);
    plan.poolCluster = child(child(input.cspi, "metadata"), "labels")
                           .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                           .toString();
    plan.phase = text(child(input.cspi, "status"), "phase");

    // Where NDM found each disk of the pool.
    const Whereabouts where = locate(plan.pool, spec, input.blockDevices);
    plan.disks = where.disks;
    if (where.refusal) {
        refuse(&plan, *where.refusal);
        return plan;
    }
    plan.newNode = where.node;

    // The pool spec of this CSPI: the same node selector, else a disk in common (CO
    // syncCSPIWithCSPC).
    const QStringList devices = Cstor::RaidGroups::allDevices(spec);
    const QJsonArray pools = child(input.cspc, "spec").value(QLatin1String("pools")).toArray();
    for (int i = 0; i < pools.size() && plan.poolIndex < 0; ++i) {
        const QJsonObject pool = pools.at(i).toObject();
        bool shared = child(pool, "nodeSelector") == child(spec, "nodeSelector");
        for (const QString &name : Cstor::RaidGroups::allDevices(pool))
            shared = shared || devices.contains(name);
        if (shared)
            plan.poolIndex = i;
    }
    if (plan.poolIndex < 0) {
        refuse(&plan, tr("no pool spec of CStorPoolCluster %1 names the node or the disks of "
                         "pool %2")
                          .arg(plan.poolCluster, plan.pool));
        return plan;
    }
    const QString specNode = hostOfSelector(pools.at(plan.poolIndex).toObject());
    if (specNode.isEmpty()) {
        refuse(&plan,
               tr("the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels "
                  "than kubernetes.io/hostname")
                   .arg(plan.pool, plan.poolCluster),
               {tr("edit its nodeSelector by hand: kubectl edit cspc %1").arg(plan.poolCluster)});
        return plan;
    }
    if (specNode == plan.newNode) {
        if (plan.oldNode == plan.newNode && hostLabel(input.cspi) == plan.newNode) {
            plan.kind = MovedDisksPlan::Kind::NothingToDo;
            plan.why = tr("the disks of pool %1 are on its node %2").arg(plan.pool, plan.newNode);
        } else {
            plan.kind = MovedDisksPlan::Kind::InProgress;
        }
        return plan;
    }

    // What the webhook and the operators need before the pool spec may change.
    if (const std::optional<Refusal> refusal = nodeRefusal(input, plan.newNode)) {
        refuse(&plan, *refusal);
        return plan;
    }
    QStringList staying; // the nodes of the pool specs that keep theirs
    for (int i = 0; i < pools.size(); ++i) {
        const QString other = hostOfSelector(pools.at(i).toObject());
        if (i == plan.poolIndex || other.isEmpty())
            continue;
        const bool gone = std::none_of(input.nodes.cbegin(), input.nodes.cend(),
                                       [&](const NodeInfo &info) { return info.name == other; });
        if (!gone) {
            staying << other;
            continue;
        }
        const std::variant<MovedDisksPlan, Refusal> companion = alongside(input, i);
        if (const Refusal *refusal = std::get_if<Refusal>(&companion)) {
            refuse(&plan,
                   tr("another pool spec of CStorPoolCluster %1 names node %2, which is gone, and "
                      "its pool cannot follow its disks in the same edit (%3): the admission "
                      "webhook refuses every edit of the pool cluster until no pool spec names a "
                      "node that is gone")
                       .arg(plan.poolCluster, other, refusal->why),
                   refusal->options +
                       QStringList{tr("or point every such pool spec at its new node in one "
                                      "edit by hand: kubectl edit cspc %1")
                                       .arg(plan.poolCluster)});
            plan.alongside.clear();
            return plan;
        }
        plan.alongside.append(std::get<MovedDisksPlan>(companion));
    }
    QStringList newNodes{plan.newNode};
    for (const MovedDisksPlan &other : std::as_const(plan.alongside))
        newNodes << other.newNode;
    for (int i = 0; i < newNodes.size(); ++i) {
        if (staying.contains(newNodes.at(i)) || newNodes.indexOf(newNodes.at(i)) != i) {
            refuse(&plan, tr("node %1 already has a pool of CStorPoolCluster %2: a pool cluster "
                             "has one pool per node")
                              .arg(newNodes.at(i), plan.poolCluster));
            plan.alongside.clear();
            return plan;
        }
    }
    const int provisioned =
        child(input.cspc, "status").value(QLatin1String("provisionedInstances")).toInt();
    if (provisioned != pools.size()) {
        refuse(&plan,
               tr("CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would "
                  "create a new pool on node %4 instead of moving this one")
                   .arg(plan.poolCluster)
                   .arg(provisioned)
                   .arg(pools.size())
                   .arg(plan.newNode),
               {tr("wait until every pool of the cluster is provisioned (kubectl get cspc)")});
        plan.alongside.clear();
        return plan;
    }
    plan.kind = MovedDisksPlan::Kind::Repoint;
    const auto repoint = [&](int index, const QString &from, const QString &to) {
        const QString path =
            QStringLiteral("/spec/pools/%1/nodeSelector/kubernetes.io~1hostname").arg(index);
        plan.patch.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("value"), from}});
        plan.patch.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("value"), to}});
    };
    repoint(plan.poolIndex, specNode, plan.newNode);
    for (const MovedDisksPlan &other : std::as_const(plan.alongside))
        repoint(other.poolIndex, other.oldNode, other.newNode);
    return plan;
}

} // namespace Recovery
