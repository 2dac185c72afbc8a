#pragma once

#include "models/migration/cvcwriter.h"

#include <QPointer>
#include <QString>

#include <functional>

namespace Migration {

// A scale-down the CVC controller cannot finish by itself (CSTOR-CONTROLLERS.md §1.6): it
// deleted the old replica, but its update of the CVC's status.poolInfo failed (a conflict, a
// restart) and by the time it tried again the replica was gone; its scaleDownVolumeReplicas then
// fails for good ("failed to delete cstorvolumereplica : resource name may not be empty"),
// leaving the pool in status.poolInfo. The repair writes what the controller would have: the
// status without that pool. Only after fresh reads show the state (the spec without the pool,
// its status with it, its replica not found), and guarded by the resourceVersion read, so that
// a write of the controller in between makes it refuse.
class StrandedScaleDown
{
public:
    enum class Outcome {
        Repaired,    // the pool left status.poolInfo
        NotStranded, // the fresh reads do not show the state (the informers lagged)
        Failed,      // a read or the patch failed; `message` says why
    };
    using Done = std::function<void(Outcome outcome, const QString &message)>;

    static void repair(const QPointer<QObject> &guard, CvcWriter *writer, const QString &volume,
                       const QString &pool, const Done &done);
};

} // namespace Migration
