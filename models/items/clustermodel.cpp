#include "models/items/clustermodel.h"

#include "models/items/health.h"

#include <algorithm>

namespace Items {

namespace {

constexpr int kCheckIntervalMs = 250;

template<typename T>
void applyByUid(QHash<QString, T> &hash, const Kube::KindDelta<T> &delta)
{
    if (delta.replaceAll)
        hash.clear();
    for (const QString &uid : delta.removedUids)
        hash.remove(uid);
    for (const T &object : delta.upserted)
        hash.insert(object.meta.uid, object);
}

} // namespace

ClusterModel::ClusterModel(QObject *parent)
    : QObject(parent)
    , m_pools(new PoolModel(this))
    , m_replicas(new ReplicaModel(this))
    , m_volumes(new VolumeModel(this))
    , m_nodes(new NodeModel(this))
    , m_events(new EventModel(this))
{
    qRegisterMetaType<Items::ChangeSet>();
    m_sinceCheck.start();
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, qOverload<>(&ClusterModel::checkStaleness));
}

ClusterModel::~ClusterModel() = default;

const Cstor::PoolCluster *ClusterModel::poolCluster(const QString &name) const
{
    for (const Cstor::PoolCluster &cluster : m_poolClusters) {
        if (cluster.meta.name == name)
            return &cluster;
    }
    return nullptr;
}

