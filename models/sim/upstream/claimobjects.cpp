#include "models/sim/upstream/claimobjects.h"

#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QUuid>

namespace Sim::ClaimObjects {

using namespace ObjectFields;

namespace {

const QString kReadWriteOnce = QStringLiteral("ReadWriteOnce");

// csi-provisioner's identity: `<start time in ms>-<random>-<driver>`, fixed here.
const QString kProvisionerIdentity = QStringLiteral("1764000000000-8081-") + kDriver;

QJsonObject storageOf(const Claim &claim)
{
    return QJsonObject{{QStringLiteral("storage"), claim.storage}};
}

QJsonObject metadata(const QString &name, const QString &uid, const QString &created)
{
    QJsonObject metadata{{QStringLiteral("name"), name}};
    if (!uid.isEmpty())
        metadata.insert(QStringLiteral("uid"), uid);
    if (!created.isEmpty())
        metadata.insert(QStringLiteral("creationTimestamp"), created);
    return metadata;
}

} // namespace

Claim ofVolumeConfig(const QJsonObject &cvc, const QString &ns)
{
    Claim claim;
    claim.ns = ns;
    claim.name = annotation(cvc, kClaimAnnotation);
    claim.volume = metaString(cvc, QStringLiteral("name"));
    claim.storage = child(child(cvc, QStringLiteral("spec")), QStringLiteral("capacity"))
                        .value(QLatin1String("storage"))
                        .toString();
    claim.storageClass = QStringLiteral("cstor-csi-") + label(cvc, kCspcLabel);
    const QUuid uid(QStringView(claim.volume).mid(4));
    if (claim.volume.startsWith(QLatin1String("pvc-")) && !uid.isNull())
        claim.uid = uid.toString(QUuid::WithoutBraces);
    claim.created = metaString(cvc, QStringLiteral("creationTimestamp"));
    return claim;
}

Claim ofClaimObject(const QJsonObject &pvc)
{
    const QJsonObject spec = child(pvc, QStringLiteral("spec"));
    Claim claim;
    claim.ns = metaString(pvc, QStringLiteral("namespace"));
    claim.name = metaString(pvc, QStringLiteral("name"));
    claim.volume = spec.value(QLatin1String("volumeName")).toString();
    claim.storage = child(child(spec, QStringLiteral("resources")), QStringLiteral("requests"))
                        .value(QLatin1String("storage"))
                        .toString();
    claim.storageClass = spec.value(QLatin1String("storageClassName")).toString();
    claim.uid = metaString(pvc, QStringLiteral("uid"));
    claim.resourceVersion = metaString(pvc, QStringLiteral("resourceVersion"));
    claim.created = metaString(pvc, QStringLiteral("creationTimestamp"));
    return claim;
}

QJsonObject claimObject(const Claim &claim)
{
    QJsonObject meta = metadata(claim.name, claim.uid, claim.created);
    meta.insert(QStringLiteral("namespace"), claim.ns);
    meta.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("pv.kubernetes.io/bind-completed"), QStringLiteral("yes")},
                    {QStringLiteral("pv.kubernetes.io/bound-by-controller"), QStringLiteral("yes")},
                    {QStringLiteral("volume.beta.kubernetes.io/storage-provisioner"), kDriver},
                    {QStringLiteral("volume.kubernetes.io/storage-provisioner"), kDriver}});
    meta.insert(QStringLiteral("finalizers"),
                QJsonArray{QStringLiteral("kubernetes.io/pvc-protection")});
    const QJsonArray modes{kReadWriteOnce};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim")},
        {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("accessModes"), modes},
                     {QStringLiteral("resources"),
                      QJsonObject{{QStringLiteral("requests"), storageOf(claim)}}},
                     {QStringLiteral("storageClassName"), claim.storageClass},
                     {QStringLiteral("volumeMode"), QStringLiteral("Filesystem")},
                     {QStringLiteral("volumeName"), claim.volume}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Bound")},
                                               {QStringLiteral("accessModes"), modes},
                                               {QStringLiteral("capacity"), storageOf(claim)}}},
    };
}

QJsonObject volumeObject(const Claim &claim, const QString &now)
{
    QJsonObject meta = metadata(claim.volume, volumeUid(claim.volume), claim.created);
    meta.insert(QStringLiteral("annotations"),
                QJsonObject{{QStringLiteral("pv.kubernetes.io/provisioned-by"), kDriver}});
    meta.insert(QStringLiteral("finalizers"),
                QJsonArray{QStringLiteral("kubernetes.io/pv-protection")});
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("PersistentVolume")},
        {QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("accessModes"), QJsonArray{kReadWriteOnce}},
             {QStringLiteral("capacity"), storageOf(claim)},
             {QStringLiteral("claimRef"),
              QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                          {QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim")},
                          {QStringLiteral("namespace"), claim.ns},
                          {QStringLiteral("name"), claim.name},
                          {QStringLiteral("uid"), claim.uid},
                          {QStringLiteral("resourceVersion"), claim.resourceVersion}}},
             {QStringLiteral("csi"),
              QJsonObject{
                  {QStringLiteral("driver"), kDriver},
                  {QStringLiteral("fsType"), QStringLiteral("ext4")},
                  {QStringLiteral("volumeAttributes"),
                   QJsonObject{{QStringLiteral("openebs.io/cas-type"), QStringLiteral("cstor")},
                               {QStringLiteral("storage.kubernetes.io/csiProvisionerIdentity"),
                                kProvisionerIdentity}}},
                  {QStringLiteral("volumeHandle"), claim.volume}}},
             {QStringLiteral("persistentVolumeReclaimPolicy"), QStringLiteral("Delete")},
             {QStringLiteral("storageClassName"), claim.storageClass},
             {QStringLiteral("volumeMode"), QStringLiteral("Filesystem")},
         }},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Bound")},
                                               {QStringLiteral("lastPhaseTransitionTime"), now}}},
    };
}

QString volumeUid(const QString &volume)
{
    static const QUuid space(QStringLiteral("6c1c7a8e-2f0b-4c1e-9a57-3d5e2b7f4a10"));
    return QUuid::createUuidV5(space, volume).toString(QUuid::WithoutBraces);
}

} // namespace Sim::ClaimObjects
