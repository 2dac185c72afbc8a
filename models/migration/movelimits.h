#pragma once

#include "models/migration/migrationstatus.h"

#include <QList>

namespace Migration {

// How many moves may run at once, and whether a queued move may start.
struct MoveLimits
{
    int perPool = 1;    // moves touching one pool at once
    int perCluster = 4; // moves at once

    // Whether `move` may start next to `others` (the engine's other moves, any state): never
    // a second scaling of one volume (the webhook allows one at a time), and within the limits
    // on the running moves and on those adding to the same target pool.
    bool allowStart(const MigrationStatus &move, const QList<MigrationStatus> &others) const;

    // Whether a move is changing its volume (scaling up, rebuilding, scaling down).
    static bool isActive(const MigrationStatus &status);
};

} // namespace Migration
