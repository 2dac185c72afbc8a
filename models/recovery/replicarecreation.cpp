#include "models/recovery/replicarecreation.h"

#include "models/json/fields.h"

#include <QJsonArray>

namespace Recovery {

namespace {

using Json::child;
using Json::text;

const QString kPoolName = QStringLiteral("cstorpoolinstance.openebs.io/name");
const QString kPoolUid = QStringLiteral("cstorpoolinstance.openebs.io/uid");
const QString kPoolHost = QStringLiteral("cstorpoolinstance.openebs.io/hostname");
const QString kVolumeLabel = QStringLiteral("cstorvolume.openebs.io/name");

} // namespace

QJsonObject ReplicaRecreation::replica(const QJsonObject &sibling, const QJsonObject &cspi,
                                       const QString &replicaId, QString *error)
{
    const QJsonObject siblingMeta = child(sibling, "metadata");
    const QJsonObject poolMeta = child(cspi, "metadata");
    const QString volume = child(siblingMeta, "labels").value(kVolumeLabel).toString();
    const QString pool = text(poolMeta, "name");
    const QString poolUid = text(poolMeta, "uid");
    const QString host = text(child(cspi, "spec"), "hostName");
    if (volume.isEmpty() || !siblingMeta.contains(QLatin1String("ownerReferences"))) {
        *error =
            tr("replica %1 has no volume label or owner to copy").arg(text(siblingMeta, "name"));
        return {};
    }
    if (pool.isEmpty() || poolUid.isEmpty() || host.isEmpty()) {
        *error = tr("the CStorPoolInstance %1 has no name, uid or host name").arg(pool);
        return {};
    }
    QJsonObject labels = child(siblingMeta, "labels");
    labels.insert(kPoolName, pool);
    labels.insert(kPoolUid, poolUid);
    QJsonObject annotations = child(siblingMeta, "annotations");
    annotations.insert(kPoolHost, host);
    QJsonObject meta{
        {QStringLiteral("name"), volume + QLatin1Char('-') + pool},
        {QStringLiteral("namespace"), text(siblingMeta, "namespace")},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("ownerReferences"), siblingMeta.value(QLatin1String("ownerReferences"))}};
    if (siblingMeta.contains(QLatin1String("finalizers")))
        meta.insert(QStringLiteral("finalizers"), siblingMeta.value(QLatin1String("finalizers")));
    QJsonObject spec = child(sibling, "spec");
    spec.insert(QStringLiteral("replicaid"), replicaId);
    QJsonObject replica{{QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
                        {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
                        {QStringLiteral("metadata"), meta},
                        {QStringLiteral("spec"), spec},
                        {QStringLiteral("status"),
                         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Recreate")}}}};
    if (sibling.contains(QLatin1String("versionDetails")))
        replica.insert(QStringLiteral("versionDetails"),
                       sibling.value(QLatin1String("versionDetails")));
    return replica;
}

} // namespace Recovery