void ClusterModel::apply(const Kube::ClusterDelta &delta)
{
    if (delta.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    if (!delta.skipped.isEmpty()) {
        const QMap<QString, Kube::SkippedObject> before = m_skipped;
        delta.skipped.applyTo(&m_skipped);
        const auto same = [](const Kube::SkippedObject &a, const Kube::SkippedObject &b) {
            return a.kind == b.kind && a.name == b.name && a.problem == b.problem;
        };
        if (before.keys() != m_skipped.keys() ||
            !std::equal(before.cbegin(), before.cend(), m_skipped.cbegin(), same))
            emit skippedObjectsChanged();
    }
    ChangeSet changes;
    applyByUid(m_poolClusters, delta.poolClusters);

    const QSet<QString> imported = m_poolImports.apply(delta.events.upserted);
    const Kube::KindDelta<Cstor::PoolInstance> pools = withImportState(delta.pools, imported);
    if (!pools.isEmpty()) {
        if (pools.replaceAll)
            m_importLost.clear();
        const QList<Cstor::PoolInstance> removed = m_pools->apply(pools);
        for (const Cstor::PoolInstance &pool : removed) {
            m_importLost.remove(pool.meta.name);
            const QString node = m_nodeOfPool.take(pool.meta.name);
            auto it = m_poolsOfNode.find(node);
            if (it != m_poolsOfNode.end()) {
                it->remove(pool.meta.name);
                if (it->isEmpty())
                    m_poolsOfNode.erase(it);
            }
            changes.nodes.insert(node);
            changes.pools.insert(pool.meta.name);
            changes.structural = true;
        }
        for (const Cstor::PoolInstance &pool : pools.upserted) {
            const QString &name = pool.meta.name;
            changes.pools.insert(name);
            if (pool.importLost)
                m_importLost.insert(name);
            else
                m_importLost.remove(name);
            changes.nodes.insert(pool.hostName);
            const auto known = m_nodeOfPool.constFind(name);
            if (known != m_nodeOfPool.constEnd() && known.value() == pool.hostName)
                continue;
            if (known != m_nodeOfPool.constEnd()) {
                const QString oldNode = known.value();
                m_poolsOfNode[oldNode].remove(name);
                if (m_poolsOfNode[oldNode].isEmpty())
                    m_poolsOfNode.remove(oldNode);
                changes.nodes.insert(oldNode);
            }
            m_nodeOfPool.insert(name, pool.hostName);
            m_poolsOfNode[pool.hostName].insert(name);
            changes.structural = true;
        }
    }

    if (!delta.replicas.isEmpty()) {
        for (const Cstor::VolumeReplica &replica : delta.replicas.upserted)
            advanceReference(replica.lastUpdateTime);
        freshenReporting(delta.replicas.upserted);
        QList<Cstor::VolumeReplica> removed;
        m_replicas->apply(delta.replicas, &removed);
        for (const Cstor::VolumeReplica &replica : std::as_const(removed))
            unlinkReplica(replica.meta.uid, &changes);
        for (const Cstor::VolumeReplica &replica : delta.replicas.upserted)
            linkReplica(replica, &changes);
    }

    if (!delta.volumeConfigs.isEmpty()) {
        m_volumes->applyConfigs(delta.volumeConfigs);
        for (const Cstor::VolumeConfig &config : delta.volumeConfigs.upserted)
            changes.volumes.insert(config.meta.name);
    }
    if (!delta.volumes.isEmpty()) {
        m_volumes->applyVolumes(delta.volumes);
        for (const Cstor::Volume &volume : delta.volumes.upserted) {
            changes.volumes.insert(volume.meta.name);
            advanceReference(volume.lastUpdateTime);
        }
    }
    if (!delta.events.isEmpty())
        m_events->apply(delta.events);
    if (!delta.nodes.isEmpty())
        applyNodeObjects(delta.nodes, &changes);
    if (!delta.persistentVolumes.isEmpty() || !delta.workloadPods.isEmpty())
        changes.volumes.unite(m_users.apply(delta.persistentVolumes, delta.workloadPods));
    for (const QString &why : {delta.persistentVolumesUnreadable, delta.workloadPodsUnreadable}) {
        if (!why.isEmpty())
            m_usersUnreadable = why;
    }

    updateVolumes(changes.volumes);
    changes.nodes.remove(QString());
    updateNodes(changes.nodes, &changes);
    maybeCheckStaleness(&changes);
    m_summaryValid = false;
    const qint64 modelsNs = timer.nsecsElapsed();
    emit applied(changes);
    m_applyTimings.modelsNs += modelsNs;
    m_applyTimings.followersNs += timer.nsecsElapsed() - modelsNs;
    ++m_applyTimings.batches;
}

void ClusterModel::clear()
{
    m_replicas->clear();
    m_pools->clear();
    m_volumes->clear();
    m_nodes->clear();
    m_events->clear();
    m_poolClusters.clear();
    m_users.clear();
    m_usersUnreadable.clear();
    m_linksOfReplica.clear();
    m_replicasOfPool.clear();
    m_replicasOfVolume.clear();
    m_nodeOfPool.clear();
    m_poolsOfNode.clear();
    m_nodeNameOfUid.clear();
    m_notReadyNodes.clear();
    m_zoneOfNode.clear();
    m_poolImports.clear();
    m_importLost.clear();
    m_reference = {};
    m_referenceAtLastCheck = {};
    m_synced = false;
    m_watchedFrom = {};
    m_summaryValid = false;
    const bool hadSkipped = !m_skipped.isEmpty();
    m_skipped.clear();
    emit cleared();
    if (hadSkipped)
        emit skippedObjectsChanged();
}

Kube::KindDelta<Cstor::PoolInstance>
ClusterModel::withImportState(const Kube::KindDelta<Cstor::PoolInstance> &delta,
                              const QSet<QString> &imported) const
{
    // A decoded pool says false; only a lost one is written, so that a batch of status updates
    // is not copied for nothing.
    Kube::KindDelta<Cstor::PoolInstance> pools = delta;
    for (qsizetype i = 0; i < delta.upserted.size(); ++i) {
        if (m_poolImports.lost(delta.upserted.at(i)))
            pools.upserted[i].importLost = true;
    }
    // Known pools whose answer may change without a change of their own: one imported now, one
    // lost (the cluster's clock moves on).
    QSet<QString> again = imported;
    again.unite(m_importLost);
    for (const Cstor::PoolInstance &pool : delta.upserted)
        again.remove(pool.meta.name);
    for (const QString &name : std::as_const(again)) {
        const Cstor::PoolInstance *known = m_pools->findByName(name);
        if (!known || known->importLost == m_poolImports.lost(*known))
            continue;
        Cstor::PoolInstance changed = *known;
        changed.importLost = !changed.importLost;
        pools.upsert(std::move(changed));
    }
    return pools;
}

void ClusterModel::linkReplica(const Cstor::VolumeReplica &replica, ChangeSet *changes)
{
    const QString &uid = replica.meta.uid;
    changes->replicas.insert(uid);
    changes->volumes.insert(replica.volume);
    changes->pools.insert(replica.pool);
    changes->nodes.insert(m_nodeOfPool.value(replica.pool));
    const ReplicaBrief brief{replica.phase, replica.lastUpdateTime};
    const auto known = m_linksOfReplica.constFind(uid);
    if (known != m_linksOfReplica.constEnd() && known->pool == replica.pool &&
        known->volume == replica.volume) {
        m_replicasOfPool[replica.pool][uid] = brief;
        return;
    }
    if (known != m_linksOfReplica.constEnd())
        unlinkReplica(uid, changes);
    m_linksOfReplica.insert(uid, {replica.pool, replica.volume});
    m_replicasOfPool[replica.pool].insert(uid, brief);
    m_replicasOfVolume[replica.volume].insert(uid);
    changes->structural = true;
}

void ClusterModel::unlinkReplica(const QString &uid, ChangeSet *changes)
{
    const ReplicaLinks links = m_linksOfReplica.take(uid);
    changes->replicas.insert(uid);
    changes->volumes.insert(links.volume);
    changes->pools.insert(links.pool);
    changes->nodes.insert(m_nodeOfPool.value(links.pool));
    changes->structural = true;
    if (auto it = m_replicasOfPool.find(links.pool); it != m_replicasOfPool.end()) {
        it->remove(uid);
        if (it->isEmpty())
            m_replicasOfPool.erase(it);
    }
    if (auto it = m_replicasOfVolume.find(links.volume); it != m_replicasOfVolume.end()) {
        it->remove(uid);
        if (it->isEmpty())
            m_replicasOfVolume.erase(it);
    }
}

NodeRow ClusterModel::nodeRow(const QString &name) const
{
    NodeRow row;
    row.name = name;
    row.pools = poolsOfNode(name);
    int stale = 0;
    for (const QString &poolName : std::as_const(row.pools)) {
        if (const Cstor::PoolInstance *pool = m_pools->findByName(poolName)) {
            row.usedBytes += pool->usedBytes;
            row.totalBytes += pool->totalBytes;
            if (HealthRules::isUnhealthy(HealthRules::ofPool(*pool)))
                ++row.unhealthyPools;
        }
        const auto briefs = m_replicasOfPool.constFind(poolName);
        if (briefs == m_replicasOfPool.constEnd())
            continue;
        for (auto it = briefs->cbegin(); it != briefs->cend(); ++it) {
            const ReplicaBrief &replica = it.value();
            ++row.replicas;
            if (Cstor::Phases::isRebuilding(replica.phase))
                ++row.rebuildingReplicas;
            else if (HealthRules::isUnhealthy(HealthRules::ofReplica(replica.phase)))
                ++row.unhealthyReplicas;
            if (m_replicas->isStale(it.key()))
                ++stale;
            if (replica.lastUpdate.isValid() &&
                (!row.lastUpdate.isValid() || replica.lastUpdate > row.lastUpdate))
                row.lastUpdate = replica.lastUpdate;
        }
    }
    row.stale = row.replicas > 0 && stale == row.replicas;
    row.notReady = m_notReadyNodes.contains(name);
    row.zone = m_zoneOfNode.value(name);
    return row;
}

void ClusterModel::applyNodeObjects(const Kube::KindDelta<Cstor::Node> &delta, ChangeSet *changes)
{
    const auto forget = [this, changes](const QString &name) {
        if (m_notReadyNodes.remove(name))
            changes->nodes.insert(name);
    };
    const auto setZone = [this, changes](const QString &name, const QString &zone) {
        if (m_zoneOfNode.value(name) == zone)
            return;
        if (zone.isEmpty())
            m_zoneOfNode.remove(name);
        else
            m_zoneOfNode.insert(name, zone);
        changes->nodes.insert(name);
        // The overview groups the nodes by zone: a node that changes zone moves.
        changes->structural = true;
    };
    if (delta.replaceAll) {
        for (const QString &name : std::as_const(m_notReadyNodes))
            changes->nodes.insert(name);
        m_notReadyNodes.clear();
        m_nodeNameOfUid.clear();
        // Only the zones of nodes no longer listed go now: a relist that changes nothing moves
        // nothing.
        QSet<QString> listed;
        for (const Cstor::Node &node : delta.upserted)
            listed.insert(node.meta.name);
        const QStringList zoned = m_zoneOfNode.keys();
        for (const QString &name : zoned) {
            if (!listed.contains(name))
                setZone(name, {});
        }
    }
    for (const QString &uid : delta.removedUids) {
        const QString name = m_nodeNameOfUid.take(uid);
        forget(name);
        setZone(name, {});
    }
    for (const Cstor::Node &node : delta.upserted) {
        const QString &name = node.meta.name;
        m_nodeNameOfUid.insert(node.meta.uid, name);
        setZone(name, node.zone);
        // A node that never said (no Ready condition) is not called NotReady.
        if (node.ready || node.readyStatus.isEmpty())
            forget(name);
        else if (!m_notReadyNodes.contains(name)) {
            m_notReadyNodes.insert(name);
            changes->nodes.insert(name);
        }
    }
}

void ClusterModel::updateNodes(const QSet<QString> &names, ChangeSet *changes)
{
    QList<NodeRow> rows;
    QStringList gone;
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        if (!m_poolsOfNode.contains(name)) {
            gone.append(name);
            continue;
        }
        rows.append(nodeRow(name));
    }
    if (!gone.isEmpty()) {
        m_nodes->removeNodes(gone);
        changes->structural = true;
    }
    const int before = m_nodes->rowCount();
    m_nodes->setRows(rows);
    if (m_nodes->rowCount() != before)
        changes->structural = true;
}

