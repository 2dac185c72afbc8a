#include "models/migration/movelimits.h"

namespace Migration {

bool MoveLimits::allowStart(const MigrationStatus &move, const QList<MigrationStatus> &others,
                            const std::function<QString(const QString &pool)> &nodeOfPool) const
{
    const QString sourceNode = nodeOfPool ? nodeOfPool(move.move.sourcePool) : QString();
    int active = 0;
    int onTarget = 0;
    int offSourceNode = 0;
    for (const MigrationStatus &other : others) {
        if (!isActive(other))
            continue;
        if (other.move.volume == move.move.volume)
            return false; // the webhook allows one scaling of a volume at a time
        ++active;
        if (other.move.targetPool == move.move.targetPool)
            ++onTarget;
        if (!sourceNode.isEmpty() && nodeOfPool(other.move.sourcePool) == sourceNode)
            ++offSourceNode;
    }
    return active < perCluster && onTarget < perPool && offSourceNode < perSourceNode;
}

bool MoveLimits::isActive(const MigrationStatus &status)
{
    return status.state == MigrationState::ScalingUp ||
           status.state == MigrationState::Rebuilding ||
           status.state == MigrationState::ScalingDown;
}

} // namespace Migration
