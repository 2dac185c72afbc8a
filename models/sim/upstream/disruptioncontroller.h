#pragma once

#include "models/sim/store/objectstore.h"

#include <QObject>
#include <QString>

namespace Sim {

class SimClock;

// Kubernetes' disruption controller (pkg/controller/disruption): keeps every
// PodDisruptionBudget's status from the pods its selector picks: expectedPods (one per pool
// Deployment, replicas 1), desiredHealthy = expected - maxUnavailable, currentHealthy (pods
// Ready and not being deleted), disruptionsAllowed = currentHealthy - desiredHealthy (>= 0),
// the DisruptionAllowed condition and observedGeneration.
class DisruptionController : public QObject
{
    Q_OBJECT

public:
    DisruptionController(ObjectStore *store, SimClock *clock, QObject *parent = nullptr);

    void start();
    // Recomputes the status of one PDB now (trySync / updatePdbStatus).
    void sync(const QString &ns, const QString &name);

private:
    void onStoreChanged(const StoreEvent &event);
    void syncAll();

    ObjectStore *m_store;
    SimClock *m_clock;
    bool m_scheduled = false;
};

} // namespace Sim
