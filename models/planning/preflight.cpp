#include "models/planning/preflight.h"

#include "models/cstor/capacity.h"
#include "models/planning/moveclaim.h"
#include "models/planning/replicahealth.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Migration {

namespace {
PreflightCheck check(PreflightCheck::Id id, bool passed, const QString &title,
                     const QString &detail, bool blocking = true)
{
    return PreflightCheck{id, passed, blocking, title, detail};
}

int percent(qint64 part, qint64 whole)
{
    return whole > 0 ? int(part * 100 / whole) : 100;
}
} // namespace

const Cstor::VolumeConfig *Preflight::volumeExists(const ClusterSnapshot &cluster,
                                                   const ReplicaMove &move,
                                                   QList<PreflightCheck> *checks)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(move.volume);
    *checks << check(PreflightCheck::Id::VolumeExists, cvc != nullptr, tr("Volume exists"),
                     cvc ? tr("CStorVolumeConfig %1 found").arg(move.volume)
                         : tr("No CStorVolumeConfig named %1").arg(move.volume));
    return cvc;
}

QString Preflight::unreadableObjects(const ClusterSnapshot &cluster, const QString &volume)
{
    QStringList unreadable;
    for (const Kube::SkippedObject &object : cluster.unreadable(volume))
        unreadable << tr("%1 %2 (%3)").arg(object.kind.chopped(1), object.name, object.problem);
    return unreadable.join(QStringLiteral("; "));
}

PreflightCheck Preflight::volumeReadable(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    const QString unreadable = unreadableObjects(cluster, move.volume);
    return check(PreflightCheck::Id::VolumeReadable, unreadable.isEmpty(),
                 tr("Every object of the volume can be read"),
                 unreadable.isEmpty()
                     ? tr("the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all "
                          "decode")
                           .arg(move.volume)
                     : tr("not read: %1. Without it the checks cannot tell where the volume's "
                          "replicas are or whether they are Healthy; fix the object (kubectl "
                          "edit) and try again")
                           .arg(unreadable));
}

QList<PreflightCheck> Preflight::beforeScaleUp(const ClusterSnapshot &cluster,
                                               const ReplicaMove &move, bool mayPatchCvc)
{
    QList<PreflightCheck> checks;
    checks << volumeReadable(cluster, move);
    const Cstor::VolumeConfig *cvc = volumeExists(cluster, move, &checks);
    if (!cvc)
        return checks;
    checks << volumeBound(move, *cvc);
    checks << noScalingInProgress(*cvc);
    checks << noMoveElsewhere(*cvc);
    checks << sourceHoldsReplica(cluster, move, *cvc);
    checks << noClonesOnSource(cluster, move);
    const Cstor::PoolInstance *target = targetExists(cluster, move, &checks);
    if (target) {
        checks << targetFits(move, *cvc, *target);
        checks << targetNodeFree(cluster, move, *target);
        checks << targetHasRoom(cluster, move, *target);
    }
    checks << volumeHealthy(cluster, move);
    checks << healthyCopySource(cluster, move);
    checks << mayPatch(mayPatchCvc);
    return checks;
}

PreflightCheck Preflight::volumeBound(const ReplicaMove &move, const Cstor::VolumeConfig &cvc)
{
    return check(PreflightCheck::Id::VolumeBound, cvc.phase == Cstor::VolumeConfigPhase::Bound,
                 tr("Volume is Bound"),
                 tr("%1 is %2")
                     .arg(move.volume, cvc.phaseText.isEmpty() ? tr("(no phase)") : cvc.phaseText));
}

PreflightCheck Preflight::noScalingInProgress(const Cstor::VolumeConfig &cvc)
{
    return check(PreflightCheck::Id::NoScalingInProgress, !cvc.isScaling(),
                 tr("No other scaling in progress"),
                 cvc.isScaling()
                     ? tr("spec lists %1 but status lists %2: wait until that change finishes")
                           .arg(cvc.specPools.join(QStringLiteral(", ")),
                                cvc.statusPools.join(QStringLiteral(", ")))
                     : tr("spec and status list the same pools"));
}

