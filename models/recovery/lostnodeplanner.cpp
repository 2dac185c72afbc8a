#include "models/recovery/lostnodeplanner.h"

#include "models/planning/clustersnapshot.h"
#include "models/planning/evacuationplanner.h"
#include "models/planning/replicahealth.h"

#include <QJsonArray>
#include <QSet>

namespace Recovery {

using Migration::ReplicaHealth;
using Fate = LostNodeVolume::Fate;

QList<Migration::ReplicaMove> LostNodePlan::moves() const
{
    QList<Migration::ReplicaMove> result;
    for (const LostNodeVolume &volume : volumes) {
        if (volume.fate == Fate::Rereplicate)
            result.append({volume.volume, volume.pool, volume.targetPool});
    }
    return result;
}

bool LostNodePlan::allRecoverable() const
{
    return count(Fate::Rereplicate) == volumes.size();
}

int LostNodePlan::count(Fate fate) const
{
    return int(std::count_if(volumes.begin(), volumes.end(),
                             [fate](const LostNodeVolume &volume) { return volume.fate == fate; }));
}

bool LostNodePlanner::isLost(const Migration::ClusterSnapshot &cluster, const QString &node)
{
    return cluster.nodeLost(node) && !cluster.poolsOnNode(node).isEmpty();
}

QString LostNodePlanner::lostState(const Migration::ClusterSnapshot &cluster, const QString &node)
{
    const Cstor::Node *known = cluster.node(node);
    if (!known)
        return tr("gone from the cluster's nodes");
    QString state = tr("NotReady");
    if (!known->readyReason.isEmpty())
        state += QStringLiteral(" (%1)").arg(known->readyReason);
    if (known->lastTransition.isValid())
        state += tr(" since %1").arg(known->lastTransition.toString(Qt::ISODate));
    return state;
}

LostNodePlan LostNodePlanner::plan(const Migration::ClusterSnapshot &cluster, const QString &node)
{
    LostNodePlan plan;
    plan.node = node;
    plan.state = lostState(cluster, node);
    QSet<QString> rereplicable; // replica names
    for (const Cstor::PoolInstance *pool : cluster.poolsOnNode(node)) {
        plan.pools << pool->meta.name;
        plan.clusters << pool->poolCluster;
        for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool->meta.name)) {
            if (cvr->meta.deletionTimestamp.isValid()) {
                plan.terminating << cvr->meta.name;
                continue;
            }
            // Only the replicas their volumes still count on: in their CVC's pools.
            const Cstor::VolumeConfig *cvc = cluster.volumeConfig(cvr->volume);
            if (!cvc || !cvc->specPools.contains(cvr->pool))
                continue;
            LostNodeVolume volume;
            volume.volume = cvr->volume;
            volume.pool = cvr->pool;
            volume.healthyCopies = ReplicaHealth::healthyCopies(cluster, cvr->volume, cvr->pool);
            volume.replicaCount = cvc->replicaCount;
            const Cstor::Volume *cv = cluster.volume(cvr->volume);
            QStringList elsewhere; // "pool (phase)" of its replicas on live nodes
            for (const Cstor::VolumeReplica *peer : cluster.replicasOfVolume(cvr->volume)) {
                if (peer != cvr && !peer->meta.deletionTimestamp.isValid() &&
                    !cluster.nodeLost(ReplicaHealth::nodeOf(cluster, *peer)))
                    elsewhere << QStringLiteral("%1 (%2)").arg(peer->pool, peer->phaseText);
            }
            if (elsewhere.isEmpty()) {
                volume.fate = Fate::Lost;
                volume.why = tr("no replica on a live node: its data was only on %1; it comes "
                                "back only with that node, so the console leaves it as it is")
                                 .arg(node);
            } else if (volume.healthyCopies == 0) {
                volume.fate = Fate::Waiting;
                volume.why = tr("its replicas on live nodes are not Healthy yet (%1; its target "
                                "may be restarting): run this again once one is")
                                 .arg(elsewhere.join(QStringLiteral(", ")));
            } else if (cv && cv->phase == Cstor::VolumePhase::Offline) {
                volume.fate = Fate::NoQuorum;
                volume.why =
                    tr("Offline: its target counts %1 Healthy of %2 replicas and needs %3 to "
                       "serve I/O or rebuild a new replica; its data is intact on the Healthy "
                       "one(s). Bring %4 back, or restore quorum otherwise, then run this again")
                        .arg(volume.healthyCopies)
                        .arg(cv->replicationFactor)
                        .arg(cv->consistencyFactor)
                        .arg(node);
            } else {
                volume.fate = Fate::Rereplicate;
                rereplicable.insert(cvr->meta.name);
            }
            plan.volumes << volume;
        }
    }
    const Migration::EvacuationPlanner::Plan placed = Migration::EvacuationPlanner::plan(
        cluster, {{node}, {}},
        [&](const Cstor::VolumeReplica &cvr) { return rereplicable.contains(cvr.meta.name); });
    for (LostNodeVolume &volume : plan.volumes) {
        if (volume.fate != Fate::Rereplicate)
            continue;
        const auto move = std::find_if(
            placed.moves.begin(), placed.moves.end(),
            [&](const Migration::ReplicaMove &m) { return m.volume == volume.volume; });
        if (move != placed.moves.end()) {
            volume.targetPool = move->targetPool;
            volume.why = tr("a new replica on %1 rebuilds from %n Healthy replica(s); then %2 "
                            "leaves the volume",
                            nullptr, volume.healthyCopies)
                             .arg(volume.targetPool, volume.pool);
            continue;
        }
        volume.fate = Fate::NoRoom;
        for (const Migration::EvacuationPlanner::Unplaceable &replica : placed.unplaceable) {
            if (replica.volume == volume.volume) {
                volume.why = tr("%1; add a pool on another node to pool cluster %2, then run "
                                "this again")
                                 .arg(replica.why, cluster.pool(volume.pool)
                                                       ? cluster.pool(volume.pool)->poolCluster
                                                       : QString());
            }
        }
    }
    std::stable_sort(plan.volumes.begin(), plan.volumes.end(),
                     [](const LostNodeVolume &a, const LostNodeVolume &b) {
                         return a.fate != b.fate ? a.fate < b.fate : a.volume < b.volume;
                     });
    return plan;
}

