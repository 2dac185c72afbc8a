#include "tests/common/seedclusterdelta.h"

namespace SeedClusterDelta {

Cstor::PoolInstance pool(const QString &name, const QString &node)
{
    Cstor::PoolInstance p;
    p.meta.uid = QStringLiteral("uid-") + name;
    p.meta.name = name;
    p.poolCluster = QStringLiteral("cspc-stripe-pool");
    p.hostName = node;
    p.phase = Cstor::PoolPhase::Online;
    p.phaseText = QStringLiteral("ONLINE");
    p.totalBytes = 10 * kGiB;
    p.usedBytes = 2 * kGiB; // holds a 1.26 GiB replica and more
    p.freeBytes = 8 * kGiB;
    return p;
}

Cstor::VolumeReplica replica(const QString &volume, const QString &poolName, const QString &node,
                             Cstor::ReplicaPhase phase)
{
    Cstor::VolumeReplica r;
    r.meta.name = volume + QLatin1Char('-') + poolName;
    r.meta.uid = QStringLiteral("uid-") + r.meta.name;
    r.volume = volume;
    r.pool = poolName;
    r.node = node;
    r.phase = phase;
    r.phaseText = Cstor::Phases::toString(phase);
    r.usedBytes = qint64(1.47 * kGiB);
    r.allocatedBytes = qint64(1.26 * kGiB);
    return r;
}

Kube::ClusterDelta make()
{
    Kube::ClusterDelta delta;
    delta.pools.upserted = {pool(kPool1, QStringLiteral("e2e1-node1")),
                            pool(kPool2, QStringLiteral("e2e1-node2")),
                            pool(kPool3, QStringLiteral("e2e1-node3"))};
    Cstor::VolumeConfig cvc;
    cvc.meta.uid = QStringLiteral("uid-cvc");
    cvc.meta.name = kVolume;
    cvc.poolCluster = QStringLiteral("cspc-stripe-pool");
    cvc.specPools = {kPool1, kPool2};
    cvc.statusPools = {kPool1, kPool2};
    cvc.replicaCount = 2;
    cvc.phase = Cstor::VolumeConfigPhase::Bound;
    cvc.phaseText = QStringLiteral("Bound");
    delta.volumeConfigs.upserted = {cvc};
    Cstor::Volume cv;
    cv.meta.uid = QStringLiteral("uid-cv");
    cv.meta.name = kVolume;
    cv.replicationFactor = 2;
    cv.desiredReplicationFactor = 2;
    cv.consistencyFactor = 2;
    cv.phase = Cstor::VolumePhase::Healthy;
    cv.phaseText = QStringLiteral("Healthy");
    delta.volumes.upserted = {cv};
    delta.replicas.upserted = {replica(kVolume, kPool1, QStringLiteral("e2e1-node1")),
                               replica(kVolume, kPool2, QStringLiteral("e2e1-node2"))};
    return delta;
}

} // namespace SeedClusterDelta
