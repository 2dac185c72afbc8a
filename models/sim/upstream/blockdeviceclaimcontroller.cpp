#include "models/sim/upstream/blockdeviceclaimcontroller.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QTimer>

namespace Sim {

using namespace ObjectFields;
using namespace NdmObjects;

namespace {

QJsonArray finalizersOf(const QJsonObject &object)
{
    return child(object, QStringLiteral("metadata")).value(QLatin1String("finalizers")).toArray();
}

void setFinalizers(QJsonObject &object, const QJsonArray &finalizers)
{
    QJsonObject metadata = child(object, QStringLiteral("metadata"));
    metadata.insert(QStringLiteral("finalizers"), finalizers);
    object.insert(QStringLiteral("metadata"), metadata);
}

QJsonArray without(const QJsonArray &list, const QString &item)
{
    QJsonArray result;
    for (const QJsonValue &value : list) {
        if (value.toString() != item)
            result.append(value);
    }
    return result;
}

} // namespace

BlockDeviceClaimController::BlockDeviceClaimController(ObjectStore *store, SimClock *clock,
                                                       EventRecorder *events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_events(events)
{
}

void BlockDeviceClaimController::start()
{
    connect(m_store, &ObjectStore::changed, this, &BlockDeviceClaimController::onStoreChanged);
    for (const QJsonObject &claim : m_store->list(kBdc))
        m_pending.insert(metaString(claim, QStringLiteral("namespace")) + QLatin1Char('/') +
                         metaString(claim, QStringLiteral("name")));
    for (const QJsonObject &bd : m_store->list(kBd)) {
        if (claimState(bd) == QLatin1String("Released"))
            cleanUp(metaString(bd, QStringLiteral("namespace")),
                    metaString(bd, QStringLiteral("name")));
    }
    if (!m_pending.isEmpty()) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            const QSet<QString> keys = std::exchange(m_pending, {});
            for (const QString &key : keys)
                reconcile(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
        });
    }
}

void BlockDeviceClaimController::onStoreChanged(const StoreEvent &event)
{
    if (event.resource != kBdc || event.type == StoreEvent::Type::Deleted)
        return;
    m_pending.insert(metaString(event.object, QStringLiteral("namespace")) + QLatin1Char('/') +
                     metaString(event.object, QStringLiteral("name")));
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        const QSet<QString> keys = std::exchange(m_pending, {});
        for (const QString &key : keys)
            reconcile(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
    });
}

