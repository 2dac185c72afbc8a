#include "models/sim/metrics/iohistory.h"

#include "models/sim/metrics/exporteridentity.h"
#include "models/sim/metrics/volumeioworkload.h"

#include <QHash>

#include <cmath>

namespace Sim {

namespace {

enum class Measure { ReadOps, WriteOps, ReadBytes, WriteBytes };

struct Family
{
    const char *name;
    const char *help; // m-exporter pkg/collector/metrics.go, zvol/metrics.go
    Measure measure;
    bool ofVolumes;
    bool ofReplicas;
};

constexpr Family kFamilies[] = {
    {"openebs_reads", "Read Input/Outputs on Volume", Measure::ReadOps, true, false},
    {"openebs_total_read_bytes", "Total read bytes", Measure::ReadBytes, true, true},
    {"openebs_total_read_count", "Total read io count of volume replica", Measure::ReadOps, false,
     true},
    {"openebs_total_write_bytes", "Total write bytes", Measure::WriteBytes, true, true},
    {"openebs_total_write_count", "Total write io count of volume replica", Measure::WriteOps,
     false, true},
    {"openebs_writes", "Write Input/Outputs on Volume", Measure::WriteOps, true, false},
};

double valueOf(const VolumeIoWorkload::Totals &totals, Measure measure)
{
    switch (measure) {
    case Measure::ReadOps:
        return totals.readOps;
    case Measure::WriteOps:
        return totals.writeOps;
    case Measure::ReadBytes:
        return totals.readBytes;
    case Measure::WriteBytes:
        break;
    }
    return totals.writeBytes;
}

// Reads are shared among the replicas; writes go to each.
bool isRead(Measure measure)
{
    return measure == Measure::ReadOps || measure == Measure::ReadBytes;
}

} // namespace

IoHistory::IoHistory(const ExporterInventory &inventory, quint64 seed, qint64 firstMs,
                     qint64 lastMs, qint64 stepMs)
    : m_inventory(inventory)
    , m_seed(seed)
    , m_firstMs(firstMs)
    , m_lastMs(lastMs)
    , m_stepMs(std::max<qint64>(stepMs, 1000))
{
}

bool IoHistory::write(QByteArray &buffer, const std::function<bool()> &flushIfFull, qsizetype first,
                      qsizetype count) const
{
    struct Series
    {
        QByteArray labels;
        const VolumeIoWorkload *workload;
        double share; // of the volume's reads (1 for writes, the target)
        bool replica;
    };
    QHash<QString, VolumeIoWorkload> workloads;
    QHash<QString, int> replicationFactor;
    QList<Series> series;
    const QList<ExporterInventory::Volume> volumes = m_inventory.volumes().mid(first, count);
    for (const ExporterInventory::Volume &volume : volumes) {
        workloads.insert(volume.pv, VolumeIoWorkload(m_seed, volume.pv));
        replicationFactor.insert(volume.pv, std::max(1, volume.replicationFactor));
    }
    for (const ExporterInventory::Volume &volume : volumes) {
        series.append({ExporterIdentity::render(ExporterIdentity::ofVolume(volume.ns, volume.pv,
                                                                           volume.pvc, volume.pod)),
                       &workloads.find(volume.pv).value(), 1.0, false});
    }
    for (const ExporterInventory::Pool &pool : m_inventory.pools()) {
        for (const ExporterInventory::Replica &replica : pool.replicas) {
            const auto workload = workloads.constFind(replica.volume);
            if (workload == workloads.cend())
                continue;
            ExporterIdentity::Labels labels =
                ExporterIdentity::ofPool(pool.ns, pool.cspi, pool.cspc, pool.pod);
            labels << qMakePair(QStringLiteral("pool"), pool.zpool())
                   << qMakePair(QStringLiteral("vol"), replica.volume);
            series.append({ExporterIdentity::render(labels), &workload.value(),
                           1.0 / replicationFactor.value(replica.volume, 1), true});
        }
    }
    for (const Family &family : kFamilies) {
        buffer.append("# HELP ").append(family.name).append(' ').append(family.help).append('\n');
        buffer.append("# TYPE ").append(family.name).append(" gauge\n");
        for (const Series &one : std::as_const(series)) {
            if (one.replica ? !family.ofReplicas : !family.ofVolumes)
                continue;
            const double share = isRead(family.measure) ? one.share : 1.0;
            for (qint64 ms = m_firstMs; ms <= m_lastMs; ms += m_stepMs) {
                const double value =
                    valueOf(one.workload->totals(m_firstMs, ms), family.measure) * share;
                buffer.append(family.name).append(one.labels).append(' ');
                buffer.append(QByteArray::number(qint64(std::llround(value))));
                buffer.append(' ').append(QByteArray::number(ms / 1000)).append('\n');
                if (!flushIfFull())
                    return false;
            }
        }
    }
    return true;
}

} // namespace Sim
