#include "models/planning/placement.h"

#include "models/cstor/capacity.h"
#include "models/planning/replicahealth.h"

#include <algorithm>

namespace Migration {

Placement::Placement(const ClusterSnapshot &cluster)
    : m_cluster(cluster)
{
    for (const Cstor::PoolInstance *pool : cluster.pools()) { // by name
        m_poolsOfCluster[pool->poolCluster].append(pool);
        if (isUsable(cluster, *pool))
            m_usable.insert(pool);
        // A cordoned node is being taken out of service (an evacuation here or in another
        // console): no new replica goes there.
        if (const Cstor::Node *node = cluster.node(pool->hostName); node && node->cordoned)
            m_excludedNodes.insert(pool->hostName);
    }
}

bool Placement::isUsable(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool)
{
    return pool.phase == Cstor::PoolPhase::Online && !pool.readOnly &&
           !cluster.nodeLost(pool.hostName) && !cluster.poolLost(pool.meta.name);
}

bool Placement::canTake(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool,
                        qint64 needed, qint64 plannedUse)
{
    return isUsable(cluster, pool) && hasRoom(pool, needed, plannedUse);
}

bool Placement::hasRoom(const Cstor::PoolInstance &pool, qint64 needed, qint64 plannedUse)
{
    const qint64 used = pool.usedBytes + plannedUse;
    const qint64 free = pool.totalBytes - used;
    const bool belowThreshold = pool.roThresholdLimit >= 100 || pool.totalBytes <= 0 ||
                                (used + needed) * 100 / pool.totalBytes < pool.roThresholdLimit;
    return needed < free && belowThreshold;
}

QSet<QString> &Placement::nodesOf(const QString &volume) const
{
    auto it = m_volumeNodes.find(volume);
    if (it == m_volumeNodes.end()) {
        QSet<QString> nodes;
        for (const Cstor::VolumeReplica *replica : m_cluster.replicasOfVolume(volume))
            nodes.insert(ReplicaHealth::nodeOf(m_cluster, *replica));
        it = m_volumeNodes.insert(volume, nodes);
    }
    return *it;
}

QSet<QString> &Placement::poolsOf(const QString &volume) const
{
    auto it = m_volumePools.find(volume);
    if (it == m_volumePools.end()) {
        QSet<QString> pools;
        for (const Cstor::VolumeReplica *replica : m_cluster.replicasOfVolume(volume))
            pools.insert(replica->pool);
        it = m_volumePools.insert(volume, pools);
    }
    return *it;
}

QString Placement::antiAffinityOf(const QString &volume) const
{
    const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(volume);
    return cvc ? cvc->meta.labels.value(antiAffinityLabel()) : QString();
}

bool Placement::isExcluded(const Cstor::PoolInstance &pool) const
{
    return m_excludedPools.contains(pool.meta.name) || m_excludedNodes.contains(pool.hostName);
}

QSet<QString> &Placement::poolsOfGroup(const QString &group) const
{
    if (!m_groupsRead) {
        m_groupsRead = true;
        for (const Cstor::VolumeConfig *cvc : m_cluster.volumeConfigs()) {
            const QString value = cvc->meta.labels.value(antiAffinityLabel());
            if (!value.isEmpty())
                m_groupPools[value].unite(poolsOf(cvc->meta.name));
        }
    }
    return m_groupPools[group];
}

Placement::Asked Placement::ask(const Cstor::VolumeReplica &replica) const
{
    // In this order: reading the group's pools may add to the volumes' pools, which must not
    // move a clone source's set once it is held.
    Asked asked;
    asked.nodes = &nodesOf(replica.volume);
    const QString group = antiAffinityOf(replica.volume);
    asked.groupPools = group.isEmpty() ? nullptr : &poolsOfGroup(group);
    // A clone's replica is `zfs clone <pool>/<source>@<snapshot>`: only a pool holding the
    // source's replica can create it (getUsablePoolListForClone).
    asked.sourcePools = replica.sourceVolume.isEmpty() ? nullptr : &poolsOf(replica.sourceVolume);
    asked.needed = m_cluster.volumeSize(replica.volume);
    return asked;
}

bool Placement::fits(const Asked &asked, const Cstor::PoolInstance &pool) const
{
    // The volume's own pools are on its nodes, so its group's pools never count against it.
    return m_usable.contains(&pool) && !isExcluded(pool) && !asked.nodes->contains(pool.hostName) &&
           (!asked.sourcePools || asked.sourcePools->contains(pool.meta.name)) &&
           (!asked.groupPools || !asked.groupPools->contains(pool.meta.name)) &&
           hasRoom(pool, asked.needed, m_gain.value(pool.meta.name));
}

bool Placement::allows(const Cstor::VolumeReplica &replica, const Cstor::PoolInstance &pool) const
{
    return admission(replica).allows(pool);
}

Placement::Admission Placement::admission(const Cstor::VolumeReplica &replica) const
{
    const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(replica.volume);
    return Admission(this, ask(replica), cvc ? &cvc->poolCluster : nullptr);
}

const Cstor::PoolInstance *Placement::bestTarget(const Cstor::VolumeReplica &replica,
                                                 QString *why) const
{
    const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(replica.volume);
    const QString poolCluster = cvc ? cvc->poolCluster : QString();
    const Asked asked = ask(replica);
    QList<const Cstor::PoolInstance *> candidates;
    if (cvc) {
        candidates = m_poolsOfCluster.value(poolCluster);
    } else {
        for (const QList<const Cstor::PoolInstance *> &pools : m_poolsOfCluster)
            candidates += pools;
    }

    // The most free space once the planned moves land; in name order, the first wins a tie.
    const Cstor::PoolInstance *best = nullptr;
    qint64 bestFree = 0;
    for (const Cstor::PoolInstance *pool : std::as_const(candidates)) {
        if (!fits(asked, *pool))
            continue;
        const qint64 free = pool->totalBytes - pool->usedBytes - m_gain.value(pool->meta.name);
        if (!best || free > bestFree) {
            best = pool;
            bestFree = free;
        }
    }
    if (best)
        return best;

    // None: the rules one after the other, so that the one that leaves no pool can be named.
    QList<const Cstor::PoolInstance *> left;
    for (const Cstor::PoolInstance *pool : std::as_const(candidates)) {
        if (!isExcluded(*pool))
            left.append(pool);
    }
    const auto keep = [&left](const auto &rule) {
        left.erase(
            std::remove_if(left.begin(), left.end(),
                           [&rule](const Cstor::PoolInstance *pool) { return !rule(*pool); }),
            left.end());
        return !left.isEmpty();
    };
    const auto none = [why](const QString &text) {
        if (why)
            *why = text;
        return nullptr;
    };
    if (left.isEmpty())
        return none(tr("%1 has no pool outside the ones being emptied and those on cordoned "
                       "nodes")
                        .arg(poolCluster));
    if (!keep([&](const auto &pool) { return !asked.nodes->contains(pool.hostName); }))
        return none(tr("every other pool of %1 is on a node that holds a replica of %2")
                        .arg(poolCluster, replica.volume));
    if (!keep([&](const auto &pool) { return m_usable.contains(&pool); }))
        return none(tr("no pool of %1 on another node is ONLINE, writable and on a live node")
                        .arg(poolCluster));
    if (!keep([&](const auto &pool) {
            return !asked.sourcePools || asked.sourcePools->contains(pool.meta.name);
        }))
        return none(tr("%1 is a clone of %2: only a pool holding a replica of %2 can take it, "
                       "and none is free on another node")
                        .arg(replica.volume, replica.sourceVolume));
    if (!keep([&](const auto &pool) {
            return !asked.groupPools || !asked.groupPools->contains(pool.meta.name);
        }))
        return none(tr("every pool left holds a volume with the same %1 label (%2)")
                        .arg(antiAffinityLabel(), antiAffinityOf(replica.volume)));
    QSet<int> thresholds;
    for (const Cstor::PoolInstance *pool : std::as_const(left))
        thresholds.insert(pool->roThresholdLimit);
    if (!keep([&](const auto &pool) {
            return hasRoom(pool, asked.needed, m_gain.value(pool.meta.name));
        })) {
        const QString below = thresholds.size() == 1 ? tr("below %1 %").arg(*thresholds.cbegin())
                                                     : tr("below its read-only threshold");
        return none(tr("no pool on another node of %1 has %2 free %3")
                        .arg(poolCluster, Cstor::Capacity::formatBytes(asked.needed), below));
    }
    return none(tr("no pool of %1 may take it").arg(poolCluster)); // a rule above says why
}

void Placement::reserve(const ReplicaMove &move)
{
    const qint64 data = m_cluster.volumeSize(move.volume);
    m_gain[move.targetPool] += data;
    const Cstor::VolumeReplica *source = m_cluster.replica(move.volume, move.sourcePool);
    m_loss[move.sourcePool] += source ? source->allocatedBytes : data;
    if (const Cstor::PoolInstance *target = m_cluster.pool(move.targetPool))
        nodesOf(move.volume).insert(target->hostName);
    poolsOf(move.volume).insert(move.targetPool);
    if (const QString group = antiAffinityOf(move.volume); !group.isEmpty())
        poolsOfGroup(group).insert(move.targetPool);
}

} // namespace Migration
