#pragma once

#include "models/sim/metrics/exporterinventory.h"

#include <QByteArray>

#include <functional>

namespace Sim {

// The volumes' and replicas' I/O counters over a past window, as the exporters would have
// published them, for the OpenMetrics backfill beside the pools' capacity: per volume target
// openebs_reads, openebs_writes, openebs_total_read_bytes and openebs_total_write_bytes; per
// replica openebs_total_read_bytes, openebs_total_write_bytes, openebs_total_read_count and
// openebs_total_write_count ({vol, pool}; a replica takes every write and its share of the
// reads). The counts follow each volume's VolumeIoWorkload from the window's start, so that they
// only grow; the live exporters start from zero again, which rate() reads as a counter reset.
class IoHistory
{
public:
    IoHistory(const ExporterInventory &inventory, quint64 seed, qint64 firstMs, qint64 lastMs,
              qint64 stepMs);

    qsizetype volumeCount() const { return m_inventory.volumes().size(); }

    // Appends every family to `buffer`, calling `flushIfFull` after each sample (false: stop,
    // and write() is false): the series of `count` volumes from the `first` (-1: all of them)
    // and of their replicas.
    bool write(QByteArray &buffer, const std::function<bool()> &flushIfFull, qsizetype first = 0,
               qsizetype count = -1) const;

private:
    ExporterInventory m_inventory;
    quint64 m_seed;
    qint64 m_firstMs;
    qint64 m_lastMs;
    qint64 m_stepMs;
};

} // namespace Sim
