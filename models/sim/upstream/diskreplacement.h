#pragma once

#include "models/sim/store/simclock.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Sim {

class ObjectStore;
class EventRecorder;
class Uzfs;
struct ZPool;

// The block device replacement on a pool-manager (CO pool/operations modify.go
// OperationsConfig.Update, pool_utils.go isResilveringInProgress and cleanUpReplacementMarks).
// A block device of the CSPI whose claim names a predecessor (openebs.io/bd-predecessor) is
// swapped in with `zpool replace` (replacePoolVdev: its devLink is set), with a Normal event
// "BlockDevice Replacement" and the DiskReplacement condition True /
// BlockDeviceReplacementInprogress. The resilver copies the pool's used bytes at the pool's
// rebuild throughput in simulated time; the pool is DEGRADED meanwhile. Once it is done the
// marks are cleaned up (the old claim loses the CSPC finalizer and is deleted, the new one
// loses the annotation), "Resilvering is successfull on BlockDevice <new>" is recorded and the
// condition turns False / BlockDeviceReplacementSucceess.
class DiskReplacement
{
public:
    DiskReplacement(ObjectStore *store, SimClock *clock, EventRecorder *events, const Uzfs *uzfs);

    // Called with the pool's name when a resilver has finished (the pool-manager syncs then).
    void setResilverFinished(QObject *context, std::function<void(const QString &)> finished);

    // True the first time a CSPI's block devices differ from what was last seen (the CSPC
    // operator replaced one): the pool-manager runs update() at once.
    bool devicesChanged(const QJsonObject &cspi);
    // OperationsConfig.Update, the replacement part; writes the CSPI when it changed.
    void update(const ZPool &pool);
    // The pool's rebuild throughput changed: a running resilver goes on at the new rate.
    void throughputChanged(const ZPool &pool);
    // A resilver is running on the pool (`zpool status`: the pool is DEGRADED).
    bool resilvering(const QString &pool) const;
    // What the simulator knows about a running resilver, for the truth endpoint.
    QJsonObject truth(const QString &pool) const;

    static QString component() { return QStringLiteral("CStorPoolInstance"); }

private:
    struct Resilver
    {
        QString device; // the new block device
        qint64 startMs = 0;
        qint64 endMs = 0;
        double bytes = 0;
        double copied = 0; // at markMs
        qint64 markMs = 0;
        double rate = 1; // bytes per simulated second
        SimClock::TimerId timer = 0;
    };

    // Ends the resilver at its current rate (the finished callback then).
    void schedule(const QString &pool, Resilver &resilver);
    // isResilveringInProgress for the vdev of the new block device.
    bool resilverInProgress(const QString &pool, const QString &device) const;
    // cleanUpReplacementMarks: the error text, or empty.
    QString cleanUpReplacementMarks(const std::optional<QJsonObject> &oldClaim,
                                    QJsonObject newClaim);

    ObjectStore *m_store;
    SimClock *m_clock;
    EventRecorder *m_events;
    const Uzfs *m_uzfs;
    QObject *m_context = nullptr;
    std::function<void(const QString &)> m_finished;
    QHash<QString, Resilver> m_resilvers; // by pool
    QHash<QString, QStringList> m_seen;   // the block devices last seen, by pool
};

} // namespace Sim
