#include "models/sim/upstream/volumetarget.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/podnames.h"
#include "models/sim/upstream/poolmanager.h"

#include <QJsonArray>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {
// istgt's replica_poll_time: how often it asks a replica that is not yet healthy in its eyes
// for its status (replication.c).
constexpr double kReplicaPollSeconds = 10.0;
} // namespace

VolumeTarget::VolumeTarget(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                           EventRecorder *events, PoolManager *pools, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_events(events)
    , m_pools(pools)
    , m_writes(store, faults)
{
}

void VolumeTarget::setResyncSeconds(int seconds)
{
    m_resyncSeconds = std::max(1, seconds);
}

bool VolumeTarget::paused() const
{
    return m_faults && m_faults->pausedControllers.contains(QStringLiteral("target"));
}

QString VolumeTarget::phaseFor(int healthy, int degraded, int rf, int cf)
{
    // ISTGT get_cv_status / update_volstate, counting trusty replicas only.
    const bool ready = (healthy + degraded >= cf && healthy >= 1) ||
                       (healthy + degraded >= std::max(rf - cf + 1, cf));
    if (!ready)
        return QStringLiteral("Offline");
    if (healthy >= cf)
        return QStringLiteral("Healthy");
    return QStringLiteral("Degraded");
}

void VolumeTarget::start()
{
    if (m_started)
        return;
    m_started = true;
    m_wasPaused = paused();
    for (const QJsonObject &cv : m_store->list(kCv))
        addTarget(cv);
    connect(m_store, &ObjectStore::changed, this, &VolumeTarget::onStoreChanged);
    connect(m_pools, &PoolManager::replicasChanged, this, &VolumeTarget::onReplicasChanged);
    connect(m_pools, &PoolManager::replicaRebuilt, this, &VolumeTarget::onReplicaRebuilt);
    // istgt's own RF and CF decide whether the volume is ready, which gates rebuilds
    // (trigger_rebuild).
    m_pools->setRebuildFactors(
        [this](const QString &volume) -> std::optional<RebuildScheduler::Factors> {
            const auto it = m_targets.constFind(targetKeyOfVolume(volume));
            if (it == m_targets.constEnd())
                return std::nullopt;
            return RebuildScheduler::Factors{it->istgt.replicationFactor(),
                                             it->istgt.consistencyFactor()};
        });
    if (m_faults) {
        connect(m_faults, &FaultPlan::changed, this, [this] {
            const bool nowPaused = paused();
            if (m_wasPaused && !nowPaused) {
                const QStringList keys = m_targets.keys();
                for (const QString &k : keys) {
                    Target &t = m_targets[k];
                    const QSet<QString> promotions = std::exchange(t.pendingPromotion, {});
                    for (const QString &cvr : promotions)
                        promote(t, cvr);
                    syncVolume(t.ns, t.name);
                }
            }
            m_wasPaused = nowPaused;
        });
    }
    const QStringList keys = m_targets.keys();
    for (const QString &k : keys)
        evaluate(k);
}

void VolumeTarget::addTarget(const QJsonObject &cv)
{
    Target t;
    t.ns = metaString(cv, QStringLiteral("namespace"));
    t.name = metaString(cv, QStringLiteral("name"));
    t.istgt = IstgtReplication::fromVolume(cv);
    t.confDrf = t.istgt.desiredReplicationFactor();
    t.lastSpec = child(cv, QStringLiteral("spec"));
    t.lastPhase = child(cv, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    t.podName = PodNames::ofDeployment(t.name + QStringLiteral("-target"), t.name);
    QStringList nodes;
    for (const Zvol *z : m_pools->zvolsOf(t.name)) {
        if (const ZPool *p = m_pools->pool(z->pool))
            nodes.append(p->node);
    }
    nodes.sort();
    t.node = nodes.value(0);
    t.syncOffsetMs = qint64(m_clock->uniform(0.05, 1.0) * m_resyncSeconds * 1000);
    const QString k = key(t.ns, t.name);
    m_keyByVolume.insert(t.name, k);
    m_targets.insert(k, t);
    scheduleSync(m_targets[k]);
}

void VolumeTarget::scheduleSync(Target &t)
{
    const QString k = key(t.ns, t.name);
    const qint64 period = qint64(m_resyncSeconds) * 1000;
    const qint64 now = m_clock->nowMs();
    qint64 next = now - ((now - t.syncOffsetMs) % period + period) % period + period;
    if (next <= now)
        next += period;
    t.timer = m_clock->callAt(next, this, [this, k] {
        auto it = m_targets.find(k);
        if (it == m_targets.end())
            return;
        syncVolume(it->ns, it->name);
        it = m_targets.find(k);
        if (it != m_targets.end())
            scheduleSync(*it);
    });
}

QString VolumeTarget::targetKeyOfVolume(const QString &volume) const
{
    return m_keyByVolume.value(volume);
}

void VolumeTarget::onReplicasChanged(const QString &volume)
{
    const QString k = targetKeyOfVolume(volume);
    if (!k.isEmpty())
        evaluate(k);
}

void VolumeTarget::evaluate(const QString &k)
{
    auto it = m_targets.find(k);
    if (it == m_targets.end())
        return;
    Target &t = *it;
    const auto cv = m_store->get(kCv, t.ns, t.name);
    if (!cv || t.stopped)
        return;
    QList<Zvol *> zvols = m_pools->zvolsOf(t.name);
    std::sort(zvols.begin(), zvols.end(), [](Zvol *a, Zvol *b) { return a->cvr < b->cvr; });
    int connected = 0;
    for (Zvol *z : std::as_const(zvols))
        connected += z->connected ? 1 : 0;
    for (Zvol *z : std::as_const(zvols)) {
        // A replica whose pool fails the volume's writes (read-only) is disconnected and stays
        // out while it does (CSTOR gtest ZpoolReadOnly).
        const bool reachable =
            !t.podDown && m_pools->poolReachable(z->pool) && !m_pools->writesFail(*z);
        const bool removed = t.removedGuids.contains(z->guid);
        if (z->connected) {
            if (!reachable || removed) {
                m_pools->setConnected(z->cvr, false);
                --connected;
            }
            continue;
        }
        if (!reachable || removed || t.pendingConnect.contains(z->cvr))
            continue;
        if (!t.istgt.canConnect(z->replicaId, z->guid, connected + int(t.pendingConnect.size())))
            continue;
        t.pendingConnect.insert(z->cvr);
        const QString cvr = z->cvr;
        m_clock->callAfter(m_clock->uniform(2.0, 4.0), this, [this, k, cvr] {
            auto again = m_targets.find(k);
            if (again == m_targets.end())
                return;
            again->pendingConnect.remove(cvr);
            Zvol *zv = m_pools->zvol(cvr);
            if (!zv || zv->connected || !m_pools->poolReachable(zv->pool) ||
                m_pools->writesFail(*zv) || again->removedGuids.contains(zv->guid))
                return;
            m_pools->setConnected(cvr, true);
            // A quorum-on replica of a new volume joins istgt's known replicas while they are
            // fewer than RF (istgt handle_transition_from_unknown_to_known).
            if (zv->quorum && !again->istgt.isTrustyGuid(zv->guid) &&
                again->istgt.trusty().size() < again->istgt.replicationFactor())
                promote(*again, cvr);
        });
    }
}

QJsonArray VolumeTarget::replicaStatuses(const Target &t, int *healthy, int *degraded) const
{
    QList<Zvol *> zvols = m_pools->zvolsOf(t.name);
    std::sort(zvols.begin(), zvols.end(), [](Zvol *a, Zvol *b) { return a->cvr < b->cvr; });
    QJsonArray trusty;
    QJsonArray others;
    *healthy = 0;
    *degraded = 0;
    const qint64 now = m_clock->nowMs();
    for (const Zvol *z : std::as_const(zvols)) {
        if (!z->connected)
            continue;
        const bool isTrusty = t.istgt.isTrustyGuid(z->guid);
        const QString mode = z->healthy ? QStringLiteral("Healthy") : QStringLiteral("Degraded");
        if (isTrusty)
            ++(z->healthy ? *healthy : *degraded);
        // istgt emits its counters as strings (json_object_new_uint64), upTime as a number.
        const QJsonObject entry{
            {QStringLiteral("replicaId"), z->guid},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("checkpointedIOSeq"),
             QString::number(qint64(z->logicalBytes / 4096.0))},
            {QStringLiteral("inflightRead"), QStringLiteral("0")},
            {QStringLiteral("inflightWrite"), QStringLiteral("0")},
            {QStringLiteral("inflightSync"), QStringLiteral("0")},
            {QStringLiteral("upTime"), qint64((now - z->connectedAtMs) / 1000)},
            {QStringLiteral("quorum"), isTrusty ? QStringLiteral("1") : QStringLiteral("0")},
        };
        (isTrusty ? trusty : others).append(entry);
    }
    for (const QJsonValue &v : std::as_const(others))
        trusty.append(v);
    return trusty;
}

QString VolumeTarget::volumePhase(const QString &ns, const QString &name) const
{
    auto it = m_targets.constFind(key(ns, name));
    const auto cv = m_store->get(kCv, ns, name);
    if (it == m_targets.constEnd() || !cv)
        return QString();
    int h = 0;
    int d = 0;
    const QJsonArray list = replicaStatuses(*it, &h, &d);
    if (list.isEmpty())
        return QStringLiteral("Init");
    return phaseFor(h, d, it->istgt.replicationFactor(), it->istgt.consistencyFactor());
}

QJsonObject VolumeTarget::truth(const QString &ns, const QString &name) const
{
    auto it = m_targets.constFind(key(ns, name));
    if (it == m_targets.constEnd())
        return {};
    int h = 0;
    int d = 0;
    return QJsonObject{
        {QStringLiteral("volume"), name},
        {QStringLiteral("phase"), volumePhase(ns, name)},
        {QStringLiteral("istgtDesiredReplicationFactor"), it->istgt.desiredReplicationFactor()},
        {QStringLiteral("istgtReplicationFactor"), it->istgt.replicationFactor()},
        {QStringLiteral("istgtConsistencyFactor"), it->istgt.consistencyFactor()},
        {QStringLiteral("istgtTrustyReplicas"),
         QJsonArray::fromStringList(it->istgt.trusty().keys())},
        {QStringLiteral("istgtConfDesiredReplicationFactor"), it->confDrf},
        {QStringLiteral("replicas"), replicaStatuses(*it, &h, &d)}};
}

void VolumeTarget::syncVolume(const QString &ns, const QString &name)
{
    auto it = m_targets.find(key(ns, name));
    if (it == m_targets.end() || paused() || it->stopped || it->podDown)
        return;
    m_pools->advance();
    evaluate(key(ns, name));
    if (auto cv = m_store->get(kCv, ns, name))
        reconcileDrf(*it, *cv);
    writeStatus(*it);
    emit volumeSynced(ns, name);
}

void VolumeTarget::writeStatus(Target &t)
{
    const auto current = m_store->get(kCv, t.ns, t.name);
    if (!current)
        return;
    QJsonObject cv = *current;
    int h = 0;
    int d = 0;
    const QJsonArray statuses = replicaStatuses(t, &h, &d);
    const QString phase = statuses.isEmpty() ? QStringLiteral("Init")
                                             : phaseFor(h, d, t.istgt.replicationFactor(),
                                                        t.istgt.consistencyFactor());
    QJsonObject status = child(cv, QStringLiteral("status"));
    const QString oldPhase = status.value(QLatin1String("phase")).toString();
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    status.insert(QStringLiteral("phase"), phase);
    if (statuses.isEmpty())
        status.remove(QStringLiteral("replicaStatuses"));
    else
        status.insert(QStringLiteral("replicaStatuses"), statuses);
    status.insert(QStringLiteral("capacity"),
                  child(cv, QStringLiteral("spec")).value(QLatin1String("capacity")));
    status.insert(QStringLiteral("lastUpdateTime"), now);
    if (oldPhase != phase || !status.contains(QLatin1String("lastTransitionTime")))
        status.insert(QStringLiteral("lastTransitionTime"), now);
    cv.insert(QStringLiteral("status"), status);
    const auto result = m_writes.update(kCv, cv);
    if (oldPhase != phase && std::holds_alternative<QJsonObject>(result)) {
        const bool normal = phase == QLatin1String("Init") || phase == QLatin1String("Healthy") ||
                            phase == QLatin1String("Degraded");
        m_events->record(std::get<QJsonObject>(result),
                         normal ? QStringLiteral("Normal") : QStringLiteral("Warning"), phase,
                         QStringLiteral("Volume is in %1 state").arg(phase), t.podName, t.node,
                         t.name + QLatin1Char('.') + phase);
    }
    t.lastPhase = phase;
}

void VolumeTarget::onReplicaRebuilt(const QString &volume, const QString &cvr, bool wasNew)
{
    const QString k = targetKeyOfVolume(volume);
    auto it = m_targets.find(k);
    if (it == m_targets.end() || !wasNew)
        return;
    if (paused()) {
        it->pendingPromotion.insert(cvr);
        return;
    }
    promote(*it, cvr);
}

void VolumeTarget::promote(Target &t, const QString &cvr)
{
    // istgt handle_scaleup_replica_transition -> volume-mgmt target server
    // (UpdateCVWithReplicationDetails): RF+1, CF=RF/2+1, knownReplicas gains the replica. istgt
    // takes the new factors only once the CV is written (update_trusty_replica_list); when the
    // write fails the replica stays out of the quorum and istgt tries again at its next status
    // poll of that replica (replica_poll_time, 10 s).
    const Zvol *z = m_pools->zvol(cvr);
    auto current = m_store->get(kCv, t.ns, t.name);
    if (!z || !current)
        return;
    IstgtReplication promoted = t.istgt;
    const IstgtReplication::Promotion promotion = promoted.promote(z->replicaId, z->guid);
    if (promotion == IstgtReplication::Promotion::AlreadyTrusty ||
        promotion == IstgtReplication::Promotion::Refused)
        return;
    QJsonObject cv = *current;
    QJsonObject spec = child(cv, QStringLiteral("spec"));
    QJsonObject details = child(spec, QStringLiteral("replicaDetails"));
    QJsonObject known = details.value(QLatin1String("knownReplicas")).toObject();
    spec.insert(QStringLiteral("replicationFactor"), promoted.replicationFactor());
    spec.insert(QStringLiteral("consistencyFactor"), promoted.consistencyFactor());
    known.insert(z->replicaId, z->guid);
    details.insert(QStringLiteral("knownReplicas"), known);
    spec.insert(QStringLiteral("replicaDetails"), details);
    cv.insert(QStringLiteral("spec"), spec);
    QJsonObject status = child(cv, QStringLiteral("status"));
    QJsonObject statusDetails = child(status, QStringLiteral("replicaDetails"));
    QJsonObject statusKnownReplicas =
        statusDetails.value(QLatin1String("knownReplicas")).toObject();
    statusKnownReplicas.insert(z->replicaId, z->guid);
    statusDetails.insert(QStringLiteral("knownReplicas"), statusKnownReplicas);
    status.insert(QStringLiteral("replicaDetails"), statusDetails);
    cv.insert(QStringLiteral("status"), status);
    if (std::holds_alternative<ApiError>(m_writes.update(kCv, cv))) {
        t.pendingPromotion.insert(cvr);
        const QString k = key(t.ns, t.name);
        m_clock->callAfter(kReplicaPollSeconds, this, [this, k, cvr] {
            auto it = m_targets.find(k);
            if (it == m_targets.end() || paused() || !it->pendingPromotion.remove(cvr))
                return;
            promote(*it, cvr);
        });
        return;
    }
    t.istgt = promoted;
}

void VolumeTarget::onStoreChanged(const StoreEvent &event)
{
    if (event.resource != kCv)
        return;
    m_queue.append(event.object);
    if (event.type == StoreEvent::Type::Deleted) {
        const QString k = key(metaString(event.object, QStringLiteral("namespace")),
                              metaString(event.object, QStringLiteral("name")));
        if (auto it = m_targets.find(k); it != m_targets.end()) {
            m_clock->cancel(it->timer);
            m_keyByVolume.remove(it->name);
            m_targets.erase(it);
        }
        return;
    }
    if (!m_queueScheduled) {
        m_queueScheduled = true;
        QTimer::singleShot(0, this, &VolumeTarget::processQueue);
    }
}

void VolumeTarget::processQueue()
{
    m_queueScheduled = false;
    const QList<QJsonObject> objects = std::exchange(m_queue, {});
    QSet<QString> seen;
    for (const QJsonObject &object : objects) {
        const QString ns = metaString(object, QStringLiteral("namespace"));
        const QString name = metaString(object, QStringLiteral("name"));
        const QString k = key(ns, name);
        if (seen.contains(k))
            continue;
        seen.insert(k);
        const auto cv = m_store->get(kCv, ns, name);
        if (!cv)
            continue;
        auto it = m_targets.find(k);
        if (it == m_targets.end()) {
            // A new volume: `add` writes istgt.conf, capacity and phase Init.
            addTarget(*cv);
            QJsonObject updated = *cv;
            QJsonObject status = child(updated, QStringLiteral("status"));
            if (status.value(QLatin1String("phase")).toString().isEmpty()) {
                status.insert(QStringLiteral("phase"), QStringLiteral("Init"));
                status.insert(
                    QStringLiteral("capacity"),
                    child(updated, QStringLiteral("spec")).value(QLatin1String("capacity")));
                updated.insert(QStringLiteral("status"), status);
                removeResourceVersion(updated);
                m_store->update(kCv, updated);
            }
            evaluate(k);
            continue;
        }
        if (paused())
            continue; // volume-mgmt is not running: it sees the spec when it resumes
        if (child(*cv, QStringLiteral("spec")) == it->lastSpec)
            continue; // status-only change: ignored
        handleModify(*it, *cv);
    }
}

void VolumeTarget::handleModify(Target &t, const QJsonObject &cv)
{
    // CO volume-mgmt handler.go QOpModify: a pending DRF is reconciled, and then every spec edit
    // that is not a resize (resizes are not simulated) is "ignored", the DRF edits included.
    t.lastSpec = child(cv, QStringLiteral("spec"));
    reconcileDrf(t, cv);
    m_events->warning(cv, QStringLiteral("FailUpdate"),
                      QStringLiteral("Ignoring changes on volume %1").arg(t.name), t.podName);
    evaluate(key(t.ns, t.name));
}

bool VolumeTarget::restart(const QString &ns, const QString &name)
{
    auto it = m_targets.find(key(ns, name));
    const auto cv = m_store->get(kCv, ns, name);
    if (it == m_targets.end() || !cv)
        return false;
    it->istgt = IstgtReplication::fromVolume(*cv);
    it->confDrf = it->istgt.desiredReplicationFactor();
    it->removedGuids.clear();
    it->pendingConnect.clear();
    it->stopped = false;
    for (Zvol *z : m_pools->zvolsOf(name)) {
        if (z->connected)
            m_pools->setConnected(z->cvr, false);
    }
    writeStatus(*it);
    evaluate(key(ns, name));
    return true;
}

bool VolumeTarget::stop(const QString &ns, const QString &name)
{
    auto it = m_targets.find(key(ns, name));
    const auto cv = m_store->get(kCv, ns, name);
    if (it == m_targets.end() || !cv)
        return false;
    it->stopped = true;
    it->pendingConnect.clear();
    for (Zvol *z : m_pools->zvolsOf(name)) {
        if (z->connected)
            m_pools->setConnected(z->cvr, false);
    }
    QJsonObject updated = *cv;
    QJsonObject status = child(updated, QStringLiteral("status"));
    status.insert(QStringLiteral("phase"), QStringLiteral("Offline"));
    status.remove(QStringLiteral("replicaStatuses"));
    status.insert(QStringLiteral("lastUpdateTime"), ObjectStore::formatTimestamp(m_clock->now()));
    updated.insert(QStringLiteral("status"), status);
    removeResourceVersion(updated);
    m_store->update(kCv, updated);
    it->lastPhase = QStringLiteral("Offline");
    return true;
}

VolumeTarget::PodPlacement VolumeTarget::podOf(const QString &ns, const QString &name) const
{
    const auto it = m_targets.constFind(key(ns, name));
    return it == m_targets.constEnd() ? PodPlacement{} : PodPlacement{it->podName, it->node};
}

void VolumeTarget::setPod(const QString &ns, const QString &name, const PodPlacement &placement)
{
    if (auto it = m_targets.find(key(ns, name)); it != m_targets.end()) {
        it->podName = placement.pod;
        it->node = placement.node;
    }
}

void VolumeTarget::setPodDown(const QString &ns, const QString &name, bool down)
{
    auto it = m_targets.find(key(ns, name));
    if (it == m_targets.end() || it->podDown == down)
        return;
    it->podDown = down;
    if (down)
        evaluate(key(ns, name));
    else
        restart(ns, name);
}

} // namespace Sim
