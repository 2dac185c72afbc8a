#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QDateTime>
#include <QString>

namespace Migration {

// What the cluster says a move should do next in its current step.
struct StepVerdict
{
    enum class Next {
        Wait,   // nothing to do yet; `text`, when not null, is the step to show
        Act,    // take the step's write (scale down again, remove the new pool)
        Repair, // finish the CVC controller's own write, which it cannot make (StrandedScaleDown)
        Finish, // the move has ended; `text` is the reason
        Fail,   // the move failed; `text` is the reason
    };
    Next next = Next::Wait;
    QString text;
};

// The end of a rollback: the volume target's refusals to lower its DRF counted when the
// rollback began, and when (at which CV status write) the rollback's CVC side was seen done.
struct RollbackSettling
{
    int drfRefusalsBefore = 0;
    QDateTime since;
    QDateTime volumeWrite;
};

// Reads a running move's step off the cluster snapshot; the engine acts on the verdict.
// Nothing here writes or talks to the API.
class StepEvaluation
{
public:
    // While rebuilding: a failure when someone else took the volume or its pools apart,
    // else Wait.
    static StepVerdict rebuilding(const ClusterSnapshot &cluster, const ReplicaMove &move);
    // While the old replica is removed: Act when the source is still in the spec and the
    // scale-down was not accepted yet, Finish when it is gone and the volume settled, Repair
    // when it is gone but the CVC's status still lists its pool (a stranded scale-down), else
    // Wait with why.
    static StepVerdict scalingDown(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                   bool scaleDownAccepted);
    // While rolling back: Act to remove the target pool, Finish (RolledBack) once it and the
    // new replica are gone or going, else Wait.
    static StepVerdict rollingBack(const ClusterSnapshot &cluster, const ReplicaMove &move);
    // Once the rollback's CVC side is done (`reason` says how): istgt refuses to lower its DRF
    // while the new replica was not promoted (DRF != RF), volume-mgmt reports "... are invalid
    // changes" as FailUpdate at every resync, and the target expects the extra replica until
    // its pod restarts. Finish at the target's first status write after `settling->since` (or
    // 45 s without one), saying whether it refused; Wait before.
    static StepVerdict rollbackSettled(const ClusterSnapshot &cluster, const ReplicaMove &move,
                                       RollbackSettling *settling, const QString &reason,
                                       const QDateTime &now);
};

} // namespace Migration
