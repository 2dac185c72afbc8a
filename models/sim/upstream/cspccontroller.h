#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QObject>
#include <QSet>

namespace Sim {

class FaultPlan;
class EventRecorder;

// The CSPC operator's status part (CSTOR-CONTROLLERS.md §5): desired, provisioned and healthy
// instances and the PoolManagerAvailable condition, on every CSPC event and every resync.
class CspcController : public QObject
{
    Q_OBJECT

public:
    CspcController(ObjectStore *store, FaultPlan *faults, SimClock *clock, EventRecorder *events,
                   QObject *parent = nullptr);

    void setResyncSeconds(int seconds);
    void start();
    void sync(const QString &ns, const QString &name);

    static QString component() { return QStringLiteral("cspc-controller"); }

private:
    void onStoreChanged(const StoreEvent &event);
    void resync();
    bool paused() const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    EventRecorder *m_events;
    int m_resyncSeconds = 30;
    bool m_started = false;
    QSet<QString> m_pending;
    bool m_scheduled = false;
};

} // namespace Sim
