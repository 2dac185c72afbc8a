#include "models/migration/movelimits.h"

namespace Migration {

bool MoveLimits::allowStart(const MigrationStatus &move, const QList<MigrationStatus> &others) const
{
    int active = 0;
    int onTarget = 0;
    for (const MigrationStatus &other : others) {
        if (!isActive(other))
            continue;
        if (other.move.volume == move.move.volume)
            return false; // the webhook allows one scaling of a volume at a time
        ++active;
        if (other.move.targetPool == move.move.targetPool)
            ++onTarget;
    }
    return active < perCluster && onTarget < perPool;
}

bool MoveLimits::isActive(const MigrationStatus &status)
{
    return status.state == MigrationState::ScalingUp ||
           status.state == MigrationState::Rebuilding ||
           status.state == MigrationState::ScalingDown;
}

} // namespace Migration
