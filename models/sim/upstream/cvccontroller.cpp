#include "models/sim/upstream/cvccontroller.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/clonesource.h"
#include "models/sim/upstream/cvcpools.h"
#include "models/sim/upstream/cvcprovisioner.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/xxhash.h"

#include <QJsonArray>

namespace Sim {

using namespace ObjectFields;

using CvcPools::listDiff;
using CvcPools::specPools;
using CvcPools::statusPools;

namespace {

const QString kFinalizer = QStringLiteral("cvc.openebs.io/finalizer");

QJsonObject reconciledVersionDetails(const QString &version)
{
    return QJsonObject{
        {QStringLiteral("autoUpgrade"), false},
        {QStringLiteral("desired"), version},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("current"), version},
                     {QStringLiteral("dependentsUpgraded"), true},
                     {QStringLiteral("lastUpdateTime"), QJsonValue::Null}}},
    };
}

// What a scale step reads of the CVC: where it is, its volume, and the pools it asks for and has.
struct Scaling
{
    QString ns;
    QString name;
    QString volumeId;
    QStringList wanted; // spec.policy.replicaPoolInfo
    QStringList have;   // status.poolInfo
};

Scaling scalingOf(const QJsonObject &cvc)
{
    Scaling scaling{
        metaString(cvc, QStringLiteral("namespace")), metaString(cvc, QStringLiteral("name")),
        annotation(cvc, QStringLiteral("openebs.io/volumeID")), specPools(cvc), statusPools(cvc)};
    if (scaling.volumeId.isEmpty())
        scaling.volumeId = scaling.name;
    return scaling;
}

} // namespace

QString CvcController::replicaIdFor(const QString &volume, const QString &pool)
{
    // json.Marshal of a plain string: the string in double quotes.
    const QByteArray json = '"' + (volume + QLatin1Char('-') + pool).toUtf8() + '"';
    return QString::number(XxHash::hash64(json));
}

CvcController::CvcController(ObjectStore *store, FaultPlan *faults, SimClock *clock,
                             EventRecorder *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
    , m_events(events)
    , m_pdbs(store)
    , m_writes(store, faults)
{
}

void CvcController::setResyncSeconds(int seconds)
{
    m_resyncSeconds = std::max(1, seconds);
    if (m_started) {
        m_clock->cancel(m_resyncTimer);
        m_resyncTimer = m_clock->callAfter(m_resyncSeconds, this, [this] { resync(); });
    }
}

void CvcController::setOperatorVersion(const QString &version)
{
    m_version = version;
}

bool CvcController::paused() const
{
    return m_faults && m_faults->pausedControllers.contains(QStringLiteral("cvc"));
}

void CvcController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_wasPaused = paused();
    m_pdbs.provisionExisting();
    connect(m_store, &ObjectStore::changed, this, &CvcController::onStoreChanged);
    if (m_faults) {
        connect(m_faults, &FaultPlan::changed, this, [this] {
            const bool nowPaused = paused();
            if (m_wasPaused && !nowPaused) {
                // A restarted controller: the informer adds every CVC again.
                for (const QJsonObject &cvc : m_store->list(kCvc))
                    enqueue(metaString(cvc, QStringLiteral("namespace")),
                            metaString(cvc, QStringLiteral("name")));
            }
            m_wasPaused = nowPaused;
        });
    }
    for (const QJsonObject &cvc : m_store->list(kCvc))
        enqueue(metaString(cvc, QStringLiteral("namespace")),
                metaString(cvc, QStringLiteral("name")));
    m_resyncTimer = m_clock->callAfter(m_resyncSeconds, this, [this] { resync(); });
}

void CvcController::resync()
{
    for (const QJsonObject &cvc : m_store->list(kCvc))
        enqueue(metaString(cvc, QStringLiteral("namespace")),
                metaString(cvc, QStringLiteral("name")));
    m_resyncTimer = m_clock->callAfter(m_resyncSeconds, this, [this] { resync(); });
}

void CvcController::onStoreChanged(const StoreEvent &event)
{
    if (event.type == StoreEvent::Type::Deleted &&
        (event.resource == kCvc || event.resource == kCv)) {
        collectGarbage(event);
        return;
    }
    if (event.resource != kCvc)
        return;
    enqueue(metaString(event.object, QStringLiteral("namespace")),
            metaString(event.object, QStringLiteral("name")));
}

