#include "models/sim/upstream/uzfs.h"

#include "models/sim/store/faultplan.h"

#include <algorithm>

namespace Sim {

QString Zvol::zfsStatus() const
{
    if (!connected)
        return QStringLiteral("Offline");
    if (healthy)
        return QStringLiteral("Healthy");
    if (rebuilding)
        return QStringLiteral("Rebuilding");
    return QStringLiteral("Degraded");
}

QString Zvol::cvrPhase() const
{
    const QString status = zfsStatus();
    if (status == QLatin1String("Degraded"))
        return quorum ? status : QStringLiteral("NewReplicaDegraded");
    if (status == QLatin1String("Rebuilding"))
        return quorum ? status : QStringLiteral("ReconstructingNewReplica");
    return status;
}

Uzfs::Uzfs(FaultPlan *faults)
    : m_faults(faults)
{
}

ZPool *Uzfs::findPool(const QString &name)
{
    auto it = m_pools.find(name);
    return it == m_pools.end() ? nullptr : &*it;
}

const ZPool *Uzfs::pool(const QString &name) const
{
    auto it = m_pools.constFind(name);
    return it == m_pools.constEnd() ? nullptr : &*it;
}

QList<const ZPool *> Uzfs::pools() const
{
    QList<const ZPool *> result;
    for (const ZPool &pool : m_pools)
        result.append(&pool);
    std::sort(result.begin(), result.end(),
              [](const ZPool *a, const ZPool *b) { return a->name < b->name; });
    return result;
}

bool Uzfs::nodeDown(const QString &poolName) const
{
    const auto it = m_pools.constFind(poolName);
    return it != m_pools.constEnd() &&
           ((m_faults && m_faults->downNodes.contains(it->node)) ||
            m_podsNotRunning.contains(poolName) || m_disksAway.contains(poolName));
}

bool Uzfs::importFails(const QString &poolName) const
{
    const auto it = m_pools.constFind(poolName);
    return it != m_pools.constEnd() && m_disksAway.contains(poolName) &&
           !(m_faults && m_faults->downNodes.contains(it->node)) &&
           !m_podsNotRunning.contains(poolName);
}

void Uzfs::setDisksAway(const QString &pool, bool away)
{
    if (away)
        m_disksAway.insert(pool);
    else
        m_disksAway.remove(pool);
}

void Uzfs::setPoolPodRunning(const QString &pool, bool running)
{
    if (running)
        m_podsNotRunning.remove(pool);
    else
        m_podsNotRunning.insert(pool);
}

bool Uzfs::poolReachable(const QString &poolName) const
{
    if (!m_pools.contains(poolName))
        return false;
    return !nodeDown(poolName) && !(m_faults && m_faults->offlinePools.contains(poolName));
}

double Uzfs::poolUsedBytes(const ZPool &pool) const
{
    double used = pool.baseUsedBytes;
    for (const QString &name : pool.zvols) {
        const auto it = m_zvols.constFind(name);
        if (it != m_zvols.constEnd())
            used += it->allocatedBytes;
    }
    return used;
}

bool Uzfs::poolReadOnly(const ZPool &pool) const
{
    return pool.readOnlyProperty || (m_faults && m_faults->readOnlyPools.contains(pool.name));
}

Zvol *Uzfs::zvol(const QString &cvr) const
{
    auto it = m_zvols.find(cvr);
    return it == m_zvols.end() ? nullptr : const_cast<Zvol *>(&*it);
}

QList<Zvol *> Uzfs::zvolsOf(const QString &volume) const
{
    QList<Zvol *> result;
    for (const QString &name : m_byVolume.value(volume)) {
        auto it = m_zvols.find(name);
        if (it != m_zvols.end())
            result.append(const_cast<Zvol *>(&*it));
    }
    return result;
}

void Uzfs::addZvol(ZPool &pool, const Zvol &zvol)
{
    m_zvols.insert(zvol.cvr, zvol);
    pool.zvols.append(zvol.cvr);
    m_byVolume[zvol.volume].append(zvol.cvr);
}

QString Uzfs::destroyZvol(const QString &cvr)
{
    auto it = m_zvols.find(cvr);
    if (it == m_zvols.end())
        return {};
    const QString volume = it->volume;
    if (ZPool *pool = findPool(it->pool))
        pool->zvols.removeAll(cvr);
    m_zvols.erase(it);
    m_rebuilding.remove(cvr);
    QStringList &ofVolume = m_byVolume[volume];
    ofVolume.removeAll(cvr);
    if (ofVolume.isEmpty())
        m_byVolume.remove(volume);
    return volume;
}

} // namespace Sim
