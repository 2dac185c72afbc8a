#include "models/recovery/recoveryplanner.h"

#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/namesuggestions.h"
#include "models/planning/placement.h"
#include "models/recovery/lostnodeplanner.h"

#include <QSet>

#include <algorithm>

namespace Recovery {

using Migration::ClusterSnapshot;

namespace {

QString listed(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

// The volume's replicas that are not being deleted (a CVR whose pool was removed keeps its
// finalizer until its pool manager removes the dataset).
QList<const Cstor::VolumeReplica *> liveReplicas(const ClusterSnapshot &cluster,
                                                 const QString &volume)
{
    QList<const Cstor::VolumeReplica *> replicas;
    for (const Cstor::VolumeReplica *cvr : cluster.replicasOfVolume(volume)) {
        if (!cvr->meta.deletionTimestamp.isValid())
            replicas << cvr;
    }
    return replicas;
}

} // namespace

// Why a pool cannot hold a Healthy replica: gone, not ONLINE, its import failing (PoolLost: the
// phase stays what it was), or its node NotReady or gone (a node lost without a graceful shutdown
// leaves its CSPI's last phase, CSTOR-CONTROLLERS §7.3).
QString RecoveryPlanner::poolTrouble(const ClusterSnapshot &cluster, const QString &pool)
{
    const Cstor::PoolInstance *cspi = cluster.pool(pool);
    if (!cspi)
        return tr("pool %1 does not exist").arg(pool);
    if (cspi->phase != Cstor::PoolPhase::Online)
        return tr("pool %1 is %2").arg(pool, cspi->phaseText);
    if (cluster.poolLost(pool))
        return tr("pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on "
                  "another node")
            .arg(pool, cspi->hostName);
    if (!cluster.nodesKnown())
        return {};
    const Cstor::Node *node = cluster.node(cspi->hostName);
    if (!node)
        return tr("the node %1 of pool %2 is gone").arg(cspi->hostName, pool);
    if (!node->ready)
        return tr("the node %1 of pool %2 is NotReady").arg(cspi->hostName, pool);
    return {};
}

// A settled volume with a replica on a lost node: the lost-node recovery replaces the replicas of
// all its volumes together (drain NODE); what it would do for this one.
bool RecoveryPlanner::explainLostNode(const ClusterSnapshot &cluster, RecoveryPlan *plan)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(plan->volume);
    if (!cvc || cvc->specPools != cvc->statusPools)
        return false;
    for (const QString &pool : cvc->specPools) {
        const Cstor::PoolInstance *cspi = cluster.pool(pool);
        if (!cspi || !LostNodePlanner::isLost(cluster, cspi->hostName))
            continue;
        const QString node = cspi->hostName;
        const LostNodePlan lost = LostNodePlanner::plan(cluster, node);
        const auto it =
            std::find_if(lost.volumes.begin(), lost.volumes.end(),
                         [&](const LostNodeVolume &v) { return v.volume == plan->volume; });
        plan->kind = RecoveryPlan::Kind::Manual;
        plan->why = tr("Its replica on %1 sits on node %2, which is lost; the replicas of a lost "
                       "node are replaced together, by the lost-node recovery.")
                        .arg(pool, node);
        const bool gone = it != lost.volumes.end() && it->fate == LostNodeVolume::Fate::Lost;
        plan->risk = gone ? tr("Data: no replica of the volume is left on a live node; its data "
                               "comes back only with %1.")
                                .arg(node)
                          : tr("Data: the volume runs with a copy fewer until the replica is "
                               "replaced or %1 comes back.")
                                .arg(node);
        plan->options = {
            tr("If %1 comes back, nothing needs doing: its pools and replicas resume.").arg(node),
            tr("If it is gone for good: cstor-console drain %1 (Recover lost node… in the "
               "window); for this volume: %2.")
                .arg(node, it != lost.volumes.end() ? it->why : tr("nothing to do"))};
        return true;
    }
    return false;
}

bool RecoveryPlanner::poolsSettled(const ClusterSnapshot &cluster, const QString &volume)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    return cvc && cvc->specPools == cvc->statusPools;
}

bool RecoveryPlanner::refusing(const ClusterSnapshot &cluster, const QString &volume,
                               const QString &targetPod)
{
    return cluster.drfRefusedBy(volume, targetPod);
}

