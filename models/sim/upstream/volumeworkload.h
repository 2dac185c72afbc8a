#pragma once

#include "models/sim/store/simclock.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace Sim {

class Uzfs;
struct Zvol;

// The application I/O on each volume, as the simulator drives it: writes at a rate (bytes per
// simulated second) that the target sends to every connected replica, growing the replicas'
// data, and so their pools' used space, up to the volume's size. A volume without a rate is idle.
// A replica on a read-only pool fails the writes (uZFS refuses them with EROFS), so the replicas
// of volumes with I/O there disconnect and stay out while the pool is read-only, while idle
// volumes' replicas stay Healthy (CSTOR gtest ZpoolReadOnly, openebs/openebs#2972,
// CSTOR-CONTROLLERS.md §7.5, §9.5).
class VolumeWorkload
{
public:
    VolumeWorkload(Uzfs *uzfs, SimClock *clock);

    // Writes are counted from now on.
    void restartClock();
    // Brings the written data up to the current simulated time.
    void advance();
    // capacityBytes: the volume's size, which its replicas' data does not outgrow.
    void setWriteRate(const QString &volume, double bytesPerSecond, double capacityBytes);
    double writeRate(const QString &volume) const { return m_rates.value(volume).bytesPerSecond; }
    // The replica's pool refuses the volume's writes: read-only while the volume writes.
    bool writesFail(const Zvol &zvol) const;

    QJsonArray truth() const;

private:
    struct Rate
    {
        double bytesPerSecond = 0;
        double capacityBytes = 0;
    };
    void write(Zvol &zvol, double bytes, double capacityBytes) const;

    Uzfs *m_uzfs;
    SimClock *m_clock;
    qint64 m_lastAdvanceMs = 0;
    QHash<QString, Rate> m_rates; // by PV name
};

} // namespace Sim
