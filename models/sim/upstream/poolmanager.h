#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class FaultPlan;
class EventRecorder;

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
    double rebuildCopied = 0;
    double rebuildTotal = 0;
    double rebuildStartLogical = 0;
    double ratio = 1.0; // allocated / logical of the data being copied (compression)
    double rate = 0;    // bytes per simulated second, 0 while stalled
    QString helper;     // CVR the data comes from
    QString stallReason;

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
};

// The pool-manager of every CSPI (CO pool-manager: cspi-controller + replica-controller), plus
// the data plane below it: datasets, capacity, and rebuild copying at a per-pool throughput
// shared among the concurrent rebuilds into that pool (CSTOR-CONTROLLERS.md §2, §4).
class PoolManager : public QObject
{
    Q_OBJECT

public:
    PoolManager(ObjectStore *store, FaultPlan *faults, SimClock *clock, EventRecorder *events,
                QObject *parent = nullptr);

    void setResyncSeconds(int seconds);
    void setDefaultThroughput(double bytesPerSecond); // default 5 MiB/s
    void setThroughput(const QString &pool, double bytesPerSecond);

    // Adopts the pools and replicas in the store (a loaded scenario) and starts the loops.
    void start();
    bool isStarted() const { return m_started; }

    // Data plane, for the volume target.
    QList<Zvol *> zvolsOf(const QString &volume) const;
    Zvol *zvol(const QString &cvr) const;
    const ZPool *pool(const QString &name) const;
    QList<const ZPool *> pools() const;
    bool poolReachable(const QString &pool) const; // node up, pool not OFFLINE
    bool nodeDown(const QString &pool) const;
    void setConnected(const QString &cvr, bool connected);
    double poolUsedBytes(const ZPool &pool) const;
    bool poolReadOnly(const ZPool &pool) const;

    // Brings rebuild progress up to the current simulated time.
    void advance();
    // Runs the sync of one pool now (tests, and faults that change).
    void syncPool(const QString &pool);

    QJsonArray rebuildTruth();
    QJsonArray poolTruth();

    static QString cspiComponent() { return QStringLiteral("CStorPoolInstance"); }
    static QString cvrComponent() { return QStringLiteral("CStorVolumeReplica"); }

signals:
    // Something about a volume's replicas changed (created, destroyed, reachability).
    void replicasChanged(const QString &volume);
    // A replica finished rebuilding (quorum is on now). wasNewReplica: it was a non-quorum one.
    void replicaRebuilt(const QString &volume, const QString &cvr, bool wasNewReplica);

private:
    void onStoreChanged(const StoreEvent &event);
    void processQueue();
    void addPool(const QJsonObject &cspi);
    void adoptReplica(const QJsonObject &cvr);
    void scheduleSync(ZPool &pool);
    void handleAdd(ZPool &pool, const QString &cvr);
    void handleDestroy(ZPool &pool, const QString &cvr);
    void restartPoolManager(ZPool &pool);
    void writeCvrStatus(const ZPool &pool, const QString &cvr, const QString &forcedPhase = {});
    void writeCspiStatus(ZPool &pool);
    void startRebuild(const QString &cvr);
    void completeRebuild(Zvol &zvol);
    Zvol *pickHelper(const Zvol &zvol) const;
    void replan();                   // rates, stalls, next completion
    QList<Zvol *> rebuildingZvols(); // by name
    void onFaultsChanged();
    bool paused() const;
    bool canAct(const ZPool &pool) const { return !paused() && !nodeDown(pool.name); }

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    EventRecorder *m_events;
    int m_resyncSeconds = 30;
    double m_defaultThroughput = 5.0 * 1024 * 1024;
    QHash<QString, double> m_throughputOverrides;
    bool m_started = false;
    QHash<QString, ZPool> m_pools;
    QHash<QString, Zvol> m_zvols;
    // The zvols that rebuild: all that advance() and replan() walk. Pools sync every resync
    // period and each sync advances the rebuilds, so walking every zvol there made an idle
    // simulator of 30,000 replicas take a fifth of a core.
    QSet<QString> m_rebuilding;
    QHash<QString, QStringList> m_byVolume;
    qint64 m_lastAdvanceMs = 0;
    SimClock::TimerId m_completionTimer = 0;
    QList<StoreEvent> m_queue;
    bool m_queueScheduled = false;
    QSet<QString> m_lastDown;
    QSet<QString> m_lastOffline;
    bool m_wasPaused = false;
};

} // namespace Sim