// The issue's rule: "A rollback is Done only when the CV's DRF, RF and known replicas agree
// with the CVC" (volume-mgmt triggerScaleDownProcess writes RF and knownReplicas once istgt
// took the DRF; a restarted target rebuilds istgt.conf from the CV spec).
bool RecoveryPlanner::targetAgrees(const ClusterSnapshot &cluster, const QString &volume,
                                   const QString &targetPod)
{
    return cvAgrees(cluster, volume) && !refusing(cluster, volume, targetPod);
}

bool RecoveryPlanner::cvAgrees(const ClusterSnapshot &cluster, const QString &volume)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    const Cstor::Volume *cv = cluster.volume(volume);
    if (!cvc || !cv)
        return false;
    const int pools = int(cvc->specPools.size());
    if (cv->desiredReplicationFactor != pools || cv->replicationFactor != pools)
        return false;
    QSet<QString> ids;
    for (const Cstor::VolumeReplica *cvr : liveReplicas(cluster, volume)) {
        if (cvc->specPools.contains(cvr->pool))
            ids.insert(cvr->replicaId);
    }
    const QList<QString> known = cv->knownReplicas.keys();
    return QSet<QString>(known.begin(), known.end()) == ids && int(ids.size()) == pools;
}

QStringList RecoveryPlanner::problems(const ClusterSnapshot &cluster, const QString &volume,
                                      const QString &targetPod)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    if (!cvc)
        return {tr("there is no CStorVolumeConfig %1").arg(volume)};
    QStringList found;
    if (cvc->specPools != cvc->statusPools)
        found << tr("the CVC's spec lists pools %1, its status %2")
                     .arg(listed(cvc->specPools), listed(cvc->statusPools));
    const Cstor::Volume *cv = cluster.volume(volume);
    if (!cv)
        found << tr("there is no CStorVolume %1").arg(volume);
    else if (!cvAgrees(cluster, volume))
        found << tr("the CV's desiredReplicationFactor is %1, its replicationFactor %2 and it "
                    "knows %3 replica(s); the CVC lists %4 pool(s)")
                     .arg(cv->desiredReplicationFactor)
                     .arg(cv->replicationFactor)
                     .arg(cv->knownReplicas.size())
                     .arg(cvc->specPools.size());
    if (refusing(cluster, volume, targetPod))
        found << tr("the target refuses to lower its desired replication factor (FailUpdate "
                    "\"are invalid changes\")");
    for (const QString &pool : cvc->specPools) {
        const Cstor::VolumeReplica *cvr = cluster.replica(volume, pool);
        const QString trouble = poolTrouble(cluster, pool);
        if (!cvr)
            found << tr("no replica exists on pool %1").arg(pool);
        else if (cvr->phase != Cstor::ReplicaPhase::Healthy)
            found << tr("replica %1 is %2").arg(cvr->meta.name, cvr->phaseText);
        if (!trouble.isEmpty())
            found << trouble;
    }
    return found;
}

bool RecoveryPlanner::targetReportsHealthy(const ClusterSnapshot &cluster, const QString &volume,
                                           const QDateTime &since)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    const Cstor::Volume *cv = cluster.volume(volume);
    if (!cvc || !cv || !cv->lastUpdateTime.isValid() || cv->lastUpdateTime <= since ||
        cv->phase != Cstor::VolumePhase::Healthy ||
        cv->replicaStatuses.size() != cvc->specPools.size())
        return false;
    return std::all_of(cv->replicaStatuses.cbegin(), cv->replicaStatuses.cend(),
                       [](const Cstor::Volume::ReplicaStatus &replica) {
                           return replica.mode == QLatin1String("Healthy");
                       });
}

// Pools of the CVC's spec whose new replica cannot finish: not Healthy, not counted by the
// target (CVC controller scale-up creates the CVR at once; the target server promotes it into
// knownReplicas only after its rebuild), on a pool that is not ONLINE or a node that is down.
QStringList RecoveryPlanner::lostNewPools(const ClusterSnapshot &cluster, const QString &volume)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    const Cstor::Volume *cv = cluster.volume(volume);
    QStringList lost;
    for (const QString &pool : cvc->specPools) {
        const Cstor::VolumeReplica *cvr = cluster.replica(volume, pool);
        if (cvr && cvr->phase == Cstor::ReplicaPhase::Healthy)
            continue;
        if (cvr && cv && cv->knownReplicas.contains(cvr->replicaId))
            continue; // a kept replica: removing it is a scale-down of a counted copy
        if (!poolTrouble(cluster, pool).isEmpty())
            lost << pool;
    }
    return lost;
}

