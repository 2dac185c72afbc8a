#pragma once

#include <QString>
#include <QtGlobal>

namespace Sim {

// The application I/O one volume sees, as its target's and its replicas' exporters count it: a
// deterministic profile drawn from the simulator's seed and the volume's name. Most volumes are
// quiet and a few are busy (the level is skewed over three orders of magnitude), and each
// follows a daily rhythm, busiest in the early afternoon (UTC) and quietest at night. Pure: the
// rates at a time and the totals between two times are closed forms, so that a history written
// afterwards agrees with the live counters.
class VolumeIoWorkload
{
public:
    struct Rates
    {
        double readBytesPerSecond = 0;
        double writeBytesPerSecond = 0;
        double readOpsPerSecond = 0;
        double writeOpsPerSecond = 0;
    };
    struct Totals
    {
        double readBytes = 0;
        double writeBytes = 0;
        double readOps = 0;
        double writeOps = 0;

        Totals &operator+=(const Totals &other);
    };

    VolumeIoWorkload(quint64 seed, const QString &volume);

    // At a moment (milliseconds since the epoch, simulated time).
    Rates ratesAt(qint64 ms) const;
    // Everything done between two moments; zero when toMs <= fromMs.
    Totals totals(qint64 fromMs, qint64 toMs) const;

    // Mean time one I/O takes, in seconds (the exporters' cumulative latencies).
    double readLatencySeconds() const { return m_readLatency; }
    double writeLatencySeconds() const { return m_writeLatency; }
    double readIoBytes() const { return m_readIoBytes; }
    double writeIoBytes() const { return m_writeIoBytes; }
    // The mean of reads and writes over a day, bytes per second.
    double meanBytesPerSecond() const { return m_level; }

private:
    // The integral of the daily factor 1 + swing * cos(2 pi (t - peak) / day), in seconds.
    double factorIntegral(qint64 fromMs, qint64 toMs) const;
    double phaseOf(qint64 ms) const; // radians of the day past the peak

    double m_level = 0;     // bytes per second, reads and writes, daily mean
    double m_readShare = 0; // of the bytes
    double m_readIoBytes = 4096;
    double m_writeIoBytes = 4096;
    double m_swing = 0; // of the daily rhythm, below 1 so that rates stay positive
    qint64 m_peakMsOfDay = 0;
    double m_readLatency = 0;
    double m_writeLatency = 0;
};

} // namespace Sim
