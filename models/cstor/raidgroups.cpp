#include "models/cstor/raidgroups.h"

#include <QJsonArray>

namespace Cstor::RaidGroups {

QStringList devices(const QJsonObject &raidGroup)
{
    QStringList names;
    for (const QJsonValue &device : raidGroup.value(QLatin1String("blockDevices")).toArray())
        names.append(device.toObject().value(QLatin1String("blockDeviceName")).toString());
    return names;
}

QList<QStringList> groups(const QJsonObject &poolSpec)
{
    QList<QStringList> all;
    for (const QJsonValue &group : poolSpec.value(QLatin1String("dataRaidGroups")).toArray())
        all.append(devices(group.toObject()));
    return all;
}

QStringList allDevices(const QJsonObject &poolSpec)
{
    QStringList names;
    for (const QStringList &group : groups(poolSpec))
        names += group;
    return names;
}

int tolerance(const QString &raidType, int disks)
{
    if (raidType == QLatin1String("mirror"))
        return disks - 1;
    if (raidType == QLatin1String("raidz"))
        return 1;
    if (raidType == QLatin1String("raidz2"))
        return 2;
    return 0;
}

} // namespace Cstor::RaidGroups
