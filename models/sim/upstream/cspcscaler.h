#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sim {

class ObjectStore;
class SimClock;
class EventRecorder;

// The CSPC operator's pool provisioning (CO cspc-controller sync.go Controller::sync, the part
// before the status): the cleanup of CSPIs being deleted (cleanup.go cleanupCSPIResources),
// then ScaleUp when the CSPC has more pool specs than CSPIs and ScaleDown when it has fewer
// (scale.go). A new CSPI gets a pool pod and a pool-manager like every CSPI (CstorPods and
// PoolManager watch CSPIs).
class CspcScaler
{
public:
    CspcScaler(ObjectStore *store, SimClock *clock, EventRecorder *events);

    void sync(const QJsonObject &cspc);

private:
    QList<QJsonObject> cspisOf(const QJsonObject &cspc) const;
    void cleanupCspiResources(const QList<QJsonObject> &cspis);
    void scaleUp(const QJsonObject &cspc, int pendingPoolCount);
    bool createCspi(const QJsonObject &cspc, QSet<QString> &visitedNodes);
    void scaleDown(const QJsonObject &cspc, const QList<QJsonObject> &cspis);
    // algorithm SelectNode: the first pool spec whose node has no CSPI of this CSPC and whose
    // block devices no CSPI uses; empty when none qualifies.
    QString selectNode(const QJsonObject &cspc, QSet<QString> &visitedNodes,
                       QJsonObject *poolSpec) const;
    // algorithm GetNodeFromLabelSelector: the hostname label of the one node the selector
    // matches; empty unless exactly one does.
    QString nodeFromSelector(const QJsonObject &selector) const;
    QString randomString(int length) const; // apimachinery rand.String

    ObjectStore *m_store;
    SimClock *m_clock;
    EventRecorder *m_events;
};

} // namespace Sim
