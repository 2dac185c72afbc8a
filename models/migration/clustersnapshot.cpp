#include "models/migration/clustersnapshot.h"

#include <algorithm>

namespace Migration {

template<typename T>
void ClusterSnapshot::Kind<T>::forget(const T &object)
{
    const auto name = m_uidOfName.constFind(object.meta.name);
    if (name != m_uidOfName.cend() && name.value() == object.meta.uid)
        m_uidOfName.erase(name);
}

template<typename T>
template<typename Dropped, typename Added>
void ClusterSnapshot::Kind<T>::apply(const Kube::KindDelta<T> &delta, Dropped dropped, Added added)
{
    if (delta.replaceAll) {
        for (const T &object : std::as_const(m_byUid))
            dropped(object);
        m_byUid.clear();
        m_uidOfName.clear();
    }
    for (const QString &uid : delta.removedUids) {
        const auto it = m_byUid.constFind(uid);
        if (it == m_byUid.cend())
            continue;
        dropped(*it);
        forget(*it);
        m_byUid.erase(it);
    }
    for (const T &object : delta.upserted) {
        if (const auto it = m_byUid.constFind(object.meta.uid); it != m_byUid.cend()) {
            dropped(*it);
            forget(*it);
        }
        m_byUid.insert(object.meta.uid, object);
        m_uidOfName.insert(object.meta.name, object.meta.uid);
        added(object);
    }
}

template<typename T>
const T *ClusterSnapshot::Kind<T>::findUid(const QString &uid) const
{
    const auto it = m_byUid.constFind(uid);
    return it == m_byUid.cend() ? nullptr : &*it;
}

template<typename T>
const T *ClusterSnapshot::Kind<T>::find(const QString &name) const
{
    const auto uid = m_uidOfName.constFind(name);
    return uid == m_uidOfName.cend() ? nullptr : findUid(uid.value());
}

namespace {
template<typename T>
void sortByName(QList<const T *> *list)
{
    std::sort(list->begin(), list->end(),
              [](const T *a, const T *b) { return a->meta.name < b->meta.name; });
}

// Keeps `uid` under `key` in a one-to-many index.
void link(QHash<QString, QSet<QString>> *index, const QString &key, const QString &uid)
{
    (*index)[key].insert(uid);
}

void unlink(QHash<QString, QSet<QString>> *index, const QString &key, const QString &uid)
{
    const auto it = index->find(key);
    if (it == index->end())
        return;
    it->remove(uid);
    if (it->isEmpty())
        index->erase(it);
}
} // namespace

void ClusterSnapshot::apply(const Kube::ClusterDelta &delta)
{
    const auto nothing = [](const auto &) {};
    m_pools.apply(delta.pools, nothing, nothing);
    m_volumeConfigs.apply(delta.volumeConfigs, nothing, nothing);
    m_volumes.apply(delta.volumes, nothing, nothing);
    m_replicas.apply(
        delta.replicas,
        [this](const Cstor::VolumeReplica &replica) {
            unlink(&m_replicasOfVolume, replica.volume, replica.meta.uid);
            unlink(&m_replicasOnPool, replica.pool, replica.meta.uid);
        },
        [this](const Cstor::VolumeReplica &replica) {
            link(&m_replicasOfVolume, replica.volume, replica.meta.uid);
            link(&m_replicasOnPool, replica.pool, replica.meta.uid);
        });
}

const Cstor::PoolInstance *ClusterSnapshot::pool(const QString &name) const
{
    return m_pools.find(name);
}

const Cstor::VolumeConfig *ClusterSnapshot::volumeConfig(const QString &name) const
{
    return m_volumeConfigs.find(name);
}

const Cstor::Volume *ClusterSnapshot::volume(const QString &name) const
{
    return m_volumes.find(name);
}

const Cstor::VolumeReplica *ClusterSnapshot::replica(const QString &volume,
                                                     const QString &pool) const
{
    for (const QString &uid : m_replicasOfVolume.value(volume)) {
        const Cstor::VolumeReplica *replica = m_replicas.findUid(uid);
        if (replica && replica->pool == pool)
            return replica;
    }
    return nullptr;
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasAmong(const QSet<QString> &uids) const
{
    QList<const Cstor::VolumeReplica *> result;
    result.reserve(uids.size());
    for (const QString &uid : uids) {
        if (const Cstor::VolumeReplica *replica = m_replicas.findUid(uid))
            result.append(replica);
    }
    sortByName(&result);
    return result;
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasOfVolume(const QString &volume) const
{
    return replicasAmong(m_replicasOfVolume.value(volume));
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasOnPool(const QString &pool) const
{
    return replicasAmong(m_replicasOnPool.value(pool));
}

QList<const Cstor::PoolInstance *> ClusterSnapshot::poolsOnNode(const QString &node) const
{
    QList<const Cstor::PoolInstance *> result;
    for (const Cstor::PoolInstance &pool : m_pools.byUid()) {
        if (pool.hostName == node)
            result.append(&pool);
    }
    sortByName(&result);
    return result;
}

QList<const Cstor::PoolInstance *> ClusterSnapshot::pools() const
{
    QList<const Cstor::PoolInstance *> result;
    for (const Cstor::PoolInstance &pool : m_pools.byUid())
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