RecoveryPlan RecoveryPlanner::plan(const ClusterSnapshot &cluster, const QString &volume,
                                   const QString &targetPod)
{
    RecoveryPlan plan;
    plan.volume = volume;
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    if (!cvc)
        return plan;
    plan.problems = problems(cluster, volume, targetPod);
    if (plan.problems.isEmpty()) {
        plan.kind = RecoveryPlan::Kind::NothingToDo;
        return plan;
    }
    if (!cvc->poolsBeingRemoved().isEmpty()) {
        explainStuckScaleDown(cluster, &plan);
        return plan;
    }
    // Before any removal: the pool of a replica deleted by hand must never be removed.
    if (recreateMissingReplicas(cluster, &plan))
        return plan;
    const QStringList lost = lostNewPools(cluster, volume);
    if (!lost.isEmpty() && cvc->specPools.size() != cvc->statusPools.size()) {
        if (!replaceMissingPools(cluster, lost, &plan))
            explainPendingScaleUp(cluster, lost, &plan);
        return plan;
    }
    plan.kind = RecoveryPlan::Kind::Repair;
    for (const QString &pool : lost)
        plan.steps << RecoveryStep{RecoveryStep::Action::RemovePool, pool, false, {}, {}};
    const Cstor::Volume *cv = cluster.volume(volume);
    const bool drfOff = cv && cv->desiredReplicationFactor != cv->replicationFactor;
    // A DRF above the CVC's pools is what a rollback leaves (a DRF above RF alone is a
    // scale-up whose new replica still rebuilds).
    const bool drfLeftHigh = cv && cvc->specPools == cvc->statusPools &&
                             cv->desiredReplicationFactor > int(cvc->specPools.size());
    // istgt_uctl_cmd_desired_rf lowers the DRF only when DRF == RF: with an unpromoted new
    // replica (DRF > RF) the removal is refused until the target restarts.
    if (!lost.isEmpty() && drfOff)
        plan.steps << RecoveryStep{RecoveryStep::Action::RestartTarget, {}, true, {}, {}};
    else if (refusing(cluster, volume, targetPod) || drfLeftHigh)
        plan.steps << RecoveryStep{RecoveryStep::Action::RestartTarget, {}, false, {}, {}};
    if (plan.steps.isEmpty() && !drfOff && explainLostNode(cluster, &plan))
        return plan;
    if (plan.steps.isEmpty()) {
        plan.kind = RecoveryPlan::Kind::Manual;
        plan.why = drfOff ? tr("A new replica is still being rebuilt or its trouble is not "
                               "visible yet; run recover again later.")
                          : tr("Recovery does not automate this case yet.");
        plan.risk = tr("See `cstor-console doctor` for what it risks.");
        plan.options = {tr("Run `cstor-console doctor` and follow the fix of its findings.")};
    }
    return plan;
}

// CSTOR-CONTROLLERS §9.1-2: the source's removal waits (volume-mgmt triggerScaleDownProcess
// "spec replicas are not in healthy state") and the webhook (validateReplicaScaling) refuses
// any other change of the pool count until it ends.
void RecoveryPlanner::explainStuckScaleDown(const ClusterSnapshot &cluster, RecoveryPlan *plan)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(plan->volume);
    const QStringList removed = cvc->poolsBeingRemoved();
    QStringList lost; // kept pools whose replica cannot be Healthy
    for (const QString &pool : cvc->specPools) {
        const Cstor::VolumeReplica *cvr = cluster.replica(plan->volume, pool);
        if (!poolTrouble(cluster, pool).isEmpty() ||
            (cvr && cvr->phase != Cstor::ReplicaPhase::Healthy))
            lost << pool;
    }
    plan->kind = RecoveryPlan::Kind::Manual;
    plan->why =
        tr("A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook "
           "refuses to put the pool back while it is: \"scaling of CVC %1 is already in "
           "progress\". The target removes the old replica only when every kept replica is "
           "Healthy, so the scale-down does not end while %3.")
            .arg(plan->volume, listed(removed),
                 lost.isEmpty() ? tr("a kept replica is not Healthy")
                                : tr("the replica on %1 cannot become Healthy").arg(listed(lost)));
    plan->risk = tr("The volume depends on fewer healthy copies than it should; the replica "
                    "being removed still holds data. Removing another pool would delete a "
                    "replica that holds data, so recovery does not edit the CVC.");
    // The swap the webhook accepts (CO validateReplicaScaling counts pools only): the CVC
    // controller's next scale-down target is the lost pool's replica, while the CV still tells
    // the target to drop the source.
    if (!lost.isEmpty())
        plan->risk += QLatin1Char(' ') +
                      tr("Putting %1 back in place of %2 is accepted by the webhook but is a "
                         "trap: the target still removes the replica on %1 once %2 returns, "
                         "while the CVC controller deletes the one on %2.")
                          .arg(listed(removed), listed(lost));
    plan->options = {
        tr("Bring back the node or pool of %1; the scale-down then ends by itself.")
            .arg(listed(lost)),
        tr("If it is gone for good: keep the replica on %1, ask for help with replacing the "
           "lost replica, and do not delete CVRs by hand.")
            .arg(listed(removed))};
}

