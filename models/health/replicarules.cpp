#include "models/health/replicarules.h"

#include "models/cstor/age.h"
#include "models/cstor/capacity.h"
#include "models/cstor/phases.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/preflight.h"
#include "models/planning/replicahealth.h"

#include <QSet>

namespace Doctor {

namespace {
// How long the replica may stay in its phase before it is worth a look, in seconds.
qint64 expectedSeconds(const Migration::ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr)
{
    if (!Cstor::Phases::isRebuilding(cvr.phase) && cvr.phase != Cstor::ReplicaPhase::Recreate)
        return ReplicaNotHealthyRule::kGraceSeconds;
    return cluster.volumeSize(cvr.volume) / ReplicaNotHealthyRule::kFloorBytesPerSecond +
           ReplicaNotHealthyRule::kGraceSeconds;
}
} // namespace

QList<Finding> ReplicaNotHealthyRule::check(const Migration::ClusterSnapshot &cluster,
                                            const QDateTime &now) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeReplica *cvr : cluster.replicas()) {
        if (cvr->phase == Cstor::ReplicaPhase::Healthy || cvr->meta.deletionTimestamp.isValid())
            continue;
        const QDateTime since = cvr->lastTransitionTime.isValid() ? cvr->lastTransitionTime
                                                                  : cvr->meta.creationTimestamp;
        const qint64 expected = expectedSeconds(cluster, *cvr);
        if (!since.isValid() || since.secsTo(now) <= expected)
            continue;
        const QString ns = Parts::namespaceOf(cvr->meta);
        const QString phase = cvr->phaseText.isEmpty() ? tr("(no phase)") : cvr->phaseText;
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cvr", cvr->meta.name),
                                                             Parts::object("cspi", cvr->pool)});
        finding.summary = tr("Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than "
                             "the %6 expected.")
                              .arg(cvr->meta.name, cvr->volume, cvr->pool, phase,
                                   Parts::ago(since, now), Cstor::formatAge(expected * 1000));
        finding.risk = tr("Data: the volume has one Healthy copy fewer than it should until this "
                          "replica is Healthy again.");
        finding.commands = {Parts::getYaml("cvr", cvr->meta.name, ns),
                            Parts::getYaml("cspi", cvr->pool, ns),
                            Parts::eventsOf(cvr->meta.name, ns)};
        finding.fix =
            tr("Check pool %1 on node %2 and the replica's events. If the pool or node "
               "is gone for good, move the replica to another pool once the volume is "
               "Healthy: cstor-console migrate %3 --from %1 --to POOL.")
                .arg(cvr->pool, Migration::ReplicaHealth::nodeOf(cluster, *cvr), cvr->volume);
        findings << finding;
    }
    return findings;
}

QList<Finding> OrphanReplicaRule::check(const Migration::ClusterSnapshot &cluster,
                                        const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeReplica *cvr : cluster.replicas()) {
        if (cvr->meta.deletionTimestamp.isValid())
            continue;
        const Cstor::VolumeConfig *cvc = cluster.volumeConfig(cvr->volume);
        const bool noVolume = !cvc && !cluster.volume(cvr->volume);
        const bool unlisted = cvc && cvc->phase == Cstor::VolumeConfigPhase::Bound &&
                              !cvc->specPools.contains(cvr->pool) &&
                              !cvc->statusPools.contains(cvr->pool);
        if (!noVolume && !unlisted)
            continue;
        const QString ns = Parts::namespaceOf(cvr->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cvr", cvr->meta.name)});
        finding.summary =
            noVolume ? tr("Replica %1 belongs to volume %2, which has neither a CVC nor a CV.")
                           .arg(cvr->meta.name, cvr->volume)
                     : tr("Replica %1 sits on pool %2, which the CVC of volume %3 does not list.")
                           .arg(cvr->meta.name, cvr->pool, cvr->volume);
        finding.risk = tr("Capacity: it holds %1 on pool %2 that no volume uses.")
                           .arg(Cstor::Capacity::formatBytes(cvr->allocatedBytes), cvr->pool);
        finding.commands = {Parts::getYaml("cvr", cvr->meta.name, ns),
                            QStringLiteral("kubectl get pv %1").arg(cvr->volume)};
        finding.fix = tr("Manual: when no PersistentVolume %1 exists and the replica is not part "
                         "of a move, delete it: kubectl delete cvr %2 -n %3.")
                          .arg(cvr->volume, cvr->meta.name, ns);
        findings << finding;
    }
    return findings;
}

QList<Finding> ClonesOnPoolRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    // Only volumes that have clones at all: most have none.
    QSet<QString> origins;
    const QList<const Cstor::VolumeReplica *> replicas = cluster.replicas();
    for (const Cstor::VolumeReplica *cvr : replicas) {
        if (!cvr->sourceVolume.isEmpty())
            origins.insert(cvr->sourceVolume);
    }
    QList<Finding> findings;
    for (const Cstor::VolumeReplica *cvr : replicas) {
        if (!origins.contains(cvr->volume))
            continue;
        const QStringList clones =
            Migration::Preflight::clonesOnPool(cluster, cvr->volume, cvr->pool);
        if (clones.isEmpty())
            continue;
        const QString ns = Parts::namespaceOf(cvr->meta);
        Finding finding = found(Finding::Severity::Info, {Parts::object("cvr", cvr->meta.name),
                                                          Parts::object("cspi", cvr->pool)});
        finding.summary = tr("Pool %1 holds replicas of clones of volume %2: %3.")
                              .arg(cvr->pool, cvr->volume, clones.join(QStringLiteral(", ")));
        finding.risk = tr("Data: moving or removing the replica of %1 from %2 destroys the "
                          "clones' replicas there (zfs destroy -R).")
                           .arg(cvr->volume, cvr->pool);
        finding.commands = {Parts::replicasOn(cvr->pool, ns)};
        finding.fix = tr("Nothing to do now. The console refuses to move this replica; move or "
                         "remove the clones' replicas on %1 first.")
                          .arg(cvr->pool);
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
