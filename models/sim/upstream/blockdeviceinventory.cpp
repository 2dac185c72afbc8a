#include "models/sim/upstream/blockdeviceinventory.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/cspicontroller.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/uzfs.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>

namespace Sim {

using namespace ObjectFields;
using namespace NdmObjects;

namespace {

const QString kCspcFinalizerName = QStringLiteral("cstorpoolcluster.openebs.io/finalizer");

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex();
}

// A version 4 style UUID from a digest (deterministic, no randomness drawn).
QString uidFrom(const QString &text)
{
    const QString hex = QString::fromLatin1(digest(QStringLiteral("uid/") + text));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) +
           QStringLiteral("-a") + hex.mid(17, 3) + QLatin1Char('-') + hex.mid(20, 12);
}

// The share of a raid group's disks that holds data (zpool: a mirror is one disk wide, raidz
// loses one disk to parity, raidz2 two).
int dataDisks(const QString &type, int disks)
{
    if (type == QLatin1String("mirror"))
        return 1;
    if (type == QLatin1String("raidz"))
        return std::max(1, disks - 1);
    if (type == QLatin1String("raidz2"))
        return std::max(1, disks - 2);
    return disks;
}

// A disk as sold: the whole number of GB or GiB nearest to what the pool's size implies (the
// CSPI's capacity went through ZFS's binary units and quantities on its way).
qint64 diskSize(double bytes)
{
    const double gb = 1e9;
    const double gib = double(1LL << 30);
    if (bytes < gb)
        return std::max<qint64>(1LL << 20, std::llround(bytes / double(1 << 20)) * (1LL << 20));
    const double decimal = std::round(bytes / gb) * gb;
    const double binary = std::round(bytes / gib) * gib;
    return qint64(std::abs(decimal - bytes) < std::abs(binary - bytes) ? decimal : binary);
}

struct Disk
{
    QString name;
    QString node;
    QString devLink;
    QString created;
    qint64 bytes = 0;
    QString cspc; // empty: a spare
    QString cspcUid;
};

QJsonObject blockDevice(const QString &ns, const Disk &disk, const QString &path,
                        const QString &claimName, const QString &claimUid)
{
    const QString serial = QString::fromLatin1(digest(disk.name).left(20));
    QJsonObject metadata{
        {QStringLiteral("name"), disk.name},
        {QStringLiteral("namespace"), ns},
        {QStringLiteral("uid"), uidFrom(disk.name)},
        {QStringLiteral("labels"),
         QJsonObject{{kHostLabel, disk.node},
                     {QStringLiteral("ndm.io/blockdevice-type"), QStringLiteral("blockdevice")},
                     {QStringLiteral("ndm.io/managed"), QStringLiteral("true")},
                     {QStringLiteral("nodename"), disk.node}}},
    };
    if (!disk.created.isEmpty())
        metadata.insert(QStringLiteral("creationTimestamp"), disk.created);
    QJsonObject spec{
        {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("storage"), disk.bytes},
                                                 {QStringLiteral("logicalSectorSize"), 512},
                                                 {QStringLiteral("physicalSectorSize"), 512}}},
        {QStringLiteral("details"),
         QJsonObject{{QStringLiteral("deviceType"), QStringLiteral("disk")},
                     {QStringLiteral("driveType"), QStringLiteral("SSD")},
                     {QStringLiteral("model"), QStringLiteral("QEMU_HARDDISK")},
                     {QStringLiteral("serial"), serial},
                     {QStringLiteral("vendor"), QStringLiteral("QEMU")}}},
        {QStringLiteral("devlinks"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("by-id")},
                                {QStringLiteral("links"), QJsonArray{disk.devLink}}},
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("by-path")},
                                {QStringLiteral("links"),
                                 QJsonArray{QStringLiteral("/dev/disk/by-path/pci-0000:00:05.0-"
                                                           "scsi-0:0:0:%1")
                                                .arg(path.back().unicode() - 'a')}}}}},
        {QStringLiteral("filesystem"), QJsonObject()},
        {QStringLiteral("nodeAttributes"), QJsonObject{{QStringLiteral("nodeName"), disk.node}}},
        {QStringLiteral("partitioned"), QStringLiteral("No")},
        {QStringLiteral("path"), path},
    };
    QString state = QStringLiteral("Unclaimed");
    if (!claimName.isEmpty()) {
        // NDM claimBlockDevice: the claim's reference, Claimed, and bd-protection.
        state = QStringLiteral("Claimed");
        metadata.insert(QStringLiteral("finalizers"), QJsonArray{kBdProtection});
        spec.insert(QStringLiteral("claimRef"),
                    QJsonObject{{QStringLiteral("apiVersion"), kNdmApi},
                                {QStringLiteral("kind"), QStringLiteral("BlockDeviceClaim")},
                                {QStringLiteral("name"), claimName},
                                {QStringLiteral("namespace"), ns},
                                {QStringLiteral("uid"), claimUid}});
    }
    return QJsonObject{
        {QStringLiteral("apiVersion"), kNdmApi},
        {QStringLiteral("kind"), QStringLiteral("BlockDevice")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("claimState"), state},
                     {QStringLiteral("state"), QStringLiteral("Active")}}},
    };
}

} // namespace

BlockDeviceInventory::BlockDeviceInventory(ObjectStore *store)
    : m_store(store)
{
}

