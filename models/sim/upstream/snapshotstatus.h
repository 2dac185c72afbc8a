#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

struct Zvol;

// The snapshot fields of a CVR's status as the pool-manager writes them at each sync (CO
// volumereplica.go GetAndUpdateSnapshotInfo, called from replica-controller syncCVRStatus).
class SnapshotStatus
{
public:
    // status.snapshots = the dataset's snapshots (name -> {logicalReferenced}); while `phase` is
    // Rebuilding or ReconstructingNewReplica, status.pendingSnapshots gains the snapshots the
    // volume's other CVRs (`peers`) list and this one lacks; a Healthy replica has none pending.
    static void update(QJsonObject &status, const Zvol &zvol, const QString &phase,
                       const QList<QJsonObject> &peers);
};

} // namespace Sim
