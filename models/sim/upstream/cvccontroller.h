#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/controllerwrites.h"
#include "models/sim/upstream/pdbkeeper.h"
#include "models/sim/upstream/xxhash.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <optional>

namespace Sim {

class FaultPlan;
class EventRecorder;

// The CVC operator's cstorvolumeclaim-controller (CSTOR-CONTROLLERS.md §1): reacts to CVC
// writes and resyncs every `resync` seconds; scales volume replicas up and down exactly as
// upstream (write order, events, messages). Also stands in for the garbage collector of the
// CVC -> CV -> CVR ownership chain.
class CvcController : public QObject
{
    Q_OBJECT

public:
    CvcController(ObjectStore *store, FaultPlan *faults, SimClock *clock, EventRecorder *events,
                  QObject *parent = nullptr);

    void setResyncSeconds(int seconds); // default 30
    int resyncSeconds() const { return m_resyncSeconds; }
    void setOperatorVersion(const QString &version); // default "3.6.0"
    QString operatorVersion() const { return m_version; }
    void start();

    // One syncCVC pass now (tests).
    void sync(const QString &ns, const QString &name);

    // hash.Hash("<pv>-<pool>") of CO pkg/util/hash: xxhash64 of the JSON-encoded string.
    static QString replicaIdFor(const QString &volume, const QString &pool);
    static quint64 xxhash64(const QByteArray &data, quint64 seed = 0)
    {
        return XxHash::hash64(data, seed);
    }
    static QString component() { return QStringLiteral("cstorvolumeclaim-controller"); }

signals:
    void synced(const QString &ns, const QString &name);

private:
    void onStoreChanged(const StoreEvent &event);
    void enqueue(const QString &ns, const QString &name);
    void processQueue();
    void resync();
    void syncOnce(const QString &ns, const QString &name);
    ObjectStore::Result write(const QString &resource, const QJsonObject &object);
    QString writePoolInfo(const QJsonObject &cvc);
    std::optional<QJsonObject> populateVersion(const QJsonObject &current);
    bool finishDeletion(QJsonObject cvc, const QJsonObject &current);
    bool shouldReconcile(const QJsonObject &cvc);
    static bool isBound(const QJsonObject &cvc);
    void reconcileScale(const QJsonObject &cvc);
    QString scaleUp(const QJsonObject &cvc);   // error message or empty
    QString scaleDown(const QJsonObject &cvc); // error message or empty
    QString createReplica(const QJsonObject &cvc, const QJsonObject &cv, const QJsonObject &cspi);
    void collectGarbage(const StoreEvent &event);
    bool paused() const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    EventRecorder *m_events;
    PdbKeeper m_pdbs;
    ControllerWrites m_writes;
    RequeueBackoff m_backoff;
    bool m_conflicted = false; // a write of the running sync met a newer version
    int m_resyncSeconds = 30;
    QString m_version = QStringLiteral("3.6.0");
    bool m_started = false;
    QStringList m_queue;
    QSet<QString> m_queued;
    bool m_queueScheduled = false;
    SimClock::TimerId m_resyncTimer = 0;
    bool m_wasPaused = false;
};

} // namespace Sim
