#include "models/sim/upstream/diskreplacement.h"

#include "models/cstor/raidgroups.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/uzfs.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Sim {

using namespace ObjectFields;
using namespace NdmObjects;

namespace {

QString annotationOf(const QJsonObject &object, const QString &key)
{
    return child(child(object, QStringLiteral("metadata")), QStringLiteral("annotations"))
        .value(key)
        .toString();
}

// cspiutil.NewCSPICondition + SetCSPICondition: the lastTransitionTime is kept while the
// status stays, the condition goes last.
void setCondition(QJsonObject &status, QJsonObject condition, const QString &now)
{
    QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    const QString type = condition.value(QLatin1String("type")).toString();
    QJsonArray kept;
    QJsonValue transition = now;
    for (const QJsonValue &value : conditions) {
        const QJsonObject existing = value.toObject();
        if (existing.value(QLatin1String("type")).toString() != type) {
            kept.append(existing);
            continue;
        }
        if (existing.value(QLatin1String("status")) == condition.value(QLatin1String("status")))
            transition = existing.value(QLatin1String("lastTransitionTime"));
    }
    condition.insert(QStringLiteral("lastUpdateTime"), now);
    condition.insert(QStringLiteral("lastTransitionTime"), transition);
    kept.append(condition);
    status.insert(QStringLiteral("conditions"), kept);
}

} // namespace

DiskReplacement::DiskReplacement(ObjectStore *store, SimClock *clock, EventRecorder *events,
                                 const Uzfs *uzfs)
    : m_store(store)
    , m_clock(clock)
    , m_events(events)
    , m_uzfs(uzfs)
{
}

void DiskReplacement::setResilverFinished(QObject *context,
                                          std::function<void(const QString &)> finished)
{
    m_context = context;
    m_finished = std::move(finished);
}

bool DiskReplacement::devicesChanged(const QJsonObject &cspi)
{
    const QString name = metaString(cspi, QStringLiteral("name"));
    const QStringList devices = Cstor::RaidGroups::allDevices(child(cspi, QStringLiteral("spec")));
    auto it = m_seen.find(name);
    if (it == m_seen.end()) {
        m_seen.insert(name, devices);
        return false;
    }
    if (*it == devices)
        return false;
    *it = devices;
    return true;
}

void DiskReplacement::schedule(const QString &pool, Resilver &resilver)
{
    const double seconds = std::max(0.0, resilver.bytes - resilver.copied) / resilver.rate;
    resilver.endMs = resilver.markMs + qint64(std::ceil(seconds * 1000));
    if (m_context && m_finished)
        resilver.timer =
            m_clock->callAt(resilver.endMs, m_context, [this, pool] { m_finished(pool); });
}

void DiskReplacement::throughputChanged(const ZPool &pool)
{
    auto it = m_resilvers.find(pool.name);
    if (it == m_resilvers.end() || it->endMs <= m_clock->nowMs())
        return;
    const qint64 now = m_clock->nowMs();
    it->copied = std::min(it->bytes, it->copied + double(now - it->markMs) / 1000.0 * it->rate);
    it->markMs = now;
    it->rate = std::max(1.0, pool.throughput);
    m_clock->cancel(it->timer);
    schedule(pool.name, *it);
}

bool DiskReplacement::resilvering(const QString &pool) const
{
    const auto it = m_resilvers.constFind(pool);
    return it != m_resilvers.cend() && it->endMs > m_clock->nowMs();
}

bool DiskReplacement::resilverInProgress(const QString &pool, const QString &device) const
{
    // isResilveringInProgress: a vdev without scan stats did not resilver; one whose scan is
    // finished is done.
    const auto it = m_resilvers.constFind(pool);
    if (it == m_resilvers.cend() || it->device != device)
        return false;
    return it->endMs > m_clock->nowMs();
}

