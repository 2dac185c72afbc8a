#include "models/health/volumerules.h"

#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/replicahealth.h"

#include <algorithm>

namespace Doctor {

namespace {
int healthyAsTargetSees(const Cstor::Volume &cv)
{
    return int(std::count_if(cv.replicaStatuses.begin(), cv.replicaStatuses.end(),
                             [](const Cstor::Volume::ReplicaStatus &status) {
                                 return status.mode == QLatin1String("Healthy");
                             }));
}

QString moveCommand(const QString &volume)
{
    return QStringLiteral("cstor-console migrate %1 --from POOL --to POOL").arg(volume);
}
} // namespace

// ISTGT get_cv_status: Offline while the target is not ready (too few replicas connected to
// serve I/O), Degraded while fewer replicas than the consistency factor are Healthy.
QList<Finding> VolumeQuorumRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::Volume *cv : cluster.volumes()) {
        const bool offline = cv->phase == Cstor::VolumePhase::Offline;
        if (!offline && cv->phase != Cstor::VolumePhase::Degraded)
            continue;
        const QString &name = cv->meta.name;
        const QString ns = Parts::namespaceOf(cv->meta);
        Finding finding;
        finding.rule = this->name();
        finding.objects = {Parts::object("cv", name), Parts::object("cvc", name)};
        finding.commands = {Parts::getYaml("cv", name, ns), Parts::replicasOf(name, ns)};
        const int healthy = healthyAsTargetSees(*cv);
        if (offline) {
            finding.severity = Finding::Severity::Critical;
            finding.summary = tr("Volume %1 is Offline: its target counts %2 Healthy of %3 "
                                 "replicas and needs %4 to serve I/O.")
                                  .arg(name)
                                  .arg(healthy)
                                  .arg(cv->replicationFactor)
                                  .arg(cv->consistencyFactor);
            finding.risk = tr("Availability: applications using the volume get I/O errors. "
                              "Data: removing or recreating a replica now can lose the newest "
                              "writes.");
            finding.fix = tr("Bring back the nodes and pools of its replicas (see the replicas' "
                             "pools); the target resumes once %1 replicas reconnect. Do not "
                             "delete replicas. The console cannot restore quorum itself.")
                              .arg(cv->consistencyFactor);
        } else {
            finding.severity = Finding::Severity::Warning;
            finding.summary = tr("Volume %1 is Degraded: its target counts %2 Healthy of %3 "
                                 "replicas.")
                                  .arg(name)
                                  .arg(healthy)
                                  .arg(cv->replicationFactor);
            finding.risk = tr("Data and availability: it has fewer copies than it should; "
                              "losing %n more replica(s) takes it Offline.",
                              nullptr, std::max(1, healthy - cv->consistencyFactor + 1));
            finding.fix = tr("Find the replica that is not Healthy and bring its pool or node "
                             "back; if that node is gone for good, move the replica to another "
                             "pool once the volume is Healthy again, or add a pool to the "
                             "volume's CVC (kubectl edit cvc %1 -n %2, "
                             "spec.policy.replicaPoolInfo).")
                              .arg(name, ns);
        }
        findings << finding;
    }
    return findings;
}

QList<Finding> ReplicaCountRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        if (cvc->phase != Cstor::VolumeConfigPhase::Bound || cvc->replicaCount <= 0)
            continue;
        const int healthy = Migration::ReplicaHealth::healthyCopies(cluster, cvc->meta.name);
        if (healthy >= cvc->replicaCount)
            continue;
        const QString &name = cvc->meta.name;
        const QString ns = Parts::namespaceOf(cvc->meta);
        Finding finding =
            found(healthy == 0 ? Finding::Severity::Critical : Finding::Severity::Warning,
                  {Parts::object("cvc", name)});
        finding.summary = tr("Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned "
                             "with (its CVC lists %4 pool(s)).")
                              .arg(name)
                              .arg(healthy)
                              .arg(cvc->replicaCount)
                              .arg(cvc->specPools.size());
        finding.risk = tr("Data: fewer copies than asked for; one more lost replica may take "
                          "the volume Offline or lose it.");
        finding.commands = {Parts::getYaml("cvc", name, ns), Parts::replicasOf(name, ns)};
        const QStringList bare = Parts::poolsWithoutReplica(cluster, *cvc);
        finding.fix =
            !bare.isEmpty()
                ? tr("The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 "
                     "(Recover volume… in the window) creates them again. Do not remove "
                     "%1 from the CVC: the scale-down of a pool without a replica never "
                     "ends.")
                      .arg(bare.join(QStringLiteral(", ")), name)
            : cvc->specPools.size() < cvc->replicaCount
                ? tr("Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n "
                     "%3 and append a poolName to spec.policy.replicaPoolInfo; the new "
                     "replica rebuilds from the Healthy ones.")
                      .arg(cvc->poolCluster, name, ns)
                : tr("Bring the pools or nodes of the replicas that are not Healthy "
                     "back; if one is gone for good, move that replica to another "
                     "pool (%1).")
                      .arg(moveCommand(name));
        findings << finding;
    }
    return findings;
}

