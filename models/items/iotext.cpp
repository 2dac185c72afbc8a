#include "models/items/iotext.h"

#include "models/cstor/capacity.h"

#include <cmath>

namespace Items {

QString IoText::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(Cstor::Capacity::formatBytes(qint64(std::llround(bytesPerSecond))));
}

QString IoText::brief(const Metrics::VolumeIo::Recent &recent)
{
    if (!recent.known)
        return QString();
    return tr("%1 · %2 IOPS")
        .arg(rate(recent.bytesPerSecond()))
        .arg(std::lround(recent.operationsPerSecond));
}

QString IoText::full(const Metrics::VolumeIo::Recent &recent)
{
    if (!recent.known)
        return tr("no I/O known (the cluster's Prometheus has none of its exporter's series)");
    return tr("read %1, write %2, %3 operations a second (the last hour)")
        .arg(rate(recent.readBytesPerSecond), rate(recent.writeBytesPerSecond))
        .arg(std::lround(recent.operationsPerSecond));
}

} // namespace Items
