#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cspicontroller.h"
#include "models/sim/upstream/diskreplacement.h"
#include "models/sim/upstream/uzfs.h"
#include "models/sim/upstream/volumeworkload.h"
#include "models/sim/upstream/zvolrebuild.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class FaultPlan;
class EventRecorder;
class ReplicaController;

// The pool-manager of every CSPI (CO pool-manager: cspi-controller + replica-controller), plus
// the data plane below it: datasets, capacity, and rebuild copying at a per-pool throughput
// shared among the concurrent rebuilds into that pool (CSTOR-CONTROLLERS.md §2, §4). Runs each
// pool's resync on its own schedule, queues what it sees while it cannot act, and restarts
// with its node.
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
    // The pool's pod stops (evicted, deleted) or runs again (CstorPods): its pool-manager with it.
    void setPoolPodRunning(const QString &pool, bool running);
    void setConnected(const QString &cvr, bool connected);
    double poolUsedBytes(const ZPool &pool) const;
    bool poolReadOnly(const ZPool &pool) const;

    // The volume's application writes, bytes per simulated second (0: idle).
    void setWriteRate(const QString &ns, const QString &volume, double bytesPerSecond);
    double writeRate(const QString &volume) const { return m_workload.writeRate(volume); }
    bool writesFail(const Zvol &zvol) const { return m_workload.writesFail(zvol); }
    QJsonArray workloadTruth() const { return m_workload.truth(); }
    // The target's replication and consistency factors, which gate rebuilds.
    void setRebuildFactors(ZvolRebuild::FactorsOf factors);

    // `istgtcontrol snapcreate` through the volume's target (ZfsSnapshots::take): istgt's
    // "ERR ..." text, or empty when the snapshot was taken.
    QString takeSnapshot(const QString &volume, const QString &name, int consistencyFactor);

    // Brings rebuild progress and the volumes' writes up to the current simulated time.
    void advance();
    // Runs the sync of one pool now (tests, and faults that change).
    void syncPool(const QString &pool);

    QJsonArray rebuildTruth();
    QJsonArray poolTruth();

    static QString cspiComponent() { return CspiController::component(); }
    static QString cvrComponent();

signals:
    // Something about a volume's replicas changed (created, destroyed, reachability).
    void replicasChanged(const QString &volume);
    // A replica finished rebuilding (quorum is on now). wasNewReplica: it was a non-quorum one.
    void replicaRebuilt(const QString &volume, const QString &cvr, bool wasNewReplica);

private:
    void onStoreChanged(const StoreEvent &event);
    void processQueue();
    void processPoolEvent(const StoreEvent &event);
    void processReplicaEvent(const StoreEvent &event);
    void processDiskEvent(const StoreEvent &event);
    void addPool(const QJsonObject &cspi);
    void followNode(ZPool &pool, const QJsonObject &cspi);
    void updateDisks(ZPool &pool, const QJsonObject &cspi);
    void poolManagerChanged(ZPool &pool, bool up);
    void scheduleSync(ZPool &pool);
    void restartPoolManager(ZPool &pool);
    void onFaultsChanged();
    void notifyVolumesOn(const ZPool &pool);
    bool paused() const;
    bool canAct(const ZPool &pool) const { return !paused() && !nodeDown(pool.name); }
    // QOpDestroy of a terminating CVR: `zfs destroy -R`, which fails on a suspended pool
    // (tried again at the next sync), kDestroySeconds after the deletion was seen.
    void scheduleDestroy(const ZPool &pool, const QString &cvr);
    void destroy(ZPool &pool, const QString &cvr);

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    EventRecorder *m_events;
    Uzfs m_uzfs;
    VolumeWorkload m_workload;
    ZvolRebuild *m_rebuild;
    ReplicaController *m_replicas;
    CspiController m_cspi;
    DiskReplacement m_replacement;
    int m_resyncSeconds = 30;
    double m_defaultThroughput = 5.0 * 1024 * 1024;
    QHash<QString, double> m_throughputOverrides;
    bool m_started = false;
    QList<StoreEvent> m_queue;
    bool m_queueScheduled = false;
    QSet<QString> m_lastDown;
    QSet<QString> m_lastOffline;
    QSet<QString> m_lastReadOnly;
    QSet<QString> m_orphans;    // datasets whose CVR was deleted while they stayed on the pool
    QSet<QString> m_destroying; // CVRs being deleted whose destroy is under way
    bool m_wasPaused = false;
};

} // namespace Sim