QList<Finding> ReplicasOnOneNodeRule::check(const Migration::ClusterSnapshot &cluster,
                                            const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::VolumeConfig *cvc : cluster.volumeConfigs()) {
        const QList<const Cstor::VolumeReplica *> replicas =
            cluster.replicasOfVolume(cvc->meta.name);
        if (replicas.size() < 2)
            continue;
        const QString node = Migration::ReplicaHealth::nodeOf(cluster, *replicas.constFirst());
        const bool oneNode =
            !node.isEmpty() && std::all_of(replicas.begin(), replicas.end(), [&](const auto *cvr) {
                return Migration::ReplicaHealth::nodeOf(cluster, *cvr) == node;
            });
        if (!oneNode)
            continue;
        const QString &name = cvc->meta.name;
        const QString ns = Parts::namespaceOf(cvc->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cvc", name)});
        for (const Cstor::VolumeReplica *cvr : replicas)
            finding.objects << Parts::object("cvr", cvr->meta.name);
        finding.summary =
            tr("All %1 replicas of volume %2 sit on node %3.").arg(replicas.size()).arg(name, node);
        finding.risk = tr("Data and availability: losing node %1 loses every copy of the "
                          "volume.")
                           .arg(node);
        finding.commands = {Parts::replicasOf(name, ns)};
        finding.fix = tr("Move one replica to a pool on another node: %1.").arg(moveCommand(name));
        findings << finding;
    }
    return findings;
}

QList<Finding> KnownReplicasRule::check(const Migration::ClusterSnapshot &cluster,
                                        const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::Volume *cv : cluster.volumes()) {
        const Cstor::VolumeConfig *cvc = cluster.volumeConfig(cv->meta.name);
        if (!cvc || cvc->isScaling() || cvc->phase != Cstor::VolumeConfigPhase::Bound)
            continue;
        QStringList ids;
        QStringList untrusted;
        for (const Cstor::VolumeReplica *cvr : cluster.replicasOfVolume(cv->meta.name)) {
            ids << cvr->replicaId;
            if (cvr->phase == Cstor::ReplicaPhase::Healthy && !cvr->replicaId.isEmpty() &&
                !cv->knownReplicas.contains(cvr->replicaId))
                untrusted << cvr->meta.name;
        }
        QStringList stale;
        for (const QString &id : cv->knownReplicas.keys()) {
            if (!ids.contains(id))
                stale << id;
        }
        if (stale.isEmpty() && untrusted.isEmpty())
            continue;
        const QString &name = cv->meta.name;
        const QString ns = Parts::namespaceOf(cv->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("cv", name)});
        for (const QString &cvr : std::as_const(untrusted))
            finding.objects << Parts::object("cvr", cvr);
        finding.summary =
            stale.isEmpty()
                ? tr("The target of volume %1 does not know the Healthy replica(s) %2.")
                      .arg(name, untrusted.join(QStringLiteral(", ")))
                : tr("The target of volume %1 knows replica id(s) %2 that no replica of the "
                     "volume has.")
                      .arg(name, stale.join(QStringLiteral(", ")));
        finding.risk = tr("Availability: the target's replication and consistency factors are "
                          "counted over the wrong replicas; its next scale-down is refused and "
                          "its quorum may be lost early.");
        finding.commands = {
            QStringLiteral("kubectl get cv %1 -n %2 -o jsonpath='{.spec.replicaDetails}'")
                .arg(name, ns),
            QStringLiteral("kubectl get cvr -n %1 -l cstorvolume.openebs.io/name=%2 -o "
                           "custom-columns=NAME:.metadata.name,ID:.spec.replicaid")
                .arg(ns, name)};
        const QStringList bare = Parts::poolsWithoutReplica(cluster, *cvc);
        finding.fix =
            !stale.isEmpty() && !bare.isEmpty()
                ? tr("The replica(s) of pool(s) %1 were deleted, and nothing creates them again "
                     "while the volume is Bound. cstor-console recover %2 (Recover volume… in "
                     "the window) creates them again with the replica ids the target knows; "
                     "they rebuild from the Healthy replicas. Do not remove %1 from the CVC: "
                     "the CVC controller finds no replica to remove and the scale-down never "
                     "ends.")
                      .arg(bare.join(QStringLiteral(", ")), name)
                : tr("Manual: compare the two lists. The target adds a replica to "
                     "knownReplicas only when it promotes it in a scale-up, and drops one "
                     "only in a scale-down of the CVC; keep the volume Healthy and do not "
                     "edit the CV by hand.");
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
