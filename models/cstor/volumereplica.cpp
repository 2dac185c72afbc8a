#include "models/cstor/volumereplica.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool VolumeReplica::fromJson(const Json::Value &object, VolumeReplica *out, QString *error)
{
    FieldReader reader(QLatin1String("CStorVolumeReplica"), error);
    VolumeReplica replica;
    Json::Value spec, status, capacity;
    if (!reader.readMeta(object, &replica.meta) ||
        !reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.object(status.value(QLatin1String("capacity")), QLatin1String("status.capacity"),
                       &capacity))
        return false;

    // Links come from labels and annotations, never from the name.
    replica.volume = replica.meta.labels.value(QStringLiteral("cstorvolume.openebs.io/name"));
    replica.pool = replica.meta.labels.value(QStringLiteral("cstorpoolinstance.openebs.io/name"));
    replica.poolUid = replica.meta.labels.value(QStringLiteral("cstorpoolinstance.openebs.io/uid"));
    replica.node =
        replica.meta.annotations.value(QStringLiteral("cstorpoolinstance.openebs.io/hostname"));
    if (replica.meta.labels.value(QStringLiteral("openebs.io/cloned")) == QLatin1String("true")) {
        replica.sourceVolume =
            replica.meta.annotations.value(QStringLiteral("openebs.io/source-volume"));
        replica.sourceSnapshot =
            replica.meta.annotations.value(QStringLiteral("openebs.io/snapshot"));
    }

    if (!reader.string(spec.value(QLatin1String("replicaid")), QLatin1String("spec.replicaid"),
                       &replica.replicaId) ||
        !reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                       &replica.phaseText) ||
        !reader.zfsSize(capacity.value(QLatin1String("used")),
                        QLatin1String("status.capacity.used"), &replica.usedBytes) ||
        !reader.zfsSize(capacity.value(QLatin1String("total")),
                        QLatin1String("status.capacity.total"), &replica.allocatedBytes) ||
        !reader.keys(status.value(QLatin1String("snapshots")), QLatin1String("status.snapshots"),
                     &replica.snapshots) ||
        !reader.keys(status.value(QLatin1String("pendingSnapshots")),
                     QLatin1String("status.pendingSnapshots"), &replica.pendingSnapshots) ||
        !reader.time(status.value(QLatin1String("lastUpdateTime")),
                     QLatin1String("status.lastUpdateTime"), &replica.lastUpdateTime) ||
        !reader.time(status.value(QLatin1String("lastTransitionTime")),
                     QLatin1String("status.lastTransitionTime"), &replica.lastTransitionTime))
        return false;
    // "" is a real phase: the replica was just created and its pool has not seen it yet.
    replica.phase = Phases::replicaPhase(replica.phaseText);
    *out = std::move(replica);
    return true;
}

} // namespace Cstor
