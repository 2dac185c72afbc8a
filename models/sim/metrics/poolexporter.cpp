#include "models/sim/metrics/poolexporter.h"

#include "models/sim/metrics/exporteruptime.h"
#include "models/sim/metrics/exporterversion.h"
#include "models/sim/metrics/exposition.h"
#include "models/sim/metrics/volumeioworkload.h"

#include <cmath>

namespace Sim {

namespace {

// A replica's share of its volume's I/O: every write, an even part of the reads (istgt reads
// from one replica at a time); a flush every 64 writes.
constexpr double kSyncsPerWrite = 1.0 / 64.0;
constexpr double kSyncLatencySeconds = 0.002;
// The part of the target's latency spent in the replica.
constexpr double kReplicaLatencyShare = 0.6;

} // namespace

PoolExporter::PoolExporter(const ExporterUptime &uptime, quint64 seed)
    : m_uptime(uptime)
    , m_seed(seed)
{
}

int PoolExporter::poolStatus(const QString &phase)
{
    const QString p = phase.toUpper();
    if (p == QLatin1String("OFFLINE"))
        return 0;
    if (p == QLatin1String("ONLINE"))
        return 1;
    if (p == QLatin1String("DEGRADED"))
        return 2;
    if (p == QLatin1String("FAULTED"))
        return 3;
    if (p == QLatin1String("REMOVED"))
        return 4;
    if (p == QLatin1String("UNAVAIL"))
        return 5;
    return 6;
}

int PoolExporter::replicaStatus(const QString &phase)
{
    if (phase == QLatin1String("Healthy"))
        return 1;
    if (phase == QLatin1String("Degraded") || phase == QLatin1String("NewReplicaDegraded"))
        return 2;
    if (phase == QLatin1String("Rebuilding") || phase == QLatin1String("ReconstructingNewReplica"))
        return 3;
    return 0;
}

void PoolExporter::write(const ExporterInventory::Pool &pool, qint64 nowMs, qint64 syncEpochSeconds,
                         Exposition &out) const
{
    const QString zpool = pool.zpool();
    // zpool list -Hp
    out.gauge("openebs_pool_size", "Size of pool", pool.sizeBytes);
    out.gauge("openebs_used_pool_capacity", "Capacity used by pool", pool.usedBytes);
    out.gauge("openebs_free_pool_capacity", "Free capacity in pool", pool.freeBytes);
    out.gauge("openebs_used_pool_capacity_percent", "Capacity used by pool in percent",
              pool.sizeBytes > 0 ? std::floor(pool.usedBytes * 100.0 / pool.sizeBytes) : 0);
    out.gauge("openebs_pool_status",
              "Status of pool (0, 1, 2, 3, 4, 5, 6)= {\"Offline\", \"Online\", \"Degraded\", "
              "\"Faulted\", \"Removed\", \"Unavail\", \"NoPoolsAvailable\"}",
              poolStatus(pool.phase), {{QStringLiteral("pool"), zpool}});
    out.gauge("openebs_zpool_list_command_error", "Total no of zpool command errors", 0);
    out.gauge("openebs_zpool_list_reject_request_count",
              "Total no of rejected requests of zpool command", 0);
    out.gauge("openebs_zpool_list_parse_error_count", "Total no of parsing errors", 0);
    out.gauge("openebs_zpool_list_no_pool_available_error", "Total no of no pool available errors",
              0);
    out.gauge("openebs_zpool_list_incomplete_stdout_error", "Total no of incomplete stdout errors",
              0);
    out.gauge("openebs_zpool_list_failed_to_initialize_libuzfs_client_error_counter",
              "Total no of initialize libuzfs client error", 0);

    // zfs list -Hp: the pool's root dataset, then each replica's.
    out.gauge("openebs_volume_replica_used_size", "Used size of volume replica on a pool",
              pool.usedBytes, {{QStringLiteral("name"), zpool}});
    for (const ExporterInventory::Replica &replica : pool.replicas)
        out.gauge("openebs_volume_replica_used_size", "Used size of volume replica on a pool",
                  replica.usedBytes,
                  {{QStringLiteral("name"), zpool + QLatin1Char('/') + replica.volume}});
    out.gauge("openebs_volume_replica_available_size", "Available size of volume replica on a pool",
              pool.freeBytes, {{QStringLiteral("name"), zpool}});
    for (const ExporterInventory::Replica &replica : pool.replicas)
        out.gauge("openebs_volume_replica_available_size",
                  "Available size of volume replica on a pool", pool.freeBytes,
                  {{QStringLiteral("name"), zpool + QLatin1Char('/') + replica.volume}});
    out.gauge("openebs_zfs_list_parse_error", "Total no of zfs list parse errors", 0);
    out.gauge("openebs_zfs_list_command_error", "Total no of zfs command errors", 0);
    out.gauge("openebs_zfs_list_request_reject_count", "Total no of rejected requests of zfs list",
              0);
    out.gauge("openebs_zfs_list_no_dataset_available_error_counter",
              "Total no of no datasets error in zfs list command", 0);
    out.gauge("openebs_zfs_list_failed_to_initialize_libuzfs_client_error_counter",
              "Total no of failed to initialize libuzfs client error in zfs list command", 0);

    // zfs stats
    for (const ExporterInventory::Replica &replica : pool.replicas)
        writeReplica(pool, replica, nowMs, out);
    out.gauge("openebs_zfs_stats_command_error", "Total no of zfs command errors", 0);
    out.gauge("openebs_zfs_stats_parse_error_counter", "Total no of zfs stats parse errors", 0);
    out.gauge("openebs_zfs_stats_reject_request_count",
              "Total no of rejected requests of zfs stats", 0);

    // zfs get io.openebs:livenesstimestamp; `pool` is the pod's HOSTNAME.
    const ExporterIdentity::Labels podLabel{{QStringLiteral("pool"), pool.pod}};
    out.gauge("openebs_zpool_last_sync_time", "Last sync time of pool", double(syncEpochSeconds),
              podLabel);
    out.gauge("openebs_zpool_state_unknown", "zpool state unknown", 0, podLabel);
    out.gauge("openebs_zpool_sync_time_command_error", "Zpool sync time command error", 0,
              podLabel);

    ExporterVersion::write(out);
}

void PoolExporter::writeReplica(const ExporterInventory::Pool &pool,
                                const ExporterInventory::Replica &replica, qint64 nowMs,
                                Exposition &out) const
{
    const VolumeIoWorkload workload(m_seed, replica.volume);
    const qint64 since = m_uptime.poolPodStartMs(pool.cspi);
    const VolumeIoWorkload::Totals served =
        since < 0 ? VolumeIoWorkload::Totals()
                  : m_uptime.served(workload, replica.volume, since, nowMs);
    const double readShare = 1.0 / double(std::max(1, replica.replicationFactor));
    const double readOps = std::floor(served.readOps * readShare);
    const double writeOps = std::floor(served.writeOps);
    const double syncs = std::floor(writeOps * kSyncsPerWrite);
    const int status = replicaStatus(replica.phase);
    const int rebuild = status == 1 ? 1 : status == 3 ? 3 : 0; // DONE, ACTIVE DATASET, INIT
    const ExporterIdentity::Labels labels{{QStringLiteral("vol"), replica.volume},
                                          {QStringLiteral("pool"), pool.zpool()}};
    out.gauge("openebs_sync_count", "Total sync io count of volume replica", syncs, labels);
    out.gauge("openebs_total_read_count", "Total read io count of volume replica", readOps, labels);
    out.gauge("openebs_total_write_count", "Total write io count of volume replica", writeOps,
              labels);
    out.gauge("openebs_total_read_bytes", "Total read in bytes of volume replica",
              std::floor(served.readBytes * readShare), labels);
    out.gauge("openebs_total_write_bytes", "Total write in bytes of volume replica",
              std::floor(served.writeBytes), labels);
    out.gauge("openebs_sync_latency", "Sync latency on volume replica",
              std::floor(syncs * kSyncLatencySeconds * 1e9), labels);
    out.gauge("openebs_read_latency", "Read latency on volume replica",
              std::floor(readOps * workload.readLatencySeconds() * kReplicaLatencyShare * 1e9),
              labels);
    out.gauge("openebs_write_latency", "Write latency on volume replica",
              std::floor(writeOps * workload.writeLatencySeconds() * kReplicaLatencyShare * 1e9),
              labels);
    out.gauge("openebs_rebuild_count", "Rebuild count of volume replica", 0, labels);
    out.gauge("openebs_rebuild_bytes", "Rebuild bytes of volume replica", 0, labels);
    out.gauge("openebs_replica_status",
              "Status of volume replica (0, 1, 2, 3) = {\"Offline\", \"Healthy\", \"Degraded\", "
              "\"Rebuilding\"}",
              status, labels);
    out.gauge("openebs_rebuild_status",
              "Status of rebuild on volume replica (0, 1, 2, 3, 4, 5, 6)= {\"INIT\", \"DONE\", "
              "\"SNAP REBUILD INPROGRESS\", \"ACTIVE DATASET REBUILD INPROGRESS\", \"ERRORED\", "
              "\"FAILED\", \"UNKNOWN\"}",
              rebuild, labels);
    out.gauge("openebs_inflight_io_count", "Inflight IO's count of volume replica", 0, labels);
    out.gauge("openebs_total_rebuild_done", "Total no of rebuild done on volume replica", 0,
              labels);
    out.gauge("openebs_dispatched_io_count", "Dispatched IO's count of volume replica", 0, labels);
    out.gauge("openebs_total_failed_rebuild", "Total no of failed rebuilds on volume replica", 0,
              labels);
}

} // namespace Sim
