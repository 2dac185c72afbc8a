#include "models/sim/upstream/poolmanager.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace Sim {

namespace {

const QString kCvr = QStringLiteral("cstorvolumereplicas");
const QString kCspi = QStringLiteral("cstorpoolinstances");
const QString kCv = QStringLiteral("cstorvolumes");
const QString kPoolLabel = QStringLiteral("cstorpoolinstance.openebs.io/name");
const QString kVolumeLabel = QStringLiteral("cstorvolume.openebs.io/name");
const QString kCspcLabel = QStringLiteral("openebs.io/cstor-pool-cluster");
const QString kHostLabel = QStringLiteral("kubernetes.io/hostname");
constexpr double kNewZvolBytes = 6 * 1024;       // what `zfs get used` prints for an empty zvol: 6K
constexpr double kDefaultBaseUsed = 81.5 * 1024; // an empty pool: "81500" in the CSPI
// A 10G disk gives a pool of 9.63G (the seed procedure's CSPIs).
const double kDefaultPoolSize = 9.63 * 1024 * 1024 * 1024;

QJsonObject child(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

QString label(const QJsonObject &object, const QString &key)
{
    return child(child(object, QStringLiteral("metadata")), QStringLiteral("labels"))
        .value(key)
        .toString();
}

QString metaString(const QJsonObject &object, const QString &key)
{
    return child(object, QStringLiteral("metadata")).value(key).toString();
}

// CSPI capacity fields are ZFS sizes read as decimal quantities ("9.63G" -> "9630M"); undo that
// to get bytes back (the letter is the largest one that keeps the number at or above 1).
double quantityAsZfsBytes(const QString &quantity)
{
    const auto decimal = Cstor::Capacity::parseQuantity(quantity);
    if (!decimal)
        return -1;
    const double value = double(*decimal);
    if (quantity.endsWith(QLatin1Char('i')))
        return value; // a binary quantity is already bytes
    double unit = 1;
    double binary = 1;
    while (value >= unit * 1000 && unit < 1e18) {
        unit *= 1000;
        binary *= 1024;
    }
    return value / unit * binary;
}

void removeResourceVersion(QJsonObject &object)
{
    QJsonObject metadata = child(object, QStringLiteral("metadata"));
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
}

} // namespace

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

PoolManager::PoolManager(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                         EventRecorder *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_events(events)
{
}

void PoolManager::setResyncSeconds(int seconds)
{
    m_resyncSeconds = std::max(1, seconds);
}

void PoolManager::setDefaultThroughput(double bytesPerSecond)
{
    advance();
    m_defaultThroughput = std::max(1.0, bytesPerSecond);
    for (ZPool &pool : m_pools) {
        if (!m_throughputOverrides.contains(pool.name))
            pool.throughput = m_defaultThroughput;
    }
    if (m_started)
        replan();
}

void PoolManager::setThroughput(const QString &pool, double bytesPerSecond)
{
    advance();
    m_throughputOverrides.insert(pool, bytesPerSecond);
    if (m_pools.contains(pool))
        m_pools[pool].throughput = bytesPerSecond;
    if (m_started)
        replan();
}

bool PoolManager::paused() const
{
    return m_faults && m_faults->pausedControllers.contains(QStringLiteral("pool"));
}

bool PoolManager::nodeDown(const QString &poolName) const
{
    const auto it = m_pools.constFind(poolName);
    return it != m_pools.constEnd() && m_faults && m_faults->downNodes.contains(it->node);
}

bool PoolManager::poolReachable(const QString &poolName) const
{
    if (!m_pools.contains(poolName))
        return false;
    return !nodeDown(poolName) && !(m_faults && m_faults->offlinePools.contains(poolName));
}

double PoolManager::poolUsedBytes(const ZPool &pool) const
{
    double used = pool.baseUsedBytes;
    for (const QString &name : pool.zvols) {
        const auto it = m_zvols.constFind(name);
        if (it != m_zvols.constEnd())
            used += it->allocatedBytes;
    }
    return used;
}

bool PoolManager::poolReadOnly(const ZPool &pool) const
{
    return pool.readOnlyProperty || (m_faults && m_faults->readOnlyPools.contains(pool.name));
}

QList<Zvol *> PoolManager::zvolsOf(const QString &volume) const
{
    QList<Zvol *> result;
    for (const QString &name : m_byVolume.value(volume)) {
        auto it = m_zvols.find(name);
        if (it != m_zvols.end())
            result.append(const_cast<Zvol *>(&*it));
    }
    return result;
}

Zvol *PoolManager::zvol(const QString &cvr) const
{
    auto it = m_zvols.find(cvr);
    return it == m_zvols.end() ? nullptr : const_cast<Zvol *>(&*it);
}

const ZPool *PoolManager::pool(const QString &name) const
{
    auto it = m_pools.constFind(name);
    return it == m_pools.constEnd() ? nullptr : &*it;
}

QList<const ZPool *> PoolManager::pools() const
{
    QList<const ZPool *> result;
    for (const ZPool &pool : m_pools)
        result.append(&pool);
    std::sort(result.begin(), result.end(),
              [](const ZPool *a, const ZPool *b) { return a->name < b->name; });
    return result;
}

void PoolManager::start()
{
    if (m_started)
        return;
    m_started = true;
    m_lastAdvanceMs = m_clock->nowMs();
    for (const QJsonObject &cspi : m_store->list(kCspi))
        addPool(cspi);
    for (const QJsonObject &cvr : m_store->list(kCvr))
        adoptReplica(cvr);
    // A running pool manager writes every replica's status at each resync, so a live cluster
    // never shows a replica without status.lastUpdateTime for long; scenarios trimmed by hand
    // may lack it. Stamp it as if the last resync had just happened.
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    for (QJsonObject cvr : m_store->list(kCvr)) {
        QJsonObject status = child(cvr, QStringLiteral("status"));
        if (!status.value(QLatin1String("lastUpdateTime")).toString().isEmpty())
            continue;
        status.insert(QStringLiteral("lastUpdateTime"), now);
        if (status.value(QLatin1String("lastTransitionTime")).toString().isEmpty())
            status.insert(QStringLiteral("lastTransitionTime"), now);
        cvr.insert(QStringLiteral("status"), status);
        removeResourceVersion(cvr);
        m_store->update(kCvr, cvr);
    }
    // Pools whose status the scenario did not give a used size for: metadata only.
    for (ZPool &pool : m_pools) {
        if (pool.baseUsedBytes < 0)
            pool.baseUsedBytes = kDefaultBaseUsed;
    }
    m_lastDown = m_faults ? m_faults->downNodes : QSet<QString>();
    m_lastOffline = m_faults ? m_faults->offlinePools : QSet<QString>();
    m_wasPaused = paused();
    connect(m_store, &ObjectStore::changed, this, &PoolManager::onStoreChanged);
    if (m_faults)
        connect(m_faults, &FaultPlan::changed, this, &PoolManager::onFaultsChanged);
    for (ZPool &pool : m_pools)
        scheduleSync(pool);
    replan();
}

void PoolManager::addPool(const QJsonObject &cspi)
{
    ZPool pool;
    pool.name = metaString(cspi, QStringLiteral("name"));
    pool.ns = metaString(cspi, QStringLiteral("namespace"));
    pool.uid = metaString(cspi, QStringLiteral("uid"));
    pool.node = child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
    if (pool.node.isEmpty())
        pool.node = label(cspi, kHostLabel);
    pool.cspc = label(cspi, kCspcLabel);
    const QJsonObject capacity =
        child(child(cspi, QStringLiteral("status")), QStringLiteral("capacity"));
    const double total = quantityAsZfsBytes(capacity.value(QLatin1String("total")).toString());
    const double used = quantityAsZfsBytes(capacity.value(QLatin1String("used")).toString());
    pool.sizeBytes = total > 0 ? total : kDefaultPoolSize;
    // Used space of the replicas is subtracted once they are adopted (start()).
    pool.baseUsedBytes = used >= 0 ? used : -1;
    pool.readOnlyProperty =
        child(cspi, QStringLiteral("status")).value(QLatin1String("readOnly")).toBool();
    pool.throughput = m_throughputOverrides.value(pool.name, m_defaultThroughput);
    // Each pool-manager resyncs on its own schedule (its pod started at its own time).
    pool.syncOffsetMs = qint64(m_clock->uniform(0.05, 1.0) * m_resyncSeconds * 1000);
    m_pools.insert(pool.name, pool);
}

void PoolManager::adoptReplica(const QJsonObject &cvr)
{
    const QString name = metaString(cvr, QStringLiteral("name"));
    const QString poolName = label(cvr, kPoolLabel);
    auto poolIt = m_pools.find(poolName);
    if (poolIt == m_pools.end())
        return; // a replica on a pool that does not exist: nobody manages it
    ZPool &pool = *poolIt;
    const QJsonObject status = child(cvr, QStringLiteral("status"));
    const QString phase = status.value(QLatin1String("phase")).toString();
    if (!metaString(cvr, QStringLiteral("deletionTimestamp")).isEmpty()) {
        pool.pendingDestroys.insert(name);
    }
    if (phase.isEmpty() || phase == QLatin1String("Init") || phase == QLatin1String("Recreate")) {
        pool.pendingAdds.insert(name);
        return;
    }
    Zvol zvol;
    zvol.cvr = name;
    zvol.ns = metaString(cvr, QStringLiteral("namespace"));
    zvol.volume = label(cvr, kVolumeLabel);
    zvol.pool = poolName;
    zvol.replicaId =
        child(cvr, QStringLiteral("spec")).value(QLatin1String("replicaid")).toString();
    const auto cv = m_store->get(kCv, zvol.ns, zvol.volume);
    const QJsonObject known =
        cv ? child(child(child(*cv, QStringLiteral("spec")), QStringLiteral("replicaDetails")),
                   QStringLiteral("knownReplicas"))
           : QJsonObject();
    zvol.guid = known.value(zvol.replicaId).toString();
    if (zvol.guid.isEmpty())
        zvol.guid = QString::number(m_clock->next64());
    zvol.quorum =
        known.contains(zvol.replicaId) || (phase != QLatin1String("NewReplicaDegraded") &&
                                           phase != QLatin1String("ReconstructingNewReplica"));
    const QJsonObject capacity = child(status, QStringLiteral("capacity"));
    const auto logical =
        Cstor::Capacity::parseZfsSize(capacity.value(QLatin1String("used")).toString());
    const auto allocated =
        Cstor::Capacity::parseZfsSize(capacity.value(QLatin1String("total")).toString());
    zvol.logicalBytes = logical ? double(*logical) : kNewZvolBytes;
    zvol.allocatedBytes = allocated ? double(*allocated) : zvol.logicalBytes;
    const bool reachable = poolReachable(poolName);
    zvol.healthy = phase == QLatin1String("Healthy") && reachable;
    zvol.connected =
        reachable && phase != QLatin1String("Offline") && phase != QLatin1String("Error");
    zvol.connectedAtMs = m_clock->nowMs() - qint64(m_clock->uniform(3600, 86400) * 1000);
    zvol.rebuildRequested = false;
    if (pool.baseUsedBytes >= 0)
        pool.baseUsedBytes = std::max(0.0, pool.baseUsedBytes - zvol.allocatedBytes);
    pool.zvols.append(name);
    m_byVolume[zvol.volume].append(name);
    m_zvols.insert(name, zvol);
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
        auto it = m_pools.find(name);
        if (it == m_pools.end())
            return;
        syncPool(name);
        if (m_pools.contains(name))
            scheduleSync(m_pools[name]);
    });
}