void BlockDeviceClaimController::reconcile(const QString &ns, const QString &name)
{
    // BlockDeviceClaimReconciler.Reconcile, by the claim's phase.
    const auto claim = m_store->get(kBdc, ns, name);
    if (!claim)
        return;
    const QString phase =
        child(*claim, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    const bool deleting = !metaString(*claim, QStringLiteral("deletionTimestamp")).isEmpty();
    if (phase.isEmpty() || phase == QLatin1String("Pending")) {
        if (!deleting)
            claimDevice(*claim);
    } else if (phase == QLatin1String("Bound") && deleting) {
        // FinalizerHandling: only once NDM's finalizer is the last one.
        const QJsonArray finalizers = finalizersOf(*claim);
        if (finalizers.size() == 1 && finalizers.first().toString() == kBdcProtection)
            release(*claim);
    }
}

void BlockDeviceClaimController::claimDevice(QJsonObject claim)
{
    // claimDeviceForBlockDeviceClaim with a block device named in the claim (manual
    // selection): it must be Unclaimed and Active.
    const QString ns = metaString(claim, QStringLiteral("namespace"));
    const QString bdName =
        child(claim, QStringLiteral("spec")).value(QLatin1String("blockDeviceName")).toString();
    auto bd = m_store->get(kBd, ns, bdName);
    QJsonObject status = child(claim, QStringLiteral("status"));
    const bool usable = bd && claimState(*bd) == QLatin1String("Unclaimed") &&
                        child(*bd, QStringLiteral("status")).value(QLatin1String("state")) ==
                            QLatin1String("Active");
    if (!usable) {
        if (status.value(QLatin1String("phase")).toString() == QLatin1String("Pending"))
            return;
        m_events->warning(claim, QStringLiteral("SelectionFailed"),
                          QStringLiteral("no devices found matching the criteria"), component());
        status.insert(QStringLiteral("phase"), QStringLiteral("Pending"));
        claim.insert(QStringLiteral("status"), status);
        removeResourceVersion(claim);
        m_store->update(kBdc, claim);
        return;
    }
    // claimBlockDevice.
    QJsonObject device = *bd;
    QJsonObject spec = child(device, QStringLiteral("spec"));
    spec.insert(QStringLiteral("claimRef"),
                QJsonObject{{QStringLiteral("apiVersion"), kNdmApi},
                            {QStringLiteral("kind"), QStringLiteral("BlockDeviceClaim")},
                            {QStringLiteral("name"), metaString(claim, QStringLiteral("name"))},
                            {QStringLiteral("namespace"), ns},
                            {QStringLiteral("uid"), metaString(claim, QStringLiteral("uid"))},
                            {QStringLiteral("resourceVersion"),
                             metaString(claim, QStringLiteral("resourceVersion"))}});
    device.insert(QStringLiteral("spec"), spec);
    QJsonObject deviceStatus = child(device, QStringLiteral("status"));
    deviceStatus.insert(QStringLiteral("claimState"), QStringLiteral("Claimed"));
    device.insert(QStringLiteral("status"), deviceStatus);
    setFinalizers(device, without(finalizersOf(device), kBdProtection) + QJsonValue(kBdProtection));
    removeResourceVersion(device);
    if (!std::holds_alternative<QJsonObject>(m_store->update(kBd, device)))
        return;
    m_events->normal(
        device, QStringLiteral("BlockDeviceClaimed"),
        QStringLiteral("BlockDevice claimed by %1").arg(metaString(claim, QStringLiteral("name"))),
        component());
    m_events->normal(claim, QStringLiteral("BlockDeviceClaimed"),
                     QStringLiteral("BlockDevice: %1 claimed").arg(bdName), component());
    // updateClaimStatus(Bound): NDM's finalizer and the phase.
    status.insert(QStringLiteral("phase"), QStringLiteral("Bound"));
    claim.insert(QStringLiteral("status"), status);
    setFinalizers(claim, finalizersOf(claim) + QJsonValue(kBdcProtection));
    m_events->normal(claim, QStringLiteral("BlockDeviceClaimBound"),
                     QStringLiteral("BlockDeviceClaim is bound to %1").arg(bdName), component());
    removeResourceVersion(claim);
    m_store->update(kBdc, claim);
}

void BlockDeviceClaimController::release(QJsonObject claim)
{
    const QString ns = metaString(claim, QStringLiteral("namespace"));
    const QString name = metaString(claim, QStringLiteral("name"));
    const QString bdName =
        child(claim, QStringLiteral("spec")).value(QLatin1String("blockDeviceName")).toString();
    // releaseClaimedBlockDevice: the device whose claimRef is this claim.
    auto bd = m_store->get(kBd, ns, bdName);
    const QJsonObject ref =
        bd ? child(child(*bd, QStringLiteral("spec")), QStringLiteral("claimRef")) : QJsonObject();
    if (!bd || claimState(*bd) != QLatin1String("Claimed") ||
        ref.value(QLatin1String("name")).toString() != name ||
        ref.value(QLatin1String("uid")).toString() != metaString(claim, QStringLiteral("uid"))) {
        m_events->warning(claim, QStringLiteral("BlockDeviceNotFound"),
                          QStringLiteral("BlockDevice %1 not found for releasing").arg(bdName),
                          component());
        return;
    }
    QJsonObject device = *bd;
    QJsonObject spec = child(device, QStringLiteral("spec"));
    spec.remove(QStringLiteral("claimRef"));
    device.insert(QStringLiteral("spec"), spec);
    QJsonObject status = child(device, QStringLiteral("status"));
    status.insert(QStringLiteral("claimState"), QStringLiteral("Released"));
    device.insert(QStringLiteral("status"), status);
    removeResourceVersion(device);
    if (!std::holds_alternative<QJsonObject>(m_store->update(kBd, device)))
        return;
    m_events->normal(device, QStringLiteral("BlockDeviceCleanUpInProgress"),
                     QStringLiteral("Released from BDC: %1").arg(name), component());
    m_events->normal(claim, QStringLiteral("BlockDeviceReleased"),
                     QStringLiteral("BlockDevice: %1 is released").arg(bdName), component());
    setFinalizers(claim, without(finalizersOf(claim), kBdcProtection));
    removeResourceVersion(claim);
    m_store->update(kBdc, claim); // the last finalizer: the claim is gone
    cleanUp(ns, bdName);
}

void BlockDeviceClaimController::cleanUp(const QString &ns, const QString &bdName)
{
    // NDM's blockdevice controller runs a cleanup job on a Released device (wipefs) and then
    // marks it Unclaimed.
    m_clock->callAfter(kCleanupSeconds, this, [this, ns, bdName] {
        auto bd = m_store->get(kBd, ns, bdName);
        if (!bd || claimState(*bd) != QLatin1String("Released"))
            return;
        QJsonObject device = *bd;
        QJsonObject status = child(device, QStringLiteral("status"));
        status.insert(QStringLiteral("claimState"), QStringLiteral("Unclaimed"));
        device.insert(QStringLiteral("status"), status);
        setFinalizers(device, without(finalizersOf(device), kBdProtection));
        removeResourceVersion(device);
        m_store->update(kBd, device);
    });
}

} // namespace Sim
