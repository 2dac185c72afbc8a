#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace Sim {

class FaultPlan;

// The Node objects of the cluster, one per node a CSPI names (spec.hostName), and Kubernetes'
// node lifecycle controller for them (pkg/controller/nodelifecycle): a node of the faults'
// downNodes stops posting status; after the grace period its conditions turn Unknown
// ("Kubelet stopped posting node status.") and it gets the node.kubernetes.io/unreachable
// taints; when it is back the kubelet posts Ready again and the taints go.
class ClusterNodes : public QObject
{
    Q_OBJECT

public:
    ClusterNodes(ObjectStore *store, FaultPlan *faults, SimClock *clock, QObject *parent = nullptr);

    static constexpr double kGraceSeconds = 40; // --node-monitor-grace-period

    void start();
    // The zone label (topology.kubernetes.io/zone) the nodes made from now on get, by name; a
    // node not named gets none.
    void setZones(const QHash<QString, QString> &zoneOfNode) { m_zoneOfNode = zoneOfNode; }
    void ensureNode(const QString &name);
    bool isReady(const QString &node) const;       // kubelet posting, not marked lost
    bool isSchedulable(const QString &node) const; // Ready and not spec.unschedulable
    QStringList names() const;

signals:
    void nodeUnreachable(const QString &node); // marked Unknown, NoExecute taint added
    void nodeReady(const QString &node);       // posting Ready again

private:
    void onFaultsChanged();
    void markUnreachable(const QString &node);
    void markReady(const QString &node);
    void writeConditions(const QString &node, bool ready);

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    QSet<QString> m_down;        // faults' view
    QSet<QString> m_unreachable; // marked by the lifecycle controller
    QHash<QString, SimClock::TimerId> m_graceTimers;
    QHash<QString, QString> m_zoneOfNode;
};

} // namespace Sim
