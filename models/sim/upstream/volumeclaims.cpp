#include "models/sim/upstream/volumeclaims.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/upstream/claimobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QTimer>

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kDefaultNamespace = QStringLiteral("default");
const QString kClaimProtection = QStringLiteral("kubernetes.io/pvc-protection");
const QString kVolumeProtection = QStringLiteral("kubernetes.io/pv-protection");
// csi-provisioner's event source: `<driver>_<its pod>_<its uuid>`.
const QString kProvisioner =
    ClaimObjects::kDriver +
    QStringLiteral("_openebs-cstor-csi-controller-0_0f3a4c2e-7b1d-4e59-9c86-2d5b1a7e3f04");

QString keyOf(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}

bool isTerminating(const QJsonObject &object)
{
    return !metaString(object, QStringLiteral("deletionTimestamp")).isEmpty();
}

// The object without one finalizer, written back whole.
QJsonObject withoutFinalizer(QJsonObject object, const QString &finalizer)
{
    QJsonObject metadata = child(object, QStringLiteral("metadata"));
    QJsonArray finalizers = metadata.value(QLatin1String("finalizers")).toArray();
    for (qsizetype i = finalizers.size() - 1; i >= 0; --i) {
        if (finalizers.at(i).toString() == finalizer)
            finalizers.removeAt(i);
    }
    insertOmitEmpty(metadata, QStringLiteral("finalizers"), finalizers);
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

// Whether a PV's claimRef names this claim: by uid, by name where the reference has none.
bool refersTo(const QJsonObject &claimRef, const QJsonObject &pvc)
{
    const QString uid = claimRef.value(QLatin1String("uid")).toString();
    if (!uid.isEmpty())
        return uid == metaString(pvc, QStringLiteral("uid"));
    return claimRef.value(QLatin1String("namespace")).toString() ==
               metaString(pvc, QStringLiteral("namespace")) &&
           claimRef.value(QLatin1String("name")).toString() ==
               metaString(pvc, QStringLiteral("name"));
}

} // namespace

VolumeClaims::VolumeClaims(ObjectStore *store, SimClock *clock, EventRecorder *events,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_events(events)
{
}

void VolumeClaims::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const QJsonObject &pvc : m_store->list(ClaimObjects::kClaims))
        indexClaim(pvc, true);
    for (const QJsonObject &cvc : m_store->list(kCvc))
        provision(cvc, false);
    connect(m_store, &ObjectStore::changed, this, &VolumeClaims::onStoreChanged);
}

// What follows cstor-csi's CreateVolume (which wrote the CVC): csi-provisioner creates the PV,
// the PV controller binds the two.
void VolumeClaims::provision(const QJsonObject &cvc, bool recordEvents)
{
    ClaimObjects::Claim claim = ClaimObjects::ofVolumeConfig(cvc, kDefaultNamespace);
    const QString bound = m_claimOfVolume.value(claim.volume);
    if ((claim.name.isEmpty() && bound.isEmpty()) ||
        m_store->get(ClaimObjects::kVolumes, QString(), claim.volume))
        return;
    std::optional<QJsonObject> pvc;
    if (!bound.isEmpty()) {
        const qsizetype slash = bound.indexOf(QLatin1Char('/'));
        pvc = m_store->get(ClaimObjects::kClaims, bound.left(slash), bound.mid(slash + 1));
    } else {
        const auto created =
            m_store->create(ClaimObjects::kClaims, ClaimObjects::claimObject(claim));
        if (const auto *stored = std::get_if<QJsonObject>(&created))
            pvc = *stored;
    }
    if (!pvc)
        return; // the claim's name is another volume's: csi-provisioner never sees this claim
    const ClaimObjects::Claim given = ClaimObjects::ofClaimObject(*pvc);
    claim.ns = given.ns;
    claim.name = given.name;
    claim.uid = given.uid;
    claim.resourceVersion = given.resourceVersion;
    if (!given.storageClass.isEmpty())
        claim.storageClass = given.storageClass;
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    m_store->create(
        ClaimObjects::kVolumes,
        ClaimObjects::volumeObject(claim, claim.created.isEmpty() ? now : claim.created));
    if (!recordEvents)
        return;
    m_events->normal(*pvc, QStringLiteral("Provisioning"),
                     QStringLiteral("External provisioner is provisioning volume for claim "
                                    "\"%1\"")
                         .arg(keyOf(claim.ns, claim.name)),
                     kProvisioner);
    m_events->normal(*pvc, QStringLiteral("ProvisioningSucceeded"),
                     QStringLiteral("Successfully provisioned volume %1").arg(claim.volume),
                     kProvisioner);
}