// CSTOR-CONTROLLERS §7.1 (openebs#2982): a name no CSPI has keeps the CVC controller failing
// "failed to get cstorpoolinstance" every resync, and the webhook refuses to remove it while the
// scale-up is pending. Replacing it at the same length passes validatePoolListChanges; the
// replacement is the usable pool closest in name (what was meant), else the one with the most
// free space, on a node without a replica of the volume.
bool RecoveryPlanner::replaceMissingPools(const ClusterSnapshot &cluster, const QStringList &pools,
                                          RecoveryPlan *plan)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(plan->volume);
    QSet<QString> nodes; // nodes that hold, or will hold, a replica of the volume
    for (const QString &pool : cvc->specPools) {
        if (const Cstor::PoolInstance *cspi = cluster.pool(pool))
            nodes.insert(cspi->hostName);
    }
    for (const Cstor::VolumeReplica *cvr : liveReplicas(cluster, plan->volume))
        nodes.insert(cvr->node);
    const qint64 needed = cluster.volumeSize(plan->volume);
    QList<RecoveryStep> steps;
    for (const QString &missing : pools) {
        if (cluster.pool(missing))
            return false;
        QStringList usable;
        const Cstor::PoolInstance *roomiest = nullptr;
        for (const Cstor::PoolInstance *cspi : cluster.pools()) {
            if (cspi->poolCluster != cvc->poolCluster || nodes.contains(cspi->hostName) ||
                !poolTrouble(cluster, cspi->meta.name).isEmpty() ||
                !Migration::Placement::canTake(cluster, *cspi, needed))
                continue;
            usable << cspi->meta.name;
            if (!roomiest ||
                cspi->totalBytes - cspi->usedBytes > roomiest->totalBytes - roomiest->usedBytes)
                roomiest = cspi;
        }
        if (usable.isEmpty())
            return false;
        const QStringList meant = Migration::NameSuggestions::closest(missing, usable, 1);
        const QString replacement = meant.isEmpty() ? roomiest->meta.name : meant.first();
        nodes.insert(cluster.pool(replacement)->hostName);
        steps << RecoveryStep{RecoveryStep::Action::ReplacePool, missing, false, replacement, {}};
    }
    plan->kind = RecoveryPlan::Kind::Repair;
    plan->steps = steps;
    return true;
}

// CSTOR-CONTROLLERS §7.1: the CVC's status does not list the new pool yet, so removing it
// changes the pool count during a scaling, which the webhook refuses.
void RecoveryPlanner::explainPendingScaleUp(const ClusterSnapshot &cluster,
                                            const QStringList &pools, RecoveryPlan *plan)
{
    Q_UNUSED(cluster)
    plan->kind = RecoveryPlan::Kind::Manual;
    plan->why = tr("A scale-up of %1 to pool(s) %2 has not started: the CVC's status does not "
                   "list them, and the admission webhook refuses to remove them while it "
                   "scales: \"scaling of CVC %1 is already in progress\".")
                    .arg(plan->volume, listed(pools));
    plan->risk = tr("No other change of this volume's placement is accepted until it ends.");
    plan->options = {tr("Bring the pool or its node back, or replace the pool's name in "
                        "spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).")
                         .arg(plan->volume)};
}