void PoolManager::syncPool(const QString &name)
{
    auto it = m_pools.find(name);
    if (it == m_pools.end())
        return;
    advance();
    ZPool &pool = *it;
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
            handleDestroy(pool, cvr);
        const QSet<QString> adds = std::exchange(pool.pendingAdds, {});
        for (const QString &cvr : adds)
            handleAdd(pool, cvr);
        writeCspiStatus(pool);
        const QStringList zvols = pool.zvols;
        for (const QString &cvr : zvols)
            writeCvrStatus(pool, cvr);
    }
    // A connected replica that is behind asks its target for a rebuild once its pool-manager
    // has reported it (inferred: the rebuild starts within one sync of the connection).
    for (const QString &cvr : std::as_const(pool.zvols)) {
        Zvol &zvol = m_zvols[cvr];
        if (zvol.connected && !zvol.healthy && !zvol.rebuilding && !zvol.rebuildRequested) {
            zvol.rebuildRequested = true;
            m_clock->callAfter(1.0, this, [this, cvr] { startRebuild(cvr); });
        }
    }
}

void PoolManager::restartPoolManager(ZPool &pool)
{
    // A pool-manager that starts again: every replica gets the Add handling (CO
    // replica-controller AddFunc: phase -> Recreate), then its zfs-derived phase.
    if (auto cspi = m_store->get(kCspi, pool.ns, pool.name)) {
        const QString cspcUid = [&] {
            const auto cspc = m_store->get(QStringLiteral("cstorpoolclusters"), pool.ns, pool.cspc);
            return cspc ? metaString(*cspc, QStringLiteral("uid")) : QString();
        }();
        m_events->normal(*cspi, QStringLiteral("Pool Imported"),
                         QStringLiteral("Pool Import successful: cstor-%1").arg(cspcUid),
                         cspiComponent());
    }
    for (const QString &cvr : std::as_const(pool.zvols)) {
        if (auto object = m_store->get(kCvr, pool.ns, cvr)) {
            m_events->normal(*object, QStringLiteral("Synced"),
                             QStringLiteral("Received Resource create event"), cvrComponent());
            writeCvrStatus(pool, cvr, QStringLiteral("Recreate"));
            if (auto again = m_store->get(kCvr, pool.ns, cvr)) {
                m_events->normal(*again, QStringLiteral("Imported"),
                                 QStringLiteral("Resource imported successfully"), cvrComponent());
            }
        }
    }
}

