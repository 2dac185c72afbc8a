#include "models/sim/metrics/clusterexporters.h"

#include "models/sim/metrics/exporteridentity.h"
#include "models/sim/metrics/exporterinventory.h"
#include "models/sim/metrics/exporteruptime.h"
#include "models/sim/metrics/exposition.h"
#include "models/sim/metrics/poolexporter.h"
#include "models/sim/metrics/volumeexporter.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

namespace Sim {

ClusterExporters::ClusterExporters(ObjectStore *store, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_uptime(new ExporterUptime(store, clock, this))
{
}

std::optional<QByteArray> ClusterExporters::poolText(const QString &ns, const QString &cspi) const
{
    const ExporterInventory inventory = ExporterInventory::ofPool(*m_store, ns, cspi);
    if (inventory.pools().isEmpty())
        return std::nullopt;
    Exposition out;
    PoolExporter(*m_uptime, m_clock->seed())
        .write(inventory.pools().first(), m_clock->nowMs(), m_clock->now().toSecsSinceEpoch(), out);
    return out.text();
}

std::optional<QByteArray> ClusterExporters::volumeText(const QString &ns, const QString &pv) const
{
    const ExporterInventory inventory = ExporterInventory::ofVolume(*m_store, ns, pv);
    if (inventory.volumes().isEmpty())
        return std::nullopt;
    Exposition out;
    VolumeExporter(*m_uptime, m_clock->seed())
        .write(inventory.volumes().first(), m_clock->nowMs(), out);
    return out.text();
}

QByteArray ClusterExporters::scrapeText() const
{
    const ExporterInventory inventory = ExporterInventory::ofCluster(*m_store);
    const qint64 nowMs = m_clock->nowMs();
    const qint64 epochSeconds = m_clock->now().toSecsSinceEpoch();
    const PoolExporter pools(*m_uptime, m_clock->seed());
    const VolumeExporter volumes(*m_uptime, m_clock->seed());
    Exposition out;
    for (const ExporterInventory::Pool &pool : inventory.pools()) {
        if (!pool.podRunning)
            continue; // a scrape that fails: no series
        out.setIdentity(ExporterIdentity::ofPool(pool.ns, pool.cspi, pool.cspc, pool.pod));
        pools.write(pool, nowMs, epochSeconds, out);
    }
    for (const ExporterInventory::Volume &volume : inventory.volumes()) {
        if (!volume.podRunning)
            continue;
        out.setIdentity(ExporterIdentity::ofVolume(volume.ns, volume.pv, volume.pvc, volume.pod));
        volumes.write(volume, nowMs, out);
    }
    return out.text();
}

} // namespace Sim