QJsonObject DiskReplacement::truth(const QString &pool) const
{
    const auto it = m_resilvers.constFind(pool);
    if (it == m_resilvers.cend())
        return {};
    const double total = double(std::max<qint64>(1, it->endMs - it->startMs));
    const double done = std::clamp(double(m_clock->nowMs() - it->startMs) / total, 0.0, 1.0);
    return QJsonObject{{QStringLiteral("device"), it->device},
                       {QStringLiteral("bytes"), qint64(it->bytes)},
                       {QStringLiteral("copiedBytes"), qint64(it->bytes * done)}};
}

void DiskReplacement::update(const ZPool &pool)
{
    auto current = m_store->get(kCspi, pool.ns, pool.name);
    if (!current)
        return;
    QJsonObject cspi = *current;
    m_seen.insert(pool.name, Cstor::RaidGroups::allDevices(child(cspi, QStringLiteral("spec"))));
    // getBlockDeviceClaimList + GetBlockDeviceClaimFromBDName: the claim of a block device
    // among those labelled with the CSPC (looked up by name, not listed, at every sync).
    auto claimOfDevice = [&](const QString &device) -> std::optional<QJsonObject> {
        const auto claim = claimOf(m_store, pool.ns, device);
        if (!claim || label(*claim, kCspcLabel) != pool.cspc)
            return std::nullopt;
        return claim;
    };
    bool objectChanged = false;
    bool replacementTriggered = false;
    int replacing = 0;
    QJsonObject spec = child(cspi, QStringLiteral("spec"));
    QJsonArray groups = spec.value(QLatin1String("dataRaidGroups")).toArray();
    for (int g = 0; g < groups.size(); ++g) {
        QJsonObject group = groups.at(g).toObject();
        QJsonArray devices = group.value(QLatin1String("blockDevices")).toArray();
        bool groupChanged = false;
        for (int d = 0; d < devices.size(); ++d) {
            QJsonObject device = devices.at(d).toObject();
            const QString name = device.value(QLatin1String("blockDeviceName")).toString();
            const auto claim = claimOfDevice(name);
            if (!claim)
                continue; // "Failed to get claim of blockdevice"
            const QString predecessor = annotationOf(*claim, kPredecessorAnnotation);
            if (predecessor.isEmpty())
                continue; // the vdev is the device's already: nothing to replace
            const auto oldBd = m_store->get(kBd, pool.ns, predecessor);
            if (!oldBd)
                continue; // "Failed to check bdev change"
            replacementTriggered = true;
            ++replacing;
            const auto newBd = m_store->get(kBd, pool.ns, name);
            if (!newBd)
                continue;
            // replacePoolVdev: `zpool replace <pool> <old path> <new path>` once; the resilver
            // starts with it.
            const QString diskPath = byIdLink(*newBd);
            if (diskPath != device.value(QLatin1String("devLink")).toString()) {
                // The resilver copies the pool's allocated bytes onto the new vdev at the
                // pool's rebuild throughput.
                if (const auto old = m_resilvers.constFind(pool.name); old != m_resilvers.cend())
                    m_clock->cancel(old->timer);
                Resilver resilver;
                resilver.device = name;
                resilver.startMs = m_clock->nowMs();
                resilver.markMs = resilver.startMs;
                resilver.bytes = m_uzfs->poolUsedBytes(pool);
                resilver.rate = std::max(1.0, pool.throughput);
                schedule(pool.name, resilver);
                m_resilvers.insert(pool.name, resilver);
                device.insert(QStringLiteral("devLink"), diskPath);
                devices.replace(d, device);
                groupChanged = true;
            }
            m_events->normal(cspi, QStringLiteral("BlockDevice Replacement"),
                             QStringLiteral("Replacement of %1 BlockDevice with %2 BlockDevice is "
                                            "in-Progress")
                                 .arg(predecessor, name),
                             component());
            if (resilverInProgress(pool.name, name))
                continue;
            const QString error = cleanUpReplacementMarks(claimOfDevice(predecessor), *claim);
            if (!error.isEmpty())
                continue;
            m_resilvers.remove(pool.name);
            --replacing;
            m_events->normal(
                cspi, QStringLiteral("BlockDevice Replacement"),
                QStringLiteral("Resilvering is successfull on BlockDevice %1").arg(name),
                component());
        }
        if (groupChanged) {
            group.insert(QStringLiteral("blockDevices"), devices);
            groups.replace(g, group);
            objectChanged = true;
        }
    }
    if (objectChanged) {
        spec.insert(QStringLiteral("dataRaidGroups"), groups);
        cspi.insert(QStringLiteral("spec"), spec);
    }
    if (replacementTriggered) {
        QJsonObject status = child(cspi, QStringLiteral("status"));
        const QString now = ObjectStore::formatTimestamp(m_store->now());
        if (replacing > 0) {
            // The message prints the update's error with %v: <nil> when there was none.
            setCondition(status,
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("DiskReplacement")},
                                     {QStringLiteral("status"), QStringLiteral("True")},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("BlockDeviceReplacementInprogress")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("Resilvering %1 no.of blockdevices... because "
                                                     "of blockdevice replacement error: <nil>")
                                          .arg(replacing)}},
                         now);
        } else {
            setCondition(status,
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("DiskReplacement")},
                                     {QStringLiteral("status"), QStringLiteral("False")},
                                     {QStringLiteral("reason"),
                                      QStringLiteral("BlockDeviceReplacementSucceess")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("Blockdevice replacement was successfully "
                                                     "completed")}},
                         now);
        }
        cspi.insert(QStringLiteral("status"), status);
        objectChanged = true;
    }
    if (!objectChanged)
        return;
    removeResourceVersion(cspi);
    m_store->update(kCspi, cspi);
}

