#include "models/migration/rebuildsampler.h"

#include <algorithm>

namespace Migration {

RebuildEstimator::Estimate RebuildSampler::sample(const ClusterSnapshot &cluster,
                                                  const ReplicaMove &move)
{
    const Cstor::VolumeReplica *created = cluster.replica(move.volume, move.targetPool);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!created)
        return m_estimator.estimate(now);
    qint64 peerBytes = 0;
    int peerSnapshots = 0;
    for (const Cstor::VolumeReplica *peer : cluster.replicasOfVolume(move.volume)) {
        if (peer->pool == move.targetPool || peer->phase != Cstor::ReplicaPhase::Healthy)
            continue;
        peerBytes = std::max(peerBytes, peer->usedBytes);
        peerSnapshots = std::max(peerSnapshots, int(peer->snapshots.size()));
    }
    const bool changed = m_estimator.history().isEmpty() ||
                         m_estimator.history().last().copiedBytes != created->usedBytes;
    if (changed || !m_lastSample.isValid() || m_lastSample.secsTo(now) >= 5) {
        m_estimator.addSample({now, created->usedBytes, peerBytes,
                               int(created->pendingSnapshots.size()), peerSnapshots});
        m_lastSample = now;
    }
    return m_estimator.estimate(now);
}

RebuildEstimator::Estimate RebuildSampler::finish()
{
    m_estimator.markFinished(QDateTime::currentDateTimeUtc());
    return m_estimator.estimate(QDateTime::currentDateTimeUtc());
}

} // namespace Migration
