#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cspcoperations.h"
#include "models/sim/upstream/cspcscaler.h"
#include "models/sim/upstream/cspispecsync.h"

#include <QObject>
#include <QSet>

namespace Sim {

class FaultPlan;
class EventRecorder;

// The CSPC operator (CSTOR-CONTROLLERS.md §5): its pools follow the pool specs (CspcScaler), its
// CSPIs the node selectors of their specs (CspiSpecSync), block device replacements reach the
// CSPIs (CspcOperations), then its status: desired, provisioned
// and healthy instances and the PoolManagerAvailable condition, on every CSPC or CSPI event and
// every resync.
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
    CspcScaler m_scaler;
    CspiSpecSync m_specSync;
    CspcOperations m_operations;
    int m_resyncSeconds = 30;
    bool m_started = false;
    QSet<QString> m_pending;
    bool m_scheduled = false;
};

} // namespace Sim
