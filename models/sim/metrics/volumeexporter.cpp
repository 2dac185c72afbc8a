#include "models/sim/metrics/volumeexporter.h"

#include "models/sim/metrics/exporteruptime.h"
#include "models/sim/metrics/exporterversion.h"
#include "models/sim/metrics/exposition.h"
#include "models/sim/metrics/volumeioworkload.h"

#include <cmath>

namespace Sim {

namespace {

constexpr double kBytesPerGiB = 1073741824.0; // BytesToGB in m-exporter pkg/api/stats.go

} // namespace

VolumeExporter::VolumeExporter(const ExporterUptime &uptime, quint64 seed)
    : m_uptime(uptime)
    , m_seed(seed)
{
}

int VolumeExporter::volumeStatus(const QString &phase)
{
    if (phase == QLatin1String("Offline"))
        return 1;
    if (phase == QLatin1String("Degraded"))
        return 2;
    if (phase == QLatin1String("Healthy"))
        return 3;
    return 4;
}

void VolumeExporter::write(const ExporterInventory::Volume &volume, qint64 nowMs,
                           Exposition &out) const
{
    const VolumeIoWorkload workload(m_seed, volume.pv);
    const qint64 since = m_uptime.targetStartMs(volume.pv);
    const VolumeIoWorkload::Totals served =
        since < 0 ? VolumeIoWorkload::Totals() : m_uptime.served(workload, volume.pv, since, nowMs);
    const double reads = std::floor(served.readOps);
    const double writes = std::floor(served.writeOps);
    const double readBytes = std::floor(served.readBytes);
    const double writeBytes = std::floor(served.writeBytes);
    const double usedBlocks = std::floor(volume.usedBytes / kSectorSize);

    out.gauge("openebs_reads", "Read Input/Outputs on Volume", reads);
    out.gauge("openebs_writes", "Write Input/Outputs on Volume", writes);
    out.gauge("openebs_total_read_bytes", "Total read bytes", readBytes);
    out.gauge("openebs_total_write_bytes", "Total write bytes", writeBytes);
    out.gauge("openebs_read_time", "Read time on volume",
              std::floor(reads * workload.readLatencySeconds() * 1e9));
    out.gauge("openebs_write_time", "Write time on volume",
              std::floor(writes * workload.writeLatencySeconds() * 1e9));
    out.gauge("openebs_read_block_count", "Read Block count of volume",
              std::floor(readBytes / kSectorSize));
    out.gauge("openebs_write_block_count", "Write Block count of volume",
              std::floor(writeBytes / kSectorSize));
    out.gauge("openebs_actual_used", "Actual volume size used",
              usedBlocks * kSectorSize / kBytesPerGiB);
    out.gauge("openebs_logical_size", "Logical size of volume", 0);
    out.gauge("openebs_sector_size", "sector size of volume", kSectorSize);
    out.gauge("openebs_size_of_volume", "Size of the volume requested",
              volume.capacityBytes / kBytesPerGiB);
    out.gauge("openebs_volume_status",
              "Status of volume: (1, 2, 3, 4) = {Offline, Degraded, Healthy, Unknown}",
              volumeStatus(volume.phase));
    out.gauge("openebs_connection_error_total", "Total no of connection errors", 0);
    out.gauge("openebs_connection_retry_total", "Total no of connection retry requests", 0);
    out.gauge("openebs_parse_error_total", "Total no of parsing errors", 0);
    out.gauge("openebs_total_replica_count", "Total no of replicas connected to cas",
              volume.healthyReplicas + volume.degradedReplicas);
    out.gauge("openebs_degraded_replica_count", "Total no of degraded/ro replicas",
              volume.degradedReplicas);
    out.gauge("openebs_healthy_replica_count", "Total no of healthy replicas",
              volume.healthyReplicas);
    out.gauge("openebs_volume_uptime", "Time since volume has registered",
              since < 0 ? 0 : std::floor(double(nowMs - since) / 1000.0),
              {{QStringLiteral("volName"), volume.pv},
               {QStringLiteral("castype"), QStringLiteral("cstor")}});
    out.gauge("openebs_iscsi_initiator_login_status",
              "iSCSI Initiator to jiva target login status: (0, 1): {Not Logged In, Logged In}", 0);
    out.counter("openebs_target_reject_request_counter",
                "Total no of rejected scrape requests if a previous request is in progress", 0);
    ExporterVersion::write(out);
}

} // namespace Sim
