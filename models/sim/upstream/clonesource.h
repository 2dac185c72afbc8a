#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

// What a clone volume's objects carry of its source (CO volume_operations.go createCVR and
// getOrCreateCStorVolumeResource, from the CVC's spec.cstorVolumeSource "<volume>@<snapshot>").
class CloneSource
{
public:
    // A CVR of a clone volume: label openebs.io/cloned "true", annotations
    // openebs.io/source-volume and openebs.io/snapshot. Other volumes' CVRs are left alone.
    static void markReplica(const QJsonObject &cvc, QJsonObject &cvr);
    // getSrcDetails's volume of a clone's CVC; empty for a volume that is not a clone.
    static QString sourceVolume(const QJsonObject &cvc);
    // A clone's CV: label openebs.io/source-volume (getOrCreateCStorVolumeResource).
    static void markVolume(const QJsonObject &cvc, QJsonObject &cv);
};

} // namespace Sim
