#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

class ObjectStore;

// Where a pool's disks are: its CSPI's block devices, each attached to the node NDM's BlockDevice
// names (label kubernetes.io/hostname). A pool imports only on the node that has all of them; a
// cluster without NDM objects has its disks wherever its pools are.
namespace PoolDisks {

// Whether every block device of the CSPI is attached to `node`.
bool attachedTo(const ObjectStore *store, const QJsonObject &cspi, const QString &node);
// The CSPI's node as the pool-manager's Deployment pins it: spec.hostName, else the label.
QString nodeOf(const QJsonObject &cspi);

} // namespace PoolDisks

} // namespace Sim
