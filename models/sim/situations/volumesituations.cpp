// Situations of one volume's replicas: a move stuck half way, a node lost under them, a rollback
// the target refuses, a replica deleted by hand.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

#include <QHash>

#include <optional>

namespace Sim {

namespace {

using namespace ClusterPicks;

// A volume whose replicas are all Healthy, with a spare pool on another node: one of at least
// two replicas first (its quorum outlives one lost voter), else any.
std::optional<std::pair<Volume, QString>> movableVolume(SimCluster &cluster)
{
    std::optional<std::pair<Volume, QString>> single;
    for (const Volume &volume : volumes(cluster)) {
        const QString spare = spareFor(cluster, volume);
        if (volume.pools.isEmpty() || spare.isEmpty() ||
            !allHealthy(cluster, volume, int(volume.pools.size())))
            continue;
        if (volume.pools.size() >= 2)
            return std::make_pair(volume, spare);
        if (!single)
            single = std::make_pair(volume, spare);
    }
    return single;
}

const QString kNoMove = QStringLiteral(
    "needs a volume whose replicas are all Healthy and a pool on a node without one of them");

// The documented migration (add the target pool, wait, remove the source) where the new
// replica's node is lost after the scale-down began: istgt still counts the source among its
// voters (volume-mgmt triggerScaleDownProcess refuses "spec replicas are not in healthy state").
std::variant<SituationScript, QString> stuckScaleDown(SimCluster &cluster)
{
    const auto move = movableVolume(cluster);
    if (!move)
        return kNoMove;
    const Volume volume = move->first;
    const QString target = move->second;
    const int n = int(volume.pools.size());
    const QString source = volume.pools.constFirst();
    QStringList after = volume.pools;
    after.removeOne(source);
    after.append(target);
    return SituationScript{
        {QStringLiteral("add pool %1 to %2").arg(target, volume.name),
         [=](SimCluster &c) { return setPools(c, volume, volume.pools + QStringList{target}); },
         [=](SimCluster &c) {
             return replicationFactor(c, volume) == n + 1 && allHealthy(c, volume, n + 1);
         }},
        {QStringLiteral("lose node %1").arg(nodeOf(cluster, target)),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), nodeOf(c, target)); },
         [=](SimCluster &c) { return replicaModes(c, volume).size() == n; }},
        {QStringLiteral("remove pool %1 from %2").arg(source, volume.name),
         [=](SimCluster &c) { return setPools(c, volume, after); },
         [=](SimCluster &c) {
             return hasEvent(c, volume.name, QStringLiteral("FailUpdate"),
                             QStringLiteral("spec replicas are not in healthy state"));
         }},
    };
}

// A node lost without a graceful shutdown: nobody updates its pool or replicas (stale), the
// targets stop seeing its replicas.
std::variant<SituationScript, QString> lostNode(SimCluster &cluster)
{
    QHash<QString, int> replicasOnNode;
    for (const Volume &volume : volumes(cluster)) {
        for (const QString &pool : volume.pools)
            ++replicasOnNode[nodeOf(cluster, pool)];
    }
    QString node;
    for (auto it = replicasOnNode.cbegin(); it != replicasOnNode.cend(); ++it) {
        if (node.isEmpty() || it.value() > replicasOnNode.value(node) ||
            (it.value() == replicasOnNode.value(node) && it.key() < node))
            node = it.key();
    }
    if (node.isEmpty())
        return QStringLiteral("needs a node with a replica on it");
    QList<Volume> affected;
    for (const Volume &volume : volumes(cluster)) {
        for (const QString &pool : volume.pools) {
            if (nodeOf(cluster, pool) == node) {
                affected.append(volume);
                break;
            }
        }
    }
    return SituationScript{
        {QStringLiteral("lose node %1").arg(node),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), node); },
         [=](SimCluster &c) {
             for (const Volume &volume : affected) {
                 if (replicaModes(c, volume).size() >= volume.pools.size())
                     return false;
             }
             return true;
         }},
    };
}

// A move rolled back before the new replica was promoted: the CVC side ends, but
// istgt_uctl_cmd_desired_rf refuses to lower the DRF while it exceeds RF (istgt.conf keeps it)
// and the target repeats FailUpdate until its pod restarts.
std::variant<SituationScript, QString> refusedDrf(SimCluster &cluster)
{
    const auto move = movableVolume(cluster);
    if (!move)
        return kNoMove;
    const Volume volume = move->first;
    const QString target = move->second;
    const int n = int(volume.pools.size());
    return SituationScript{
        {QStringLiteral("take pool %1 offline").arg(target),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("offlinePools"), target); },
         {}},
        {QStringLiteral("add pool %1 to %2").arg(target, volume.name),
         [=](SimCluster &c) { return setPools(c, volume, volume.pools + QStringList{target}); },
         [=](SimCluster &c) { return desiredReplicationFactor(c, volume) == n + 1; }},
        {QStringLiteral("roll %1 back to its pools").arg(volume.name),
         [=](SimCluster &c) { return setPools(c, volume, volume.pools); },
         [=](SimCluster &c) {
             return hasEvent(c, volume.name, QStringLiteral("FailUpdate"),
                             QStringLiteral("are invalid changes"));
         }},
    };
}

// A replica deleted by hand (kubectl delete cvr) of a Bound volume, the one with the most
// replicas: its pool manager destroys the dataset, the CVC controller does not create it again
// (distributePendingCVRs runs only while the CVC is Pending) and the CV keeps its id in
// knownReplicas; the CVC still lists the pool.
std::variant<SituationScript, QString> deletedReplica(SimCluster &cluster)
{
    std::optional<Volume> chosen;
    for (const Volume &volume : volumes(cluster)) {
        if (volume.pools.size() >= 2 && allHealthy(cluster, volume, int(volume.pools.size())) &&
            (!chosen || volume.pools.size() > chosen->pools.size()))
            chosen = volume;
    }
    if (!chosen)
        return QStringLiteral("needs a volume with at least two replicas, all Healthy");
    const Volume volume = *chosen;
    const int n = int(volume.pools.size());
    const QString pool = volume.pools.constLast();
    const QString cvr = volume.name + QLatin1Char('-') + pool;
    return SituationScript{
        {QStringLiteral("delete replica %1 (kubectl delete cvr)").arg(cvr),
         [=](SimCluster &c) {
             return remove(c, QStringLiteral("cstorvolumereplicas"), volume.ns, cvr);
         },
         [=](SimCluster &c) {
             return !replicaOn(c, volume, pool) && replicaModes(c, volume).size() == n - 1;
         }},
    };
}

} // namespace

QList<Situation> volumeSituations()
{
    return {
        {QStringLiteral("stuck-scale-down"),
         QStringLiteral("a replica move whose new replica's node was lost after the source's "
                        "removal began: Healthy on the source, FailUpdate every resync"),
         stuckScaleDown},
        {QStringLiteral("lost-node"),
         QStringLiteral("the node with the most replicas lost without a graceful shutdown: its "
                        "pool and replicas stale, its volumes Degraded"),
         lostNode},
        {QStringLiteral("refused-drf"),
         QStringLiteral("a move rolled back before promotion: the target refuses the lower DRF "
                        "until its pod restarts"),
         refusedDrf},
        {QStringLiteral("deleted-replica"),
         QStringLiteral("a replica deleted by hand: its pool stays in the CVC, its id in the "
                        "CV's knownReplicas, and nothing creates it again"),
         deletedReplica},
    };
}

} // namespace Sim
