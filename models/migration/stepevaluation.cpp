#include "models/migration/stepevaluation.h"

#include "models/planning/replicahealth.h"

#include <QCoreApplication>

namespace Migration {

StepVerdict StepEvaluation::rebuilding(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    using Next = StepVerdict::Next;
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(move.volume);
    if (!cvc) {
        return {Next::Fail,
                QCoreApplication::translate("Migration::MigrationEngine",
                                            "the volume %1 disappeared from the cluster")
                    .arg(move.volume)};
    }
    if (!cvc->specPools.contains(move.targetPool)) {
        return {Next::Fail, QCoreApplication::translate(
                                "Migration::MigrationEngine",
                                "someone else removed %1 from the volume's pools; the source "
                                "replica on %2 was kept")
                                .arg(move.targetPool, move.sourcePool)};
    }
    if (!cvc->specPools.contains(move.sourcePool)) {
        return {Next::Fail, QCoreApplication::translate("Migration::MigrationEngine",
                                                        "someone else removed %1 from the "
                                                        "volume's pools before the console did")
                                .arg(move.sourcePool)};
    }
    return {};
}

StepVerdict StepEvaluation::scalingDown(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                        bool scaleDownAccepted)
{
    using Next = StepVerdict::Next;
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(move.volume);
    const bool sourceInSpec = cvc && cvc->specPools.contains(move.sourcePool);
    if (sourceInSpec && !scaleDownAccepted)
        return {Next::Act, {}}; // resumed before the patch landed
    const bool settled = cvc && !sourceInSpec && !cvc->statusPools.contains(move.sourcePool);
    const Cstor::VolumeReplica *source = cluster.replica(move.volume, move.sourcePool);
    const bool sourceGone = source == nullptr;
    if (settled && sourceGone)
        return {Next::Finish, {}};
    if (cvc && !sourceInSpec && sourceGone && cvc->statusPools.contains(move.sourcePool)) {
        // The CVC controller writes its status right after deleting the replica, long before
        // the replica is gone; a status still listing the pool now is one it will never
        // write by itself (StrandedScaleDown).
        return {Next::Repair,
                QCoreApplication::translate("Migration::MigrationEngine",
                                            "the old replica is gone, but the volume's "
                                            "CStorVolumeConfig still lists %1 in its status")
                    .arg(move.sourcePool)};
    }
    if (settled && source->meta.deletionTimestamp.isValid()) {
        const QString node = ReplicaHealth::nodeOf(cluster, *source);
        if (cluster.nodeLost(node)) {
            // Only its pool manager removes the finalizer, and it went with the node: the
            // volume no longer uses the replica, which stays Terminating until the node
            // returns or the finalizer is removed by hand (CSTOR-CONTROLLERS §7.4).
            return {Next::Finish,
                    QCoreApplication::translate(
                        "Migration::MigrationEngine",
                        "the old replica on %1 stays Terminating while its node %2 is lost")
                        .arg(move.sourcePool, node)};
        }
    }
    const Cstor::VolumeReplica *created = cluster.replica(move.volume, move.targetPool);
    if (!sourceGone && created && created->phase != Cstor::ReplicaPhase::Healthy) {
        // cStor removes the old replica only while the others are Healthy: say why it waits.
        return {Next::Wait, QCoreApplication::translate(
                                "Migration::MigrationEngine",
                                "waiting: the new replica on %1 is %2; the old replica stays "
                                "until it is Healthy again")
                                .arg(move.targetPool, Cstor::Phases::toString(created->phase))};
    }
    return {Next::Wait, sourceGone ? QCoreApplication::translate("Migration::MigrationEngine",
                                                                 "waiting for the volume to settle")
                                   : QCoreApplication::translate("Migration::MigrationEngine",
                                                                 "removing the old replica")};
}

StepVerdict StepEvaluation::rollingBack(const ClusterSnapshot &cluster, const ReplicaMove &move)
{
    using Next = StepVerdict::Next;
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(move.volume);
    if (!cvc)
        return {};
    if (!cvc->specPools.contains(move.targetPool)) {
        if (cvc->statusPools.contains(move.targetPool))
            return {};
        const Cstor::VolumeReplica *created = cluster.replica(move.volume, move.targetPool);
        if (!created) {
            return {Next::Finish,
                    QCoreApplication::translate(
                        "Migration::MigrationEngine",
                        "cancelled; the new replica was removed and the source kept")};
        }
        if (created->meta.deletionTimestamp.isValid()) {
            // Its pool manager removes the finalizer; on a node that is down that waits
            // for the node. The volume no longer uses it either way.
            return {Next::Finish,
                    QCoreApplication::translate(
                        "Migration::MigrationEngine",
                        "cancelled; the source was kept and the new replica on %1 is being "
                        "deleted (it goes once its pool manager confirms)")
                        .arg(move.targetPool)};
        }
        return {};
    }
    if (cvc->isScaling()) {
        return {Next::Wait,
                QCoreApplication::translate("Migration::MigrationEngine",
                                            "rolling back: waiting for the scale-up to settle")};
    }
    return {Next::Act, {}};
}

StepVerdict StepEvaluation::rollbackSettled(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                            RollbackSettling *settling, const QString &reason,
                                            const QDateTime &now)
{
    using Next = StepVerdict::Next;
    if (cluster.drfRefusals(move.volume) > settling->drfRefusalsBefore) {
        return {Next::Finish,
                QCoreApplication::translate(
                    "Migration::MigrationEngine",
                    "%1; but the volume target refused to lower its replica count and reports "
                    "FailUpdate every 30 s until its pod restarts: restart the target pod of %2 "
                    "at a quiet moment")
                    .arg(reason, move.volume)};
    }
    const Cstor::Volume *cv = cluster.volume(move.volume);
    if (!settling->since.isValid()) {
        settling->since = now;
        settling->volumeWrite = cv ? cv->lastUpdateTime : QDateTime();
    }
    const bool targetWrote = cv && cv->lastUpdateTime > settling->volumeWrite;
    if (!cv || targetWrote || settling->since.secsTo(now) >= 45)
        return {Next::Finish, reason};
    return {Next::Wait, QCoreApplication::translate("Migration::MigrationEngine",
                                                    "rolling back: waiting for the volume target "
                                                    "to take the lower replica count")};
}

} // namespace Migration