void ClusterModel::updateVolumes(const QSet<QString> &names)
{
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        int replicas = 0;
        int healthy = 0;
        int rebuilding = 0;
        qint64 used = 0;
        qint64 reference = 0;
        QStringList rebuildingUids;
        const QSet<QString> uids = m_replicasOfVolume.value(name);
        for (const QString &uid : uids) {
            const Cstor::VolumeReplica *replica = m_replicas->find(uid);
            if (!replica)
                continue;
            ++replicas;
            used = std::max(used, replica->usedBytes);
            if (replica->phase == Cstor::ReplicaPhase::Healthy) {
                ++healthy;
                reference = std::max(reference, replica->usedBytes);
            } else {
                if (ReplicaModel::isFilling(replica->phase))
                    rebuildingUids.append(uid);
                if (Cstor::Phases::isRebuilding(replica->phase))
                    ++rebuilding;
            }
        }
        // The estimate of a rebuilding replica moves when its healthy peer's size does.
        if (m_replicas->setRebuildReference(name, reference))
            m_replicas->refreshKeys(rebuildingUids);
        m_volumes->setReplicaSummary(name, replicas, healthy, rebuilding, used);
        m_volumes->setUse(name, m_users.useOf(name));
    }
}

void ClusterModel::setStaleAfterSeconds(int seconds)
{
    m_staleAfterSeconds = std::max(1, seconds);
    checkStaleness();
}

