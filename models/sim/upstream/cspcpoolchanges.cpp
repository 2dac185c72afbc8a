#include "models/sim/upstream/cspcpoolchanges.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Sim::CspcPoolChanges {

namespace {

QStringList devicesOf(const QJsonObject &raidGroup)
{
    QStringList names;
    for (const QJsonValue &device : raidGroup.value(QLatin1String("blockDevices")).toArray())
        names.append(device.toObject().value(QLatin1String("blockDeviceName")).toString());
    return names;
}

QSet<QString> allDevices(const QJsonArray &pools)
{
    QSet<QString> names;
    for (const QJsonValue &pool : pools) {
        for (const QJsonValue &group :
             pool.toObject().value(QLatin1String("dataRaidGroups")).toArray()) {
            for (const QString &name : devicesOf(group.toObject()))
                names.insert(name);
        }
    }
    return names;
}

// IsBDReplacementValid's first three checks (the rest need BlockDeviceClaims).
QString replacementError(const QStringList &oldDevices, const QStringList &newDevices,
                         const QString &type, const QSet<QString> &cspcDevices)
{
    QStringList added;
    for (const QString &name : newDevices) {
        if (!oldDevices.contains(name))
            added.append(name); // GetNumberOfDiskReplaced
    }
    if (added.isEmpty())
        return QString();
    if (type == QLatin1String("stripe"))
        return QStringLiteral("cannot replace  blockdevice in stripe raid group");
    if (added.size() > 1)
        return QStringLiteral("cannot replace more than one blockdevice in a raid group");
    if (cspcDevices.contains(added.first()))
        return QStringLiteral("the new blockdevice intended to use for replacement is already a "
                              "part of the current cspc");
    return QString();
}

// ArePoolSpecChangesValid for the data raid groups.
QString poolError(const QJsonObject &oldPool, const QJsonObject &newPool,
                  const QSet<QString> &cspcDevices)
{
    const QString type = oldPool.value(QLatin1String("poolConfig"))
                             .toObject()
                             .value(QLatin1String("dataRaidGroupType"))
                             .toString();
    if (type != newPool.value(QLatin1String("poolConfig"))
                    .toObject()
                    .value(QLatin1String("dataRaidGroupType"))
                    .toString())
        return QStringLiteral("raidgroup can't be modified");
    const QJsonArray newGroups = newPool.value(QLatin1String("dataRaidGroups")).toArray();
    for (const QJsonValue &oldGroup : oldPool.value(QLatin1String("dataRaidGroups")).toArray()) {
        const QStringList oldDevices = devicesOf(oldGroup.toObject());
        // getIndexedCommonRaidGroups: the new raid group sharing a device (IsRaidGroupCommon).
        QStringList newDevices;
        bool common = false;
        for (const QJsonValue &newGroup : newGroups) {
            newDevices = devicesOf(newGroup.toObject());
            for (const QString &name : newDevices)
                common = common || oldDevices.contains(name);
            if (common)
                break;
        }
        const QString prefix = QStringLiteral("raid group validation failed: ");
        if (!common)
            return prefix +
                   QStringLiteral("removing raid group from pool spec is invalid operation");
        // validateRaidGroupChanges
        if (newDevices.size() < oldDevices.size())
            return prefix + QStringLiteral("removing block device from %1 raid group is not valid "
                                           "operation")
                                .arg(type);
        if (type != QLatin1String("stripe") && newDevices.size() > oldDevices.size())
            return prefix + QStringLiteral("adding block devices to existing %1 raid group is not "
                                           "valid operation")
                                .arg(type);
        if (QString error = replacementError(oldDevices, newDevices, type, cspcDevices);
            !error.isEmpty())
            return error;
    }
    return QString();
}

} // namespace

QString validateSpecChanges(const QJsonArray &oldPools, const QJsonArray &newPools)
{
    const QSet<QString> cspcDevices = allDevices(oldPools);
    for (const QJsonValue &oldValue : oldPools) {
        const QJsonObject oldPool = oldValue.toObject();
        const QJsonValue selector = oldPool.value(QLatin1String("nodeSelector"));
        for (const QJsonValue &newValue : newPools) {
            const QJsonObject newPool = newValue.toObject();
            if (newPool.value(QLatin1String("nodeSelector")) != selector || newPool == oldPool)
                continue;
            if (QString error = poolError(oldPool, newPool, cspcDevices); !error.isEmpty())
                return error;
        }
    }
    return QString();
}

} // namespace Sim::CspcPoolChanges
