#include "models/sim/metrics/exporteruptime.h"

#include "models/sim/metrics/exportedfields.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <algorithm>

namespace Sim {

using namespace ExportedFields;

namespace {

bool isRunning(const StoreEvent &event)
{
    return event.type != StoreEvent::Type::Deleted && podRuns(event.object);
}

} // namespace

ExporterUptime::ExporterUptime(ObjectStore *store, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(store, &ObjectStore::changed, this, &ExporterUptime::onStoreChanged);
}

qint64 ExporterUptime::targetStartMs(const QString &volume) const
{
    const auto it = m_volumes.constFind(volume);
    return it == m_volumes.cend() ? -1 : it->targetStartMs;
}

qint64 ExporterUptime::poolPodStartMs(const QString &cspi) const
{
    const auto it = m_poolPods.constFind(cspi);
    return it == m_poolPods.cend() ? -1 : it->startMs;
}

VolumeIoWorkload::Totals ExporterUptime::served(const VolumeIoWorkload &workload,
                                                const QString &volume, qint64 fromMs,
                                                qint64 toMs) const
{
    VolumeIoWorkload::Totals sum;
    const auto it = m_volumes.constFind(volume);
    if (it == m_volumes.cend())
        return sum;
    for (const Span &span : it->spans) {
        const qint64 from = std::max(span.fromMs, fromMs);
        const qint64 to = span.toMs < 0 ? toMs : std::min(span.toMs, toMs);
        sum += workload.totals(from, to);
    }
    return sum;
}

void ExporterUptime::onStoreChanged(const StoreEvent &event)
{
    if (event.resource == QLatin1String("pods")) {
        const QString app = labelOf(event.object, QStringLiteral("app"));
        if (app == QLatin1String("cstor-volume-manager"))
            followTargetPod(event);
        else if (app == QLatin1String("cstor-pool"))
            followPoolPod(event);
    } else if (event.resource == QLatin1String("cstorvolumes")) {
        followVolume(event);
    }
}

void ExporterUptime::followTargetPod(const StoreEvent &event)
{
    const QString pv = labelOf(event.object, QStringLiteral("openebs.io/persistent-volume"));
    const QString pod = meta(event.object, "name");
    Volume &volume = m_volumes[pv];
    if (isRunning(event)) {
        if (volume.targetPod == pod && volume.targetStartMs >= 0)
            return;
        volume.targetPod = pod;
        volume.targetStartMs = m_clock->nowMs();
    } else if (volume.targetPod == pod || volume.targetStartMs < 0) {
        volume.targetPod.clear();
        volume.targetStartMs = -1;
    }
    updateServing(volume);
}

void ExporterUptime::followPoolPod(const StoreEvent &event)
{
    const QString cspi = labelOf(event.object, QStringLiteral("openebs.io/cstor-pool-instance"));
    const QString name = meta(event.object, "name");
    PoolPod &pod = m_poolPods[cspi];
    if (isRunning(event)) {
        if (pod.pod != name || pod.startMs < 0) {
            pod.pod = name;
            pod.startMs = m_clock->nowMs();
        }
    } else if (pod.pod == name || pod.startMs < 0) {
        pod.pod.clear();
        pod.startMs = -1;
    }
}

void ExporterUptime::followVolume(const StoreEvent &event)
{
    const QString pv = meta(event.object, "name");
    if (event.type == StoreEvent::Type::Deleted) {
        m_volumes.remove(pv);
        return;
    }
    const QString phase =
        part(event.object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    Volume &volume = m_volumes[pv];
    volume.volumeServes = phase == QLatin1String("Healthy") || phase == QLatin1String("Degraded");
    updateServing(volume);
}

void ExporterUptime::updateServing(Volume &volume)
{
    const bool serving = volume.volumeServes && volume.targetStartMs >= 0;
    const bool open = !volume.spans.isEmpty() && volume.spans.last().toMs < 0;
    if (serving == open)
        return;
    const qint64 now = m_clock->nowMs();
    if (serving)
        volume.spans.append(Span{now, -1});
    else
        volume.spans.last().toMs = now;
}

} // namespace Sim
