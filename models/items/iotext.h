#pragma once

#include "models/metrics/volumeio.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
};

} // namespace Items
