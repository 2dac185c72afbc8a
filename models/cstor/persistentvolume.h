#pragma once

#include "models/cstor/objectmeta.h"
#include "models/json/document.h"

#include <QLatin1String>
#include <QString>

namespace Cstor {

// A core/v1 PersistentVolume, as much as the console reads: the cStor volume it is (a CSI
// volume of cStor's driver, whose volumeHandle is the CStorVolume's name) and the claim bound to
// it (spec.claimRef). Volumes of other drivers are of no interest (isRelevant()); the driver and
// the handle of a volume never change.
struct PersistentVolume
{
    ObjectMeta meta;
    QString volume; // spec.csi.volumeHandle, for cStor's driver only
    QString claimNamespace;
    QString claimName;
    QString phaseText; // status.phase: Bound, Released, Failed, ...

    static constexpr QLatin1String kCsiDriver{"cstor.csi.openebs.io"};

    bool isRelevant() const { return !volume.isEmpty(); }
    static bool fromJson(const Json::Value &object, PersistentVolume *out, QString *error);
};

} // namespace Cstor

Q_DECLARE_TYPEINFO(Cstor::PersistentVolume, Q_RELOCATABLE_TYPE);
