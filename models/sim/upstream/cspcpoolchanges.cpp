#include "models/sim/upstream/cspcpoolchanges.h"

#include "models/cstor/raidgroups.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Sim::CspcPoolChanges {

namespace {

QSet<QString> allDevices(const QJsonArray &pools)
{
    QSet<QString> names;
    for (const QJsonValue &pool : pools) {
        for (const QString &name : Cstor::RaidGroups::allDevices(pool.toObject()))
            names.insert(name);
    }
    return names;
}

// GetNewBDFromRaidGroups: the first new block device and the first one it no longer has.
std::pair<QString, QString> newToOld(const QStringList &oldDevices, const QStringList &newDevices)
{
    QString added;
    QString removed;
    for (const QString &name : newDevices) {
        if (!oldDevices.contains(name)) {
            added = name;
            break;
        }
    }
    for (const QString &name : oldDevices) {
        if (!newDevices.contains(name)) {
            removed = name;
            break;
        }
    }
    return {added, removed};
}

using ObjectFields::annotation;

// The apiserver's NotFound text for a block device.
QString bdNotFound(const QString &name)
{
    return QStringLiteral("blockdevices.openebs.io \"%1\" not found").arg(name);
}

// IsBDReplacementValid, in upstream's order.
QString replacementError(const Context &context, const QStringList &oldDevices,
                         const QStringList &newDevices, const QString &type,
                         const QSet<QString> &cspcDevices)
{
    // IsBlockDeviceReplacementCase(&oldRg, &newRg) swaps its arguments: a replacement is a raid
    // group that lost a block device (one that only gained some, a stripe's expansion, is not).
    bool lost = false;
    for (const QString &name : oldDevices)
        lost = lost || !newDevices.contains(name);
    if (!lost)
        return QString();
    QStringList added;
    for (const QString &name : newDevices) {
        if (!oldDevices.contains(name))
            added.append(name); // GetNumberOfDiskReplaced(newRG, oldRG)
    }
    if (type == QLatin1String("stripe"))
        return QStringLiteral("cannot replace  blockdevice in stripe raid group");
    if (added.size() > 1)
        return QStringLiteral("cannot replace more than one blockdevice in a raid group");
    if (cspcDevices.contains(added.first()))
        return QStringLiteral("the new blockdevice intended to use for replacement is already a "
                              "part of the current cspc");
    if (!context.store)
        return QString();
    using NdmObjects::claimOf;
    using NdmObjects::kPredecessorAnnotation;
    // IsExistingReplacmentInProgress: a claim in the raid group still names a predecessor.
    for (const QString &name : oldDevices) {
        const auto claim = claimOf(context.store, context.ns, name);
        if (claim && ObjectFields::child(ObjectFields::child(*claim, QStringLiteral("metadata")),
                                         QStringLiteral("annotations"))
                         .contains(kPredecessorAnnotation))
            return QStringLiteral("cannot replace blockdevice as a background replacement may be "
                                  "in progress in the raid group: replacement is still in "
                                  "progress for bd %1")
                .arg(name);
    }
    // AreNewBDsValid / IsBDValid: a claim of the new block device belongs to this CSPC, and the
    // new block device is not the predecessor of one in the CSPC (GetPredecessorBDIfAny).
    const auto [newBd, oldBd] = newToOld(oldDevices, newDevices);
    const QString invalid =
        QStringLiteral("the new blockdevice intended to use for replacement in invalid");
    if (const auto claim = claimOf(context.store, context.ns, newBd);
        claim && ObjectFields::label(*claim, ObjectFields::kCspcLabel) != context.cspcName)
        return invalid;
    for (const QJsonObject &claim : context.store->list(NdmObjects::kBdc, context.ns)) {
        const QString device = ObjectFields::child(claim, QStringLiteral("spec"))
                                   .value(QLatin1String("blockDeviceName"))
                                   .toString();
        if (cspcDevices.contains(device) && annotation(claim, kPredecessorAnnotation) == newBd)
            return invalid;
    }
    // validateNewBDCapacity.
    const auto newObject = context.store->get(NdmObjects::kBd, context.ns, newBd);
    if (!newObject)
        return QStringLiteral("error: failed to get capacity of replaced block device: %1: %2")
            .arg(newBd, bdNotFound(newBd));
    const auto oldObject = context.store->get(NdmObjects::kBd, context.ns, oldBd);
    if (!oldObject)
        return QStringLiteral("error: failed to get capacity of existing block device: %1: %2")
            .arg(oldBd, bdNotFound(oldBd));
    const qint64 newBytes = NdmObjects::capacityBytes(*newObject);
    const qint64 oldBytes = NdmObjects::capacityBytes(*oldObject);
    if (newBytes < oldBytes)
        return QStringLiteral("error: capacity of replacing block device {%1:%2} should be greater "
                              "than or equal to existing block device {%3:%4}")
            .arg(newBd)
            .arg(newBytes)
            .arg(oldBd)
            .arg(oldBytes);
    return QString();
}

// ArePoolSpecChangesValid for the data raid groups.
QString poolError(const Context &context, const QJsonObject &oldPool, const QJsonObject &newPool,
                  const QSet<QString> &cspcDevices, QHash<QString, QString> *replacements)
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
        const QStringList oldDevices = Cstor::RaidGroups::devices(oldGroup.toObject());
        // getIndexedCommonRaidGroups: the new raid group sharing a device (IsRaidGroupCommon).
        QStringList newDevices;
        bool common = false;
        for (const QJsonValue &newGroup : newGroups) {
            newDevices = Cstor::RaidGroups::devices(newGroup.toObject());
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
        if (QString error = replacementError(context, oldDevices, newDevices, type, cspcDevices);
            !error.isEmpty())
            return error;
        if (const auto [added, removed] = newToOld(oldDevices, newDevices);
            !added.isEmpty() && !removed.isEmpty())
            replacements->insert(added, removed);
    }
    return QString();
}

} // namespace

QString validateSpecChanges(const Context &context, const QJsonArray &oldPools,
                            const QJsonArray &newPools, QHash<QString, QString> *replacements)
{
    const QSet<QString> cspcDevices = allDevices(oldPools);
    for (const QJsonValue &oldValue : oldPools) {
        const QJsonObject oldPool = oldValue.toObject();
        const QJsonValue selector = oldPool.value(QLatin1String("nodeSelector"));
        for (const QJsonValue &newValue : newPools) {
            const QJsonObject newPool = newValue.toObject();
            if (newPool.value(QLatin1String("nodeSelector")) != selector || newPool == oldPool)
                continue;
            if (QString error = poolError(context, oldPool, newPool, cspcDevices, replacements);
                !error.isEmpty())
                return error;
        }
    }
    return QString();
}

} // namespace Sim::CspcPoolChanges
