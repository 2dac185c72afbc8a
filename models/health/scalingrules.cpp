#include "models/health/scalingrules.h"

#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/replicahealth.h"

#include <algorithm>

namespace Doctor {

namespace {

QStringList poolsOfCluster(const Migration::ClusterSnapshot &cluster, const QString &poolCluster,
                           bool usableOnly)
{
    QStringList names;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        if (pool->poolCluster != poolCluster)
            continue;
        if (!usableOnly || (pool->phase == Cstor::PoolPhase::Online && !pool->readOnly))
            names << pool->meta.name;
    }
    return names;
}

QString joined(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}
} // namespace

// CO cvc-controller: scale-up creates the new CVR at once; volume-mgmt
// triggerScaleDownProcess refuses a scale-down while a kept ("spec") replica is not Healthy in
// the target's status, and istgt refuses a lower DRF it cannot take.
QStringList StuckScalingRule::causes(const Migration::ClusterSnapshot &cluster,
                                     const QString &volume, const QStringList &added,
                                     const QStringList &kept)
{
    QStringList causes;
    const Cstor::Volume *cv = cluster.volume(volume);
    for (const QString &pool : added) {
        if (!cluster.pool(pool))
            continue; // cvc-unknown-pool says it
        const Cstor::VolumeReplica *cvr = cluster.replica(volume, pool);
        if (!cvr)
            causes << tr("no replica was created on %1").arg(pool);
        else if (cvr->phase != Cstor::ReplicaPhase::Healthy)
            causes << tr("the new replica %1 is %2").arg(cvr->meta.name, cvr->phaseText);
    }
    for (const QString &pool : kept) {
        const Cstor::VolumeReplica *cvr = cluster.replica(volume, pool);
        if (!cvr || !cv || cv->replicaStatuses.isEmpty() || added.contains(pool))
            continue;
        if (Migration::ReplicaHealth::targetMode(*cv, *cvr) != QLatin1String("Healthy"))
            causes << tr("the target does not count replica %1 on %2 as Healthy (its pool or "
                         "node may be down)")
                          .arg(cvr->meta.name, pool);
    }
    if (cluster.drfRefusing(volume))
        causes << tr("the target refused the lower replication factor (FailUpdate \"are invalid "
                     "changes\")");
    return causes;
}

// CO scaleDownVolumeReplicas deletes the removed pool's replica, then writes status.poolInfo;
// when that write failed and the replica is gone by the next try, getScaleDownCVR finds none and
// Delete("") fails "resource name may not be empty" at every sync (CSTOR-CONTROLLERS.md §1.6).
QString StuckScalingRule::strandedPool(const Migration::ClusterSnapshot &cluster,
                                       const Cstor::VolumeConfig &cvc)
{
    for (const QString &pool : cvc.poolsBeingRemoved()) {
        if (!cluster.replica(cvc.meta.name, pool))
            return pool;
    }
    return {};
}

void StuckScalingRule::describeStranded(const Cstor::VolumeConfig &cvc, const QString &pool,
                                        Finding *finding)
{
    const QString &name = cvc.meta.name;
    const QString ns = Parts::namespaceOf(cvc.meta);
    const int index = int(cvc.statusPools.indexOf(pool));
    finding->severity = Finding::Severity::Warning;
    finding->summary =
        tr("Volume %1 is scaling down: its CVC's spec lists %2, its status %3. The CVC "
           "controller cannot finish: the replica on %4 is already gone, so it fails "
           "\"failed to delete cstorvolumereplica : resource name may not be empty\" at every "
           "sync.")
            .arg(name, joined(cvc.specPools), joined(cvc.statusPools), pool);
    finding->risk = tr("Availability: every later change of this volume's pools fails the same "
                       "way until the status is right. No data is at risk: the removed replica "
                       "is already gone.");
    finding->commands << QStringLiteral(
                             "kubectl patch cvc %1 -n %2 --type json -p "
                             "'[{\"op\":\"test\",\"path\":\"/status/poolInfo/%3\",\"value\":"
                             "\"%4\"},{\"op\":\"remove\",\"path\":\"/status/poolInfo/%3\"}]'")
                             .arg(name, ns)
                             .arg(index)
                             .arg(pool);
    finding->fix = tr("Remove %1 from the CVC's status.poolInfo, as the controller would have "
                      "(the kubectl patch below tests that the entry is still there). For a "
                      "volume of three or more replicas its PodDisruptionBudget keeps the old "
                      "pool set until the next change of its pools. The console's own moves "
                      "make this repair themselves.")
                       .arg(pool);
}

