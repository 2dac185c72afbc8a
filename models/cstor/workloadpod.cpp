#include "models/cstor/workloadpod.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

QString WorkloadPod::stateText() const
{
    return meta.deletionTimestamp.isValid() ? QStringLiteral("Terminating") : phaseText;
}

bool WorkloadPod::fromJson(const Json::Value &object, WorkloadPod *out, QString *error)
{
    FieldReader reader(QLatin1String("Pod"), error);
    WorkloadPod pod;
    Json::Value spec, volumes, status, conditions;
    if (!reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.array(spec.value(QLatin1String("volumes")), QLatin1String("spec.volumes"),
                      &volumes))
        return false;
    for (const Json::Value volume : volumes) {
        const Json::Value claim = volume.value(QLatin1String("persistentVolumeClaim"));
        QString name;
        if (!reader.string(claim.value(QLatin1String("claimName")),
                           QLatin1String("spec.volumes[].persistentVolumeClaim.claimName"), &name))
            return false;
        if (!name.isEmpty())
            pod.claims.append(name);
    }
    // Only what is kept is read further: most pods of a cluster mount no claim.
    if (pod.claims.isEmpty()) {
        *out = std::move(pod);
        return true;
    }
    if (!reader.readMeta(object, &pod.meta) ||
        !reader.string(spec.value(QLatin1String("nodeName")), QLatin1String("spec.nodeName"),
                       &pod.node) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                       &pod.phaseText) ||
        !reader.array(status.value(QLatin1String("conditions")), QLatin1String("status.conditions"),
                      &conditions))
        return false;
    for (const Json::Value condition : conditions) {
        if (condition.value(QLatin1String("type")).equals(QLatin1String("Ready")))
            pod.ready = condition.value(QLatin1String("status")).equals(QLatin1String("True"));
    }
    *out = std::move(pod);
    return true;
}

} // namespace Cstor
