#pragma once

#include "models/metrics/volumeio.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Items {

// A volume's or a pool's recent I/O in words, for the tables and the plans.
class IoText
{
    Q_DECLARE_TR_FUNCTIONS(Items::IoText)

public:
    // "1.2 MiB/s · 45 IOPS"; empty when unknown.
    static QString brief(const Metrics::VolumeIo::Recent &recent);
    // "read 1.2 MiB/s, write 300 KiB/s, 45 operations a second (the last hour)".
    static QString full(const Metrics::VolumeIo::Recent &recent);
    static QString rate(double bytesPerSecond); // "1.2 MiB/s"
    // A table's I/O cell in `role` (display, alignment, sort; the tooltip is `toolTip`, shown
    // only when the I/O is known).
    static QVariant cell(const Metrics::VolumeIo::Recent &recent, int role, const QString &toolTip);
};

} // namespace Items