void ClusterModel::setSynced()
{
    if (m_synced)
        return;
    m_synced = true;
    m_watchedFrom = m_reference;
}

void ClusterModel::maybeCheckStaleness(ChangeSet *changes)
{
    if (m_reference == m_referenceAtLastCheck)
        return;
    if (m_sinceCheck.elapsed() >= kCheckIntervalMs)
        checkStaleness(changes);
    else if (!m_checkTimer.isActive())
        m_checkTimer.start(kCheckIntervalMs);
}

void ClusterModel::checkStaleness()
{
    ChangeSet changes;
    checkStaleness(&changes);
    if (!changes.isEmpty()) {
        m_summaryValid = false;
        emit applied(changes);
    }
}

bool ClusterModel::isStaleAt(const QDateTime &lastUpdate, const QDateTime &threshold)
{
    return threshold.isValid() && lastUpdate.isValid() && lastUpdate < threshold;
}

QDateTime ClusterModel::staleThreshold(const QDateTime &reference) const
{
    if (!m_synced || !reference.isValid())
        return {};
    const QDateTime threshold = reference.addSecs(-m_staleAfterSeconds);
    // Not watched for a whole period yet (a cluster synced before any status time was seen
    // starts being watched at its first one).
    if (m_watchedFrom.isValid() && threshold < m_watchedFrom)
        return {};
    return threshold;
}

void ClusterModel::advanceReference(const QDateTime &statusTime)
{
    if (statusTime.isValid() && (!m_reference.isValid() || statusTime > m_reference))
        m_reference = statusTime;
    if (m_synced && !m_watchedFrom.isValid())
        m_watchedFrom = m_reference;
}

void ClusterModel::freshenReporting(const QList<Cstor::VolumeReplica> &upserted)
{
    // A stale replica that reports again is fresh at once, with the update that says so,
    // rather than at the next check: its row and its node are redone for this update anyway.
    // (When many report at once, e.g. a node back up, the check would redo their nodes again.)
    if (!m_replicas->hasStale())
        return;
    const QDateTime threshold = staleThreshold(m_reference);
    QStringList fresh;
    for (const Cstor::VolumeReplica &replica : upserted) {
        if (m_replicas->isStale(replica.meta.uid) && !isStaleAt(replica.lastUpdateTime, threshold))
            fresh.append(replica.meta.uid);
    }
    m_replicas->forgetStale(fresh);
}

