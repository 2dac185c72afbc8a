#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim::ClaimObjects {

inline const QString kVolumes = QStringLiteral("persistentvolumes");
inline const QString kClaims = QStringLiteral("persistentvolumeclaims");
inline const QString kDriver = QStringLiteral("cstor.csi.openebs.io");
inline const QString kClaimAnnotation = QStringLiteral("openebs.io/persistent-volume-claim");

// What a cStor volume's PersistentVolume and PersistentVolumeClaim say about each other.
struct Claim
{
    QString ns;
    QString name;
    QString volume;       // the PV's name, the CVC's and the CV's
    QString storage;      // "5Gi"
    QString storageClass; // "cstor-csi-<cspc>"
    QString uid;          // of the claim; empty: the store makes one
    QString resourceVersion;
    QString created; // creationTimestamp of both; empty: now
};

// The claim a CVC names (annotation openebs.io/persistent-volume-claim, empty when it has
// none) in `ns`: its size, and a storage class named after the CVC's pool cluster. The claim's
// uid is the one csi-provisioner named the volume after (`pvc-<claim uid>`).
Claim ofVolumeConfig(const QJsonObject &cvc, const QString &ns);
// The claim as a stored PVC holds it.
Claim ofClaimObject(const QJsonObject &pvc);

// A PVC bound by the PV controller: ReadWriteOnce, Filesystem, the requested size,
// bind-completed and bound-by-controller, the storage-provisioner annotations (GA and beta),
// the pvc-protection finalizer, status Bound with the volume's capacity and access modes.
QJsonObject claimObject(const Claim &claim);
// The PV csi-provisioner creates for cstor-csi's CreateVolume (spec.csi: the driver, the
// volume handle, ext4, the provisioner identity; reclaim policy Delete; provisioned-by), bound
// by the PV controller to the claim (claimRef with its uid and resourceVersion, status Bound),
// with the pv-protection finalizer.
QJsonObject volumeObject(const Claim &claim, const QString &now);
// The PV's uid, derived from its name so that a seed gives the same cluster.
QString volumeUid(const QString &volume);

} // namespace Sim::ClaimObjects
