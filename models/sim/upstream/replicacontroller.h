#pragma once

#include "models/sim/upstream/controllerwrites.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Sim {

class FaultPlan;
class ObjectStore;
class SimClock;
class EventRecorder;
class Uzfs;
class ZvolRebuild;
struct ZPool;
struct Zvol;

// The CVR side of a pool-manager (CO replica-controller, CSTOR-CONTROLLERS.md §2): a replica's
// zvol is created on the Add event and destroyed, finalizers and all, on the Destroy event; the
// CVR's phase and capacity are reconciled with what zfs reports at every sync.
class ReplicaController : public QObject
{
    Q_OBJECT

public:
    ReplicaController(ObjectStore *store, FaultPlan *faults, SimClock *clock, EventRecorder *events,
                      Uzfs *uzfs, ZvolRebuild *rebuild, QObject *parent = nullptr);

    // A replica of a loaded scenario: its zvol as the CVR's status describes it.
    void adopt(const QJsonObject &cvr);
    // Replicas without status.lastUpdateTime, stamped as if the last resync had just happened.
    void stampUpdateTimes();
    // A pool-manager that starts again: every replica gets the Add handling.
    void recreate(const ZPool &pool);
    void handleAdd(ZPool &pool, const QString &cvr);
    void handleDestroy(ZPool &pool, const QString &cvr);
    // `zfs destroy` failed (a suspended pool): phase DeletionFailed, Warning FailDestroy.
    void destroyFailed(const ZPool &pool, const QString &cvr);
    // At each sync, a CVR whose dataset zfs does not have (ZPool::withoutDataset).
    void syncWithoutDataset(ZPool &pool, const QString &cvr);
    // The CVR status from its zvol (or `forcedPhase`), written with the version read.
    void writeStatus(const ZPool &pool, const QString &cvr, const QString &forcedPhase = {});

    static QString component() { return QStringLiteral("CStorVolumeReplica"); }

signals:
    void replicasChanged(const QString &volume);

private:
    bool createZvol(ZPool &pool, const QString &cvr, const QString &phase);
    void failCreate(ZPool &pool, const QJsonObject &cvr);
    void destroyClones(ZPool &pool, const QStringList &clones);
    QString datasetName(const ZPool &pool, const QString &volume) const;
    QList<QJsonObject> peersOf(const Zvol &zvol) const;

    ObjectStore *m_store;
    ControllerWrites m_writes;
    SimClock *m_clock;
    EventRecorder *m_events;
    Uzfs *m_uzfs;
    ZvolRebuild *m_rebuild;
};

} // namespace Sim