PreflightCheck Preflight::noMoveElsewhere(const Cstor::VolumeConfig &cvc)
{
    const std::optional<MoveClaim> claim = MoveClaim::on(cvc);
    return check(PreflightCheck::Id::NoMoveElsewhere, !claim, tr("No other move of this volume"),
                 claim ? claim->describe(QDateTime::currentDateTimeUtc())
                       : tr("no console has claimed %1 for a move").arg(cvc.meta.name));
}

PreflightCheck Preflight::sourceHoldsReplica(const ClusterSnapshot &cluster,
                                             const ReplicaMove &move,
                                             const Cstor::VolumeConfig &cvc)
{
    const bool holdsSource = cvc.specPools.contains(move.sourcePool) &&
                             cluster.replica(move.volume, move.sourcePool) != nullptr;
    return check(PreflightCheck::Id::SourceHoldsReplica, holdsSource,
                 tr("Source pool holds a replica"),
                 holdsSource ? tr("%1 holds a replica of %2").arg(move.sourcePool, move.volume)
                             : tr("%1 holds no replica of %2").arg(move.sourcePool, move.volume));
}

QStringList Preflight::clonesOnPool(const ClusterSnapshot &cluster, const QString &volume,
                                    const QString &pool)
{
    QStringList clones;
    QStringList origins{volume};
    const QList<const Cstor::VolumeReplica *> onPool = cluster.replicasOnPool(pool);
    for (int i = 0; i < origins.size(); ++i) {
        for (const Cstor::VolumeReplica *replica : onPool) {
            if (replica->sourceVolume != origins[i] || origins.contains(replica->volume))
                continue;
            origins.append(replica->volume);
            clones << tr("%1 (clone of %2 from snapshot %3)")
                          .arg(replica->volume, replica->sourceVolume, replica->sourceSnapshot);
        }
    }
    return clones;
}

PreflightCheck Preflight::noClonesOnSource(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    // The clones of the volume's snapshots on the source pool, and the clones of theirs.
    const QStringList clones = clonesOnPool(cluster, move.volume, move.sourcePool);
    return check(PreflightCheck::Id::NoClonesOnSourcePool, clones.isEmpty(),
                 tr("No clone of the volume would lose its replica on the source pool"),
                 clones.isEmpty()
                     ? tr("no clone of %1 has a replica on %2").arg(move.volume, move.sourcePool)
                     : tr("removing %1 from %2 destroys its snapshots with the replicas on %2 "
                          "of: %3")
                           .arg(move.volume, move.sourcePool, clones.join(QStringLiteral(", "))));
}

const Cstor::PoolInstance *Preflight::targetExists(const ClusterSnapshot &cluster,
                                                   const ReplicaMove &move,
                                                   QList<PreflightCheck> *checks)
{
    const Cstor::PoolInstance *target = cluster.pool(move.targetPool);
    *checks << check(PreflightCheck::Id::TargetExists, target != nullptr, tr("Target pool exists"),
                     target ? tr("%1 on node %2").arg(move.targetPool, target->hostName)
                            : tr("There is no pool named %1: a missing pool leaves the volume "
                                 "stuck in scaling")
                                  .arg(move.targetPool));
    return target;
}

QList<PreflightCheck> Preflight::targetFits(const ReplicaMove &move, const Cstor::VolumeConfig &cvc,
                                            const Cstor::PoolInstance &target)
{
    using Id = PreflightCheck::Id;
    QList<PreflightCheck> checks;
    const bool sameCluster = target.poolCluster == cvc.poolCluster;
    checks << check(Id::TargetInSamePoolCluster, sameCluster,
                    tr("Target pool is in the volume's pool cluster"),
                    sameCluster ? tr("both in %1").arg(cvc.poolCluster)
                                : tr("%1 belongs to %2, the volume to %3")
                                      .arg(move.targetPool, target.poolCluster, cvc.poolCluster));
    const bool online = target.phase == Cstor::PoolPhase::Online;
    checks << check(Id::TargetOnline, online, tr("Target pool is ONLINE"),
                    tr("%1 is %2")
                        .arg(move.targetPool,
                             target.phaseText.isEmpty() ? tr("(no phase)") : target.phaseText));
    checks << check(Id::TargetWritable, !target.readOnly, tr("Target pool is writable"),
                    target.readOnly ? tr("%1 is read-only (pool full)").arg(move.targetPool)
                                    : tr("%1 is not read-only").arg(move.targetPool));
    return checks;
}

