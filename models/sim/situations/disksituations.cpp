// Situations of the disks under pools.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/clusternodes.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

#include <algorithm>

#include <optional>

namespace Sim {

namespace {

using namespace ClusterPicks;
using namespace ObjectFields;

QString nsOf(SimCluster &cluster, const QString &pool)
{
    for (const QJsonObject &cspi : cluster.store()->list(kCspi)) {
        if (metaString(cspi, QStringLiteral("name")) == pool)
            return metaString(cspi, QStringLiteral("namespace"));
    }
    return QStringLiteral("openebs");
}

// A dead disk under a mirror or raidz pool that holds replicas (faults: failedDisks): the vdev
// faults, the pool goes DEGRADED with the DiskUnavailable condition (CO cspi-controller
// addDiskUnavailableCondition) and its replicas keep serving; the way out is upstream's block
// device replacement through the CSPC (a spare disk of the node).
std::variant<SituationScript, QString> failedDisk(SimCluster &cluster)
{
    std::optional<std::pair<QString, QString>> chosen; // pool, disk
    for (const QJsonObject &cspi : cluster.store()->list(kCspi)) {
        const QJsonObject spec = child(cspi, QStringLiteral("spec"));
        const QString type = child(spec, QStringLiteral("poolConfig"))
                                 .value(QLatin1String("dataRaidGroupType"))
                                 .toString();
        if (type != QLatin1String("mirror") && type != QLatin1String("raidz"))
            continue;
        const QString pool = metaString(cspi, QStringLiteral("name"));
        bool holdsReplicas = false;
        for (const QJsonObject &cvr : cluster.store()->list(kCvr)) {
            if (label(cvr, kPoolLabel) == pool) {
                holdsReplicas = true;
                break;
            }
        }
        const QJsonArray groups = spec.value(QLatin1String("dataRaidGroups")).toArray();
        const QJsonArray devices =
            groups.isEmpty()
                ? QJsonArray()
                : groups.first().toObject().value(QLatin1String("blockDevices")).toArray();
        if (!holdsReplicas || devices.isEmpty() ||
            child(cspi, QStringLiteral("status")).value(QLatin1String("phase")).toString() !=
                QLatin1String("ONLINE"))
            continue;
        chosen = std::make_pair(
            pool, devices.last().toObject().value(QLatin1String("blockDeviceName")).toString());
        break;
    }
    if (!chosen)
        return QStringLiteral("needs a mirror or raidz pool (generate with raid=mirror)");
    const QString pool = chosen->first;
    const QString disk = chosen->second;
    const QString ns = nsOf(cluster, pool);
    return SituationScript{
        {QStringLiteral("fail disk %1 of pool %2").arg(disk, pool),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("failedDisks"), disk); },
         [=](SimCluster &c) {
             const auto cspi = c.store()->get(kCspi, ns, pool);
             return cspi && child(*cspi, QStringLiteral("status"))
                                    .value(QLatin1String("phase"))
                                    .toString() == QLatin1String("DEGRADED");
         }},
    };
}

bool holdsReplicas(SimCluster &cluster, const QString &pool)
{
    for (const QJsonObject &cvr : cluster.store()->list(kCvr)) {
        if (label(cvr, kPoolLabel) == pool)
            return true;
    }
    return false;
}

// NDM on the new node finds the disks under their old names (the name comes from the disk's
// serial or WWN) and writes its node into them.
QString attachDisks(SimCluster &cluster, const QString &from, const QString &to)
{
    for (const QJsonObject &bd : cluster.store()->list(NdmObjects::kBd)) {
        if (label(bd, kHostLabel) != from)
            continue;
        QJsonObject object = bd;
        QJsonObject metadata = child(object, QStringLiteral("metadata"));
        QJsonObject labels = child(metadata, QStringLiteral("labels"));
        labels.insert(kHostLabel, to);
        if (labels.contains(QLatin1String("nodename")))
            labels.insert(QStringLiteral("nodename"), to);
        metadata.insert(QStringLiteral("labels"), labels);
        metadata.remove(QStringLiteral("resourceVersion"));
        object.insert(QStringLiteral("metadata"), metadata);
        QJsonObject spec = child(object, QStringLiteral("spec"));
        spec.insert(QStringLiteral("nodeAttributes"),
                    QJsonObject{{QStringLiteral("nodeName"), to}});
        object.insert(QStringLiteral("spec"), spec);
        const auto updated = cluster.store()->update(NdmObjects::kBd, object);
        if (std::holds_alternative<ApiError>(updated))
            return std::get<ApiError>(updated).message;
    }
    return QString();
}