QList<Finding> StuckScalingRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        if (!cvc->isScaling())
            continue;
        const QString &name = cvc->meta.name;
        const QStringList added = cvc->poolsBeingAdded();
        const QStringList removed = cvc->poolsBeingRemoved();
        const QStringList why = causes(cluster, name, added, cvc->specPools);
        const bool onlyUnknown = removed.isEmpty() && !added.isEmpty() && why.isEmpty() &&
                                 std::none_of(added.begin(), added.end(), [&](const QString &pool) {
                                     return cluster.pool(pool) != nullptr;
                                 });
        if (onlyUnknown)
            continue;
        const QString ns = Parts::namespaceOf(cvc->meta);
        Finding finding =
            found(why.isEmpty() ? Finding::Severity::Info : Finding::Severity::Warning,
                  {Parts::object("cvc", name), Parts::object("cv", name)});
        const QString change = removed.isEmpty() ? tr("up") : tr("down");
        finding.summary = tr("Volume %1 is scaling %2: its CVC's spec lists %3, its status %4.")
                              .arg(name, change, joined(cvc->specPools), joined(cvc->statusPools));
        if (!why.isEmpty())
            finding.summary +=
                QLatin1Char(' ') + tr("It waits because %1.").arg(why.join(QStringLiteral("; ")));
        finding.risk = tr("Availability: no other change of this volume's placement is accepted "
                          "until it ends; while the removed replica still exists its data is "
                          "safe.");
        finding.commands = {Parts::getYaml("cvc", name, ns), Parts::replicasOf(name, ns),
                            Parts::eventsOf(name, ns)};
        if (const QString gone = strandedPool(cluster, *cvc); !gone.isEmpty()) {
            describeStranded(*cvc, gone, &finding);
            findings << finding;
            continue;
        }
        finding.fix = removed.isEmpty()
                          ? tr("Wait for the new replica to rebuild; if its pool is gone, remove "
                               "that pool from the CVC again (kubectl edit cvc %1 -n %2).")
                                .arg(name, ns)
                          : tr("Bring back the node or pool of the replica the target does not "
                               "count; if it is gone for good, put %1 back in the CVC's "
                               "spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the "
                               "volume keeps its copies, then replace the lost replica.")
                                .arg(joined(removed), name, ns);
        findings << finding;
    }
    return findings;
}

QList<Finding> UnknownPoolRule::check(const Migration::ClusterSnapshot &cluster,
                                      const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        QStringList unknown;
        for (const QString &pool : cvc->specPools) {
            if (!cluster.pool(pool))
                unknown << pool;
        }
        if (unknown.isEmpty())
            continue;
        const QString &name = cvc->meta.name;
        const QString ns = Parts::namespaceOf(cvc->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cvc", name)});
        finding.summary = tr("The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.")
                              .arg(name, unknown.join(QStringLiteral(", ")));
        finding.risk = tr("Availability: the CVC stays scaling forever and refuses every other "
                          "placement change of the volume.");
        finding.commands = {
            QStringLiteral("kubectl get cvc %1 -n %2 -o jsonpath='{.spec.policy.replicaPoolInfo}'")
                .arg(name, ns),
            QStringLiteral("kubectl get cspi -n %1 -l openebs.io/cstor-pool-cluster=%2")
                .arg(ns, cvc->poolCluster)};
        finding.fix = tr("Replace the name by a pool of %3 (%4): cstor-console recover %1 picks "
                         "the closest usable one and waits for its replica, or kubectl edit cvc "
                         "%1 -n %2. The admission webhook refuses to remove the name while the "
                         "scale-up is pending.")
                          .arg(name, ns, cvc->poolCluster,
                               joined(poolsOfCluster(cluster, cvc->poolCluster, false)));
        findings << finding;
    }
    return findings;
}

QList<Finding> RefusedDrfRule::check(const Migration::ClusterSnapshot &cluster,
                                     const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::Volume *cv : cluster.volumes()) {
        const int refusals = cluster.drfRefusals(cv->meta.name);
        if (refusals == 0 || !cluster.drfRefusing(cv->meta.name))
            continue;
        const QString &name = cv->meta.name;
        const QString ns = Parts::namespaceOf(cv->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cv", name)});
        finding.summary = tr("The target of volume %1 refused %n time(s) to lower its desired "
                             "replication factor to %2 (FailUpdate: invalid changes).",
                             nullptr, refusals)
                              .arg(name)
                              .arg(cv->desiredReplicationFactor);
        finding.risk = tr("Availability: the target keeps waiting for a replica that is no "
                          "longer there; the volume's next scale-down stays stuck.");
        finding.commands = {
            Parts::eventsOf(name, ns),
            QStringLiteral("kubectl get cv %1 -n %2 -o jsonpath='{.spec}'").arg(name, ns)};
        finding.fix = tr("Restart the volume's target pod (kubectl delete pod -n %1 -l "
                         "openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): "
                         "the restarted target reads the lower factor from the CV. I/O pauses "
                         "while it restarts.")
                          .arg(ns, name);
        findings << finding;
    }
    return findings;
}

QList<Finding> PendingClaimRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &now) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        if (cvc->phase != Cstor::VolumeConfigPhase::Pending)
            continue;
        const QStringList usable = poolsOfCluster(cluster, cvc->poolCluster, true);
        const int needed = std::max(1, cvc->replicaCount);
        const bool tooFew = usable.size() < needed;
        const QDateTime created = cvc->meta.creationTimestamp;
        if (!tooFew && (!created.isValid() || created.secsTo(now) <= kGraceSeconds))
            continue;
        const QString &name = cvc->meta.name;
        const QString ns = Parts::namespaceOf(cvc->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cvc", name)});
        finding.summary =
            tooFew ? tr("Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 "
                        "ONLINE writable (%5).")
                         .arg(name)
                         .arg(needed)
                         .arg(cvc->poolCluster)
                         .arg(usable.size())
                         .arg(joined(usable))
                   : tr("Volume claim %1 has been Pending for %2.")
                         .arg(name, Parts::ago(created, now));
        finding.risk = tr("Availability: the application's PersistentVolumeClaim stays unbound "
                          "and its pod does not start.");
        finding.commands = {Parts::getYaml("cvc", name, ns), Parts::eventsOf(name, ns),
                            QStringLiteral("kubectl get cspi -n %1 -l "
                                           "openebs.io/cstor-pool-cluster=%2")
                                .arg(ns, cvc->poolCluster)};
        finding.fix = tr("Bring the pools of %1 back ONLINE, free space on read-only ones, or "
                         "add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the "
                         "CVC controller retries on its next resync.")
                          .arg(cvc->poolCluster, ns);
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
