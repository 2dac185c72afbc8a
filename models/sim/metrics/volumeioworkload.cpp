#include "models/sim/metrics/volumeioworkload.h"

#include <QByteArray>

#include <cmath>

namespace Sim {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr double kTwoPi = 6.283185307179586;

// splitmix64: a well-mixed sequence from one 64-bit state.
quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double nextUniform(quint64 &state)
{
    return double(nextRandom(state) >> 11) / double(1ULL << 53);
}

// FNV-1a over the name's UTF-8: the same on every platform and run.
quint64 nameHash(const QString &name)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : name.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

VolumeIoWorkload::Totals &VolumeIoWorkload::Totals::operator+=(const Totals &other)
{
    readBytes += other.readBytes;
    writeBytes += other.writeBytes;
    readOps += other.readOps;
    writeOps += other.writeOps;
    return *this;
}

VolumeIoWorkload::VolumeIoWorkload(quint64 seed, const QString &volume)
{
    quint64 state = seed ^ nameHash(volume);
    nextRandom(state);
    // Skewed: the median volume moves about 5 KiB/s, one in ten over 600 KiB/s, the busiest
    // about 6 MiB/s.
    const double busy = nextUniform(state);
    m_level = 2048.0 * std::exp(8.0 * busy * busy * busy);
    m_readShare = 0.3 + 0.5 * nextUniform(state);
    m_readIoBytes = 4096.0 * double(1 << int(nextUniform(state) * 5)); // 4 KiB ... 64 KiB
    m_writeIoBytes = 4096.0 * double(1 << int(nextUniform(state) * 5));
    m_swing = 0.5 + 0.4 * nextUniform(state);
    // 13:00 UTC, give or take three hours.
    m_peakMsOfDay = qint64((10.0 + 6.0 * nextUniform(state)) * 3600 * 1000);
    m_readLatency = 0.0003 + 0.0012 * nextUniform(state);
    m_writeLatency = 0.0005 + 0.0025 * nextUniform(state);
}

double VolumeIoWorkload::phaseOf(qint64 ms) const
{
    qint64 sincePeak = (ms - m_peakMsOfDay) % kDayMs;
    if (sincePeak < 0)
        sincePeak += kDayMs;
    return kTwoPi * double(sincePeak) / double(kDayMs);
}

double VolumeIoWorkload::factorIntegral(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    const double seconds = double(toMs - fromMs) / 1000.0;
    const double dayOverTwoPi = double(kDayMs) / 1000.0 / kTwoPi;
    return seconds + m_swing * dayOverTwoPi * (std::sin(phaseOf(toMs)) - std::sin(phaseOf(fromMs)));
}

VolumeIoWorkload::Rates VolumeIoWorkload::ratesAt(qint64 ms) const
{
    const double bytes = m_level * (1.0 + m_swing * std::cos(phaseOf(ms)));
    Rates rates;
    rates.readBytesPerSecond = bytes * m_readShare;
    rates.writeBytesPerSecond = bytes * (1.0 - m_readShare);
    rates.readOpsPerSecond = rates.readBytesPerSecond / m_readIoBytes;
    rates.writeOpsPerSecond = rates.writeBytesPerSecond / m_writeIoBytes;
    return rates;
}

VolumeIoWorkload::Totals VolumeIoWorkload::totals(qint64 fromMs, qint64 toMs) const
{
    const double bytes = m_level * factorIntegral(fromMs, toMs);
    Totals totals;
    totals.readBytes = bytes * m_readShare;
    totals.writeBytes = bytes * (1.0 - m_readShare);
    totals.readOps = totals.readBytes / m_readIoBytes;
    totals.writeOps = totals.writeBytes / m_writeIoBytes;
    return totals;
}

} // namespace Sim