bool poolPodsPending(SimCluster &cluster, const QStringList &pools)
{
    int pending = 0;
    for (const QJsonObject &pod : cluster.store()->list(QStringLiteral("pods"))) {
        if (pools.contains(label(pod, QStringLiteral("openebs.io/cstor-pool-instance"))) &&
            child(pod, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
                QLatin1String("Pending"))
            ++pending;
    }
    return pending == pools.size();
}

bool poolLost(const QJsonObject &cspi)
{
    for (const QJsonValue &condition :
         child(cspi, QStringLiteral("status")).value(QLatin1String("conditions")).toArray()) {
        if (condition[QLatin1String("type")].toString() == QLatin1String("PoolLost") &&
            condition[QLatin1String("status")].toString() == QLatin1String("True"))
            return true;
    }
    return false;
}

// The name of a new node that takes the place of `node`.
QString replacementOf(SimCluster &cluster, const QString &node)
{
    QString replacement = node + QStringLiteral("-new");
    for (int n = 2; cluster.store()->get(QStringLiteral("nodes"), QString(), replacement); ++n)
        replacement = node + QStringLiteral("-new") + QString::number(n);
    return replacement;
}

// A node replaced under its disks (CO docs/troubleshooting/migrate_pool_by_migrating_disks.md):
// the node is lost, a new node takes its place and its disks are attached to the new node. NDM
// moves the block devices (same names, new node); the CSPC, the CSPIs and the pool Deployments
// still name the old node, so the pool pods stay Pending and the pools and their replicas
// offline. The way out is the CSPC pool's node selector pointed at the new node.
// With `nodeComesBack`, the old node is not replaced: its disks were moved to a new node while it
// was down, and it comes back Ready without them; its pool-manager runs there and fails to import
// the pool (PoolLost), the CSPI's phase stays what it was.
std::variant<SituationScript, QString> movedDisks(SimCluster &cluster, bool nodeComesBack)
{
    if (cluster.store()->count(NdmObjects::kBd) == 0)
        return QStringLiteral("needs block devices (a generated cluster has them)");
    QString node;
    for (const QString &pool : pools(cluster)) {
        if (holdsReplicas(cluster, pool)) {
            node = nodeOf(cluster, pool);
            break;
        }
    }
    if (node.isEmpty())
        return QStringLiteral("needs a pool with a replica on it");
    QStringList movedPools;
    for (const QString &pool : ClusterPicks::pools(cluster)) {
        if (nodeOf(cluster, pool) == node)
            movedPools.append(pool);
    }
    const QString replacement = replacementOf(cluster, node);
    if (nodeComesBack) {
        return SituationScript{
            {QStringLiteral("take node %1 down").arg(node),
             [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), node); },
             {}},
            {QStringLiteral("attach the disks of %1 to a new node %2").arg(node, replacement),
             [=](SimCluster &c) {
                 c.clusterNodes()->ensureNode(replacement);
                 return attachDisks(c, node, replacement);
             },
             {}},
            {QStringLiteral("bring node %1 back without its disks").arg(node),
             [=](SimCluster &c) { return removeFault(c, QStringLiteral("downNodes"), node); },
             [=](SimCluster &c) {
                 // The pool-manager runs there and fails to import: PoolLost (its phase stays).
                 for (const QString &pool : movedPools) {
                     const auto cspi = c.store()->get(kCspi, nsOf(c, pool), pool);
                     if (!cspi || !poolLost(*cspi))
                         return false;
                 }
                 return true;
             }},
        };
    }
    return SituationScript{
        {QStringLiteral("lose node %1").arg(node),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), node); },
         {}},
        {QStringLiteral("replace node %1 by %2 and attach its disks to %2").arg(node, replacement),
         [=](SimCluster &c) {
             c.clusterNodes()->ensureNode(replacement);
             if (const QString error = attachDisks(c, node, replacement); !error.isEmpty())
                 return error;
             c.store()->remove(QStringLiteral("nodes"), QString(), node);
             return QString();
         },
         [=](SimCluster &c) { return poolPodsPending(c, movedPools); }},
    };
}

