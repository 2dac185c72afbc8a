#pragma once

#include "models/migration/migrationstate.h"
#include "models/migration/rebuildestimator.h"
#include "models/planning/replicamove.h"

#include <QDateTime>
#include <QString>

namespace Migration {

// What the operations panel and the command line show of one move.
struct MigrationStatus
{
    QString id;
    ReplicaMove move;
    MigrationState state = MigrationState::Planned;
    QString step;   // in words: "waiting for a slot", "rebuilding", "removing old replica", ...
    QString reason; // why it failed / was cancelled
    RebuildEstimator::Estimate progress;
    QDateTime started;
    QDateTime finished;
    bool cancelRequested = false;
    // Cancelled because another console did it: moved the replica first, or took the move
    // over (adopted it) and finishes it.
    bool doneElsewhere = false;
};

} // namespace Migration
