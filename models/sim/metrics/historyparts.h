#pragma once

#include <QString>

class QIODevice;

namespace Sim {

class IoHistory;
class PoolHistory;

// A history cut into OpenMetrics files small enough to backfill one after the other (a month of
// 3,000 pools is some 20 GB of text at once): first the pools' capacity, kPoolsPerPart pools a
// part, then the volumes' I/O, kVolumesPerPart volumes (and their replicas) a part. Together
// the parts hold the same series and samples as OpenMetricsHistory::write of the whole.
class HistoryParts
{
public:
    static constexpr qsizetype kPoolsPerPart = 200;   // about 1.6 GB over 30 days
    static constexpr qsizetype kVolumesPerPart = 100; // about 1.2 GB over 30 days

    // Both are kept by reference: they outlive this object.
    HistoryParts(const PoolHistory &history, const IoHistory &io,
                 qsizetype poolsPerPart = kPoolsPerPart,
                 qsizetype volumesPerPart = kVolumesPerPart);

    int count() const { return m_poolParts + m_ioParts; } // at least one
    // Writes part `index` (0 to count() - 1); false with *error when the device refuses it.
    bool write(int index, QIODevice *out, QString *error) const;

private:
    const PoolHistory &m_history;
    const IoHistory &m_io;
    qsizetype m_poolsPerPart;
    qsizetype m_volumesPerPart;
    int m_poolParts = 1;
    int m_ioParts = 0;
};

} // namespace Sim
