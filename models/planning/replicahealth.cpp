#include "models/planning/replicahealth.h"

#include <algorithm>

namespace Migration {

QString ReplicaHealth::targetMode(const Cstor::Volume &cv, const Cstor::VolumeReplica &cvr)
{
    const QString guid = cv.knownReplicas.value(cvr.replicaId);
    if (guid.isEmpty())
        return {};
    for (const Cstor::Volume::ReplicaStatus &status : cv.replicaStatuses) {
        if (status.replicaId == guid)
            return status.mode;
    }
    return {};
}

bool ReplicaHealth::reportedHealthy(const Cstor::Volume *cv, const Cstor::VolumeReplica &cvr)
{
    if (cvr.phase != Cstor::ReplicaPhase::Healthy)
        return false;
    if (!cv || cv->replicaStatuses.isEmpty())
        return true; // the target reports no replicas: the CVR's phase is all there is
    if (cv->knownReplicas.isEmpty()) {
        // No known replicas to map the report to CVRs through: a target that counts no
        // Healthy replica still says this one is not.
        return std::any_of(cv->replicaStatuses.begin(), cv->replicaStatuses.end(),
                           [](const Cstor::Volume::ReplicaStatus &status) {
                               return status.mode == QLatin1String("Healthy");
                           });
    }
    return targetMode(*cv, cvr) == QLatin1String("Healthy");
}

bool ReplicaHealth::isHealthy(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr)
{
    return !cvr.meta.deletionTimestamp.isValid() &&
           reportedHealthy(cluster.volume(cvr.volume), cvr) &&
           !cluster.nodeLost(nodeOf(cluster, cvr));
}

QString ReplicaHealth::whyNotHealthy(const ClusterSnapshot &cluster,
                                     const Cstor::VolumeReplica &cvr)
{
    if (cvr.meta.deletionTimestamp.isValid())
        return tr("being deleted");
    if (cvr.phase != Cstor::ReplicaPhase::Healthy)
        return cvr.phaseText.isEmpty() ? tr("no phase yet") : cvr.phaseText;
    if (const QString node = nodeOf(cluster, cvr); cluster.nodeLost(node))
        return tr("node %1 is lost").arg(node);
    const Cstor::Volume *cv = cluster.volume(cvr.volume);
    if (reportedHealthy(cv, cvr))
        return {};
    if (cv->knownReplicas.isEmpty())
        return tr("the volume target counts no replica Healthy");
    const QString mode = targetMode(*cv, cvr);
    return mode.isEmpty() ? tr("the volume target does not list it")
                          : tr("the volume target reports it %1").arg(mode);
}

int ReplicaHealth::healthyCopies(const ClusterSnapshot &cluster, const QString &volume,
                                 const QString &excludingPool)
{
    int copies = 0;
    for (const Cstor::VolumeReplica *cvr : cluster.replicasOfVolume(volume)) {
        if (cvr->pool != excludingPool && isHealthy(cluster, *cvr))
            ++copies;
    }
    return copies;
}

QString ReplicaHealth::nodeOf(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr)
{
    const Cstor::PoolInstance *pool = cluster.pool(cvr.pool);
    return pool && !pool->hostName.isEmpty() ? pool->hostName : cvr.node;
}

} // namespace Migration
