#pragma once

#include "models/migration/migrationstatus.h"

#include <QList>
#include <QString>

#include <functional>

namespace Migration {

// How many moves may run at once, and whether a queued move may start. cStor has no rebuild
// throttle: these caps are the only lever on the load a plan of many moves puts on the pools.
struct MoveLimits
{
    int perPool = 1;       // moves adding a replica to one pool at once
    int perCluster = 4;    // moves at once
    int perSourceNode = 1; // moves taking a replica off one node at once

    // Whether `move` may start next to `others` (the engine's other moves, any state): never
    // a second scaling of one volume (the webhook allows one at a time), and within the limits
    // on the running moves, on those adding to the same target pool and on those leaving the
    // same node (`nodeOfPool` names a pool's node; without it, the node limit is not applied).
    bool allowStart(const MigrationStatus &move, const QList<MigrationStatus> &others,
                    const std::function<QString(const QString &pool)> &nodeOfPool = {}) const;

    bool operator==(const MoveLimits &other) const
    {
        return perPool == other.perPool && perCluster == other.perCluster &&
               perSourceNode == other.perSourceNode;
    }

    // Whether a move is changing its volume (scaling up, rebuilding, scaling down).
    static bool isActive(const MigrationStatus &status);
};

} // namespace Migration
