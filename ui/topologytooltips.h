#pragma once

#include <QString>

namespace Items {
class PoolModel;
class ReplicaModel;
struct NodeRow;
} // namespace Items

namespace Ui {

class NodeItem;
class PoolItem;
class ReplicaChip;

// The topology's tool tips, in rich text: a replica's volume, pool, phase, use and rebuild; a
// pool's node, phase, capacity and replicas; a node's pools and replicas. Each says when what
// it shows is stale. Empty when the item's object is gone.
class TopologyToolTips
{
public:
    static QString replica(const ReplicaChip &chip, const Items::ReplicaModel &replicas);
    static QString pool(const PoolItem &item);
    // `live`: whether the connection to the cluster is live.
    static QString node(const NodeItem &item, bool live);

private:
    // What needs attention on a node: its unhealthy pools (by name, with their status) and its
    // unhealthy and rebuilding replicas (counted); "" when nothing.
    static QString problemsOf(const Items::NodeRow &row, const Items::PoolModel &pools);
};

} // namespace Ui
