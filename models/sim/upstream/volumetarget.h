#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/controllerwrites.h"
#include "models/sim/upstream/istgtreplication.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class FaultPlan;
class EventRecorder;
class PoolManager;

// The target of every volume: istgt (which replicas are connected, trusty or not, their modes)
// and cstor-volume-mgmt (CV status every resync, DRF reconcile, promotion of rebuilt replicas).
// CSTOR-CONTROLLERS.md §3.
class VolumeTarget : public QObject
{
    Q_OBJECT

public:
    VolumeTarget(ObjectStore *store, FaultPlan *faults, SimClock *clock, EventRecorder *events,
                 PoolManager *pools, QObject *parent = nullptr);

    void setResyncSeconds(int seconds);
    void start();

    // Runs the volume-mgmt sync of one CV now (tests).
    void syncVolume(const QString &ns, const QString &name);
    // The phase istgt reports for a volume now (§3.3), and its replica list.
    QString volumePhase(const QString &ns, const QString &name) const;
    QJsonObject truth(const QString &ns, const QString &name) const;
    // The target pod restarts: volume-mgmt writes istgt.conf again from the CV, istgt reads it
    // (its replication state realigns with the CV) and every replica reconnects (§9.7).
    bool restart(const QString &ns, const QString &name);
    // The target pod stops gracefully: the CV goes Offline with no replica statuses, every
    // replica loses its connection, nothing is synced until restart() (§9.7).
    bool stop(const QString &ns, const QString &name);

    static QString phaseFor(int healthy, int degraded, int rf, int cf);

    // The target pod (CstorPods schedules it): its name and node, and whether it runs. While it
    // does not, istgt is gone (no replica connects, volume-mgmt writes nothing); when it runs
    // again it starts from the CV (restart).
    struct PodPlacement
    {
        QString pod;
        QString node;
    };
    PodPlacement podOf(const QString &ns, const QString &name) const;
    void setPod(const QString &ns, const QString &name, const PodPlacement &placement);
    void setPodDown(const QString &ns, const QString &name, bool down);

signals:
    void volumeSynced(const QString &ns, const QString &name);

private:
    struct Target
    {
        QString ns;
        QString name;
        int confDrf = 0;        // the DesiredReplicationFactor line of istgt.conf
        IstgtReplication istgt; // istgt's own RF, CF, DRF and voting replicas
        QJsonObject lastSpec;
        QString lastPhase;
        QString podName;
        QString node;
        bool podDown = false;
        qint64 syncOffsetMs = 0;
        SimClock::TimerId timer = 0;
        QSet<QString> pendingConnect;   // CVR names
        QSet<QString> pendingPromotion; // CVR names rebuilt while volume-mgmt could not act
        QSet<QString> removedGuids;     // dropped by a DRF scale-down
        bool stopped = false;           // the pod is stopped
    };

    static QString key(const QString &ns, const QString &name)
    {
        return ns + QLatin1Char('/') + name;
    }
    void addTarget(const QJsonObject &cv);
    void scheduleSync(Target &target);
    void evaluate(const QString &volumeKey);
    void onReplicasChanged(const QString &volume);
    void onReplicaRebuilt(const QString &volume, const QString &cvr, bool wasNew);
    void promote(Target &target, const QString &cvr);
    void onStoreChanged(const StoreEvent &event);
    void processQueue();
    void handleModify(Target &target, const QJsonObject &cv);
    bool reconcileDrf(Target &target, const QJsonObject &cv);
    QString scaleUp(Target &target, int drf);
    QString scaleDown(Target &target, QJsonObject cv, int drf);
    QString drfCommandError(const Target &target, const QString &response) const;
    QList<IstgtReplication::Connected> connectedReplicas(const Target &target) const;
    void writeStatus(Target &target);
    QJsonArray replicaStatuses(const Target &target, int *healthy, int *degraded) const;
    bool paused() const;
    QString targetKeyOfVolume(const QString &volume) const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    EventRecorder *m_events;
    PoolManager *m_pools;
    ControllerWrites m_writes;
    int m_resyncSeconds = 30;
    bool m_started = false;
    QHash<QString, Target> m_targets;
    QHash<QString, QString> m_keyByVolume; // PV name -> key
    QList<QJsonObject> m_queue;
    bool m_queueScheduled = false;
    bool m_wasPaused = false;
};

} // namespace Sim