void ClusterModel::checkStaleness(ChangeSet *changes)
{
    m_sinceCheck.restart();
    m_checkTimer.stop();
    m_referenceAtLastCheck = m_reference;
    // One pass, and no set built unless something flipped: this runs every 250 ms under churn.
    // A whole cluster can turn stale at once (the first status after a long silence moves the
    // reference past every replica): at most kMaxStaleFlipsPerCheck flip in one turn of the
    // event loop, and the check goes on in the next turn until none is left.
    const QDateTime threshold = staleThreshold(m_reference);
    QStringList flipped;
    for (const Cstor::VolumeReplica &replica : m_replicas->rows()) {
        const bool stale = isStaleAt(replica.lastUpdateTime, threshold);
        if (stale == m_replicas->isStale(replica.meta.uid))
            continue;
        if (flipped.size() == kMaxStaleFlipsPerCheck) {
            m_referenceAtLastCheck = QDateTime();
            m_checkTimer.start(0);
            break;
        }
        flipped.append(replica.meta.uid);
    }
    if (flipped.isEmpty())
        return;
    m_replicas->flipStale(flipped);
    QSet<QString> pools;
    for (const QString &uid : std::as_const(flipped)) {
        changes->replicas.insert(uid);
        if (const auto links = m_linksOfReplica.constFind(uid); links != m_linksOfReplica.cend())
            pools.insert(links->pool);
    }
    QSet<QString> nodes;
    for (const QString &pool : std::as_const(pools))
        nodes.insert(m_nodeOfPool.value(pool));
    nodes.remove(QString());
    changes->pools.unite(pools);
    changes->nodes.unite(nodes);
    updateNodes(nodes, changes);
}

QStringList ClusterModel::nodeNames() const
{
    QStringList names = m_poolsOfNode.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList ClusterModel::poolsOfNode(const QString &node) const
{
    QStringList names = m_poolsOfNode.value(node).values();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList ClusterModel::replicasOfPool(const QString &pool) const
{
    QList<std::pair<QString, QString>> byVolume;
    const auto briefs = m_replicasOfPool.constFind(pool);
    if (briefs == m_replicasOfPool.constEnd())
        return {};
    for (auto it = briefs->cbegin(); it != briefs->cend(); ++it)
        byVolume.append({m_linksOfReplica.value(it.key()).volume, it.key()});
    std::sort(byVolume.begin(), byVolume.end());
    QStringList out;
    out.reserve(byVolume.size());
    for (const auto &entry : std::as_const(byVolume))
        out.append(entry.second);
    return out;
}

int ClusterModel::replicaCountOfPool(const QString &pool) const
{
    const auto it = m_replicasOfPool.constFind(pool);
    return it == m_replicasOfPool.constEnd() ? 0 : int(it->size());
}

QStringList ClusterModel::replicasOfVolume(const QString &volume) const
{
    return m_replicasOfVolume.value(volume).values();
}

QString ClusterModel::nodeOfPool(const QString &pool) const
{
    return m_nodeOfPool.value(pool);
}

ClusterSummary ClusterModel::summary() const
{
    if (m_summaryValid)
        return m_summary;
    ClusterSummary s;
    for (const NodeRow &node : m_nodes->rows()) {
        ++s.nodes;
        if (node.stale)
            ++s.staleNodes;
    }
    for (const Cstor::PoolInstance &pool : m_pools->rows()) {
        ++s.pools;
        s.usedBytes += pool.usedBytes;
        s.totalBytes += pool.totalBytes;
        if (pool.readOnly)
            ++s.readOnlyPools;
        if (HealthRules::isUnhealthy(HealthRules::ofPool(pool)))
            ++s.unhealthyPools;
    }
    for (const VolumeRow &volume : m_volumes->rows()) {
        ++s.volumes;
        if (volume.volume && HealthRules::isUnhealthy(HealthRules::ofVolume(volume.volume->phase)))
            ++s.unhealthyVolumes;
    }
    for (const Cstor::VolumeReplica &replica : m_replicas->rows()) {
        ++s.replicas;
        if (Cstor::Phases::isRebuilding(replica.phase))
            ++s.rebuildingReplicas;
        else if (HealthRules::isUnhealthy(HealthRules::ofReplica(replica.phase)) ||
                 m_replicas->isStale(replica.meta.uid))
            ++s.unhealthyReplicas;
    }
    m_summary = s;
    m_summaryValid = true;
    return s;
}

} // namespace Items
