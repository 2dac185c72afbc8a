#pragma once

#include "models/sim/store/objectstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

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
    void indexPod(const QJsonObject &pod, bool present);
    void indexPdb(const QJsonObject &pdb, bool present);
    void markPool(const QString &pool);
    void syncDirty();
    QList<QJsonObject> candidatePods(const QString &ns, const QStringList &pools) const;

    ObjectStore *m_store;
    SimClock *m_clock;
    bool m_scheduled = false;
    // What the informers' indexes give the real controller: pool pods by their pool instance
    // label, PDBs by the pool instances their selector's In values name ("" for any other
    // selector), each as "namespace/name"; the PDBs to sync at the next pass.
    QHash<QString, QSet<QString>> m_podsByPool;
    QHash<QString, QString> m_poolOfPod;
    QHash<QString, QSet<QString>> m_pdbsByPool;
    QHash<QString, QStringList> m_poolsOfPdb;
    QSet<QString> m_dirty;
};

} // namespace Sim