void CvcController::enqueue(const QString &ns, const QString &name)
{
    const QString k = ns + QLatin1Char('/') + name;
    if (!m_queued.contains(k)) {
        m_queued.insert(k);
        m_queue.append(k);
    }
    if (!m_queueScheduled && !paused()) {
        m_queueScheduled = true;
        QTimer::singleShot(0, this, &CvcController::processQueue);
    }
}

void CvcController::processQueue()
{
    m_queueScheduled = false;
    if (paused())
        return;
    const QStringList keys = std::exchange(m_queue, {});
    m_queued.clear();
    for (const QString &k : keys) {
        const qsizetype slash = k.indexOf(QLatin1Char('/'));
        sync(k.left(slash), k.mid(slash + 1));
    }
}

void CvcController::collectGarbage(const StoreEvent &event)
{
    // kube-controller-manager's garbage collector, for the ownership chain CVC -> CV -> CVR.
    const QString uid = metaString(event.object, QStringLiteral("uid"));
    const QString ns = metaString(event.object, QStringLiteral("namespace"));
    const QString dependent = event.resource == kCvc ? kCv : kCvr;
    QStringList names;
    for (const QJsonObject &object : m_store->list(dependent, ns)) {
        const QJsonArray owners = child(object, QStringLiteral("metadata"))
                                      .value(QLatin1String("ownerReferences"))
                                      .toArray();
        for (const QJsonValue &owner : owners) {
            if (owner.toObject().value(QLatin1String("uid")).toString() == uid)
                names.append(metaString(object, QStringLiteral("name")));
        }
    }
    QTimer::singleShot(0, this, [this, dependent, ns, names] {
        for (const QString &name : names)
            m_store->remove(dependent, ns, name);
    });
}

// CO cstorvolumeconfig controller_base.go processNextWorkItem: a sync whose write met a newer
// version is tried again after the workqueue's backoff (AddRateLimited); other errors wait for
// the next event or resync here.
void CvcController::sync(const QString &ns, const QString &name)
{
    m_conflicted = false;
    syncOnce(ns, name);
    const QString k = ns + QLatin1Char('/') + name;
    if (!m_conflicted) {
        m_backoff.forget(k);
        return;
    }
    // Synced from the timer itself, so that what is due earlier in simulated time (the
    // replica's destroy, a second later) cannot overtake it when the clock catches up at once.
    m_clock->callAfter(m_backoff.failed(k), this, [this, ns, name] { sync(ns, name); });
}

// updatePDBForScaledVolume's CVC update, after scaling either way.
QString CvcController::writePoolInfo(const QJsonObject &cvc)
{
    const QString error = ObjectStore::errorMessage(write(kCvc, cvc));
    if (error.isEmpty())
        return error;
    return QStringLiteral("failed to update %1 CVC status with scaledup replica pool names: %2")
        .arg(metaString(cvc, QStringLiteral("name")), error);
}

ObjectStore::Result CvcController::write(const QString &resource, const QJsonObject &object)
{
    const ObjectStore::Result result = m_writes.update(resource, object);
    m_conflicted = m_conflicted || ControllerWrites::isConflict(result);
    return result;
}