// A CVR deleted by hand (kubectl delete cvr) of a Bound volume stays deleted (a pool of the CVC's
// spec and status without a replica; a scale-up's new pool has none yet, and is left alone): the
// CVC controller creates replicas only while the CVC is Pending (distributePendingCVRs), and the CV
// keeps the deleted replica's id in knownReplicas. Removing its pool from the CVC sticks:
// getScaleDownCVR finds no CVR, so nothing leaves knownReplicas and the controller deletes a CVR
// named "" at every resync. istgt takes a replica whose id it knows, with a new zvol, as a
// replacement of that replica (can_replica_connect, can_be_trusty_replica: non-quorum until
// rebuilt, then handle_transition_from_unknown_to_known records its GUID under the id): a CVR
// created again with the id, in phase Recreate as the CVC controller creates a scale-up's replica,
// rebuilds from the Healthy replicas. Which id was whose does not matter to istgt; they pair in
// order.
bool RecoveryPlanner::recreateMissingReplicas(const ClusterSnapshot &cluster, RecoveryPlan *plan)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(plan->volume);
    const Cstor::Volume *cv = cluster.volume(plan->volume);
    if (!cvc || !cv || cvc->specPools != cvc->statusPools)
        return false;
    const QList<const Cstor::VolumeReplica *> replicas = liveReplicas(cluster, plan->volume);
    QStringList missing;
    QStringList troubles; // why a pool of `missing` cannot hold a replica now
    for (const QString &pool : cvc->specPools) {
        const bool held =
            std::any_of(replicas.cbegin(), replicas.cend(),
                        [&](const Cstor::VolumeReplica *r) { return r->pool == pool; });
        if (held)
            continue;
        missing << pool;
        // A replica being deleted leaves when its pool manager destroys its dataset.
        if (const Cstor::VolumeReplica *leaving = cluster.replica(plan->volume, pool))
            troubles << tr("replica %1 is still being deleted").arg(leaving->meta.name);
        else if (const QString trouble = poolTrouble(cluster, pool); !trouble.isEmpty())
            troubles << trouble;
    }
    if (missing.isEmpty())
        return false;
    const QString neverRemove =
        tr("Data: the volume runs with fewer copies than its CVC lists. Removing such a pool "
           "from the CVC does not help: the CVC controller finds no replica to remove and the "
           "scale-down never ends.");
    if (!troubles.isEmpty()) {
        plan->kind = RecoveryPlan::Kind::Manual;
        plan->why = tr("The replica(s) of pool(s) %1 were deleted, and a replica cannot be "
                       "created there now: %2.")
                        .arg(listed(missing), troubles.join(QStringLiteral("; ")));
        plan->risk = neverRemove;
        plan->options = {tr("Do not remove %1 from the CVC and do not edit the CV by hand.")
                             .arg(listed(missing)),
                         tr("Bring the pool or its node back, then run recover again.")};
        return true;
    }
    QSet<QString> ids;
    bool healthy = false;
    for (const Cstor::VolumeReplica *cvr : replicas) {
        ids.insert(cvr->replicaId);
        healthy = healthy || (cvr->phase == Cstor::ReplicaPhase::Healthy &&
                              poolTrouble(cluster, cvr->pool).isEmpty());
    }
    QStringList stale;
    for (const QString &id : cv->knownReplicas.keys()) {
        if (!ids.contains(id))
            stale << id;
    }
    stale.sort();
    if (!healthy || stale.size() < missing.size()) {
        plan->kind = RecoveryPlan::Kind::Manual;
        plan->why = !healthy
                        ? tr("The replica(s) of pool(s) %1 were deleted and no Healthy replica is "
                             "left to rebuild them from.")
                              .arg(listed(missing))
                        : tr("The replica(s) of pool(s) %1 were deleted, and the target knows "
                             "fewer replica ids (%2) than are missing, so a new replica could not "
                             "take a known one's place.")
                              .arg(listed(missing), listed(stale));
        plan->risk = neverRemove;
        plan->options = {tr("Do not remove %1 from the CVC and do not edit the CV by hand.")
                             .arg(listed(missing)),
                         tr("Bring back a Healthy replica first (its node or pool), then run "
                            "recover again.")};
        return true;
    }
    plan->kind = RecoveryPlan::Kind::Repair;
    for (qsizetype i = 0; i < missing.size(); ++i)
        plan->steps << RecoveryStep{
            RecoveryStep::Action::RecreateReplica, missing[i], false, {}, stale[i]};
    return true;
}

} // namespace Recovery
