#pragma once

#include "models/recovery/moveddisksplan.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace Recovery {

// Plans the way back of a pool whose disks sit on another node: finds the one node that has all
// of them and checks what upstream's webhook and operators need (that node Ready, schedulable,
// without another pool of the pool cluster; every pool of the cluster provisioned; no other pool
// spec naming a node that is gone, which makes the webhook refuse any edit, unless that pool's
// disks moved too: then both are pointed at their disks in one edit).
class MovedDisksPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Recovery::MovedDisksPlanner)

public:
    struct NodeInfo
    {
        QString name;
        bool ready = false;
        bool unschedulable = false;
    };
    struct Input
    {
        QString pool;                    // the CSPI asked for
        QJsonObject cspi;                // empty when there is no such CSPI
        QStringList poolNames;           // every CSPI, for "did you mean"
        QJsonObject cspc;                // its CStorPoolCluster
        QList<QJsonObject> blockDevices; // the namespace's BlockDevices
        QList<NodeInfo> nodes;           // every node
        QList<QJsonObject> clusterPools; // the CSPIs of its CStorPoolCluster
    };

    static MovedDisksPlan plan(const Input &input);

    // Where a pool being pointed at its disks' node stands, read from its CSPI.
    enum class Stage {
        WaitingForOperator, // the CSPC names the new node; the CSPI does not yet
        Importing,          // the CSPI names it; the pool is not ONLINE yet
        LabelToSet,         // ONLINE on the new node; the CSPI's hostname label is the old one
        Done,
    };
    static Stage stage(const QJsonObject &cspi, const QString &newNode);

    static NodeInfo node(const QJsonObject &object);

private:
    struct Refusal
    {
        QString why;
        QStringList options;
    };
    // Where the disks of pool `pool` (its CSPI's spec) are: the one node that has all of them,
    // or why there is none (a disk not found, disks on several nodes).
    struct Whereabouts
    {
        QList<BlockDeviceInfo> disks;
        QString node;
        std::optional<Refusal> refusal;
    };
    static Whereabouts locate(const QString &pool, const QJsonObject &spec,
                              const QList<QJsonObject> &blockDevices);
    // Why a pool cannot start on `node`: not in the cluster, not Ready, cordoned.
    static std::optional<Refusal> nodeRefusal(const Input &input, const QString &node);
    // Pool spec `index` of the CSPC names a gone node: the plan of its pool alongside, or why
    // its pool cannot follow its disks.
    static std::variant<MovedDisksPlan, Refusal> alongside(const Input &input, int index);
    static void refuse(MovedDisksPlan *plan, const Refusal &refusal)
    {
        refuse(plan, refusal.why, refusal.options);
    }
    static void refuse(MovedDisksPlan *plan, const QString &why, const QStringList &options = {});
};

} // namespace Recovery
