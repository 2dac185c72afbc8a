#include "models/sim/upstream/poolmanager.h"

#include "models/cstor/capacity.h"
#include "models/cstor/raidgroups.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/cspifinalizers.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/pooldisks.h"
#include "models/sim/upstream/replicacontroller.h"
#include "models/sim/upstream/zfssnapshots.h"
#include "models/sim/upstream/zvolrebuild.h"

#include <QTimer>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

constexpr double kDefaultBaseUsed = 81.5 * 1024; // an empty pool: "81500" in the CSPI
// From a CVR's deletion to its finalizer's removal: the pool-manager's informer, `zfs destroy
// -R` and the patch (inferred: about a second). The CVC controller's own writes after its
// Delete come first, as upstream.
constexpr double kDestroySeconds = 1.0;

} // namespace

PoolManager::PoolManager(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                         EventRecorder *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_events(events)
    , m_uzfs(faults)
    , m_workload(&m_uzfs, clock)
    , m_rebuild(new ZvolRebuild(&m_uzfs, clock, this))
    , m_replicas(new ReplicaController(store, faults, clock, events, &m_uzfs, m_rebuild, this))
    , m_cspi(store, faults, events, &m_uzfs, m_rebuild)
    , m_replacement(store, clock, events, &m_uzfs)
{
    m_cspi.setDiskReplacement(&m_replacement);
    m_replacement.setResilverFinished(this, [this](const QString &pool) { syncPool(pool); });
    connect(m_rebuild, &ZvolRebuild::replicasChanged, this, &PoolManager::replicasChanged);
    connect(m_rebuild, &ZvolRebuild::replicaRebuilt, this, &PoolManager::replicaRebuilt);
    connect(m_replicas, &ReplicaController::replicasChanged, this, &PoolManager::replicasChanged);
}

QString PoolManager::cvrComponent()
{
    return ReplicaController::component();
}

void PoolManager::setResyncSeconds(int seconds)
{
    m_resyncSeconds = std::max(1, seconds);
}

void PoolManager::setDefaultThroughput(double bytesPerSecond)
{
    advance();
    m_defaultThroughput = std::max(1.0, bytesPerSecond);
    for (ZPool &pool : m_uzfs.poolsByName()) {
        if (!m_throughputOverrides.contains(pool.name))
            pool.throughput = m_defaultThroughput;
        m_replacement.throughputChanged(pool);
    }
    if (m_started)
        m_rebuild->replan();
}

void PoolManager::setThroughput(const QString &pool, double bytesPerSecond)
{
    advance();
    m_throughputOverrides.insert(pool, bytesPerSecond);
    if (ZPool *found = m_uzfs.findPool(pool)) {
        found->throughput = bytesPerSecond;
        m_replacement.throughputChanged(*found);
    }
    if (m_started)
        m_rebuild->replan();
}

bool PoolManager::paused() const
{
    return m_faults && m_faults->pausedControllers.contains(QStringLiteral("pool"));
}

bool PoolManager::nodeDown(const QString &poolName) const
{
    return m_uzfs.nodeDown(poolName);
}

bool PoolManager::poolReachable(const QString &poolName) const
{
    return m_uzfs.poolReachable(poolName);
}

double PoolManager::poolUsedBytes(const ZPool &pool) const
{
    return m_uzfs.poolUsedBytes(pool);
}

bool PoolManager::poolReadOnly(const ZPool &pool) const
{
    return m_uzfs.poolReadOnly(pool);
}

QList<Zvol *> PoolManager::zvolsOf(const QString &volume) const
{
    return m_uzfs.zvolsOf(volume);
}

Zvol *PoolManager::zvol(const QString &cvr) const
{
    return m_uzfs.zvol(cvr);
}

const ZPool *PoolManager::pool(const QString &name) const
{
    return m_uzfs.pool(name);
}

QList<const ZPool *> PoolManager::pools() const
{
    return m_uzfs.pools();
}

void PoolManager::start()
{
    if (m_started)
        return;
    m_started = true;
    m_rebuild->restartClock();
    m_workload.restartClock();
    for (const QJsonObject &cspi : m_store->list(kCspi)) {
        addPool(cspi);
        m_replacement.devicesChanged(cspi); // seen
    }
    for (const QJsonObject &cvr : m_store->list(kCvr))
        m_replicas->adopt(cvr);
    m_replicas->stampUpdateTimes();
    // Pools whose status the scenario did not give a used size for: metadata only.
    for (ZPool &pool : m_uzfs.poolsByName()) {
        if (pool.baseUsedBytes < 0)
            pool.baseUsedBytes = kDefaultBaseUsed;
    }
    m_lastDown = m_faults ? m_faults->downNodes : QSet<QString>();
    m_lastOffline = m_faults ? m_faults->offlinePools : QSet<QString>();
    m_lastReadOnly = m_faults ? m_faults->readOnlyPools : QSet<QString>();
    m_wasPaused = paused();
    connect(m_store, &ObjectStore::changed, this, &PoolManager::onStoreChanged);
    if (m_faults)
        connect(m_faults, &FaultPlan::changed, this, &PoolManager::onFaultsChanged);
    for (ZPool &pool : m_uzfs.poolsByName())
        scheduleSync(pool);
    m_rebuild->replan();
}

void PoolManager::addPool(const QJsonObject &cspi)
{
    ZPool pool = CspiController::poolOf(cspi);
    pool.throughput = m_throughputOverrides.value(pool.name, m_defaultThroughput);
    // Each pool-manager resyncs on its own schedule (its pod started at its own time).
    pool.syncOffsetMs = qint64(m_clock->uniform(0.05, 1.0) * m_resyncSeconds * 1000);
    m_uzfs.poolsByName().insert(pool.name, pool);
    m_uzfs.setDisksAway(pool.name, !PoolDisks::attachedTo(m_store, cspi, pool.node));
}

void PoolManager::scheduleSync(ZPool &pool)
{
    const QString name = pool.name;
    const qint64 period = qint64(m_resyncSeconds) * 1000;
    const qint64 now = m_clock->nowMs();
    // Next tick of this pool's own schedule.
    qint64 next = now - ((now - pool.syncOffsetMs) % period + period) % period + period;
    if (next <= now)
        next += period;
    pool.timer = m_clock->callAt(next, this, [this, name] {
        if (!m_uzfs.findPool(name))
            return;
        syncPool(name);
        if (ZPool *again = m_uzfs.findPool(name))
            scheduleSync(*again);
    });
}

void PoolManager::syncPool(const QString &name)
{
    ZPool *found = m_uzfs.findPool(name);
    if (!found)
        return;
    advance();
    ZPool &pool = *found;
    if (m_uzfs.importFails(name) && !paused()) {
        pool.wasDown = true; // imports once its disks are back, or it follows them
        m_cspi.importFailed(pool);
        return;
    }
    if (nodeDown(name)) {
        pool.wasDown = true; // nothing is written: its objects go stale
        return;
    }
    if (!paused()) {
        if (pool.wasDown) {
            restartPoolManager(pool);
            pool.wasDown = false;
        }
        const QSet<QString> destroys = std::exchange(pool.pendingDestroys, {});
        for (const QString &cvr : destroys)
            destroy(pool, cvr);
        const QSet<QString> adds = std::exchange(pool.pendingAdds, {});
        for (const QString &cvr : adds)
            m_replicas->handleAdd(pool, cvr);
        const bool wasReadOnly = poolReadOnly(pool);
        const QSet<QString> missing = std::exchange(pool.withoutDataset, {});
        for (const QString &cvr : missing)
            m_replicas->syncWithoutDataset(pool, cvr);
        if (CspiFinalizers::reconcile(m_store, pool.ns, pool.name))
            return;
        if (!m_cspi.suspended(pool))
            m_replacement.update(pool); // OperationsConfig.Update
        m_cspi.writeStatus(pool);
        if (wasReadOnly != poolReadOnly(pool))
            notifyVolumesOn(pool); // the target sees the writes fail, or succeed again
        const QStringList zvols = pool.zvols;
        for (const QString &cvr : zvols) {
            // A terminating CVR only ever gets the destroy handling (IsDestroyEvent).
            if (!pool.pendingDestroys.contains(cvr))
                m_replicas->writeStatus(pool, cvr);
        }
    }
    // A connected replica that is behind asks its target for a rebuild once its pool-manager
    // has reported it (inferred: the rebuild starts within one sync of the connection).
    for (const QString &cvr : std::as_const(pool.zvols)) {
        Zvol *zvol = m_uzfs.zvol(cvr);
        if (zvol && zvol->connected && !zvol->healthy && !zvol->rebuilding &&
            !zvol->rebuildRequested) {
            zvol->rebuildRequested = true;
            m_clock->callAfter(1.0, this, [this, cvr] { m_rebuild->startRebuild(cvr); });
        }
    }
}

void PoolManager::scheduleDestroy(const ZPool &pool, const QString &cvr)
{
    if (m_destroying.contains(cvr))
        return;
    m_destroying.insert(cvr);
    m_clock->callAfter(kDestroySeconds, this, [this, poolName = pool.name, cvr] {
        m_destroying.remove(cvr);
        ZPool *found = m_uzfs.findPool(poolName);
        if (!found || !m_store->get(kCvr, found->ns, cvr))
            return;
        if (canAct(*found) && !found->pendingDestroys.contains(cvr))
            destroy(*found, cvr);
        else
            found->pendingDestroys.insert(cvr);
    });
}

void PoolManager::destroy(ZPool &pool, const QString &cvr)
{
    if (m_cspi.suspended(pool)) {
        m_replicas->destroyFailed(pool, cvr);
        pool.pendingDestroys.insert(cvr);
        return;
    }
    m_replicas->handleDestroy(pool, cvr);
}

void PoolManager::restartPoolManager(ZPool &pool)
{
    // A pool-manager that starts again: every replica gets the Add handling (CO
    // replica-controller AddFunc: phase -> Recreate), then its zfs-derived phase.
    m_cspi.imported(pool);
    m_replicas->recreate(pool);
}

void PoolManager::onStoreChanged(const StoreEvent &event)
{
    if (event.resource == NdmObjects::kBd && event.type == StoreEvent::Type::Modified) {
        m_queue.append(event); // a disk attached to another node
    } else if (event.resource != kCvr && event.resource != kCspi) {
        return;
    }
    if (event.resource == kCvr && event.type == StoreEvent::Type::Modified &&
        metaString(event.object, QStringLiteral("deletionTimestamp")).isEmpty())
        return; // our own status writes, or spec edits: picked up at the next sync
    m_queue.append(event);
    if (!m_queueScheduled) {
        m_queueScheduled = true;
        QTimer::singleShot(0, this, &PoolManager::processQueue);
    }
}

void PoolManager::processQueue()
{
    m_queueScheduled = false;
    const QList<StoreEvent> events = std::exchange(m_queue, {});
    for (const StoreEvent &event : events) {
        if (event.resource == kCspi)
            processPoolEvent(event);
        else if (event.resource == kCvr)
            processReplicaEvent(event);
        else
            processDiskEvent(event);
    }
}

void PoolManager::processPoolEvent(const StoreEvent &event)
{
    const QString name = metaString(event.object, QStringLiteral("name"));
    QHash<QString, ZPool> &pools = m_uzfs.poolsByName();
    if (event.type == StoreEvent::Type::Modified && pools.contains(name))
        followNode(pools[name], event.object);
    if (event.type == StoreEvent::Type::Added && !pools.contains(name)) {
        addPool(event.object);
        ZPool &pool = pools[name];
        if (pool.baseUsedBytes < 0)
            pool.baseUsedBytes = kDefaultBaseUsed;
        scheduleSync(pool);
        if (canAct(pool))
            CspiFinalizers::reconcile(m_store, pool.ns, pool.name);
    } else if (event.type == StoreEvent::Type::Modified && pools.contains(name) &&
               !metaString(event.object, QStringLiteral("deletionTimestamp")).isEmpty()) {
        syncPool(name); // CO cspi-controller reconcile -> destroy
    } else if (event.type == StoreEvent::Type::Modified && pools.contains(name) &&
               m_replacement.devicesChanged(event.object)) {
        // The CSPC operator put a new block device into a raid group: the reconcile of that
        // update runs OperationsConfig.Update (zpool replace) and the status.
        ZPool &pool = pools[name];
        if (canAct(pool) && !m_cspi.suspended(pool)) {
            advance();
            m_replacement.update(pool);
            m_cspi.writeStatus(pool);
        }
    } else if (event.type == StoreEvent::Type::Deleted && pools.contains(name)) {
        advance();
        ZPool pool = pools.take(name);
        m_clock->cancel(pool.timer);
        for (const QString &cvr : std::as_const(pool.zvols))
            emit replicasChanged(m_uzfs.destroyZvol(cvr));
        m_rebuild->replan();
    }
}

void PoolManager::processReplicaEvent(const StoreEvent &event)
{
    const QString name = metaString(event.object, QStringLiteral("name"));
    ZPool *found = m_uzfs.findPool(label(event.object, kPoolLabel));
    if (!found)
        return;
    ZPool &pool = *found;
    if (event.type == StoreEvent::Type::Added) {
        // A dataset left behind by a CVR deleted by hand is adopted by the new CVR of the same
        // name: cVRAddEventHandler finds <pool>/<pv> (Warning AlreadyPresent).
        if (m_uzfs.zvol(name) && !m_orphans.remove(name))
            return;
        if (canAct(pool))
            m_replicas->handleAdd(pool, name);
        else
            pool.pendingAdds.insert(name);
    } else if (event.type == StoreEvent::Type::Modified) {
        if (!m_store->get(kCvr, pool.ns, name))
            return;
        // Upstream requeues a failed destroy with the work queue's backoff, and every status
        // write is an update event that tries again (inferred); the simulator tries again at
        // each sync of the pool.
        if (canAct(pool) && !pool.pendingDestroys.contains(name) &&
            child(event.object, QStringLiteral("status")).value(QLatin1String("phase")) !=
                QLatin1String("DeletionFailed"))
            scheduleDestroy(pool, name);
        else
            pool.pendingDestroys.insert(name);
    } else if (event.type == StoreEvent::Type::Deleted) {
        // Finalizer removed by hand (CO docs migrate_cstor_volume.md step 2): nobody ran `zfs
        // destroy`, so <pool>/<pv> stays on the pool, its space used and counted in the CSPI's
        // provisionedReplicas (zfs stats, GetProvisionedAndHealthyReplicaCount).
        if (m_uzfs.zvol(name))
            m_orphans.insert(name);
        pool.pendingAdds.remove(name);
        pool.pendingDestroys.remove(name);
        pool.withoutDataset.remove(name);
    }
}

void PoolManager::onFaultsChanged()
{
    if (!m_started)
        return;
    advance();
    const QSet<QString> down = m_faults->downNodes;
    const QSet<QString> offline = m_faults->offlinePools;
    const QSet<QString> readOnly = m_faults->readOnlyPools;
    QSet<QString> volumes;
    for (ZPool &pool : m_uzfs.poolsByName()) {
        const bool wasUnreachable =
            m_lastDown.contains(pool.node) || m_lastOffline.contains(pool.name);
        const bool unreachable = down.contains(pool.node) || offline.contains(pool.name);
        const bool readOnlyChanged =
            m_lastReadOnly.contains(pool.name) != readOnly.contains(pool.name);
        if (wasUnreachable != unreachable || readOnlyChanged) {
            for (const QString &cvr : std::as_const(pool.zvols)) {
                const Zvol *z = m_uzfs.zvol(cvr);
                volumes.insert(z ? z->volume : QString());
            }
        }
        if (down.contains(pool.node))
            pool.wasDown = true;
        if (m_lastDown.contains(pool.node) && !down.contains(pool.node)) {
            // The node is back: its pool-manager pod starts again a few seconds later.
            const QString name = pool.name;
            m_clock->callAfter(m_clock->uniform(3, 8), this, [this, name] { syncPool(name); });
        }
    }
    const bool nowPaused = paused();
    if (m_wasPaused && !nowPaused) {
        const QStringList names = m_uzfs.poolsByName().keys();
        for (const QString &name : names)
            syncPool(name);
    }
    m_wasPaused = nowPaused;
    m_lastDown = down;
    m_lastOffline = offline;
    m_lastReadOnly = readOnly;
    m_rebuild->replan();
    for (const QString &volume : std::as_const(volumes))
        emit replicasChanged(volume);
}

void PoolManager::setPoolPodRunning(const QString &poolName, bool running)
{
    ZPool *pool = m_uzfs.findPool(poolName);
    if (!pool)
        return;
    advance();
    m_uzfs.setPoolPodRunning(poolName, running);
    poolManagerChanged(*pool, running);
}

void PoolManager::poolManagerChanged(ZPool &pool, bool up)
{
    pool.wasDown = pool.wasDown || !up; // restartPoolManager when it runs again
    if (up)
        syncPool(pool.name);
    m_rebuild->replan();
    notifyVolumesOn(pool);
}

void PoolManager::followNode(ZPool &pool, const QJsonObject &cspi)
{
    // The CSPC operator points the CSPI at another node (CspiSpecSync); the pool-manager's pod
    // moves there (CstorPods) and imports the pool if its disks are there.
    pool.node = PoolDisks::nodeOf(cspi);
    updateDisks(pool, cspi);
}

void PoolManager::updateDisks(ZPool &pool, const QJsonObject &cspi)
{
    const bool away = !PoolDisks::attachedTo(m_store, cspi, pool.node);
    if (away == m_uzfs.disksAway(pool.name))
        return;
    advance();
    m_uzfs.setDisksAway(pool.name, away);
    poolManagerChanged(pool, !away);
}

void PoolManager::processDiskEvent(const StoreEvent &event)
{
    const QString disk = metaString(event.object, QStringLiteral("name"));
    for (ZPool &pool : m_uzfs.poolsByName()) {
        const auto cspi = m_store->get(kCspi, pool.ns, pool.name);
        if (cspi &&
            Cstor::RaidGroups::allDevices(child(*cspi, QStringLiteral("spec"))).contains(disk))
            updateDisks(pool, *cspi);
    }
}

void PoolManager::setConnected(const QString &cvr, bool connected)
{
    Zvol *z = zvol(cvr);
    if (!z || z->connected == connected)
        return;
    advance();
    z->connected = connected;
    if (connected) {
        z->connectedAtMs = m_clock->nowMs();
        z->rebuildRequested = false;
    } else {
        // A replica that lost its target has to catch up when it comes back.
        z->healthy = false;
    }
    m_rebuild->replan();
}

QString PoolManager::takeSnapshot(const QString &volume, const QString &name, int consistencyFactor)
{
    advance();
    return ZfsSnapshots(&m_uzfs).take(volume, name, consistencyFactor);
}

void PoolManager::advance()
{
    m_workload.advance();
    m_rebuild->advance();
}

void PoolManager::notifyVolumesOn(const ZPool &pool)
{
    QSet<QString> volumes;
    for (const QString &cvr : pool.zvols) {
        if (const Zvol *z = m_uzfs.zvol(cvr))
            volumes.insert(z->volume);
    }
    for (const QString &volume : std::as_const(volumes))
        emit replicasChanged(volume);
}

void PoolManager::setWriteRate(const QString &ns, const QString &volume, double bytesPerSecond)
{
    const auto cv = m_store->get(kCv, ns, volume);
    const QString capacity =
        cv ? child(*cv, QStringLiteral("spec")).value(QLatin1String("capacity")).toString()
           : QString();
    const double capacityBytes = double(Cstor::Capacity::parseQuantity(capacity).value_or(0));
    m_rebuild->advance();
    m_workload.setWriteRate(volume, bytesPerSecond, capacityBytes);
    emit replicasChanged(volume);
}

void PoolManager::setRebuildFactors(ZvolRebuild::FactorsOf factors)
{
    m_rebuild->setFactors(std::move(factors));
}

QJsonArray PoolManager::rebuildTruth()
{
    return m_rebuild->truth();
}

QJsonArray PoolManager::poolTruth()
{
    advance();
    QJsonArray result;
    for (const ZPool *pool : pools()) {
        const double used = poolUsedBytes(*pool);
        int rebuilds = 0;
        for (const QString &cvr : pool->zvols) {
            const Zvol *z = m_uzfs.zvol(cvr);
            rebuilds += z && z->rebuilding ? 1 : 0;
        }
        QJsonObject entry{
            {QStringLiteral("pool"), pool->name},
            {QStringLiteral("node"), pool->node},
            {QStringLiteral("sizeBytes"), qint64(pool->sizeBytes)},
            {QStringLiteral("usedBytes"), qint64(used)},
            {QStringLiteral("freeBytes"), qint64(std::max(0.0, pool->sizeBytes - used))},
            {QStringLiteral("readOnly"), poolReadOnly(*pool)},
            {QStringLiteral("reachable"), poolReachable(pool->name)},
            {QStringLiteral("replicas"), int(pool->zvols.size())},
            {QStringLiteral("rebuilds"), rebuilds},
            {QStringLiteral("throughput"), qint64(pool->throughput)},
        };
        if (const QJsonObject resilver = m_replacement.truth(pool->name); !resilver.isEmpty())
            entry.insert(QStringLiteral("resilver"), resilver);
        result.append(entry);
    }
    return result;
}

} // namespace Sim
