#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cstor {

// The raid groups of a cStor pool: the spec.pools[].dataRaidGroups of a CStorPoolCluster and
// the spec.dataRaidGroups of a CStorPoolInstance, each a list of block devices, and what a group
// of each poolConfig.dataRaidGroupType survives.
namespace RaidGroups {

// The annotation NDM's claim of a block device carries when the device replaces another
// (openebs/api types.PredecessorBDLabelKey); its value is the replaced device's name.
inline const QString kPredecessorAnnotation = QStringLiteral("openebs.io/bd-predecessor");

// The block device names of one raid group ({"blockDevices": [{"blockDeviceName": ...}]}).
QStringList devices(const QJsonObject &raidGroup);
// The block device names of every data raid group of a pool spec, group by group.
QList<QStringList> groups(const QJsonObject &poolSpec);
// The same names in one list, group after group.
QStringList allDevices(const QJsonObject &poolSpec);
// How many failed disks a raid group of this type survives (the zpool vdev's redundancy):
// mirror all but one, raidz one, raidz2 two, stripe none (each disk is a top-level vdev).
int tolerance(const QString &raidType, int disks);

} // namespace RaidGroups

} // namespace Cstor
