#pragma once

#include "models/recovery/diskreplacementplan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Recovery {

// Plans the replacement of a pool's failed disk the way upstream supports it: in a mirror or
// raidz pool, one disk of a raid group at a time, by an unclaimed disk of the same node at
// least as large (CO webhook IsBDReplacementValid); a stripe pool is refused with the way out.
class DiskReplacementPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Recovery::DiskReplacementPlanner)

public:
    struct Input
    {
        QString pool;                    // the CSPI asked for
        QJsonObject cspi;                // empty when there is no such CSPI
        QStringList poolNames;           // every CSPI, for "did you mean"
        QJsonObject cspc;                // its CStorPoolCluster
        QList<QJsonObject> blockDevices; // the namespace's BlockDevices
        QList<QJsonObject> claims;       // the namespace's BlockDeviceClaims
        QString disk;                    // the disk to replace; empty: the failed one
        QString replacement;             // the spare to use; empty: the smallest that fits
    };

    static DiskReplacementPlan plan(const Input &input);

    // Where a replacement stands, read from the pool's CSPI.
    enum class Stage {
        WaitingForSpec, // the CSPC names the new disk; the CSPC operator has not put it in
        Resilvering,    // the pool manager resilvers it (condition DiskReplacement True)
        Done,           // resilvered, the pool ONLINE
    };
    static Stage stage(const QJsonObject &cspi, const DiskReplacementPlan &plan);

    // The disks the CSPI's DiskUnavailable condition names (CO addDiskUnavailableCondition).
    static QStringList failedDisks(const QJsonObject &cspi);
    // Whether the pool is resilvering a replaced disk (condition DiskReplacement True).
    static bool resilvering(const QJsonObject &cspi);
    // Whether `replacement` took the place of `disk` in the CSPI's spec.
    static bool inSpec(const QJsonObject &cspi, const QString &disk, const QString &replacement);

    static BlockDeviceInfo blockDevice(const QJsonObject &object);

private:
    static void refuse(DiskReplacementPlan *plan, const QString &why,
                       const QStringList &options = {});
    static QStringList drainOptions(const DiskReplacementPlan &plan);
};

} // namespace Recovery
