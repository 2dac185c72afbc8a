#include "models/sim/metrics/historyparts.h"

#include "models/sim/metrics/iohistory.h"
#include "models/sim/metrics/openmetricshistory.h"
#include "models/sim/metrics/poolhistory.h"

#include <algorithm>

namespace Sim {

namespace {

int partsOf(qsizetype items, qsizetype perPart)
{
    return int((items + perPart - 1) / perPart);
}

} // namespace

HistoryParts::HistoryParts(const PoolHistory &history, const IoHistory &io, qsizetype poolsPerPart,
                           qsizetype volumesPerPart)
    : m_history(history)
    , m_io(io)
    , m_poolsPerPart(std::max<qsizetype>(1, poolsPerPart))
    , m_volumesPerPart(std::max<qsizetype>(1, volumesPerPart))
    , m_poolParts(std::max(1, partsOf(history.pools().size(), m_poolsPerPart)))
    , m_ioParts(partsOf(io.volumeCount(), m_volumesPerPart))
{
}

bool HistoryParts::write(int index, QIODevice *out, QString *error) const
{
    OpenMetricsHistory::Part part;
    if (index < m_poolParts) {
        part.firstPool = index * m_poolsPerPart;
        part.pools = m_poolsPerPart;
    } else {
        part.pools = 0;
        part.io = &m_io;
        part.firstVolume = (index - m_poolParts) * m_volumesPerPart;
        part.volumes = m_volumesPerPart;
    }
    return OpenMetricsHistory::write(m_history, part, out, error);
}

} // namespace Sim
