#pragma once

#include <QString>

namespace Migration {

// Where one replica move stands. Done, Failed, Cancelled and RolledBack are final.
enum class MigrationState {
    Planned,
    Preflight,
    ScalingUp,   // adding the target pool to the CVC
    Rebuilding,  // the new replica copies data from its peers
    ScalingDown, // removing the source pool from the CVC
    Done,
    Failed,
    Cancelled,
    RolledBack
};

class MigrationStates
{
public:
    static QString toString(MigrationState state);
    static bool fromString(const QString &text, MigrationState *state);
    static bool isFinal(MigrationState state);
    // Queued and not started yet: what the queue's pause, window and order act on.
    static bool isWaiting(MigrationState state);
};

} // namespace Migration