// syncCVC (CO cstorvolumeconfig controller.go), in its steps.
void CvcController::syncOnce(const QString &ns, const QString &name)
{
    if (paused())
        return;
    const auto current = m_store->get(kCvc, ns, name);
    if (!current)
        return;
    const std::optional<QJsonObject> cvc = populateVersion(*current);
    if (!cvc)
        return; // the write failed: tried again after a conflict's backoff, or at the resync
    if (finishDeletion(*cvc, *current) || !shouldReconcile(*cvc)) {
        emit synced(ns, name);
        return;
    }
    if (child(*cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
        QLatin1String("Pending")) {
        // createVolumeOperation; a failure is recorded and retried at the next sync.
        const QString error =
            CvcProvisioner(m_store, m_clock, m_events, m_version).createVolumeOperation(*cvc);
        if (!error.isEmpty())
            m_events->warning(*cvc, QStringLiteral("Provisioning"), error, component());
    } else if (isBound(*cvc)) {
        reconcileScale(*cvc);
    }
    emit synced(ns, name);
}

// 1. populateVersion
std::optional<QJsonObject> CvcController::populateVersion(const QJsonObject &current)
{
    const QJsonObject details = child(current, QStringLiteral("versionDetails"));
    if (!child(details, QStringLiteral("status"))
             .value(QLatin1String("current"))
             .toString()
             .isEmpty())
        return current;
    QJsonObject cvc = current;
    cvc.insert(QStringLiteral("versionDetails"), reconciledVersionDetails(m_version));
    const auto result = write(kCvc, cvc);
    if (const auto *error = std::get_if<ApiError>(&result)) {
        m_events->warning(current, QStringLiteral("ScalingVolumeReplicas"), error->message,
                          component());
        return std::nullopt;
    }
    return std::get<QJsonObject>(result);
}

// 2. deletion: the finalizer goes (JSON patch remove /metadata/finalizers).
bool CvcController::finishDeletion(QJsonObject cvc, const QJsonObject &current)
{
    if (metaString(cvc, QStringLiteral("deletionTimestamp")).isEmpty())
        return false;
    const QJsonArray finalizers =
        child(cvc, QStringLiteral("metadata")).value(QLatin1String("finalizers")).toArray();
    if (finalizers.contains(kFinalizer) && PdbKeeper::isHaVolume(cvc)) {
        const QString pdbError = m_pdbs.deleteIfNotInUse(cvc); // removeClaimFinalizer
        if (!pdbError.isEmpty()) {
            m_events->warning(current, QStringLiteral("DeProvisioning"),
                              QStringLiteral("failed to verify whether PDB %1 is in use by other "
                                             "volumes: %2")
                                  .arg(label(cvc, PdbKeeper::labelKey()), pdbError),
                              component());
            return true;
        }
    }
    if (finalizers.contains(kFinalizer)) {
        QJsonObject metadata = child(cvc, QStringLiteral("metadata"));
        metadata.remove(QStringLiteral("finalizers"));
        metadata.remove(QStringLiteral("resourceVersion")); // a patch: no precondition
        cvc.insert(QStringLiteral("metadata"), metadata);
        const auto result = m_store->update(kCvc, cvc);
        if (const auto *error = std::get_if<ApiError>(&result))
            m_events->warning(current, QStringLiteral("DeProvisioning"), error->message,
                              component());
    }
    return true;
}

// 3. ShouldReconcile
bool CvcController::shouldReconcile(const QJsonObject &cvc)
{
    const QString cvcVersion =
        child(child(cvc, QStringLiteral("versionDetails")), QStringLiteral("status"))
            .value(QLatin1String("current"))
            .toString();
    if (cvcVersion == m_version)
        return true;
    m_events->warning(cvc, QStringLiteral("CVC Reconcile"),
                      QStringLiteral("can not reconcile CVC %1 as cvc operator version is %2 "
                                     "but cvc version is %3")
                          .arg(metaString(cvc, QStringLiteral("name")), m_version, cvcVersion),
                      component());
    return false;
}

// 4. Pending volumes are provisioned (CvcProvisioner); an empty phase is left alone.
bool CvcController::isBound(const QJsonObject &cvc)
{
    const QString phase =
        child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    return !(phase == QLatin1String("Pending") || phase.isEmpty());
}

// 6. isCVCScalePending: set comparison of spec pools and status.poolInfo.
void CvcController::reconcileScale(const QJsonObject &cvc)
{
    const QStringList wanted = specPools(cvc);
    const QStringList have = statusPools(cvc);
    const QSet<QString> wantedSet(wanted.begin(), wanted.end());
    const QSet<QString> haveSet(have.begin(), have.end());
    if (wantedSet == haveSet)
        return;
    if (wanted.size() == have.size()) {
        m_events->warning(cvc, QStringLiteral("Migration"),
                          QStringLiteral("Migration of volume replicas is not yet supported"),
                          component());
        return;
    }
    const QString error = wanted.size() > have.size() ? scaleUp(cvc) : scaleDown(cvc);
    const QJsonObject latest = m_store
                                   ->get(kCvc, metaString(cvc, QStringLiteral("namespace")),
                                         metaString(cvc, QStringLiteral("name")))
                                   .value_or(cvc);
    if (error.isEmpty()) {
        m_events->normal(latest, QStringLiteral("ScalingVolumeReplicas"),
                         QStringLiteral("successfully scaled volume replicas to %1")
                             .arg(statusPools(latest).size()),
                         component());
    } else {
        m_events->warning(latest, QStringLiteral("ScalingVolumeReplicas"), error, component());
    }
}

QString CvcController::scaleUp(const QJsonObject &cvc)
{
    const auto [ns, name, volumeId, wanted, have] = scalingOf(cvc);

    // 1. Raise the CV's desiredReplicationFactor first.
    auto cvCurrent = m_store->get(kCv, ns, name);
    if (!cvCurrent)
        return ApiError::notFound(kCv, kCstorGroup, name).message;
    QJsonObject cv = *cvCurrent;
    QJsonObject cvSpec = child(cv, QStringLiteral("spec"));
    if (cvSpec.value(QLatin1String("desiredReplicationFactor")).toInt() < wanted.size()) {
        cvSpec.insert(QStringLiteral("desiredReplicationFactor"), int(wanted.size()));
        cv.insert(QStringLiteral("spec"), cvSpec);
        const auto result = write(kCv, cv);
        if (const auto *error = std::get_if<ApiError>(&result))
            return error->message;
        cv = std::get<QJsonObject>(result);
    }

    // 2. handleVolumeReplicaCreation
    const QStringList newPools = listDiff(wanted, have);
    QStringList errors;
    for (const QString &pool : newPools) {
        const auto cspi = m_store->get(kCspi, ns, pool);
        if (!cspi) {
            errors.append(QStringLiteral("failed to get cstorpoolinstance %1 error: %2")
                              .arg(pool, ApiError::notFound(kCspi, kCstorGroup, pool).message));
            continue;
        }
        const QString error = createReplica(cvc, cv, *cspi);
        if (!error.isEmpty()) {
            errors.append(QStringLiteral("failed to create new replica on pool %1 error: %2")
                              .arg(pool, error));
        }
    }
    if (!errors.isEmpty())
        return QLatin1Char('[') + errors.join(QLatin1Char(' ')) + QLatin1Char(']');

    // 3. updateCVCWithScaledUpInfo: every new pool must have its CVR now.
    QSet<QString> poolsWithReplica;
    for (const QJsonObject &cvr : m_store->list(kCvr, ns)) {
        if (label(cvr, QStringLiteral("openebs.io/persistent-volume")) == volumeId)
            poolsWithReplica.insert(
                label(cvr, QStringLiteral("cstorpoolinstance.openebs.io/name")));
    }
    for (const QString &pool : newPools) {
        if (!poolsWithReplica.contains(pool)) {
            return QStringLiteral("scaling replicas from %1 to %2 in progress")
                .arg(have.size())
                .arg(wanted.size());
        }
    }
    QJsonObject updated = m_store->get(kCvc, ns, name).value_or(cvc);
    QJsonObject status = child(updated, QStringLiteral("status"));
    QJsonArray poolInfo = status.value(QLatin1String("poolInfo")).toArray();
    for (const QString &pool : newPools)
        poolInfo.append(pool);
    status.insert(QStringLiteral("poolInfo"), poolInfo);
    updated.insert(QStringLiteral("status"), status);
    if (const QString pdbError = m_pdbs.updateForScaledVolume(updated); !pdbError.isEmpty())
        return QStringLiteral("failed to handle post volume replicas scale up process: %1")
            .arg(pdbError);
    if (const QString error = writePoolInfo(updated); !error.isEmpty())
        return QStringLiteral("failed to handle post volume replicas scale up process: %1")
            .arg(error);
    return QString();
}

QString CvcController::createReplica(const QJsonObject &cvc, const QJsonObject &cv,
                                     const QJsonObject &cspi)
{
    const QString ns = metaString(cv, QStringLiteral("namespace"));
    const QString volume = metaString(cv, QStringLiteral("name"));
    const QString pool = metaString(cspi, QStringLiteral("name"));
    const QString name = volume + QLatin1Char('-') + pool;
    if (m_store->get(kCvr, ns, name))
        return QString(); // get-or-create
    const QJsonObject cvcSpec = child(cvc, QStringLiteral("spec"));
    QJsonObject cvr{
        {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), ns},
             {QStringLiteral("labels"),
              QJsonObject{
                  {QStringLiteral("cstorpoolinstance.openebs.io/name"), pool},
                  {QStringLiteral("cstorpoolinstance.openebs.io/uid"),
                   metaString(cspi, QStringLiteral("uid"))},
                  {QStringLiteral("cstorvolume.openebs.io/name"), volume},
                  {QStringLiteral("openebs.io/persistent-volume"), volume},
                  {QStringLiteral("openebs.io/version"), m_version},
              }},
             {QStringLiteral("annotations"),
              QJsonObject{{QStringLiteral("cstorpoolinstance.openebs.io/hostname"),
                           child(child(cspi, QStringLiteral("metadata")), QStringLiteral("labels"))
                               .value(QLatin1String("kubernetes.io/hostname"))}}},
             {QStringLiteral("finalizers"),
              QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/finalizer")}},
             {QStringLiteral("ownerReferences"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
                  {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
                  {QStringLiteral("name"), volume},
                  {QStringLiteral("uid"), metaString(cv, QStringLiteral("uid"))},
                  {QStringLiteral("controller"), true},
                  {QStringLiteral("blockOwnerDeletion"), true},
              }}},
         }},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("targetIP"),
              child(cv, QStringLiteral("spec")).value(QLatin1String("targetIP"))},
             {QStringLiteral("capacity"),
              child(child(cvcSpec, QStringLiteral("provision")), QStringLiteral("capacity"))
                  .value(QLatin1String("storage"))},
             {QStringLiteral("zvolWorkers"),
              child(child(cvcSpec, QStringLiteral("policy")), QStringLiteral("replica"))
                  .value(QLatin1String("zvolWorkers"))
                  .toString()},
             {QStringLiteral("replicaid"), replicaIdFor(volume, pool)},
         }},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"), QStringLiteral("Recreate")},
             {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("total"), QString()},
                                                      {QStringLiteral("used"), QString()}}}}},
        {QStringLiteral("versionDetails"), reconciledVersionDetails(m_version)},
    };
    CloneSource::markReplica(cvc, cvr);
    return ObjectStore::errorMessage(m_store->create(kCvr, cvr));
}

