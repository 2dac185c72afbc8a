#include "models/cstor/persistentvolume.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool PersistentVolume::fromJson(const Json::Value &object, PersistentVolume *out, QString *error)
{
    FieldReader reader(QLatin1String("PersistentVolume"), error);
    PersistentVolume pv;
    Json::Value spec, csi, claimRef, status;
    QString driver;
    if (!reader.readMeta(object, &pv.meta) ||
        !reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.object(spec.value(QLatin1String("csi")), QLatin1String("spec.csi"), &csi) ||
        !reader.string(csi.value(QLatin1String("driver")), QLatin1String("spec.csi.driver"),
                       &driver))
        return false;
    if (driver == kCsiDriver &&
        (!reader.string(csi.value(QLatin1String("volumeHandle")),
                        QLatin1String("spec.csi.volumeHandle"), &pv.volume) ||
         !reader.object(spec.value(QLatin1String("claimRef")), QLatin1String("spec.claimRef"),
                        &claimRef) ||
         !reader.string(claimRef.value(QLatin1String("namespace")),
                        QLatin1String("spec.claimRef.namespace"), &pv.claimNamespace) ||
         !reader.string(claimRef.value(QLatin1String("name")), QLatin1String("spec.claimRef.name"),
                        &pv.claimName) ||
         !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
         !reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                        &pv.phaseText)))
        return false;
    *out = std::move(pv);
    return true;
}

} // namespace Cstor
