#pragma once

#include "models/kube/clusterdelta.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Migration {

// The cluster as the informers last reported it, indexed the way planning needs it.
// Built by applying ClusterDeltas; keyed by uid internally, looked up by name.
class ClusterSnapshot
{
public:
    void apply(const Kube::ClusterDelta &delta);

    const Cstor::PoolInstance *pool(const QString &name) const;
    const Cstor::VolumeConfig *volumeConfig(const QString &name) const;
    const Cstor::Volume *volume(const QString &name) const;
    const Cstor::VolumeReplica *replica(const QString &volume, const QString &pool) const;
    QList<const Cstor::VolumeReplica *> replicasOfVolume(const QString &volume) const;
    QList<const Cstor::VolumeReplica *> replicasOnPool(const QString &pool) const;
    QList<const Cstor::PoolInstance *> poolsOnNode(const QString &node) const;
    QList<const Cstor::PoolInstance *> pools() const;

    // Bytes that replicas being created on a pool will still need (planned moves count here).
    qint64 volumeSize(const QString &volume) const;

private:
    template<typename T>
    static void applyKind(QHash<QString, T> *byUid, const Kube::KindDelta<T> &delta);

    QHash<QString, Cstor::PoolInstance> m_pools;
    QHash<QString, Cstor::VolumeConfig> m_volumeConfigs;
    QHash<QString, Cstor::Volume> m_volumes;
    QHash<QString, Cstor::VolumeReplica> m_replicas;
};

} // namespace Migration