void VolumeClaims::onStoreChanged(const StoreEvent &event)
{
    if (event.resource == kCvc) {
        if (event.type == StoreEvent::Type::Added)
            provision(event.object, true);
    } else if (event.resource == ClaimObjects::kClaims) {
        const QString key = keyOf(metaString(event.object, QStringLiteral("namespace")),
                                  metaString(event.object, QStringLiteral("name")));
        const bool present = event.type != StoreEvent::Type::Deleted;
        indexClaim(event.object, present);
        if (!present) {
            m_terminating.remove(key);
            onClaimGone(event.object);
        } else if (isTerminating(event.object) && !m_terminating.contains(key)) {
            m_terminating.insert(key);
            scheduleProtectionCheck();
        }
    } else if (event.resource == kPods) {
        if (event.type == StoreEvent::Type::Deleted && !m_terminating.isEmpty())
            scheduleProtectionCheck();
    } else if (event.resource == ClaimObjects::kVolumes &&
               event.type == StoreEvent::Type::Modified && isTerminating(event.object)) {
        // pv-protection's queue: it looks once the write that marked the volume is done.
        const QString name = metaString(event.object, QStringLiteral("name"));
        QTimer::singleShot(0, this, [this, name] { releaseVolume(name); });
    }
}

void VolumeClaims::indexClaim(const QJsonObject &pvc, bool present)
{
    const QString volume =
        child(pvc, QStringLiteral("spec")).value(QLatin1String("volumeName")).toString();
    if (volume.isEmpty())
        return;
    const QString key = keyOf(metaString(pvc, QStringLiteral("namespace")),
                              metaString(pvc, QStringLiteral("name")));
    if (present)
        m_claimOfVolume.insert(volume, key);
    else if (m_claimOfVolume.value(volume) == key)
        m_claimOfVolume.remove(volume);
}

// The protection controller's queue: it looks again once the changes of this turn are in (the
// pods of a deleted claim may go in the same turn).
void VolumeClaims::scheduleProtectionCheck()
{
    if (m_checkScheduled)
        return;
    m_checkScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_checkScheduled = false;
        releaseUnusedClaims();
    });
}

// pvc-protection (pkg/controller/volume/pvcprotection): the finalizer of a claim being deleted
// goes once no pod that is not finished uses it.
void VolumeClaims::releaseUnusedClaims()
{
    const QSet<QString> waiting = m_terminating;
    for (const QString &key : waiting) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString ns = key.left(slash);
        const QString name = key.mid(slash + 1);
        if (claimInUse(ns, name))
            continue;
        m_terminating.remove(key);
        if (const auto pvc = m_store->get(ClaimObjects::kClaims, ns, name))
            m_store->update(ClaimObjects::kClaims, withoutFinalizer(*pvc, kClaimProtection));
    }
}

bool VolumeClaims::claimInUse(const QString &ns, const QString &claim) const
{
    for (const QJsonObject &pod : m_store->list(kPods, ns)) {
        const QString phase =
            child(pod, QStringLiteral("status")).value(QLatin1String("phase")).toString();
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed"))
            continue;
        const QJsonArray volumes =
            child(pod, QStringLiteral("spec")).value(QLatin1String("volumes")).toArray();
        for (const QJsonValue &volume : volumes) {
            if (child(volume.toObject(), QStringLiteral("persistentVolumeClaim"))
                    .value(QLatin1String("claimName"))
                    .toString() == claim)
                return true;
        }
    }
    return false;
}

// The PV controller: the volume of a claim that is gone is Released; csi-provisioner then
// deletes a volume whose reclaim policy is Delete.
void VolumeClaims::onClaimGone(const QJsonObject &pvc)
{
    const QString volume =
        child(pvc, QStringLiteral("spec")).value(QLatin1String("volumeName")).toString();
    if (volume.isEmpty())
        return;
    const auto pv = m_store->get(ClaimObjects::kVolumes, QString(), volume);
    const QJsonObject spec = pv ? child(*pv, QStringLiteral("spec")) : QJsonObject();
    if (!pv || !refersTo(child(spec, QStringLiteral("claimRef")), pvc))
        return; // bound to another claim since

    QJsonObject released = *pv;
    QJsonObject status = child(released, QStringLiteral("status"));
    status.insert(QStringLiteral("phase"), QStringLiteral("Released"));
    status.insert(QStringLiteral("lastPhaseTransitionTime"),
                  ObjectStore::formatTimestamp(m_clock->now()));
    released.insert(QStringLiteral("status"), status);
    removeResourceVersion(released);
    m_store->update(ClaimObjects::kVolumes, released);
    if (spec.value(QLatin1String("persistentVolumeReclaimPolicy")).toString() !=
        QLatin1String("Delete"))
        return;
    const QString uid = metaString(*pv, QStringLiteral("uid"));
    m_clock->callAfter(kReclaimSeconds, this, [this, volume, uid] {
        const auto current = m_store->get(ClaimObjects::kVolumes, QString(), volume);
        if (current && metaString(*current, QStringLiteral("uid")) == uid)
            m_store->remove(ClaimObjects::kVolumes, QString(), volume);
    });
}

// pv-protection (pkg/controller/volume/pvprotection): a volume being deleted keeps its
// finalizer while it is Bound.
void VolumeClaims::releaseVolume(const QString &name)
{
    const auto pv = m_store->get(ClaimObjects::kVolumes, QString(), name);
    if (!pv || !isTerminating(*pv) ||
        child(*pv, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
            QLatin1String("Bound"))
        return;
    if (child(*pv, QStringLiteral("metadata"))
            .value(QLatin1String("finalizers"))
            .toArray()
            .contains(kVolumeProtection))
        m_store->update(ClaimObjects::kVolumes, withoutFinalizer(*pv, kVolumeProtection));
}

} // namespace Sim