void PoolManager::handleAdd(ZPool &pool, const QString &cvrName)
{
    auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return;
    const QString phase =
        child(*object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    m_events->normal(*object, QStringLiteral("Synced"),
                     QStringLiteral("Received Resource create event"), cvrComponent());
    const bool provisioning = phase.isEmpty() || phase == QLatin1String("Init");
    writeCvrStatus(pool, cvrName,
                   provisioning ? QStringLiteral("Init") : QStringLiteral("Recreate"));
    object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return;
    if (m_zvols.contains(cvrName)) {
        m_events->warning(*object, QStringLiteral("AlreadyPresent"),
                          QStringLiteral("Resource already present"), cvrComponent());
        writeCvrStatus(pool, cvrName);
        return;
    }
    QJsonObject spec = child(*object, QStringLiteral("spec"));
    Zvol zvol;
    zvol.cvr = cvrName;
    zvol.ns = pool.ns;
    zvol.volume = label(*object, kVolumeLabel);
    zvol.pool = pool.name;
    zvol.replicaId = spec.value(QLatin1String("replicaid")).toString();
    if (zvol.replicaId.isEmpty()) {
        // Provisioning leaves the id to the pool-manager (CO GenerateReplicaID).
        zvol.replicaId = QString::number(m_clock->next64());
        QJsonObject updated = *object;
        spec.insert(QStringLiteral("replicaid"), zvol.replicaId);
        updated.insert(QStringLiteral("spec"), spec);
        removeResourceVersion(updated);
        m_store->update(kCvr, updated);
    }
    zvol.guid = QString::number(m_clock->next64());
    zvol.quorum = phase != QLatin1String("Recreate"); // quorum=off iff created by scale-up
    zvol.logicalBytes = kNewZvolBytes;
    zvol.allocatedBytes = kNewZvolBytes;
    advance();
    m_zvols.insert(cvrName, zvol);
    pool.zvols.append(cvrName);
    m_byVolume[zvol.volume].append(cvrName);
    if (auto again = m_store->get(kCvr, pool.ns, cvrName)) {
        m_events->normal(*again, QStringLiteral("Created"),
                         QStringLiteral("Resource created successfully"), cvrComponent());
    }
    writeCvrStatus(pool, cvrName); // the phase zfs reports at once: Offline until connected
    emit replicasChanged(zvol.volume);
}

void PoolManager::handleDestroy(ZPool &pool, const QString &cvrName)
{
    auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (object) {
        m_events->normal(*object, QStringLiteral("Synced"),
                         QStringLiteral("Received Resource destroy event"), cvrComponent());
    }
    advance();
    QString volume;
    if (auto it = m_zvols.find(cvrName); it != m_zvols.end()) {
        volume = it->volume;
        m_zvols.erase(it);
        m_rebuilding.remove(cvrName);
        pool.zvols.removeAll(cvrName);
        m_byVolume[volume].removeAll(cvrName);
        if (m_byVolume[volume].isEmpty())
            m_byVolume.remove(volume);
    }
    pool.pendingAdds.remove(cvrName);
    // `zfs destroy -R`, then the finalizers go (all of them, CO removeFinalizer).
    if (object) {
        QJsonObject updated = *object;
        QJsonObject metadata = child(updated, QStringLiteral("metadata"));
        metadata.remove(QStringLiteral("finalizers"));
        metadata.remove(QStringLiteral("resourceVersion"));
        updated.insert(QStringLiteral("metadata"), metadata);
        m_store->update(kCvr, updated);
    }
    replan();
    if (!volume.isEmpty())
        emit replicasChanged(volume);
}

void PoolManager::writeCvrStatus(const ZPool &pool, const QString &cvrName,
                                 const QString &forcedPhase)
{
    auto current = m_store->get(kCvr, pool.ns, cvrName);
    if (!current)
        return;
    QJsonObject object = *current;
    QJsonObject status = child(object, QStringLiteral("status"));
    const Zvol *z = zvol(cvrName);
    QString phase = forcedPhase;
    if (phase.isEmpty())
        phase = z ? z->cvrPhase() : QStringLiteral("Offline");
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    if (status.value(QLatin1String("phase")).toString() != phase ||
        !status.contains(QLatin1String("lastTransitionTime")))
        status.insert(QStringLiteral("lastTransitionTime"), now);
    status.insert(QStringLiteral("lastUpdateTime"), now);
    status.insert(QStringLiteral("phase"), phase);
    if (z && forcedPhase.isEmpty()) {
        status.insert(QStringLiteral("capacity"),
                      QJsonObject{{QStringLiteral("total"),
                                   Cstor::Capacity::formatZfsSize(qint64(z->allocatedBytes))},
                                  {QStringLiteral("used"),
                                   Cstor::Capacity::formatZfsSize(qint64(z->logicalBytes))}});
    }
    object.insert(QStringLiteral("status"), status);
    removeResourceVersion(object);
    m_store->update(kCvr, object);
}

void PoolManager::writeCspiStatus(ZPool &pool)
{
    auto current = m_store->get(kCspi, pool.ns, pool.name);
    if (!current)
        return;
    QJsonObject object = *current;
    QJsonObject status = child(object, QStringLiteral("status"));
    const double used = poolUsedBytes(pool);
    const double free = std::max(0.0, pool.sizeBytes - used);
    double logical = pool.baseUsedBytes;
    int provisioned = 0;
    int healthy = 0;
    for (const QString &name : std::as_const(pool.zvols)) {
        const Zvol &z = m_zvols[name];
        logical += z.logicalBytes;
        ++provisioned;
        if (z.zfsStatus() == QLatin1String("Healthy"))
            ++healthy;
    }
    const QString usedQ = Cstor::Capacity::zfsAsQuantity(qint64(used));
    const QString freeQ = Cstor::Capacity::zfsAsQuantity(qint64(free));
    const qint64 usedQuantity = Cstor::Capacity::parseQuantity(usedQ).value_or(0);
    const qint64 freeQuantity = Cstor::Capacity::parseQuantity(freeQ).value_or(0);
    // total = free + used, added as quantities (CO GetCSPICapacity).
    const QString totalQ = Cstor::Capacity::formatQuantity(usedQuantity + freeQuantity);

    // Read-only threshold (CO updateROMode); 100 disables it.
    const int limit = child(child(object, QStringLiteral("spec")), QStringLiteral("poolConfig"))
                          .value(QLatin1String("roThresholdLimit"))
                          .toInt(85);
    const qint64 sum = usedQuantity + freeQuantity;
    const bool overLimit = sum > 0 && limit != 100 && usedQuantity * 100 / sum >= limit;
    if (overLimit && !pool.readOnlyProperty) {
        pool.readOnlyProperty = true;
        m_events->warning(*current, QStringLiteral("PoolReadOnlyThreshold"),
                          QStringLiteral("Pool storage limit reached to read only threshold "
                                         "limit. Pool expansion is required to make its volume "
                                         "replicas RW"),
                          cspiComponent());
        replan();
    } else if (!overLimit && pool.readOnlyProperty) {
        pool.readOnlyProperty = false;
        m_events->normal(*current, QStringLiteral("PoolReadOnlyThreshold"),
                         QStringLiteral("Pool roThresholdLimit or pool got expanded due to that "
                                        "pool readOnly mode is unset"),
                         cspiComponent());
        replan();
    }

    const bool offline = m_faults && m_faults->offlinePools.contains(pool.name);
    status.insert(QStringLiteral("phase"),
                  offline ? QStringLiteral("OFFLINE") : QStringLiteral("ONLINE"));
    QJsonObject capacity = child(status, QStringLiteral("capacity"));
    capacity.insert(QStringLiteral("used"), usedQ);
    capacity.insert(QStringLiteral("free"), freeQ);
    capacity.insert(QStringLiteral("total"), totalQ);
    capacity.insert(QStringLiteral("zfs"),
                    QJsonObject{{QStringLiteral("logicalUsed"),
                                 Cstor::Capacity::zfsAsQuantity(qint64(logical))}});
    status.insert(QStringLiteral("capacity"), capacity);
    status.insert(QStringLiteral("readOnly"), poolReadOnly(pool));
    status.insert(QStringLiteral("provisionedReplicas"), provisioned);
    status.insert(QStringLiteral("healthyReplicas"), healthy);
    if (status == child(object, QStringLiteral("status")))
        return; // written only when it changed (CO IsStatusChange)
    object.insert(QStringLiteral("status"), status);
    removeResourceVersion(object);
    m_store->update(kCspi, object);
}

void PoolManager::onStoreChanged(const StoreEvent &event)
{
    if (event.resource != kCvr && event.resource != kCspi)
        return;
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
        const QString name = metaString(event.object, QStringLiteral("name"));
        if (event.resource == kCspi) {
            if (event.type == StoreEvent::Type::Added && !m_pools.contains(name)) {
                addPool(event.object);
                ZPool &pool = m_pools[name];
                if (pool.baseUsedBytes < 0)
                    pool.baseUsedBytes = kDefaultBaseUsed;
                scheduleSync(pool);
            } else if (event.type == StoreEvent::Type::Deleted && m_pools.contains(name)) {
                advance();
                ZPool pool = m_pools.take(name);
                m_clock->cancel(pool.timer);
                for (const QString &cvr : std::as_const(pool.zvols)) {
                    const QString volume = m_zvols.value(cvr).volume;
                    m_zvols.remove(cvr);
                    m_rebuilding.remove(cvr);
                    m_byVolume[volume].removeAll(cvr);
                    emit replicasChanged(volume);
                }
                replan();
            }
            continue;
        }
        const QString poolName = label(event.object, kPoolLabel);
        auto poolIt = m_pools.find(poolName);
        if (poolIt == m_pools.end())
            continue;
        ZPool &pool = *poolIt;
        if (event.type == StoreEvent::Type::Added) {
            if (m_zvols.contains(name))
                continue;
            if (canAct(pool))
                handleAdd(pool, name);
            else
                pool.pendingAdds.insert(name);
        } else if (event.type == StoreEvent::Type::Modified) {
            if (!m_store->get(kCvr, pool.ns, name))
                continue;
            if (canAct(pool))
                handleDestroy(pool, name);
            else
                pool.pendingDestroys.insert(name);
        } else if (event.type == StoreEvent::Type::Deleted) {
            // Finalizer removed by hand while the pool-manager could not act: the dataset is
            // left behind on the pool, but nothing manages it any more.
            if (auto it = m_zvols.find(name); it != m_zvols.end()) {
                advance();
                const QString volume = it->volume;
                m_zvols.erase(it);
                m_rebuilding.remove(name);
                pool.zvols.removeAll(name);
                m_byVolume[volume].removeAll(name);
                replan();
                emit replicasChanged(volume);
            }
            pool.pendingAdds.remove(name);
            pool.pendingDestroys.remove(name);
        }
    }
}

