#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Migration {

// One check of a plan, with a reason an operator understands.
struct PreflightCheck
{
    enum class Id {
        VolumeReadable,
        VolumeExists,
        VolumeBound,
        NoScalingInProgress,
        NoMoveElsewhere,
        SourceHoldsReplica,
        NoClonesOnSourcePool,
        TargetExists,
        TargetInSamePoolCluster,
        TargetOnline,
        TargetWritable,
        TargetNodeFree,
        TargetHasSpace,
        TargetStaysBelowThreshold,
        VolumeHealthy,
        HealthyCopySource,
        MayPatch,
        NewReplicaHealthy,
        ReplicationPromoted,
        RemainingReplicasHealthy,
        NotLastHealthyReplica,
    };
    Id id;
    bool passed = false;
    bool blocking = true; // a failed non-blocking check is a warning
    QString title;        // what is checked ("Target pool is ONLINE")
    QString detail;       // the finding ("cspc-stripe-pool-psz5 is OFFLINE")
};

// Everything the admission webhook does not check (CSTOR.md), checked against the cluster as
// the console sees it. Preflight never talks to the API: the caller refreshes the snapshot.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Migration::Preflight)

public:
    // Before adding the target pool to the volume's CVC.
    static QList<PreflightCheck> beforeScaleUp(const ClusterSnapshot &cluster,
                                               const ReplicaMove &move, bool mayPatchCvc);
    // Before removing the source pool: the new replica must be Healthy, the volume Healthy and
    // promoted, every remaining replica Healthy, and never the last healthy replica removed.
    static QList<PreflightCheck> beforeScaleDown(const ClusterSnapshot &cluster,
                                                 const ReplicaMove &move);

    // The clones of `volume`'s snapshots (and the clones of theirs) with a replica on `pool`,
    // each said as "CLONE (clone of VOLUME from snapshot SNAP)": removing the volume's replica
    // there runs `zfs destroy -R` on its dataset, which destroys theirs too.
    static QStringList clonesOnPool(const ClusterSnapshot &cluster, const QString &volume,
                                    const QString &pool);

    // The objects of `volume` that do not decode, each with what is wrong, as one line; empty
    // when there are none. No plan moves a replica of such a volume (VolumeReadable).
    static QString unreadableObjects(const ClusterSnapshot &cluster, const QString &volume);

    static bool passed(const QList<PreflightCheck> &checks); // every blocking check passed
    static QString firstFailure(const QList<PreflightCheck> &checks);
    // Whether the only check that fails is that another console moves the volume: in a queue,
    // the move waits for that one to end.
    static bool waitsForAnotherMove(const QList<PreflightCheck> &checks);
    // A finding a change of the volume under way explains (its pools in the spec before the
    // status, a replica rebuilding, the volume not Healthy yet): it passes once the volume has
    // settled.
    static bool isSettling(const PreflightCheck &check);
    // A finding about the target pool alone: another target may pass it.
    static bool isAboutTarget(const PreflightCheck &check);

private:
    // No object of the volume was left out because it does not decode: a replica the console
    // cannot read could be on the target's node, or not Healthy, and the checks would not know.
    static PreflightCheck volumeReadable(const ClusterSnapshot &cluster, const ReplicaMove &move);
    static const Cstor::VolumeConfig *volumeExists(const ClusterSnapshot &cluster,
                                                   const ReplicaMove &move,
                                                   QList<PreflightCheck> *checks);
    // The checks before a scale-up, in the order they are shown.
    static PreflightCheck volumeBound(const ReplicaMove &move, const Cstor::VolumeConfig &cvc);
    static PreflightCheck noScalingInProgress(const Cstor::VolumeConfig &cvc);
    // No console has claimed the volume for a move of its own (MoveClaim).
    static PreflightCheck noMoveElsewhere(const Cstor::VolumeConfig &cvc);
    static PreflightCheck sourceHoldsReplica(const ClusterSnapshot &cluster,
                                             const ReplicaMove &move,
                                             const Cstor::VolumeConfig &cvc);
    // Removing the source replica runs `zfs destroy -R` on its dataset, which destroys the
    // replicas of the volume's clones (and theirs) on that pool too.
    static PreflightCheck noClonesOnSource(const ClusterSnapshot &cluster, const ReplicaMove &move);
    static const Cstor::PoolInstance *targetExists(const ClusterSnapshot &cluster,
                                                   const ReplicaMove &move,
                                                   QList<PreflightCheck> *checks);
    // Same pool cluster, ONLINE, writable.
    static QList<PreflightCheck> targetFits(const ReplicaMove &move, const Cstor::VolumeConfig &cvc,
                                            const Cstor::PoolInstance &target);
    static PreflightCheck targetNodeFree(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                         const Cstor::PoolInstance &target);
    // Free space, and the read-only threshold after the move.
    static QList<PreflightCheck> targetHasRoom(const ClusterSnapshot &cluster,
                                               const ReplicaMove &move,
                                               const Cstor::PoolInstance &target);
    static PreflightCheck volumeHealthy(const ClusterSnapshot &cluster, const ReplicaMove &move);
    static PreflightCheck healthyCopySource(const ClusterSnapshot &cluster,
                                            const ReplicaMove &move);
    static PreflightCheck mayPatch(bool mayPatchCvc);
};

} // namespace Migration
