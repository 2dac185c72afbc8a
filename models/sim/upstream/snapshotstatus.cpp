#include "models/sim/upstream/snapshotstatus.h"

#include "models/sim/upstream/uzfs.h"

namespace Sim {

namespace {

QJsonObject snapshotInfo(double logicalReferenced)
{
    return QJsonObject{{QStringLiteral("logicalReferenced"), qint64(logicalReferenced)}};
}

// `omitempty` maps: an empty one is not written.
void insertMap(QJsonObject &status, const QString &key, const QJsonObject &map)
{
    if (map.isEmpty())
        status.remove(key);
    else
        status.insert(key, map);
}

} // namespace

void SnapshotStatus::update(QJsonObject &status, const Zvol &zvol, const QString &phase,
                            const QList<QJsonObject> &peers)
{
    // addOrDeleteSnapshotListInfo: the listed snapshots are the dataset's; the pending ones
    // that arrived are no longer pending.
    QJsonObject snapshots = status.value(QLatin1String("snapshots")).toObject();
    for (auto it = zvol.snapshots.constBegin(); it != zvol.snapshots.constEnd(); ++it) {
        if (!snapshots.contains(it.key()))
            snapshots.insert(it.key(), snapshotInfo(it.value()));
    }
    for (const QString &name : snapshots.keys()) {
        if (!zvol.snapshots.contains(name))
            snapshots.remove(name);
    }
    QJsonObject pending = status.value(QLatin1String("pendingSnapshots")).toObject();
    for (const QString &name : pending.keys()) {
        if (zvol.snapshots.contains(name))
            pending.remove(name);
    }
    if (phase == QLatin1String("Rebuilding") ||
        phase == QLatin1String("ReconstructingNewReplica")) {
        // getAndAddPendingSnapshotList over getPeerSnapshotInfoList.
        QJsonObject peerSnapshots;
        for (const QJsonObject &peer : peers) {
            const QJsonObject listed = peer.value(QLatin1String("status"))
                                           .toObject()
                                           .value(QLatin1String("snapshots"))
                                           .toObject();
            for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
                if (!peerSnapshots.contains(it.key()))
                    peerSnapshots.insert(it.key(), it.value());
            }
        }
        for (const QString &name : pending.keys()) {
            if (!peerSnapshots.contains(name))
                pending.remove(name);
        }
        for (auto it = peerSnapshots.constBegin(); it != peerSnapshots.constEnd(); ++it) {
            if (!snapshots.contains(it.key()) && !pending.contains(it.key()))
                pending.insert(it.key(), it.value());
        }
    }
    if (phase == QLatin1String("Healthy"))
        pending = {}; // "CVR ... is marked as Healthy hence removing pending snapshots"
    insertMap(status, QStringLiteral("snapshots"), snapshots);
    insertMap(status, QStringLiteral("pendingSnapshots"), pending);
}

} // namespace Sim
