#include "models/sim/apiserver/storageprinters.h"

#include "models/sim/apiserver/tablerenderer.h"

#include <QStringList>

namespace Sim::StoragePrinters {

namespace {

const QString kString = QStringLiteral("string");

QJsonObject tableColumn(const QString &name, const QString &description, int priority = 0,
                        const QString &format = QString())
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), kString},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("priority"), priority}};
}

bool isVolumes(const ResourceInfo &r)
{
    return r.group.isEmpty() && r.plural == QLatin1String("persistentvolumes");
}

bool isClaims(const ResourceInfo &r)
{
    return r.group.isEmpty() && r.plural == QLatin1String("persistentvolumeclaims");
}

QJsonObject part(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

// helper.GetAccessModesAsString: the short forms in a fixed order, whatever the list's order.
QString accessModes(const QJsonArray &modes)
{
    static const QList<std::pair<QString, QString>> shortForms{
        {QStringLiteral("ReadWriteOnce"), QStringLiteral("RWO")},
        {QStringLiteral("ReadOnlyMany"), QStringLiteral("ROX")},
        {QStringLiteral("ReadWriteMany"), QStringLiteral("RWX")},
        {QStringLiteral("ReadWriteOncePod"), QStringLiteral("RWOP")}};
    QStringList result;
    for (const auto &[mode, shortForm] : shortForms) {
        if (modes.contains(mode))
            result << shortForm;
    }
    return result.join(QLatin1Char(','));
}

// The storage quantity as resource.Quantity prints it; a missing one is the zero quantity.
QString storage(const QJsonObject &resources)
{
    const QString value = resources.value(QLatin1String("storage")).toString();
    return value.isEmpty() ? QStringLiteral("0") : value;
}

// helper.GetPersistentVolumeClass / GetPersistentVolumeClaimClass: the beta annotation wins.
QString storageClass(const QJsonObject &object)
{
    const QString beta =
        part(part(object, QStringLiteral("metadata")), QStringLiteral("annotations"))
            .value(QLatin1String("volume.beta.kubernetes.io/storage-class"))
            .toString();
    return beta.isEmpty() ? part(object, QStringLiteral("spec"))
                                .value(QLatin1String("storageClassName"))
                                .toString()
                          : beta;
}

QString unsetOr(const QJsonObject &spec, const char *key)
{
    const QJsonValue value = spec.value(QLatin1String(key));
    return value.isString() ? value.toString() : QStringLiteral("<unset>");
}

QString phase(const QJsonObject &object)
{
    if (part(object, QStringLiteral("metadata")).contains(QLatin1String("deletionTimestamp")))
        return QStringLiteral("Terminating");
    return part(object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
}

QJsonArray volumeCells(const QJsonObject &pv, const QString &age)
{
    const QJsonObject spec = part(pv, QStringLiteral("spec"));
    const QJsonObject claimRef = part(spec, QStringLiteral("claimRef"));
    const QString claim = spec.contains(QLatin1String("claimRef"))
                              ? claimRef.value(QLatin1String("namespace")).toString() +
                                    QLatin1Char('/') +
                                    claimRef.value(QLatin1String("name")).toString()
                              : QString();
    return QJsonArray{part(pv, QStringLiteral("metadata")).value(QLatin1String("name")).toString(),
                      storage(part(spec, QStringLiteral("capacity"))),
                      accessModes(spec.value(QLatin1String("accessModes")).toArray()),
                      spec.value(QLatin1String("persistentVolumeReclaimPolicy")).toString(),
                      phase(pv),
                      claim,
                      storageClass(pv),
                      unsetOr(spec, "volumeAttributesClassName"),
                      part(pv, QStringLiteral("status")).value(QLatin1String("reason")).toString(),
                      age,
                      unsetOr(spec, "volumeMode")};
}

// Capacity and access modes are the bound volume's, shown only once the claim names one.
QJsonArray claimCells(const QJsonObject &pvc, const QString &age)
{
    const QJsonObject spec = part(pvc, QStringLiteral("spec"));
    const QJsonObject status = part(pvc, QStringLiteral("status"));
    const QString volume = spec.value(QLatin1String("volumeName")).toString();
    return QJsonArray{
        part(pvc, QStringLiteral("metadata")).value(QLatin1String("name")).toString(),
        phase(pvc),
        volume,
        volume.isEmpty() ? QString() : storage(part(status, QStringLiteral("capacity"))),
        volume.isEmpty() ? QString()
                         : accessModes(status.value(QLatin1String("accessModes")).toArray()),
        storageClass(pvc),
        unsetOr(spec, "volumeAttributesClassName"),
        age,
        unsetOr(spec, "volumeMode")};
}

} // namespace

std::optional<QJsonArray> columns(const ResourceInfo &r)
{
    const QJsonObject name = tableColumn(QStringLiteral("Name"), TableRenderer::nameDescription(),
                                         0, QStringLiteral("name"));
    const QJsonObject age =
        tableColumn(QStringLiteral("Age"), TableRenderer::creationTimestampDescription());
    const QString accessDoc = QStringLiteral("accessModes contains all ways the volume can be "
                                             "mounted. More info: https://kubernetes.io/docs/"
                                             "concepts/storage/persistent-volumes#access-modes");
    if (isVolumes(r))
        return QJsonArray{
            name,
            tableColumn(QStringLiteral("Capacity"),
                        QStringLiteral("capacity is the description of the persistent volume's "
                                       "resources and capacity. More info: https://kubernetes.io/"
                                       "docs/concepts/storage/persistent-volumes#capacity")),
            tableColumn(QStringLiteral("Access Modes"), accessDoc),
            tableColumn(
                QStringLiteral("Reclaim Policy"),
                QStringLiteral("persistentVolumeReclaimPolicy defines what happens to a persistent "
                               "volume when released from its claim. Valid options are Retain "
                               "(default for manually created PersistentVolumes), Delete (default "
                               "for dynamically provisioned PersistentVolumes), and Recycle "
                               "(deprecated). Recycle must be supported by the volume plugin "
                               "underlying this PersistentVolume. More info: "
                               "https://kubernetes.io/docs/concepts/storage/"
                               "persistent-volumes#reclaiming")),
            tableColumn(QStringLiteral("Status"),
                        QStringLiteral("phase indicates if a volume is available, bound to a "
                                       "claim, or released by a claim. More info: "
                                       "https://kubernetes.io/docs/concepts/storage/"
                                       "persistent-volumes#phase")),
            tableColumn(
                QStringLiteral("Claim"),
                QStringLiteral("claimRef is part of a bi-directional binding between "
                               "PersistentVolume and PersistentVolumeClaim. Expected to be non-nil "
                               "when bound. claim.VolumeName is the authoritative bind between PV "
                               "and PVC. More info: https://kubernetes.io/docs/concepts/storage/"
                               "persistent-volumes#binding")),
            tableColumn(QStringLiteral("StorageClass"), QStringLiteral("StorageClass of the pv")),
            tableColumn(QStringLiteral("VolumeAttributesClass"),
                        QStringLiteral("VolumeAttributesClass of the pv")),
            tableColumn(QStringLiteral("Reason"),
                        QStringLiteral("reason is a brief CamelCase string that describes any "
                                       "failure and is meant for machine parsing and tidy display "
                                       "in the CLI.")),
            age,
            tableColumn(QStringLiteral("VolumeMode"),
                        QStringLiteral("volumeMode defines if a volume is intended to be used "
                                       "with a formatted filesystem or to remain in raw block "
                                       "state. Value of Filesystem is implied when not included "
                                       "in spec."),
                        1)};
    if (isClaims(r))
        return QJsonArray{
            name,
            tableColumn(QStringLiteral("Status"),
                        QStringLiteral("phase represents the current phase of "
                                       "PersistentVolumeClaim.")),
            tableColumn(QStringLiteral("Volume"),
                        QStringLiteral("volumeName is the binding reference to the "
                                       "PersistentVolume backing this claim.")),
            tableColumn(QStringLiteral("Capacity"),
                        QStringLiteral("capacity represents the actual resources of the "
                                       "underlying volume.")),
            tableColumn(QStringLiteral("Access Modes"),
                        QStringLiteral("accessModes contains the actual access modes the volume "
                                       "backing the PVC has. More info: https://kubernetes.io/"
                                       "docs/concepts/storage/persistent-volumes#access-modes-1")),
            tableColumn(QStringLiteral("StorageClass"), QStringLiteral("StorageClass of the pvc")),
            tableColumn(QStringLiteral("VolumeAttributesClass"),
                        QStringLiteral("VolumeAttributesClass of the pvc")),
            age,
            tableColumn(QStringLiteral("VolumeMode"),
                        QStringLiteral("volumeMode defines what type of volume is required by "
                                       "the claim. Value of Filesystem is implied when not "
                                       "included in claim spec."),
                        1)};
    return std::nullopt;
}

std::optional<QJsonArray> cells(const ResourceInfo &r, const QJsonObject &object,
                                const QString &age)
{
    if (isVolumes(r))
        return volumeCells(object, age);
    if (isClaims(r))
        return claimCells(object, age);
    return std::nullopt;
}

} // namespace Sim::StoragePrinters
