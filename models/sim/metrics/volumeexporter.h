#pragma once

#include "models/sim/metrics/exporterinventory.h"

namespace Sim {

class ExporterUptime;
class Exposition;

// What `maya-exporter -e=cstor` serves on :9500/metrics in one volume's target pod (openebs/
// m-exporter pkg/collector, from istgt's IOSTATS): the volume's I/O counters since istgt
// started (its workload while it served), its size and used space in GiB, its status from the
// CV's phase, its replica counts, its uptime. No series carries a volume label except
// openebs_volume_uptime{volName,castype}; the error gauges stay at 0. HELP texts are upstream's.
class VolumeExporter
{
public:
    static constexpr double kSectorSize = 512; // istgt's blocklen

    VolumeExporter(const ExporterUptime &uptime, quint64 seed);

    void write(const ExporterInventory::Volume &volume, qint64 nowMs, Exposition &out) const;

    // openebs_volume_status: 1 Offline, 2 Degraded, 3 Healthy, 4 Unknown.
    static int volumeStatus(const QString &phase);

private:
    const ExporterUptime &m_uptime;
    quint64 m_seed;
};

} // namespace Sim
