#include "models/sim/upstream/replicacontroller.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/snapshotstatus.h"
#include "models/sim/upstream/uzfs.h"
#include "models/sim/upstream/zfssnapshots.h"
#include "models/sim/upstream/zvolrebuild.h"

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

constexpr double kNewZvolBytes = 6 * 1024; // what `zfs get used` prints for an empty zvol: 6K

} // namespace

ReplicaController::ReplicaController(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                                     EventRecorder *events, Uzfs *uzfs, ZvolRebuild *rebuild,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writes(store, faults)
    , m_clock(clock)
    , m_events(events)
    , m_uzfs(uzfs)
    , m_rebuild(rebuild)
{
}

void ReplicaController::adopt(const QJsonObject &cvr)
{
    const QString name = metaString(cvr, QStringLiteral("name"));
    const QString poolName = label(cvr, kPoolLabel);
    ZPool *poolPtr = m_uzfs->findPool(poolName);
    if (!poolPtr)
        return; // a replica on a pool that does not exist: nobody manages it
    ZPool &pool = *poolPtr;
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
    const QJsonObject known = cv ? knownReplicas(*cv, QStringLiteral("spec")) : QJsonObject();
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
    const bool reachable = m_uzfs->poolReachable(poolName);
    zvol.healthy = phase == QLatin1String("Healthy") && reachable;
    zvol.connected =
        reachable && phase != QLatin1String("Offline") && phase != QLatin1String("Error");
    zvol.connectedAtMs = m_clock->nowMs() - qint64(m_clock->uniform(3600, 86400) * 1000);
    zvol.rebuildRequested = false;
    ZfsSnapshots::adopt(zvol, cvr);
    if (pool.baseUsedBytes >= 0)
        pool.baseUsedBytes = std::max(0.0, pool.baseUsedBytes - zvol.allocatedBytes);
    m_uzfs->addZvol(pool, zvol);
}

void ReplicaController::stampUpdateTimes()
{
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
}

void ReplicaController::recreate(const ZPool &pool)
{
    // CO replica-controller AddFunc: phase -> Recreate, then its zfs-derived phase.
    for (const QString &cvr : std::as_const(pool.zvols)) {
        if (auto object = m_store->get(kCvr, pool.ns, cvr)) {
            m_events->normal(*object, QStringLiteral("Synced"),
                             QStringLiteral("Received Resource create event"), component());
            writeStatus(pool, cvr, QStringLiteral("Recreate"));
            if (auto again = m_store->get(kCvr, pool.ns, cvr)) {
                m_events->normal(*again, QStringLiteral("Imported"),
                                 QStringLiteral("Resource imported successfully"), component());
            }
        }
    }
}

void ReplicaController::handleAdd(ZPool &pool, const QString &cvrName)
{
    auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return;
    const QString phase =
        child(*object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    m_events->normal(*object, QStringLiteral("Synced"),
                     QStringLiteral("Received Resource create event"), component());
    const bool provisioning = phase.isEmpty() || phase == QLatin1String("Init");
    writeStatus(pool, cvrName, provisioning ? QStringLiteral("Init") : QStringLiteral("Recreate"));
    object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return;
    if (const Zvol *existing = m_uzfs->zvol(cvrName)) {
        // cVRAddEventHandler: the dataset exists (a pool-manager restart, or a dataset left
        // behind): Warning AlreadyPresent, the replica ID read back from zfs if the CVR has none
        // (GetReplicaIDFromZFS), then the status from zfs.
        m_events->warning(*object, QStringLiteral("AlreadyPresent"),
                          QStringLiteral("Resource already present"), component());
        QJsonObject spec = child(*object, QStringLiteral("spec"));
        if (spec.value(QLatin1String("replicaid")).toString().isEmpty()) {
            QJsonObject updated = *object;
            spec.insert(QStringLiteral("replicaid"), existing->replicaId);
            updated.insert(QStringLiteral("spec"), spec);
            removeResourceVersion(updated);
            m_store->update(kCvr, updated);
        }
        writeStatus(pool, cvrName);
        emit replicasChanged(existing->volume);
        return;
    }
    createZvol(pool, cvrName, phase);
}

// CO replica-controller createVolumeReplica: `zfs create` of a new replica, or `zfs clone` of
// a clone's; a clone whose snapshot is not on this pool fails, the phase stays as it was and the
// next sync tries again (isCVRCreateStatus).
bool ReplicaController::createZvol(ZPool &pool, const QString &cvrName, const QString &phase)
{
    auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return false;
    const ZfsSnapshots snapshots(m_uzfs);
    const QString origin = ZfsSnapshots::originOf(*object);
    if (!origin.isEmpty() && !snapshots.originOnPool(pool.name, origin)) {
        failCreate(pool, *object);
        return false;
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
    if (!origin.isEmpty()) {
        // buildVolumeCloneCommand: always quorum=on; the clone refers to its snapshot's data.
        zvol.quorum = true;
        zvol.origin = origin;
        zvol.logicalBytes = std::max(kNewZvolBytes, snapshots.originBytes(pool.name, origin));
    }
    m_rebuild->advance();
    m_uzfs->addZvol(pool, zvol);
    if (auto again = m_store->get(kCvr, pool.ns, cvrName)) {
        m_events->normal(*again, QStringLiteral("Created"),
                         QStringLiteral("Resource created successfully"), component());
    }
    writeStatus(pool, cvrName); // the phase zfs reports at once: Offline until connected
    emit replicasChanged(zvol.volume);
    return true;
}

void ReplicaController::handleDestroy(ZPool &pool, const QString &cvrName)
{
    auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (object) {
        m_events->normal(*object, QStringLiteral("Synced"),
                         QStringLiteral("Received Resource destroy event"), component());
    }
    m_rebuild->advance();
    const QStringList clones = ZfsSnapshots(m_uzfs).dependentClones(cvrName);
    const QString volume = m_uzfs->destroyZvol(cvrName);
    pool.pendingAdds.remove(cvrName);
    pool.withoutDataset.remove(cvrName);
    // `zfs destroy -R` (CO volumereplica.go DeleteVolume): the clones of its snapshots go too.
    destroyClones(pool, clones);
    // Then the finalizers go (all of them, CO removeFinalizer).
    if (object) {
        QJsonObject updated = *object;
        QJsonObject metadata = child(updated, QStringLiteral("metadata"));
        metadata.remove(QStringLiteral("finalizers"));
        metadata.remove(QStringLiteral("resourceVersion"));
        updated.insert(QStringLiteral("metadata"), metadata);
        m_store->update(kCvr, updated);
    }
    m_rebuild->replan();
    if (!volume.isEmpty())
        emit replicasChanged(volume);
}

// handler.go cVREventHandler QOpDestroy: DeleteVolume fails -> Warning FailDestroy "Resource
// Destroy failed" and phase DeletionFailed; the finalizer stays, so the CVR stays terminating.
void ReplicaController::destroyFailed(const ZPool &pool, const QString &cvrName)
{
    const auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object)
        return;
    m_events->warning(*object, QStringLiteral("FailDestroy"),
                      QStringLiteral("Resource Destroy failed"), component());
    writeStatus(pool, cvrName, QStringLiteral("DeletionFailed"));
}

void ReplicaController::destroyClones(ZPool &pool, const QStringList &clones)
{
    for (const QString &clone : clones) {
        const QString cloneVolume = m_uzfs->destroyZvol(clone);
        // Their CVRs stay, with a dataset zfs no longer has.
        pool.withoutDataset.insert(clone);
        emit replicasChanged(cloneVolume);
    }
}

void ReplicaController::failCreate(ZPool &pool, const QJsonObject &cvr)
{
    // CreateVolumeReplica wraps the exec error of `zfs clone`; zfs's own "cannot open
    // '<pool>/<src>@<snap>': dataset does not exist" goes only to the pool-manager's log.
    m_events->warning(cvr, QStringLiteral("FailCreate"),
                      QStringLiteral("failed to create volume replica error: failed to create "
                                     "volume: %1: exit status 1")
                          .arg(datasetName(pool, label(cvr, kVolumeLabel))),
                      component());
    writeStatus(pool, metaString(cvr, QStringLiteral("name")),
                child(cvr, QStringLiteral("status")).value(QLatin1String("phase")).toString());
    pool.withoutDataset.insert(metaString(cvr, QStringLiteral("name")));
}

// CO replica-controller cVREventHandler QOpSync for a CVR whose dataset zfs does not have: a
// create phase creates it again (isCVRCreateStatus), any other asks `zfs stats` (getCVRStatus),
// which fails: two warnings, and syncHandler writes nothing, so the phase stays as it was.
void ReplicaController::syncWithoutDataset(ZPool &pool, const QString &cvrName)
{
    const auto object = m_store->get(kCvr, pool.ns, cvrName);
    if (!object || m_uzfs->zvol(cvrName) ||
        !metaString(*object, QStringLiteral("deletionTimestamp")).isEmpty())
        return;
    const QString phase =
        child(*object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    if (phase.isEmpty() || phase == QLatin1String("Init") || phase == QLatin1String("Recreate")) {
        createZvol(pool, cvrName, phase);
        return;
    }
    const QString dataset = datasetName(pool, label(*object, kVolumeLabel));
    m_events->warning(*object, QStringLiteral("FailStatusSync"),
                      QStringLiteral("Resource status sync failed"), component());
    // volumereplica.go Status; the zfs output is inferred (libzfs for a missing dataset).
    m_events->warning(*object, QStringLiteral("SyncFailed"),
                      QStringLiteral("handling operation Sync failed: Unable to get volume stats "
                                     "for volume %1 : cannot open '%1': dataset does not exist: "
                                     "exit status 1")
                          .arg(dataset),
                      component());
    pool.withoutDataset.insert(cvrName);
}

// `cstor-<CSPC uid>/<pv>` (CO volumereplica.go GetPoolName: OPENEBS_IO_POOL_NAME is the CSPC UID).
QString ReplicaController::datasetName(const ZPool &pool, const QString &volume) const
{
    const auto cspc = m_store->get(kCspc, pool.ns, pool.cspc);
    const QString uid = cspc ? metaString(*cspc, QStringLiteral("uid")) : pool.cspc;
    return QStringLiteral("cstor-%1/%2").arg(uid, volume);
}

void ReplicaController::writeStatus(const ZPool &pool, const QString &cvrName,
                                    const QString &forcedPhase)
{
    auto current = m_store->get(kCvr, pool.ns, cvrName);
    if (!current)
        return;
    QJsonObject object = *current;
    QJsonObject status = child(object, QStringLiteral("status"));
    const Zvol *z = m_uzfs->zvol(cvrName);
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
        SnapshotStatus::update(status, *z, phase, peersOf(*z));
    }
    object.insert(QStringLiteral("status"), status);
    // A write that meets a newer version is not put back on the queue (CO replica-controller
    // runner.go processNextWorkItem returns the error without AddRateLimited): the next sync of
    // the pool writes the status again.
    m_writes.update(kCvr, object);
}

QList<QJsonObject> ReplicaController::peersOf(const Zvol &zvol) const
{
    // getPeerReplicas lists the volume's CVRs by label; only a rebuilding replica asks.
    QList<QJsonObject> peers;
    if (!zvol.rebuilding)
        return peers;
    for (const Zvol *peer : m_uzfs->zvolsOf(zvol.volume)) {
        if (peer->cvr == zvol.cvr)
            continue;
        if (auto object = m_store->get(kCvr, peer->ns, peer->cvr))
            peers.append(*object);
    }
    return peers;
}

} // namespace Sim