void PoolManager::onFaultsChanged()
{
    if (!m_started)
        return;
    advance();
    const QSet<QString> down = m_faults->downNodes;
    const QSet<QString> offline = m_faults->offlinePools;
    QSet<QString> volumes;
    for (ZPool &pool : m_pools) {
        const bool wasUnreachable =
            m_lastDown.contains(pool.node) || m_lastOffline.contains(pool.name);
        const bool unreachable = down.contains(pool.node) || offline.contains(pool.name);
        if (wasUnreachable != unreachable) {
            for (const QString &cvr : std::as_const(pool.zvols))
                volumes.insert(m_zvols.value(cvr).volume);
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
        const QStringList names = m_pools.keys();
        for (const QString &name : names)
            syncPool(name);
    }
    m_wasPaused = nowPaused;
    m_lastDown = down;
    m_lastOffline = offline;
    replan();
    for (const QString &volume : std::as_const(volumes))
        emit replicasChanged(volume);
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
    replan();
}

Zvol *PoolManager::pickHelper(const Zvol &target) const
{
    Zvol *best = nullptr;
    for (Zvol *peer : zvolsOf(target.volume)) {
        if (peer->cvr == target.cvr || !peer->connected || !peer->healthy ||
            !poolReachable(peer->pool))
            continue;
        if (peer->cvr == target.helper)
            return peer; // keep the current helper while it can serve
        if (!best || peer->cvr < best->cvr)
            best = peer;
    }
    return best;
}

void PoolManager::startRebuild(const QString &cvr)
{
    Zvol *z = zvol(cvr);
    if (!z)
        return;
    z->rebuildRequested = false;
    if (!z->connected || z->healthy || z->rebuilding)
        return;
    advance();
    Zvol *helper = pickHelper(*z);
    if (!helper) {
        bool anyHealthy = false;
        for (Zvol *peer : zvolsOf(z->volume))
            anyHealthy = anyHealthy || (peer->connected && peer->healthy);
        if (z->quorum && !anyHealthy) {
            // No healthy copy anywhere: the target takes a quorum replica as it is (inferred:
            // istgt trusts the replica with the highest checkpointed IO sequence).
            z->healthy = true;
            emit replicasChanged(z->volume);
            return;
        }
    }
    z->rebuilding = true;
    m_rebuilding.insert(z->cvr);
    z->rebuildCopied = 0;
    z->rebuildStartLogical = z->logicalBytes;
    z->helper = helper ? helper->cvr : QString();
    const double source = helper ? helper->logicalBytes : z->logicalBytes;
    z->ratio =
        helper && helper->logicalBytes > 0 ? helper->allocatedBytes / helper->logicalBytes : 1.0;
    // At least the metadata and the snapshots' deltas go over the wire.
    z->rebuildTotal = std::max(source - z->logicalBytes, 64.0 * 1024);
    replan();
}

void PoolManager::completeRebuild(Zvol &z)
{
    const bool wasNew = !z.quorum;
    if (const Zvol *helper = zvol(z.helper)) {
        z.logicalBytes = std::max(z.logicalBytes, helper->logicalBytes);
        z.allocatedBytes = std::max(z.allocatedBytes, helper->allocatedBytes);
    }
    z.rebuilding = false;
    m_rebuilding.remove(z.cvr);
    z.rate = 0;
    z.healthy = true;
    z.quorum = true; // "set the quorum to 1 once rebuild is done" (libcstor)
    z.stallReason.clear();
    emit replicaRebuilt(z.volume, z.cvr, wasNew);
    emit replicasChanged(z.volume);
}

QList<Zvol *> PoolManager::rebuildingZvols()
{
    QStringList names(m_rebuilding.cbegin(), m_rebuilding.cend());
    names.sort(); // completions at the same instant come in a reproducible order
    QList<Zvol *> result;
    result.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        if (Zvol *z = zvol(name); z && z->rebuilding)
            result.append(z);
    }
    return result;
}

