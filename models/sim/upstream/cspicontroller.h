#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sim {

class ObjectStore;
class FaultPlan;
class EventRecorder;
class Uzfs;
class ZvolRebuild;
class DiskReplacement;
struct ZPool;

// The CSPI side of a pool-manager (CO cspi-controller, CSTOR-CONTROLLERS.md §4): the pool as
// the CSPI describes it, its import, and its status: capacity as quantities, replica counts,
// phase and the read-only threshold.
class CspiController
{
public:
    CspiController(ObjectStore *store, FaultPlan *faults, EventRecorder *events, Uzfs *uzfs,
                   ZvolRebuild *rebuild);

    // The zpool a CSPI stands for: names, node, size and the used bytes its status gives (-1
    // when it gives none).
    static ZPool poolOf(const QJsonObject &cspi);
    // A pool-manager that starts again imports its pool.
    void imported(const ZPool &pool);
    // A pool-manager whose import fails (its disks are gone or attached elsewhere): the event
    // and the PoolLost condition, at every reconcile; the phase is left as it was.
    void importFailed(const ZPool &pool);
    // The CSPI status, written only when it changed (CO updateStatus).
    void writeStatus(ZPool &pool);

    static QString component() { return QStringLiteral("CStorPoolInstance"); }

    // The pool's resilvers (a block device replacement): the pool is DEGRADED while one runs.
    void setDiskReplacement(const DiskReplacement *replacement) { m_replacement = replacement; }

    // The zpool lost more disks than its raid groups tolerate (health UNAVAIL): its I/O is
    // suspended and zfs commands on it fail.
    bool suspended(const ZPool &pool) const;

private:
    // Read-only threshold (CO updateROMode); 100 disables it.
    void updateReadOnlyMode(ZPool &pool, const QJsonObject &cspi, qint64 usedQuantity,
                            qint64 freeQuantity);

    // The block devices of the pool whose vdev is faulted (faults: failedDisks).
    QStringList unavailableDisks(const QJsonObject &cspi) const;
    QString zpoolHealth(const QJsonObject &cspi) const;
    void addDiskUnavailableCondition(const QJsonObject &cspi, QJsonObject &status);
    QString cspcUid(const ZPool &pool) const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    EventRecorder *m_events;
    Uzfs *m_uzfs;
    ZvolRebuild *m_rebuild;
    const DiskReplacement *m_replacement = nullptr;
};

} // namespace Sim