QString DiskReplacement::cleanUpReplacementMarks(const std::optional<QJsonObject> &oldClaim,
                                                 QJsonObject newClaim)
{
    if (oldClaim) {
        QJsonObject old = *oldClaim;
        QJsonObject metadata = child(old, QStringLiteral("metadata"));
        const QJsonArray finalizers = metadata.value(QLatin1String("finalizers")).toArray();
        if (finalizers.contains(kCspcFinalizer)) {
            QJsonArray kept;
            for (const QJsonValue &finalizer : finalizers) {
                if (finalizer.toString() != kCspcFinalizer)
                    kept.append(finalizer);
            }
            metadata.insert(QStringLiteral("finalizers"), kept);
            old.insert(QStringLiteral("metadata"), metadata);
            removeResourceVersion(old);
            const auto updated = m_store->update(kBdc, old);
            if (std::holds_alternative<ApiError>(updated))
                return std::get<ApiError>(updated).message;
        }
        const auto removed =
            m_store->remove(kBdc, metadata.value(QLatin1String("namespace")).toString(),
                            metadata.value(QLatin1String("name")).toString());
        if (std::holds_alternative<ApiError>(removed) && std::get<ApiError>(removed).code != 404)
            return std::get<ApiError>(removed).message;
    }
    auto fresh = m_store->get(kBdc, metaString(newClaim, QStringLiteral("namespace")),
                              metaString(newClaim, QStringLiteral("name")));
    if (fresh)
        newClaim = *fresh;
    QJsonObject metadata = child(newClaim, QStringLiteral("metadata"));
    QJsonObject annotations = child(metadata, QStringLiteral("annotations"));
    annotations.remove(kPredecessorAnnotation);
    if (annotations.isEmpty())
        metadata.remove(QStringLiteral("annotations"));
    else
        metadata.insert(QStringLiteral("annotations"), annotations);
    newClaim.insert(QStringLiteral("metadata"), metadata);
    removeResourceVersion(newClaim);
    const auto updated = m_store->update(kBdc, newClaim);
    return std::holds_alternative<ApiError>(updated) ? std::get<ApiError>(updated).message
                                                     : QString();
}

} // namespace Sim
