#include "models/sim/upstream/cspcoperations.h"

#include "models/cstor/raidgroups.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <optional>

namespace Sim {

using namespace ObjectFields;
using namespace NdmObjects;

CspcOperations::CspcOperations(ObjectStore *store)
    : m_store(store)
{
}

void CspcOperations::replaceBlockDevice(const QJsonObject &cspc)
{
    const QString ns = metaString(cspc, QStringLiteral("namespace"));
    const QString cspcName = metaString(cspc, QStringLiteral("name"));
    // getCSPIWithNodeName: exactly one CSPI of the CSPC on the node.
    QHash<QString, QList<QJsonObject>> cspisOnNode;
    for (const QJsonObject &candidate : m_store->list(kCspi, ns)) {
        if (label(candidate, kCspcLabel) != cspcName)
            continue;
        QString host =
            child(candidate, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
        if (host.isEmpty())
            host = label(candidate, kHostLabel);
        cspisOnNode[host].append(candidate);
    }
    for (const QJsonValue &value :
         child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray()) {
        const QJsonObject pool = value.toObject();
        const QString node =
            pool.value(QLatin1String("nodeSelector")).toObject().value(kHostLabel).toString();
        const QList<QJsonObject> onNode = cspisOnNode.value(node);
        if (onNode.size() != 1)
            continue;
        const std::optional<QJsonObject> cspi = onNode.first();
        // isPoolSpecBlockDevicesGotReplaced.
        const QStringList wanted = Cstor::RaidGroups::allDevices(pool);
        QJsonObject spec = child(*cspi, QStringLiteral("spec"));
        bool replaced = false;
        for (const QString &name : Cstor::RaidGroups::allDevices(spec))
            replaced = replaced || !wanted.contains(name);
        if (!replaced || !updateExistingCspi(ns, cspcName, pool, spec))
            continue;
        QJsonObject object = *cspi;
        object.insert(QStringLiteral("spec"), spec);
        removeResourceVersion(object);
        m_store->update(kCspi, object);
    }
}

bool CspcOperations::updateExistingCspi(const QString &ns, const QString &cspcName,
                                        const QJsonObject &poolSpec, QJsonObject &cspiSpec) const
{
    QJsonArray cspiGroups = cspiSpec.value(QLatin1String("dataRaidGroups")).toArray();
    bool changed = false;
    for (const QJsonValue &cspcGroup : poolSpec.value(QLatin1String("dataRaidGroups")).toArray()) {
        const QStringList cspcDevices = Cstor::RaidGroups::devices(cspcGroup.toObject());
        // getReplacedCSPIRaidGroup: the CSPI raid group with exactly one block device the CSPC
        // group does not have.
        for (int g = 0; g < cspiGroups.size(); ++g) {
            QJsonObject group = cspiGroups.at(g).toObject();
            const QStringList cspiDevices = Cstor::RaidGroups::devices(group);
            QStringList missing;
            for (const QString &name : cspiDevices) {
                if (!cspcDevices.contains(name))
                    missing.append(name);
            }
            if (missing.size() != 1)
                continue;
            // replaceExistingBlockDevice.
            QString newName;
            for (const QString &name : cspcDevices) {
                if (!cspiDevices.contains(name)) {
                    newName = name;
                    break;
                }
            }
            if (newName.isEmpty() || !bdUsable(ns, cspcName, newName).isEmpty())
                break; // "could not use bd <new> for replacement" (logged upstream)
            QJsonArray devices = group.value(QLatin1String("blockDevices")).toArray();
            for (int d = 0; d < devices.size(); ++d) {
                QJsonObject device = devices.at(d).toObject();
                if (device.value(QLatin1String("blockDeviceName")).toString() == missing.first()) {
                    // Only the name changes; the old devLink stays until the pool-manager
                    // replaces the vdev.
                    device.insert(QStringLiteral("blockDeviceName"), newName);
                    devices.replace(d, device);
                }
            }
            group.insert(QStringLiteral("blockDevices"), devices);
            cspiGroups.replace(g, group);
            changed = true;
            break;
        }
    }
    if (changed)
        cspiSpec.insert(QStringLiteral("dataRaidGroups"), cspiGroups);
    return changed;
}

QString CspcOperations::bdUsable(const QString &ns, const QString &cspcName,
                                 const QString &bdName) const
{
    // isBDUsable -> IsClaimedBDUsable.
    const auto bd = m_store->get(kBd, ns, bdName);
    if (!bd || claimState(*bd) != QLatin1String("Claimed"))
        return QStringLiteral("block device {%1} is not claimed").arg(bdName);
    const QString claimName = child(child(*bd, QStringLiteral("spec")), QStringLiteral("claimRef"))
                                  .value(QLatin1String("name"))
                                  .toString();
    if (claimName.isEmpty())
        return QStringLiteral("nil claim reference found in bd");
    const auto claim = m_store->get(kBdc, ns, claimName);
    if (!claim)
        return QStringLiteral("could not get block device claim for block device {%1}").arg(bdName);
    if (label(*claim, kCspcLabel) != cspcName)
        return QStringLiteral("BD %1 cannot be used as it is already claimed but not by cspc")
            .arg(bdName);
    return QString();
}

} // namespace Sim