PreflightCheck Preflight::targetNodeFree(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                         const Cstor::PoolInstance &target)
{
    QString holder;
    for (const Cstor::VolumeReplica *replica : cluster.replicasOfVolume(move.volume)) {
        const Cstor::PoolInstance *pool = cluster.pool(replica->pool);
        const QString node = pool ? pool->hostName : replica->node;
        if (node == target.hostName)
            holder = replica->pool;
    }
    return check(PreflightCheck::Id::TargetNodeFree, holder.isEmpty(),
                 tr("Target node holds no replica of the volume"),
                 holder.isEmpty() ? tr("node %1 has none").arg(target.hostName)
                                  : tr("node %1 already holds a replica of %2 on %3")
                                        .arg(target.hostName, move.volume, holder));
}

QList<PreflightCheck> Preflight::targetHasRoom(const ClusterSnapshot &cluster,
                                               const ReplicaMove &move,
                                               const Cstor::PoolInstance &target)
{
    QList<PreflightCheck> checks;
    const qint64 needed = cluster.volumeSize(move.volume);
    checks << check(PreflightCheck::Id::TargetHasSpace, needed < target.freeBytes,
                    tr("Target pool has room for the replica"),
                    tr("needs %1, %2 free")
                        .arg(Cstor::Capacity::formatBytes(needed),
                             Cstor::Capacity::formatBytes(target.freeBytes)));
    const int after = percent(target.usedBytes + needed, target.totalBytes);
    const int limit = target.roThresholdLimit;
    checks << check(PreflightCheck::Id::TargetStaysBelowThreshold, limit >= 100 || after < limit,
                    tr("Target pool stays below its read-only threshold"),
                    tr("%1% used after the move, read-only at %2%").arg(after).arg(limit));
    return checks;
}

PreflightCheck Preflight::volumeHealthy(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    const Cstor::Volume *cv = cluster.volume(move.volume);
    const bool healthy = cv && cv->phase == Cstor::VolumePhase::Healthy;
    return check(PreflightCheck::Id::VolumeHealthy, healthy, tr("Volume is Healthy"),
                 cv ? tr("%1 is %2; the old replica is removed only once it is Healthy")
                          .arg(move.volume, cv->phaseText)
                    : tr("no CStorVolume %1 seen yet").arg(move.volume),
                 /*blocking=*/false);
}

// A new replica is rebuilt from a replica the target counts Healthy. With none (the only
// replicas were on a lost node, whose CVRs still read Healthy: nobody updates them), the new one
// would wait for ever and the volume's data cannot be copied: refused, never "fixed".
PreflightCheck Preflight::healthyCopySource(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    const int sources = ReplicaHealth::healthyCopies(cluster, move.volume, move.targetPool);
    return check(
        PreflightCheck::Id::HealthyCopySource, sources > 0, tr("A Healthy replica to copy from"),
        sources > 0
            ? tr("%n Healthy replica(s) of %1 to rebuild the new one from", nullptr, sources)
                  .arg(move.volume)
            : tr("no replica of %1 is Healthy as its target counts them: a new replica "
                 "has nothing to copy from and the volume's data may be lost (see "
                 "cstor-console doctor)")
                  .arg(move.volume));
}

PreflightCheck Preflight::mayPatch(bool mayPatchCvc)
{
    return check(PreflightCheck::Id::MayPatch, mayPatchCvc,
                 tr("You may change the volume's placement"),
                 mayPatchCvc ? tr("allowed to patch cstorvolumeconfigs")
                             : tr("your user may not patch cstorvolumeconfigs"));
}