bool LostNodePlanner::poolsUnused(const Migration::ClusterSnapshot &cluster,
                                  const LostNodePlan &plan)
{
    for (const QString &pool : plan.pools) {
        for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool)) {
            if (!cvr->meta.deletionTimestamp.isValid())
                return false;
        }
    }
    return true;
}

QStringList LostNodePlanner::removalSteps(const Migration::ClusterSnapshot &cluster,
                                          const LostNodePlan &plan, const QString &namespaceName,
                                          const QHash<QString, int> &specIndex)
{
    if (!poolsUnused(cluster, plan))
        return {};
    QStringList replicas;
    for (const QString &pool : plan.pools) {
        for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool))
            replicas << cvr->meta.name;
    }
    QStringList steps;
    const QString removeFinalizers =
        QStringLiteral("--type=json -p '[{\"op\":\"remove\",\"path\":\"/metadata/finalizers\"}]'");
    if (!replicas.isEmpty()) {
        steps << tr("Let the Terminating replicas go (only their pool manager would, and it went "
                    "with the node): kubectl patch cvr %1 -n %2 %3")
                     .arg(replicas.join(QLatin1Char(' ')), namespaceName, removeFinalizers);
    }
    for (int i = 0; i < plan.pools.size(); ++i) {
        const QString &pool = plan.pools.at(i);
        const int index = specIndex.value(pool, -1);
        if (index >= 0) {
            steps << tr("Remove the pool spec of %1 from its pool cluster (the webhook refuses it "
                        "while a replica is on the pool): kubectl patch cspc %2 -n %3 "
                        "--type=json -p '[{\"op\":\"test\",\"path\":\"/spec/pools/%4/"
                        "nodeSelector/kubernetes.io~1hostname\",\"value\":\"%5\"},"
                        "{\"op\":\"remove\",\"path\":\"/spec/pools/%4\"}]'")
                         .arg(pool, plan.clusters.at(i), namespaceName)
                         .arg(index)
                         .arg(plan.node);
        } else {
            steps << tr("Remove the pool spec of %1 from its pool cluster (the webhook refuses it "
                        "while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete "
                        "the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4")
                         .arg(pool, plan.clusters.at(i), namespaceName, plan.node);
        }
        steps << tr("The pool cluster then deletes %1; only its pool manager would remove the "
                    "finalizers, so remove them: kubectl patch cspi %1 -n %2 %3")
                     .arg(pool, namespaceName, removeFinalizers);
    }
    return steps;
}

int LostNodePlanner::poolSpecIndex(const QJsonObject &cspc, const QString &node)
{
    const QJsonArray pools =
        cspc.value(QLatin1String("spec")).toObject().value(QLatin1String("pools")).toArray();
    for (int i = 0; i < pools.size(); ++i) {
        const QJsonObject selector =
            pools.at(i).toObject().value(QLatin1String("nodeSelector")).toObject();
        if (selector.value(QLatin1String("kubernetes.io/hostname")).toString() == node)
            return i;
    }
    return -1;
}

} // namespace Recovery