// Two nodes of one pool cluster replaced at once (a node group rolled), each by a new node with
// its disks: while its CSPC names a node that is gone, the webhook refuses every edit of it, so
// the two pool specs can only be pointed at their new nodes in one edit.
std::variant<SituationScript, QString> movedDisksOfTwoNodes(SimCluster &cluster)
{
    if (cluster.store()->count(NdmObjects::kBd) == 0)
        return QStringLiteral("needs block devices (a generated cluster has them)");
    const QStringList all = pools(cluster);
    const auto first = std::find_if(all.cbegin(), all.cend(), [&](const QString &pool) {
        return holdsReplicas(cluster, pool);
    });
    if (first == all.cend())
        return QStringLiteral("needs a pool with a replica on it");
    const QString poolCluster = poolClusterOf(cluster, *first);
    const auto second = std::find_if(all.cbegin(), all.cend(), [&](const QString &pool) {
        return pool != *first && poolClusterOf(cluster, pool) == poolCluster &&
               nodeOf(cluster, pool) != nodeOf(cluster, *first);
    });
    if (second == all.cend())
        return QStringLiteral("needs a pool cluster with pools on two nodes");
    const QStringList nodes{nodeOf(cluster, *first), nodeOf(cluster, *second)};
    const QStringList replacements{replacementOf(cluster, nodes.at(0)),
                                   replacementOf(cluster, nodes.at(1))};
    QStringList movedPools;
    for (const QString &pool : all) {
        if (nodes.contains(nodeOf(cluster, pool)))
            movedPools.append(pool);
    }
    return SituationScript{
        {QStringLiteral("lose nodes %1 and %2").arg(nodes.at(0), nodes.at(1)),
         [=](SimCluster &c) {
             for (const QString &node : nodes) {
                 if (const QString error = addFault(c, QStringLiteral("downNodes"), node);
                     !error.isEmpty())
                     return error;
             }
             return QString();
         },
         {}},
        {QStringLiteral("replace them by %1 and %2, each with the disks of the node it replaces")
             .arg(replacements.at(0), replacements.at(1)),
         [=](SimCluster &c) {
             for (int i = 0; i < nodes.size(); ++i) {
                 c.clusterNodes()->ensureNode(replacements.at(i));
                 if (const QString error = attachDisks(c, nodes.at(i), replacements.at(i));
                     !error.isEmpty())
                     return error;
                 c.store()->remove(QStringLiteral("nodes"), QString(), nodes.at(i));
             }
             return QString();
         },
         [=](SimCluster &c) { return poolPodsPending(c, movedPools); }},
    };
}

} // namespace

QList<Situation> diskSituations()
{
    return {
        {QStringLiteral("failed-disk"),
         QStringLiteral("a disk of a mirror or raidz pool holding replicas fails: the pool is "
                        "DEGRADED, its replicas stay Healthy; replace it with the node's spare "
                        "block device in the CSPC"),
         failedDisk},
        {QStringLiteral("moved-disks"),
         QStringLiteral("the node of a pool holding replicas is replaced by a new node with its "
                        "disks: the pool pods Pending, the pools and replicas offline until the "
                        "CSPC points at the new node"),
         [](SimCluster &cluster) { return movedDisks(cluster, false); }},
        {QStringLiteral("moved-disks-node-back"),
         QStringLiteral("the disks of a pool holding replicas are moved to a new node while their "
                        "node is down, which comes back Ready without them: the pool cannot "
                        "import until the CSPC points at the new node"),
         [](SimCluster &cluster) { return movedDisks(cluster, true); }},
        {QStringLiteral("moved-disks-two-nodes"),
         QStringLiteral("two nodes with pools of one pool cluster are replaced by new nodes with "
                        "their disks: while the CSPC names a gone node the webhook refuses every "
                        "edit, so both pool specs must follow their disks in one edit"),
         movedDisksOfTwoNodes},
    };
}

} // namespace Sim