QList<PreflightCheck> Preflight::beforeScaleDown(const ClusterSnapshot &cluster,
                                                 const ReplicaMove &move)
{
    using Id = PreflightCheck::Id;
    QList<PreflightCheck> checks;
    checks << volumeReadable(cluster, move);
    const Cstor::VolumeConfig *cvc = volumeExists(cluster, move, &checks);
    if (!cvc)
        return checks;
    checks << check(Id::NoScalingInProgress, !cvc->isScaling(), tr("No other scaling in progress"),
                    cvc->isScaling() ? tr("spec and status pool lists differ")
                                     : tr("spec and status list the same pools"));
    checks << noClonesOnSource(cluster, move);

    const Cstor::VolumeReplica *created = cluster.replica(move.volume, move.targetPool);
    const bool createdHealthy = created && created->phase == Cstor::ReplicaPhase::Healthy;
    checks << check(Id::NewReplicaHealthy, createdHealthy, tr("New replica is Healthy"),
                    created ? tr("%1 is %2").arg(created->meta.name, created->phaseText)
                            : tr("no replica of %1 on %2 yet").arg(move.volume, move.targetPool));

    const Cstor::Volume *cv = cluster.volume(move.volume);
    const bool volumeHealthy = cv && cv->phase == Cstor::VolumePhase::Healthy;
    checks << check(Id::VolumeHealthy, volumeHealthy, tr("Volume is Healthy"),
                    cv ? tr("%1 is %2").arg(move.volume, cv->phaseText)
                       : tr("no CStorVolume %1 seen").arg(move.volume));
    const bool promoted = cv && cv->replicationFactor == cv->desiredReplicationFactor &&
                          cv->replicationFactor >= cvc->specPools.size();
    checks << check(Id::ReplicationPromoted, promoted,
                    tr("The volume target counts the new replica"),
                    cv ? tr("replicationFactor %1, desired %2")
                             .arg(cv->replicationFactor)
                             .arg(cv->desiredReplicationFactor)
                       : tr("no CStorVolume %1 seen").arg(move.volume));

    // Healthy as the CVR reads and as the target reports it, on a node not lost: the target
    // counts the volume Healthy with CF replicas, and a CVR's phase lags the target's view.
    int healthyRemaining = 0;
    QStringList unhealthy;
    for (const Cstor::VolumeReplica *replica : cluster.replicasOfVolume(move.volume)) {
        if (replica->pool == move.sourcePool)
            continue;
        if (const QString why = ReplicaHealth::whyNotHealthy(cluster, *replica); why.isEmpty())
            ++healthyRemaining;
        else
            unhealthy << QStringLiteral("%1 (%2)").arg(replica->meta.name, why);
    }
    checks << check(
        Id::RemainingReplicasHealthy, unhealthy.isEmpty(), tr("Every remaining replica is Healthy"),
        unhealthy.isEmpty() ? tr("%n healthy replica(s) remain", nullptr, healthyRemaining)
                            : tr("not Healthy: %1").arg(unhealthy.join(QStringLiteral(", "))));
    checks << check(
        Id::NotLastHealthyReplica, healthyRemaining >= 1, tr("A healthy replica remains"),
        healthyRemaining >= 1 ? tr("%n healthy replica(s) remain", nullptr, healthyRemaining)
                              : tr("removing %1 would leave no healthy replica of %2")
                                    .arg(move.sourcePool, move.volume));
    return checks;
}

bool Preflight::passed(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &c : checks) {
        if (c.blocking && !c.passed)
            return false;
    }
    return true;
}

bool Preflight::waitsForAnotherMove(const QList<PreflightCheck> &checks)
{
    // While another console moves a replica of the volume, the volume changes because of that
    // move (its pools in the spec before the status, a replica rebuilding, the volume not Healthy
    // yet): those findings are the other move's, not a reason to refuse this one.
    bool claimed = false;
    for (const PreflightCheck &c : checks) {
        if (c.id == PreflightCheck::Id::NoMoveElsewhere)
            claimed = !c.passed;
        else if (c.blocking && !c.passed && !isSettling(c))
            return false;
    }
    return claimed;
}

bool Preflight::isSettling(const PreflightCheck &check)
{
    using Id = PreflightCheck::Id;
    return check.id == Id::NoScalingInProgress || check.id == Id::VolumeHealthy ||
           check.id == Id::HealthyCopySource;
}

bool Preflight::isAboutTarget(const PreflightCheck &check)
{
    using Id = PreflightCheck::Id;
    return check.id == Id::TargetNodeFree || check.id == Id::TargetHasSpace ||
           check.id == Id::TargetStaysBelowThreshold || check.id == Id::TargetOnline ||
           check.id == Id::TargetWritable;
}

QString Preflight::firstFailure(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &c : checks) {
        if (c.blocking && !c.passed)
            return QStringLiteral("%1: %2").arg(c.title, c.detail);
    }
    return {};
}

} // namespace Migration
