#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Recovery {

// A block device (NDM's BlockDevice) as the disk replacement sees it.
struct BlockDeviceInfo
{
    QString name;
    QString node;       // spec.nodeAttributes.nodeName (else label kubernetes.io/hostname)
    qint64 bytes = 0;   // spec.capacity.storage
    QString claimState; // status.claimState: Unclaimed, Claimed, Released
    QString state;      // status.state: Active, Inactive, Unknown
};

// The replacement of a pool's failed disk by a spare of its node: upstream's CSPC edit (CO
// webhook IsBDReplacementValid, cspc-controller replaceBlockDevice), then the pool's resilver.
struct DiskReplacementPlan
{
    enum class Kind {
        NothingToDo, // no failed disk, none named
        Replace,     // `patch` replaces `disk` by `replacement` in the CSPC
        InProgress,  // the pool is resilvering a disk put in earlier: follow it
        Refused,     // `why` says what stands in the way, `options` what to do instead
        NotFound,    // no such pool (`why` with the names it may have meant)
    };
    Kind kind = Kind::NotFound;
    QString pool; // the CSPI
    QString node;
    QString poolCluster;           // the CSPC
    QString raidType;              // mirror, raidz, raidz2, stripe
    QString phase;                 // the CSPI's status.phase
    QStringList failedDisks;       // the DiskUnavailable condition's disks
    QString disk;                  // the disk to replace
    QString replacement;           // the spare that takes its place
    QList<BlockDeviceInfo> spares; // usable spares of the node, smallest first
    QString why;
    QStringList options;
    // A JSON patch of the CSPC: a test of the old name (a stale read fails), then its
    // replacement, at spec.pools[i].dataRaidGroups[g].blockDevices[d].blockDeviceName.
    QJsonArray patch;
    QString path; // that JSON pointer
};

} // namespace Recovery
