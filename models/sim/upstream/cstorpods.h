#pragma once

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/podnames.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Sim {

class ClusterNodes;
class FaultPlan;
class PoolManager;
class VolumeTarget;

// The pods of cStor as Kubernetes runs them: one pool pod per CSPI (its Deployment, CO
// pkg/cspc/algorithm build_deploy.go, pinned by nodeSelector to the CSPI's node) and one target
// pod per volume (`<pv>-target`, CO cstorvolumeconfig deployment.go); and the pod of the
// application that mounts each bound claim (a StatefulSet's or a Deployment's, PodNames::
// ofClaimUser). The ReplicaSet of each recreates a deleted pod under a new name (a StatefulSet
// under the same name); the scheduler binds it to a Ready, schedulable node (a pool pod only to
// its own node: Pending until that node takes it; an application pod to one picked by its
// claim's name, spreading them); a pod on a node marked unreachable turns not Ready and is
// deleted after the default toleration (300 s, DefaultTolerationSeconds). A pool pod that is not
// Running stops its pool-manager (the pool is unreachable); a target pod that is not running
// stops istgt, and its successor starts from the CV (VolumeTarget::restart). An application's
// containers start once its volume's CVC is Bound and its target runs (cstor-csi stages the
// volume only then), and the application goes when its claim is deleted.
class CstorPods : public QObject
{
    Q_OBJECT

public:
    CstorPods(ObjectStore *store, FaultPlan *faults, SimClock *clock, ClusterNodes *nodes,
              PoolManager *pools, VolumeTarget *targets, QObject *parent = nullptr);

    static constexpr double kTolerationSeconds = 300;

    void start();

private:
    enum class Role { Pool, Target, App };
    struct Pod
    {
        QString ns;
        QString owner; // CSPI name, PV name or claim name
        Role role = Role::Pool;
        QString name;             // current pod
        QString node;             // pinned node (pool) or the node it runs on (target, app)
        QString cspc;             // pool
        QString volume;           // app: the PV its claim is bound to
        PodNames::ClaimUser user; // app: the StatefulSet or Deployment that runs it
        int incarnation = 0;
        bool running = false;
        SimClock::TimerId timer = 0;
    };

    static QString keyOf(const Pod &pod);
    void addPoolPod(const QJsonObject &cspi);
    void removePod(const QString &key);
    void followCspi(const QJsonObject &cspi);
    void addTargetPod(const QJsonObject &cv);
    void addAppPod(const QJsonObject &pvc, const QStringList &schedulable);
    void followClaim(const StoreEvent &event);
    void followVolumeConfig(const StoreEvent &event);
    void startAppOf(const QString &volume);
    bool canStart(const Pod &pod) const;
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
    QJsonObject podObject(const Pod &pod) const;
    QString keyOfPod(const QString &ns, const QString &name) const;

    ObjectStore *m_store;
    FaultPlan *m_faults;
    SimClock *m_clock;
    ClusterNodes *m_nodes;
    PoolManager *m_pools;
    VolumeTarget *m_targets;
    QHash<QString, Pod> m_pods; // "pool/<cspi>", "target/<pv>" or "app/<ns>/<claim>"
    QHash<QString, QString> m_keyByPodName;
    QHash<QString, QString> m_appOfVolume; // PV name -> key of the pod that mounts it
    QSet<QString> m_boundVolumes;          // of the CVCs that are Bound
    QSet<QString> m_down;
    bool m_started = false;
};

} // namespace Sim
