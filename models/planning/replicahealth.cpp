#include "models/planning/replicahealth.h"

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
        return true;
    return targetMode(*cv, cvr) == QLatin1String("Healthy");
}

bool ReplicaHealth::isHealthy(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr)
{
    return !cvr.meta.deletionTimestamp.isValid() &&
           reportedHealthy(cluster.volume(cvr.volume), cvr) &&
           !cluster.nodeLost(nodeOf(cluster, cvr));
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
