#pragma once

#include "models/sim/metrics/exporterinventory.h"

#include <QByteArray>

namespace Sim {

class ExporterUptime;
class Exposition;

// What `maya-exporter -e=pool` serves on :9500/metrics in one pool pod (openebs/m-exporter
// pkg/collector/pool and zvol): the zpool's size, used, free and health (`zpool list -Hp`: the
// CSPI's status capacity as the simulator keeps it), each replica's dataset (`zfs list`) and
// I/O counters (`zfs stats`, labels vol and pool; the replicas' I/O follows their volumes'
// workload since the pool pod started), the pool's liveness timestamp and the build. The
// error gauges stay at 0. HELP texts are upstream's.
class PoolExporter
{
public:
    PoolExporter(const ExporterUptime &uptime, quint64 seed);

    // nowMs: simulated time; syncEpochSeconds: the pool's last liveness timestamp.
    void write(const ExporterInventory::Pool &pool, qint64 nowMs, qint64 syncEpochSeconds,
               Exposition &out) const;

    // openebs_pool_status: 0 Offline, 1 Online, 2 Degraded, 3 Faulted, 4 Removed, 5 Unavail,
    // 6 NoPoolsAvailable, from the CSPI's phase.
    static int poolStatus(const QString &phase);
    // openebs_replica_status: 0 Offline, 1 Healthy, 2 Degraded, 3 Rebuilding.
    static int replicaStatus(const QString &phase);

private:
    void writeReplica(const ExporterInventory::Pool &pool,
                      const ExporterInventory::Replica &replica, qint64 nowMs,
                      Exposition &out) const;

    const ExporterUptime &m_uptime;
    quint64 m_seed;
};

} // namespace Sim
