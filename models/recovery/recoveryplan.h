#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Recovery {

// One change the recovery makes, verified on a fresh read before the next.
struct RecoveryStep
{
    enum class Action {
        RemovePool,    // remove `pool` from the CVC's spec.policy.replicaPoolInfo
        RestartTarget, // delete the volume's target pod; its Deployment starts a new one
        ReplacePool,   // put `replacement` in place of `pool` (a name no pool has) in the CVC
        // create the CVR of `pool` again, with the replica id the target still knows
        // (`replicaId`): istgt takes it as a replacement of that replica and rebuilds it
        RecreateReplica,
    };
    Action action = Action::RemovePool;
    QString pool;
    // A restart planned after a removal: taken once the target refuses the lower replication
    // factor (istgt's DRF guard, while the unpromoted replica's DRF exceeds RF), or after two
    // minutes without the refusal (a new target reads the factor from the CV either way).
    bool afterRefusal = false;
    QString replacement; // ReplacePool: the usable pool of the same pool cluster
    QString replicaId;   // RecreateReplica: the id in the CV's knownReplicas no CVR has
};

// What is wrong with a volume and what recovery does about it.
struct RecoveryPlan
{
    enum class Kind {
        NothingToDo, // the volume is at its replica count, all Healthy, on live nodes
        Repair,      // `steps` bring it back
        Manual,      // not automated: `problems`, `why`, `risk` and `options` say what to do
        NotFound,    // no CStorVolumeConfig of that name
    };
    Kind kind = Kind::NotFound;
    QString volume;
    QStringList problems; // what is wrong, in words
    QList<RecoveryStep> steps;
    QString why;         // Manual: why it is not automated
    QString risk;        // Manual: what the situation risks
    QStringList options; // Manual: what the operator can do
};

} // namespace Recovery