int BlockDeviceInventory::discover()
{
    if (m_store->count(kBd) > 0)
        return 0;
    // The CSPIs by CSPC and node, for their sizes and devLinks.
    QHash<QString, QJsonObject> cspis;
    for (const QJsonObject &cspi : m_store->list(kCspi)) {
        QString node =
            child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
        if (node.isEmpty())
            node = label(cspi, kHostLabel);
        cspis.insert(label(cspi, kCspcLabel) + QLatin1Char('/') + node, cspi);
    }
    QList<Disk> disks;
    QHash<QString, QString> nsOfNode;
    QHash<QString, qint64> diskBytesOfNode;
    QSet<QString> taken;
    for (const QJsonObject &cspc : m_store->list(kCspc)) {
        const QString cspcName = metaString(cspc, QStringLiteral("name"));
        const QString ns = metaString(cspc, QStringLiteral("namespace"));
        for (const QJsonValue &value :
             child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray()) {
            const QJsonObject pool = value.toObject();
            const QString node =
                pool.value(QLatin1String("nodeSelector")).toObject().value(kHostLabel).toString();
            const QJsonObject cspi = cspis.value(cspcName + QLatin1Char('/') + node);
            const QString type = pool.value(QLatin1String("poolConfig"))
                                     .toObject()
                                     .value(QLatin1String("dataRaidGroupType"))
                                     .toString();
            QHash<QString, QString> devLinks;
            for (const QJsonValue &group : child(cspi, QStringLiteral("spec"))
                                               .value(QLatin1String("dataRaidGroups"))
                                               .toArray()) {
                for (const QJsonValue &device :
                     group.toObject().value(QLatin1String("blockDevices")).toArray())
                    devLinks.insert(
                        device.toObject().value(QLatin1String("blockDeviceName")).toString(),
                        device.toObject().value(QLatin1String("devLink")).toString());
            }
            int data = 0;
            const QJsonArray groups = pool.value(QLatin1String("dataRaidGroups")).toArray();
            for (const QJsonValue &group : groups)
                data += dataDisks(type, int(Cstor::RaidGroups::devices(group.toObject()).size()));
            // zpool makes 96.3 % of the disks' data share usable (a 10G disk: a 9.63G pool).
            const double poolBytes = CspiController::poolOf(cspi).sizeBytes;
            const qint64 bytes = diskSize(poolBytes / 0.963 / std::max(1, data));
            for (const QJsonValue &group : groups) {
                for (const QString &name : Cstor::RaidGroups::devices(group.toObject())) {
                    if (name.isEmpty() || taken.contains(name))
                        continue;
                    taken.insert(name);
                    Disk disk;
                    disk.name = name;
                    disk.node = node;
                    disk.devLink = devLinks.value(name);
                    if (disk.devLink.isEmpty())
                        disk.devLink = defaultByIdLink(name);
                    disk.created = metaString(cspc, QStringLiteral("creationTimestamp"));
                    disk.bytes = bytes;
                    disk.cspc = cspcName;
                    disk.cspcUid = metaString(cspc, QStringLiteral("uid"));
                    disks.append(disk);
                    nsOfNode.insert(node, ns);
                    if (!diskBytesOfNode.contains(node))
                        diskBytesOfNode.insert(node, bytes);
                }
            }
        }
    }
    // One spare disk per node, as big as the node's pool disks (10Gi where it has none).
    QMap<QString, QString> nodes; // name -> creationTimestamp
    for (const QJsonObject &nodeObject : m_store->list(QStringLiteral("nodes")))
        nodes.insert(metaString(nodeObject, QStringLiteral("name")),
                     metaString(nodeObject, QStringLiteral("creationTimestamp")));
    for (const Disk &disk : std::as_const(disks)) {
        if (!nodes.contains(disk.node))
            nodes.insert(disk.node, disk.created);
    }
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        Disk disk;
        disk.name = QStringLiteral("blockdevice-") +
                    QString::fromLatin1(digest(QStringLiteral("spare/") + it.key()));
        disk.node = it.key();
        disk.devLink = defaultByIdLink(disk.name);
        disk.created = it.value();
        disk.bytes = diskBytesOfNode.value(disk.node, 10LL << 30);
        disks.append(disk);
    }
    QHash<QString, int> disksOnNode;
    for (const Disk &disk : std::as_const(disks)) {
        const QString ns = nsOfNode.value(disk.node, QStringLiteral("openebs"));
        const int index = disksOnNode[disk.node]++;
        const QString path = QStringLiteral("/dev/sd") + QChar(u'b' + std::min(index, 24));
        if (disk.cspc.isEmpty()) {
            m_store->create(kBd, blockDevice(ns, disk, path, QString(), QString()));
            continue;
        }
        // The claim the CSPC operator made and NDM bound (algorithm ClaimBD, NDM
        // claimDeviceForBlockDeviceClaim).
        QJsonObject bd = blockDevice(ns, disk, path, QString(), QString());
        QJsonObject claim = claimFor(bd, disk.cspc, disk.cspcUid, QString());
        const QString claimName = metaString(claim, QStringLiteral("name"));
        const QString claimUid = uidFrom(claimName);
        QJsonObject metadata = child(claim, QStringLiteral("metadata"));
        metadata.insert(QStringLiteral("uid"), claimUid);
        if (!disk.created.isEmpty())
            metadata.insert(QStringLiteral("creationTimestamp"), disk.created);
        metadata.insert(QStringLiteral("finalizers"),
                        QJsonArray{kCspcFinalizerName, kBdcProtection});
        claim.insert(QStringLiteral("metadata"), metadata);
        claim.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("phase"), QStringLiteral("Bound")}});
        m_store->create(kBd, blockDevice(ns, disk, path, claimName, claimUid));
        m_store->create(kBdc, claim);
    }
    return int(disks.size());
}

} // namespace Sim
