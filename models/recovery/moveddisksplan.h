#pragma once

#include "models/recovery/diskreplacementplan.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Recovery {

// A pool whose disks were attached to another node (the node was replaced, or the disks moved):
// upstream's way back (CO docs/troubleshooting/migrate_pool_by_migrating_disks.md, and the CSPC
// operator's syncCSPIWithCSPC) is the CSPC pool spec's node selector pointed at the node the
// disks are on. The CSPC operator then points the CSPI and its pool Deployment there, the
// pool-manager imports the pool, and the CSPI's hostname label is set by hand (the docs' step 4:
// the webhook finds a removed pool's CSPI by that label).
struct MovedDisksPlan
{
    // The pools the run ends with ONLINE on their disks' nodes, in turn: this one, then those
    // alongside.
    QList<const MovedDisksPlan *> inTurn() const
    {
        QList<const MovedDisksPlan *> pools{this};
        for (const MovedDisksPlan &other : alongside)
            pools << &other;
        return pools;
    }
    QStringList poolsToFollow() const
    {
        QStringList names;
        for (const MovedDisksPlan *each : inTurn())
            names << each->pool;
        return names;
    }

    enum class Kind {
        NothingToDo, // the disks are where the pool is
        Repoint,     // `patch` points the CSPC pool spec at `newNode`
        InProgress,  // the CSPC names `newNode`; follow the operator, the import, the label
        Refused,     // `why` says what stands in the way, `options` what to do instead
        NotFound,    // no such pool (`why` with the names it may have meant)
    };
    Kind kind = Kind::NotFound;
    QString pool;        // the CSPI
    QString poolCluster; // the CSPC
    QString oldNode;     // where the CSPI says the pool is (spec.hostName)
    QString newNode;     // where its disks are
    QString phase;       // the CSPI's status.phase
    QList<BlockDeviceInfo> disks;
    int poolIndex = -1; // the pool spec in the CSPC
    QString why;
    QStringList options;
    // A JSON patch of the CSPC: a test of the old node (a stale read fails), then the new one,
    // at spec.pools[i].nodeSelector["kubernetes.io/hostname"]; the same for each pool alongside.
    QJsonArray patch;
    // Other pools of the CSPC whose node is gone and whose disks sit together on another node:
    // while a pool spec names a gone node the webhook refuses every edit, so they are pointed at
    // their disks in the same edit (kind Repoint each, no patch of their own).
    QList<MovedDisksPlan> alongside;
};

} // namespace Recovery
