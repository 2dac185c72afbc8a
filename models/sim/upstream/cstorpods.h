#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Sim {

class ClusterNodes;
class FaultPlan;
class PoolManager;
class VolumeTarget;

// The pods of cStor as Kubernetes runs them: one pool pod per CSPI (its Deployment, CO
// pkg/cspc/algorithm build_deploy.go, pinned by nodeSelector to the CSPI's node) and one target
// pod per volume (`<pv>-target`, CO cstorvolumeconfig deployment.go). The ReplicaSet of each
// recreates a deleted pod under a new name; the scheduler binds it to a Ready, schedulable node
// (a pool pod only to its own node: Pending until that node takes it); a pod on a node marked
// unreachable turns not Ready and is deleted after the default toleration (300 s,
// DefaultTolerationSeconds). A pool pod that is not Running stops its pool-manager (the pool is
// unreachable); a target pod that is not running stops istgt, and its successor starts from the
// CV (VolumeTarget::restart).
class CstorPods : public QObject
{
    Q_OBJECT

public:
    CstorPods(ObjectStore *store, FaultPlan *faults, SimClock *clock, ClusterNodes *nodes,
              PoolManager *pools, VolumeTarget *targets, QObject *parent = nullptr);

    static constexpr double kTolerationSeconds = 300;

    void start();

private:
    struct Pod
    {
        QString ns;
        QString owner; // CSPI name or PV name
        bool pool = true;
        QString name; // current pod
        QString node; // pinned node (pool) or the node it runs on (target)
        QString cspc;
        int incarnation = 0;
        bool running = false;
        SimClock::TimerId timer = 0;
    };

    void addPoolPod(const QJsonObject &cspi);
    void removePoolPod(const QString &key);
    void followCspi(const QJsonObject &cspi);
    void addTargetPod(const QJsonObject &cv);
    void createPod(Pod &pod);
    void schedule(Pod &pod);
    void setRunning(Pod &pod, bool running);
    void writeStatus(const Pod &pod);
    void onStoreChanged(const StoreEvent &event);
    void onPodDeleted(const QString &key);
    void onFaultsChanged();
    void onNodeUnreachable(const QString &node);
    void onNodeReady(const QString &node);
    void onNodeChanged();
    QString targetNode(const QString &avoid) const;
    QJsonObject podObject(const Pod &pod) const;
    QString keyOfPod(const QString &ns, const QString &name) const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    ClusterNodes *m_nodes;
    PoolManager *m_pools;
    VolumeTarget *m_targets;
    QHash<QString, Pod> m_pods; // "pool/<cspi>" or "target/<pv>"
    QHash<QString, QString> m_keyByPodName;
    QSet<QString> m_down;
    bool m_started = false;
};

} // namespace Sim
