#include "models/migration/clustersnapshot.h"

#include <algorithm>

namespace Migration {

template<typename T>
void ClusterSnapshot::applyKind(QHash<QString, T> *byUid, const Kube::KindDelta<T> &delta)
{
    if (delta.replaceAll)
        byUid->clear();
    for (const QString &uid : delta.removedUids)
        byUid->remove(uid);
    for (const T &object : delta.upserted)
        byUid->insert(object.meta.uid, object);
}

void ClusterSnapshot::apply(const Kube::ClusterDelta &delta)
{
    applyKind(&m_pools, delta.pools);
    applyKind(&m_volumeConfigs, delta.volumeConfigs);
    applyKind(&m_volumes, delta.volumes);
    applyKind(&m_replicas, delta.replicas);
}

namespace {
template<typename T>
const T *findByName(const QHash<QString, T> &byUid, const QString &name)
{
    for (const T &object : byUid) {
        if (object.meta.name == name)
            return &object;
    }
    return nullptr;
}

template<typename T>
void sortByName(QList<const T *> *list)
{
    std::sort(list->begin(), list->end(),
              [](const T *a, const T *b) { return a->meta.name < b->meta.name; });
}
} // namespace

const Cstor::PoolInstance *ClusterSnapshot::pool(const QString &name) const
{
    return findByName(m_pools, name);
}

const Cstor::VolumeConfig *ClusterSnapshot::volumeConfig(const QString &name) const
{
    return findByName(m_volumeConfigs, name);
}

const Cstor::Volume *ClusterSnapshot::volume(const QString &name) const
{
    return findByName(m_volumes, name);
}

const Cstor::VolumeReplica *ClusterSnapshot::replica(const QString &volume,
                                                     const QString &pool) const
{
    for (const Cstor::VolumeReplica &replica : m_replicas) {
        if (replica.volume == volume && replica.pool == pool)
            return &replica;
    }
    return nullptr;
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasOfVolume(const QString &volume) const
{
    QList<const Cstor::VolumeReplica *> result;
    for (const Cstor::VolumeReplica &replica : m_replicas) {
        if (replica.volume == volume)
            result.append(&replica);
    }
    sortByName(&result);
    return result;
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasOnPool(const QString &pool) const
{
    QList<const Cstor::VolumeReplica *> result;
    for (const Cstor::VolumeReplica &replica : m_replicas) {
        if (replica.pool == pool)
            result.append(&replica);
    }
    sortByName(&result);
    return result;
}

QList<const Cstor::PoolInstance *> ClusterSnapshot::poolsOnNode(const QString &node) const
{
    QList<const Cstor::PoolInstance *> result;
    for (const Cstor::PoolInstance &pool : m_pools) {
        if (pool.hostName == node)
            result.append(&pool);
    }
    sortByName(&result);
    return result;
}

QList<const Cstor::PoolInstance *> ClusterSnapshot::pools() const
{
    QList<const Cstor::PoolInstance *> result;
    for (const Cstor::PoolInstance &pool : m_pools)
        result.append(&pool);
    sortByName(&result);
    return result;
}

qint64 ClusterSnapshot::volumeSize(const QString &volume) const
{
    // The data a new replica will hold: what the healthy replicas hold now.
    qint64 used = 0;
    for (const Cstor::VolumeReplica *replica : replicasOfVolume(volume)) {
        if (replica->phase == Cstor::ReplicaPhase::Healthy)
            used = std::max(used, replica->allocatedBytes);
    }
    return used;
}

} // namespace Migration
