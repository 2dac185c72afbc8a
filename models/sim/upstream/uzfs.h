#pragma once

#include "models/sim/store/simclock.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Sim {

class FaultPlan;

// Why a rebuild stalls when no replica can serve it. istgt has then failed that rebuild
// (ZVOL_REBUILDING_FAILED clears rebuild_in_progress): it goes on once a replica can help, and
// its replica is a Degraded one again for the next rebuild's choice (RebuildScheduler), a mesh
// rebuild among the quorum replicas when none is Healthy.
inline const QString kNoHelperStall = QStringLiteral("no healthy replica to copy from");

// What uZFS knows about one volume replica (the dataset <pool>/<pv>): the simulator's truth.
struct Zvol
{
    QString cvr; // CVR name, the key
    QString ns;
    QString volume; // PV name
    QString pool;   // CSPI name
    QString replicaId;
    QString guid; // zvol GUID (decimal), what the target calls replicaId
    double logicalBytes = 0;
    double allocatedBytes = 0;
    bool quorum = true;     // the zvol `quorum` property
    bool connected = false; // to the volume target (set by VolumeTarget)
    qint64 connectedAtMs = 0;
    bool healthy = false;
    bool rebuildRequested = false;
    bool rebuilding = false;
    bool mesh = false; // a mesh rebuild: copied from the other replicas, none Healthy
    double rebuildCopied = 0;
    double rebuildTotal = 0;
    double rebuildStartLogical = 0;
    double ratio = 1.0; // allocated / logical of the data being copied (compression)
    double rate = 0;    // bytes per simulated second, 0 while stalled
    QString helper;     // CVR the data comes from
    QString stallReason;
    QMap<QString, double> snapshots; // `zfs listsnap`: name -> logicalreferenced bytes
    QString origin;                  // a clone's `<source volume>@<snapshot>` (ZfsSnapshots)

    // uZFS status string (`zfs stats`): Offline, Healthy, Rebuilding or Degraded.
    QString zfsStatus() const;
    // The CVR phase the pool-manager derives from it (quorum decides the *NewReplica* names).
    QString cvrPhase() const;
};

// One cStor pool (zpool) on one node, as its pool-manager sees it.
struct ZPool
{
    QString name; // CSPI name
    QString ns;
    QString node;
    QString cspc;
    QString uid;
    double sizeBytes = 0;          // free + used
    double baseUsedBytes = 0;      // pool metadata, not in any replica
    double throughput = 0;         // rebuild bytes per simulated second, shared by its rebuilds
    bool readOnlyProperty = false; // io.openebs:readonly, set at the threshold
    bool wasDown = false;          // pool-manager must "restart" when the node returns
    qint64 syncOffsetMs = 0;
    SimClock::TimerId timer = 0;
    QStringList zvols;         // CVR names
    QSet<QString> pendingAdds; // CVRs seen while the pool-manager could not act
    QSet<QString> pendingDestroys;
    QSet<QString> withoutDataset; // CVRs whose dataset zfs cannot find (ZfsSnapshots)
};

// The zpools of every node and the zvols in them, as uZFS holds them: by name, by volume, and
// the ones that rebuild. Whether a pool can be reached and how full it is follow from them and
// from the faults (a node down, a pool offline or forced read-only).
class Uzfs
{
public:
    explicit Uzfs(FaultPlan *faults);

    QHash<QString, ZPool> &poolsByName() { return m_pools; }
    ZPool *findPool(const QString &name);
    const ZPool *pool(const QString &name) const;
    QList<const ZPool *> pools() const;            // by name
    bool poolReachable(const QString &pool) const; // node up, pool not OFFLINE
    // Also while its pool pod is not running, or its disks are on another node (the import
    // fails: the pool-manager's liveness probe restarts it, CO docs
    // migrate_pool_by_migrating_disks.md).
    bool nodeDown(const QString &pool) const;
    void setPoolPodRunning(const QString &pool, bool running);
    void setDisksAway(const QString &pool, bool away);
    bool disksAway(const QString &pool) const { return m_disksAway.contains(pool); }
    // Its pool-manager runs (node up, pod running) but its disks are attached to another node:
    // the zpool import fails.
    bool importFails(const QString &pool) const;
    double poolUsedBytes(const ZPool &pool) const;
    bool poolReadOnly(const ZPool &pool) const;

    const QHash<QString, Zvol> &zvolsByName() const { return m_zvols; }
    Zvol *zvol(const QString &cvr) const;
    QList<Zvol *> zvolsOf(const QString &volume) const;
    // The zvols that rebuild: all that the rebuild copying walks. Pools sync every resync
    // period and each sync advances the rebuilds, so walking every zvol there made an idle
    // simulator of 30,000 replicas take a fifth of a core.
    QSet<QString> &rebuilding() { return m_rebuilding; }

    void addZvol(ZPool &pool, const Zvol &zvol);
    // `zfs destroy` of a zvol: gone from its pool and every index. Returns its volume, empty if
    // there was no such zvol.
    QString destroyZvol(const QString &cvr);

private:
    FaultPlan *m_faults;
    QHash<QString, ZPool> m_pools;
    QHash<QString, Zvol> m_zvols;
    QSet<QString> m_rebuilding;
    QSet<QString> m_podsNotRunning; // pools whose pool-manager pod does not run
    QSet<QString> m_disksAway;      // pools whose block devices are attached to another node
    QHash<QString, QStringList> m_byVolume;
};

} // namespace Sim
