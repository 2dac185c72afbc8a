#include "models/items/iotext.h"

#include "models/cstor/capacity.h"
#include "models/items/itemroles.h"

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

QVariant IoText::cell(const Metrics::VolumeIo::Recent &recent, int role, const QString &toolTip)
{
    switch (role) {
    case Qt::DisplayRole:
        return brief(recent);
    case Qt::ToolTipRole:
        return recent.known ? QVariant(toolTip) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return recent.known ? recent.bytesPerSecond() : -1.0;
    default:
        return {};
    }
}

} // namespace Items
