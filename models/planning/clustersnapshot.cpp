#include "models/planning/clustersnapshot.h"

#include <algorithm>

namespace Migration {

template<typename T>
void ClusterSnapshot::Kind<T>::forget(const T &object)
{
    if (m_names == Names::NotIndexed)
        return;
    const auto name = m_uidOfName.constFind(object.meta.name);
    if (name != m_uidOfName.cend() && name.value() == object.meta.uid)
        m_uidOfName.erase(name);
}

template<typename T>
template<typename Changed>
void ClusterSnapshot::Kind<T>::apply(const Kube::KindDelta<T> &delta, Changed changed)
{
    const T *none = nullptr;
    if (delta.replaceAll) {
        for (const T &object : std::as_const(m_byUid))
            changed(&object, none);
        m_byUid.clear();
        m_uidOfName.clear();
    }
    for (const QString &uid : delta.removedUids) {
        const auto it = m_byUid.constFind(uid);
        if (it == m_byUid.cend())
            continue;
        changed(&*it, none);
        forget(*it);
        m_byUid.erase(it);
    }
    for (const T &object : delta.upserted) {
        const auto it = m_byUid.find(object.meta.uid);
        if (it == m_byUid.end()) {
            changed(none, &object);
            m_byUid.insert(object.meta.uid, object);
            if (m_names == Names::Indexed)
                m_uidOfName.insert(object.meta.name, object.meta.uid);
            continue;
        }
        // Most updates are status: the object keeps its name (and its place in the indexes).
        changed(&*it, &object);
        if (m_names == Names::Indexed && it->meta.name != object.meta.name) {
            forget(*it);
            m_uidOfName.insert(object.meta.name, object.meta.uid);
        }
        *it = object;
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
    Q_ASSERT(m_names == Names::Indexed);
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

// Keeps `uid` under `key` in a one-to-many index. A volume has a few replicas and a pool some
// dozens: small lists, where a set per key would take a hash table each.
void link(QHash<QString, QStringList> *index, const QString &key, const QString &uid)
{
    QStringList &uids = (*index)[key];
    if (!uids.contains(uid))
        uids.append(uid);
}

void unlink(QHash<QString, QStringList> *index, const QString &key, const QString &uid)
{
    const auto it = index->find(key);
    if (it == index->end())
        return;
    it->removeOne(uid);
    if (it->isEmpty())
        index->erase(it);
}
} // namespace

void ClusterSnapshot::apply(const Kube::ClusterDelta &delta)
{
    const auto nothing = [](const auto *, const auto *) {};
    m_pools.apply(delta.pools, nothing);
    m_volumeConfigs.apply(delta.volumeConfigs, nothing);
    m_volumes.apply(delta.volumes, nothing);
    m_replicas.apply(delta.replicas, [this](const Cstor::VolumeReplica *before,
                                            const Cstor::VolumeReplica *after) {
        if (before && after && before->volume == after->volume && before->pool == after->pool)
            return;
        if (before) {
            unlink(&m_replicasOfVolume, before->volume, before->meta.uid);
            unlink(&m_replicasOnPool, before->pool, before->meta.uid);
        }
        if (after) {
            link(&m_replicasOfVolume, after->volume, after->meta.uid);
            link(&m_replicasOnPool, after->pool, after->meta.uid);
        }
    });
    for (const Cstor::Event &event : delta.events.upserted) {
        // CO volume-mgmt updateCStorVolumeDRF over ISTGT istgt_uctl_cmd_desired_rf's refusal.
        if (event.involvedKind == QLatin1String("CStorVolume") &&
            event.type == QLatin1String("Warning") && event.reason == QLatin1String("FailUpdate") &&
            event.message.contains(QLatin1String("are invalid changes"))) {
            m_drfRefusals[event.involvedName].insert(event.meta.uid, event.count);
            m_drfRefusers[event.involvedName].insert(event.sourceComponent);
            QDateTime &last = m_lastDrfRefusal[event.involvedName];
            if (!last.isValid() || event.lastTimestamp > last)
                last = event.lastTimestamp;
        }
    }
    m_poolImports.apply(delta.events.upserted);
    m_nodes.apply(delta.nodes, delta.nodesUnreadable);
    m_budgets.apply(delta.disruptionBudgets, delta.disruptionBudgetsUnreadable);
    delta.skipped.applyTo(&m_skipped);
}

QList<Kube::SkippedObject> ClusterSnapshot::unreadable(const QString &volume) const
{
    QList<Kube::SkippedObject> objects;
    for (const Kube::SkippedObject &object : m_skipped) {
        if (object.belongsTo(volume))
            objects.append(object);
    }
    return objects;
}

template<typename T>
void ClusterSnapshot::OptionalKind<T>::apply(const Kube::KindDelta<T> &delta, const QString &why)
{
    if (!delta.isEmpty()) {
        objects.apply(delta, [](const auto *, const auto *) {});
        if (delta.replaceAll) {
            known = true;
            unreadable.clear();
        }
    }
    if (!why.isEmpty())
        setUnreadable(why);
}

template<typename T>
void ClusterSnapshot::OptionalKind<T>::set(const QList<T> &all)
{
    Kube::KindDelta<T> delta;
    delta.replaceAll = true;
    delta.upserted = all;
    apply(delta, {});
}

template<typename T>
void ClusterSnapshot::OptionalKind<T>::setUnreadable(const QString &why)
{
    set({});
    known = false;
    unreadable = why;
}

void ClusterSnapshot::setNodes(const QList<Cstor::Node> &nodes)
{
    m_nodes.set(nodes);
}

void ClusterSnapshot::setNodesUnreadable(const QString &why)
{
    m_nodes.setUnreadable(why);
}

const Cstor::Node *ClusterSnapshot::node(const QString &name) const
{
    return m_nodes.objects.find(name);
}

bool ClusterSnapshot::nodeLost(const QString &name) const
{
    if (!m_nodes.known)
        return false;
    const Cstor::Node *found = node(name);
    return !found || !found->ready;
}

void ClusterSnapshot::setDisruptionBudgets(const QList<Cstor::DisruptionBudget> &budgets)
{
    m_budgets.set(budgets);
}

void ClusterSnapshot::setDisruptionBudgetsUnreadable(const QString &why)
{
    m_budgets.setUnreadable(why);
}

QList<const Cstor::DisruptionBudget *> ClusterSnapshot::disruptionBudgets() const
{
    QList<const Cstor::DisruptionBudget *> result;
    for (const Cstor::DisruptionBudget &budget : m_budgets.objects.byUid())
        result.append(&budget);
    sortByName(&result);
    return result;
}

int ClusterSnapshot::drfRefusals(const QString &volume) const
{
    int total = 0;
    for (const int count : m_drfRefusals.value(volume))
        total += count;
    return total;
}

bool ClusterSnapshot::drfRefusedBy(const QString &volume, const QString &targetPod) const
{
    const auto refusers = m_drfRefusers.constFind(volume);
    if (refusers == m_drfRefusers.cend())
        return false;
    return targetPod.isEmpty() || refusers->contains(targetPod);
}

bool ClusterSnapshot::drfRefusing(const QString &volume) const
{
    // volume-mgmt's resync period (CO volume-mgmt handler.go), and slack for the write between.
    constexpr int kSyncSeconds = 30 + 15;
    if (!m_drfRefusers.contains(volume))
        return false;
    const QDateTime last = m_lastDrfRefusal.value(volume);
    const Cstor::Volume *cv = this->volume(volume);
    if (!last.isValid() || !cv || !cv->lastUpdateTime.isValid())
        return true;
    return last.secsTo(cv->lastUpdateTime) <= kSyncSeconds;
}

bool ClusterSnapshot::poolLost(const QString &pool) const
{
    const Cstor::PoolInstance *cspi = this->pool(pool);
    return cspi && m_poolImports.lost(*cspi);
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

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicasAmong(const QStringList &uids) const
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

namespace {
template<typename T>
QList<const T *> all(const QHash<QString, T> &byUid)
{
    QList<const T *> result;
    result.reserve(byUid.size());
    for (const T &object : byUid)
        result.append(&object);
    return result;
}
} // namespace

QList<const Cstor::VolumeConfig *> ClusterSnapshot::volumeConfigs() const
{
    return all(m_volumeConfigs.byUid());
}

QList<const Cstor::Volume *> ClusterSnapshot::volumes() const
{
    return all(m_volumes.byUid());
}

QList<const Cstor::VolumeReplica *> ClusterSnapshot::replicas() const
{
    return all(m_replicas.byUid());
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