void PoolManager::advance()
{
    const qint64 now = m_clock->nowMs();
    const double dt = double(now - m_lastAdvanceMs) / 1000.0;
    m_lastAdvanceMs = now;
    if (dt <= 0)
        return;
    for (Zvol *z : rebuildingZvols()) {
        if (z->rate <= 0)
            continue;
        z->rebuildCopied = std::min(z->rebuildTotal, z->rebuildCopied + z->rate * dt);
        z->logicalBytes = z->rebuildStartLogical + z->rebuildCopied;
        z->allocatedBytes = std::max(z->allocatedBytes, z->logicalBytes * z->ratio);
    }
}

void PoolManager::replan()
{
    if (m_completionTimer) {
        m_clock->cancel(m_completionTimer);
        m_completionTimer = 0;
    }
    QHash<QString, int> active;
    const QList<Zvol *> rebuilding = rebuildingZvols();
    for (Zvol *zvol : rebuilding) {
        Zvol &z = *zvol;
        const ZPool &pool = m_pools[z.pool];
        Zvol *helper = pickHelper(z);
        z.helper = helper ? helper->cvr : z.helper;
        if (nodeDown(z.pool))
            z.stallReason = QStringLiteral("node %1 is down").arg(pool.node);
        else if (!poolReachable(z.pool))
            z.stallReason = QStringLiteral("pool %1 is offline").arg(z.pool);
        else if (!z.connected)
            z.stallReason = QStringLiteral("replica is not connected to the target");
        else if (poolReadOnly(pool))
            z.stallReason = QStringLiteral("pool %1 is read-only").arg(z.pool);
        else if (!helper)
            z.stallReason = QStringLiteral("no healthy replica to copy from");
        else
            z.stallReason.clear();
        if (z.stallReason.isEmpty())
            ++active[z.pool];
    }
    double soonest = -1;
    for (Zvol *z : std::as_const(rebuilding)) {
        if (!z->stallReason.isEmpty()) {
            z->rate = 0;
            continue;
        }
        z->rate = m_pools[z->pool].throughput / std::max(1, active.value(z->pool));
        const double remaining = (z->rebuildTotal - z->rebuildCopied) / z->rate;
        if (soonest < 0 || remaining < soonest)
            soonest = remaining;
    }
    if (soonest < 0)
        return;
    m_completionTimer =
        m_clock->callAt(m_clock->nowMs() + qint64(std::ceil(soonest * 1000.0)) + 1, this, [this] {
            m_completionTimer = 0;
            advance();
            QList<Zvol *> done;
            for (Zvol *z : rebuildingZvols()) {
                if (z->rate > 0 && z->rebuildCopied >= z->rebuildTotal - 1.0)
                    done.append(z);
            }
            for (Zvol *z : std::as_const(done))
                completeRebuild(*z);
            replan();
        });
}

