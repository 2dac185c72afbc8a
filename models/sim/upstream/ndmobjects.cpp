#include "models/sim/upstream/ndmobjects.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectbuilders.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim::NdmObjects {

using namespace ObjectFields;

QString byIdLink(const QJsonObject &bd)
{
    for (const QJsonValue &devlink :
         child(bd, QStringLiteral("spec")).value(QLatin1String("devlinks")).toArray()) {
        const QJsonObject links = devlink.toObject();
        if (links.value(QLatin1String("kind")).toString() == QLatin1String("by-id")) {
            const QJsonArray list = links.value(QLatin1String("links")).toArray();
            if (!list.isEmpty())
                return list.first().toString();
        }
    }
    return child(bd, QStringLiteral("spec")).value(QLatin1String("path")).toString();
}

QString defaultByIdLink(const QString &bdName)
{
    QString id = bdName;
    if (id.startsWith(QLatin1String("blockdevice-")))
        id = id.mid(12);
    return QStringLiteral("/dev/disk/by-id/scsi-") + id;
}

qint64 capacityBytes(const QJsonObject &bd)
{
    return qint64(child(child(bd, QStringLiteral("spec")), QStringLiteral("capacity"))
                      .value(QLatin1String("storage"))
                      .toDouble());
}

QString claimState(const QJsonObject &bd)
{
    return child(bd, QStringLiteral("status")).value(QLatin1String("claimState")).toString();
}

std::optional<QJsonObject> claimOf(const ObjectStore *store, const QString &ns,
                                   const QString &bdName)
{
    auto names = [&](const QJsonObject &bdc) {
        return child(bdc, QStringLiteral("spec"))
                   .value(QLatin1String("blockDeviceName"))
                   .toString() == bdName;
    };
    // The claims cStor makes are named after the block device's uid: found without a scan.
    if (const auto bd = store->get(kBd, ns, bdName)) {
        const auto claim = store->get(
            kBdc, ns, QStringLiteral("bdc-cstor-") + metaString(*bd, QStringLiteral("uid")));
        if (claim && names(*claim))
            return claim;
    }
    for (const QJsonObject &bdc : store->list(kBdc, ns)) {
        if (names(bdc))
            return bdc;
    }
    return std::nullopt;
}

QString byteCount(qint64 bytes)
{
    constexpr qint64 unit = 1024;
    if (bytes < unit)
        return QStringLiteral("%1B").arg(bytes);
    qint64 div = unit;
    int index = 0;
    for (qint64 value = bytes / unit; value >= unit; value /= unit) {
        div *= unit;
        ++index;
    }
    return QString::number(bytes / div) + QLatin1Char("KMGTPE"[index]);
}

QJsonObject claimFor(const QJsonObject &bd, const QString &cspcName, const QString &cspcUid,
                     const QString &predecessor)
{
    QJsonObject metadata{
        {QStringLiteral("name"),
         QStringLiteral("bdc-cstor-") + metaString(bd, QStringLiteral("uid"))},
        {QStringLiteral("namespace"), metaString(bd, QStringLiteral("namespace"))},
        {QStringLiteral("labels"), QJsonObject{{kCspcLabel, cspcName}}},
        {QStringLiteral("ownerReferences"),
         QJsonArray{ObjectBuilders::ownerReference(QStringLiteral("CStorPoolCluster"), cspcName,
                                                   cspcUid)}},
        {QStringLiteral("finalizers"), QJsonArray{kCspcFinalizer}},
    };
    if (!predecessor.isEmpty())
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject{{kPredecessorAnnotation, predecessor}});
    return QJsonObject{
        {QStringLiteral("apiVersion"), kNdmApi},
        {QStringLiteral("kind"), QStringLiteral("BlockDeviceClaim")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("blockDeviceName"), metaString(bd, QStringLiteral("name"))},
             {QStringLiteral("blockDeviceNodeAttributes"),
              QJsonObject{{QStringLiteral("hostName"), label(bd, kHostLabel)}}},
             {QStringLiteral("resources"),
              QJsonObject{
                  {QStringLiteral("requests"),
                   QJsonObject{{QStringLiteral("storage"), byteCount(capacityBytes(bd))}}}}},
         }},
    };
}

} // namespace Sim::NdmObjects
