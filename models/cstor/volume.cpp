#include "models/cstor/volume.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool Volume::fromJson(const Json::Value &object, Volume *out, QString *error)
{
    FieldReader reader(QLatin1String("CStorVolume"), error);
    Volume volume;
    Json::Value spec, replicaDetails, status;
    Json::Value replicaStatuses;
    if (!reader.readMeta(object, &volume.meta) ||
        !reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.object(spec.value(QLatin1String("replicaDetails")),
                       QLatin1String("spec.replicaDetails"), &replicaDetails) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.array(status.value(QLatin1String("replicaStatuses")),
                      QLatin1String("status.replicaStatuses"), &replicaStatuses))
        return false;

    if (!reader.integer(spec.value(QLatin1String("replicationFactor")),
                        QLatin1String("spec.replicationFactor"), &volume.replicationFactor) ||
        !reader.integer(spec.value(QLatin1String("consistencyFactor")),
                        QLatin1String("spec.consistencyFactor"), &volume.consistencyFactor) ||
        !reader.integer(spec.value(QLatin1String("desiredReplicationFactor")),
                        QLatin1String("spec.desiredReplicationFactor"),
                        &volume.desiredReplicationFactor) ||
        !reader.stringMap(replicaDetails.value(QLatin1String("knownReplicas")),
                          QLatin1String("spec.replicaDetails.knownReplicas"),
                          &volume.knownReplicas) ||
        !reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                       &volume.phaseText) ||
        !reader.quantity(status.value(QLatin1String("capacity")), QLatin1String("status.capacity"),
                         &volume.capacityBytes) ||
        !reader.time(status.value(QLatin1String("lastUpdateTime")),
                     QLatin1String("status.lastUpdateTime"), &volume.lastUpdateTime))
        return false;

    // Entries come from istgt, which writes its numbers as strings ("quorum": "1").
    qsizetype i = 0;
    for (const Json::Value item : replicaStatuses) {
        const QString path = QStringLiteral("status.replicaStatuses[%1]").arg(i++);
        Json::Value entry;
        ReplicaStatus replicaStatus;
        if (!reader.object(item, path, &entry))
            return false;
        const Json::Value id = entry.value(QLatin1String("replicaId"));
        if (id.isDouble()) {
            // A GUID written as a JSON number; keep its decimal digits.
            qint64 number = 0;
            if (!reader.integer64(id, path + QLatin1String(".replicaId"), &number))
                return false;
            replicaStatus.replicaId = QString::number(number);
        } else if (!reader.string(id, path + QLatin1String(".replicaId"),
                                  &replicaStatus.replicaId)) {
            return false;
        }
        if (!reader.string(entry.value(QLatin1String("mode")), path + QLatin1String(".mode"),
                           &replicaStatus.mode) ||
            !reader.boolean(entry.value(QLatin1String("quorum")), path + QLatin1String(".quorum"),
                            &replicaStatus.quorum, true))
            return false;
        volume.replicaStatuses.append(replicaStatus);
    }
    volume.phase = Phases::volumePhase(volume.phaseText);
    *out = std::move(volume);
    return true;
}

} // namespace Cstor