QJsonArray PoolManager::rebuildTruth()
{
    advance();
    QJsonArray result;
    QList<const Zvol *> list;
    for (const Zvol &z : std::as_const(m_zvols)) {
        if (z.rebuilding)
            list.append(&z);
    }
    std::sort(list.begin(), list.end(),
              [](const Zvol *a, const Zvol *b) { return a->cvr < b->cvr; });
    for (const Zvol *z : std::as_const(list)) {
        result.append(QJsonObject{
            {QStringLiteral("volume"), z->volume},
            {QStringLiteral("replica"), z->cvr},
            {QStringLiteral("pool"), z->pool},
            {QStringLiteral("node"), m_pools.value(z->pool).node},
            {QStringLiteral("helper"), z->helper},
            {QStringLiteral("newReplica"), !z->quorum},
            {QStringLiteral("bytesCopied"), qint64(z->rebuildCopied)},
            {QStringLiteral("bytesToCopy"), qint64(z->rebuildTotal)},
            {QStringLiteral("rate"), qint64(z->rate)},
            {QStringLiteral("state"),
             z->stallReason.isEmpty() ? QStringLiteral("running") : QStringLiteral("stalled")},
            {QStringLiteral("stallReason"), z->stallReason},
        });
    }
    return result;
}

QJsonArray PoolManager::poolTruth()
{
    advance();
    QJsonArray result;
    for (const ZPool *pool : pools()) {
        const double used = poolUsedBytes(*pool);
        int rebuilds = 0;
        for (const QString &cvr : pool->zvols)
            rebuilds += m_zvols.value(cvr).rebuilding ? 1 : 0;
        result.append(QJsonObject{
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
        });
    }
    return result;
}

} // namespace Sim