QString CvcController::scaleDown(const QJsonObject &cvc)
{
    const auto [ns, name, volumeId, wanted, have] = scalingOf(cvc);

    auto cvCurrent = m_store->get(kCv, ns, name);
    if (!cvCurrent)
        return ApiError::notFound(kCv, kCstorGroup, name).message;
    QJsonObject cv = *cvCurrent;
    // getScaleDownCVR: a missing CVR comes back as an empty object (typed clientset Get).
    const QStringList removed = listDiff(have, wanted);
    const QString cvrName = volumeId + QLatin1Char('-') + removed.value(0);
    const QJsonObject cvr = m_store->get(kCvr, ns, cvrName).value_or(QJsonObject());
    const QString replicaId =
        child(cvr, QStringLiteral("spec")).value(QLatin1String("replicaid")).toString();
    const int drCount = int(wanted.size());

    QJsonObject cvSpec = child(cv, QStringLiteral("spec"));
    if (cvSpec.value(QLatin1String("desiredReplicationFactor")).toInt() > drCount) {
        cvSpec.insert(QStringLiteral("desiredReplicationFactor"), drCount);
        QJsonObject replicaDetails = child(cvSpec, QStringLiteral("replicaDetails"));
        QJsonObject known = child(replicaDetails, QStringLiteral("knownReplicas"));
        known.remove(replicaId);
        insertOmitEmpty(replicaDetails, QStringLiteral("knownReplicas"), known);
        cvSpec.insert(QStringLiteral("replicaDetails"), replicaDetails);
        cv.insert(QStringLiteral("spec"), cvSpec);
        const auto result = write(kCv, cv);
        if (const auto *error = std::get_if<ApiError>(&result))
            return error->message;
        cv = std::get<QJsonObject>(result);
    }

    // IsScaleDownInProgress: the target has not yet dropped the replica.
    const int statusKnown = int(knownReplicas(cv, QStringLiteral("status")).size());
    const int specKnown = int(knownReplicas(cv, QStringLiteral("spec")).size());
    if (statusKnown > specKnown) {
        return QStringLiteral("Scaling down volume replicas from %1 to %2 is in progress")
            .arg(have.size())
            .arg(drCount);
    }

    const QString deleteName = metaString(cvr, QStringLiteral("name"));
    if (deleteName.isEmpty()) {
        return QStringLiteral("failed to delete cstorvolumereplica %1: %2")
            .arg(deleteName, QStringLiteral("resource name may not be empty"));
    }
    const auto removedResult = m_store->remove(kCvr, ns, deleteName);
    if (const auto *error = std::get_if<ApiError>(&removedResult)) {
        return QStringLiteral("failed to delete cstorvolumereplica %1: %2")
            .arg(deleteName, error->message);
    }
    QJsonObject updated = m_store->get(kCvc, ns, name).value_or(cvc);
    QJsonObject status = child(updated, QStringLiteral("status"));
    insertOmitEmpty(status, QStringLiteral("poolInfo"), QJsonArray::fromStringList(wanted));
    updated.insert(QStringLiteral("status"), status);
    QString error = m_pdbs.updateForScaledVolume(updated); // updatePDBForScaledVolume
    if (error.isEmpty())
        error = writePoolInfo(updated);
    if (!error.isEmpty())
        return QStringLiteral("failed to handle post volume replicas scale down process: %1")
            .arg(error);
    return QString();
}

} // namespace Sim
