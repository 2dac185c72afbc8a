#include "models/sim/upstream/volumeworkload.h"

#include "models/sim/upstream/uzfs.h"

#include <QJsonObject>

#include <algorithm>

namespace Sim {

VolumeWorkload::VolumeWorkload(Uzfs *uzfs, SimClock *clock)
    : m_uzfs(uzfs)
    , m_clock(clock)
{
}

void VolumeWorkload::restartClock()
{
    m_lastAdvanceMs = m_clock->nowMs();
}

void VolumeWorkload::setWriteRate(const QString &volume, double bytesPerSecond,
                                  double capacityBytes)
{
    advance();
    if (bytesPerSecond <= 0)
        m_rates.remove(volume);
    else
        m_rates.insert(volume, {bytesPerSecond, capacityBytes});
}

bool VolumeWorkload::writesFail(const Zvol &zvol) const
{
    const ZPool *pool = m_uzfs->pool(zvol.pool);
    return m_rates.contains(zvol.volume) && pool && m_uzfs->poolReadOnly(*pool);
}

void VolumeWorkload::write(Zvol &z, double bytes, double capacityBytes) const
{
    const double written = std::min(bytes, std::max(0.0, capacityBytes - z.logicalBytes));
    if (written <= 0)
        return;
    // New blocks compress like the replica's data so far.
    const double ratio = z.logicalBytes > 0 ? z.allocatedBytes / z.logicalBytes : 1.0;
    z.logicalBytes += written;
    z.allocatedBytes += written * ratio;
    if (z.rebuilding)
        z.rebuildStartLogical += written; // the target writes to a rebuilding replica too
}

void VolumeWorkload::advance()
{
    const qint64 now = m_clock->nowMs();
    const double dt = double(now - m_lastAdvanceMs) / 1000.0;
    m_lastAdvanceMs = now;
    if (dt <= 0)
        return;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        for (Zvol *z : m_uzfs->zvolsOf(it.key())) {
            if (z->connected && m_uzfs->poolReachable(z->pool) && !writesFail(*z))
                write(*z, it->bytesPerSecond * dt, it->capacityBytes);
        }
    }
}

QJsonArray VolumeWorkload::truth() const
{
    QStringList volumes = m_rates.keys();
    volumes.sort();
    QJsonArray result;
    for (const QString &volume : std::as_const(volumes)) {
        const Rate rate = m_rates.value(volume);
        result.append(QJsonObject{{QStringLiteral("volume"), volume},
                                  {QStringLiteral("writeBytesPerSecond"), rate.bytesPerSecond},
                                  {QStringLiteral("capacityBytes"), rate.capacityBytes}});
    }
    return result;
}

} // namespace Sim
