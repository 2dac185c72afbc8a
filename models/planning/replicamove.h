#pragma once

#include <QString>

namespace Migration {

// Moving one replica of a volume from one pool to another (the seed's two-step procedure).
struct ReplicaMove
{
    QString volume;     // PV name = CVC name = CV name
    QString sourcePool; // CSPI name
    QString targetPool; // CSPI name
    // A planner chose the target, not the operator: if it no longer fits when the move's turn
    // comes (another console's move landed there), any pool that takes the replica under the
    // same rules will do.
    bool anyTarget = false;

    // The same move: the same replica to the same pool, whoever chose the target.
    bool operator==(const ReplicaMove &other) const
    {
        return volume == other.volume && sourcePool == other.sourcePool &&
               targetPool == other.targetPool;
    }
};

} // namespace Migration
