#pragma once

#include "models/sim/upstream/podnames.h"

#include <QJsonObject>
#include <QString>

namespace Sim {

class ClusterNodes;

// The Pod objects of cStor's Deployments, and of the applications that mount its volumes, as the
// apiserver holds them: metadata (labels, ReplicaSet or StatefulSet owner), spec (containers,
// volumes, nodeSelector / nodeName, default tolerations) and the status the kubelet or the
// scheduler writes.
namespace PodObjects {

struct Placement
{
    QString node;   // spec.nodeName; empty while unscheduled
    QString pinned; // a pool pod's nodeSelector kubernetes.io/hostname
    bool running = false;
    bool ready = false;
    QString unschedulableMessage; // the scheduler's PodScheduled=False message
    QString now;
};

// CO pkg/cspc/algorithm/build_deploy.go GetPoolDeploySpec: labels app=cstor-pool,
// openebs.io/cstor-pool-instance, openebs.io/cstor-pool-cluster, openebs.io/version; containers
// cstor-pool-mgmt, cstor-pool, maya-exporter; nodeSelector kubernetes.io/hostname.
QJsonObject poolPod(const QString &ns, const QString &cspi, const QString &cspc,
                    const QString &name, const Placement &placement);
// CO cstorvolumeconfig deployment.go: `<pv>-target`, labels app=cstor-volume-manager,
// openebs.io/target=cstor-target, openebs.io/persistent-volume; containers cstor-istgt,
// maya-volume-exporter, cstor-volume-mgmt.
QJsonObject targetPod(const QString &ns, const QString &pv, const QString &name,
                      const Placement &placement);
// A user's application that mounts `claim` (volume `data`, at /data in its container `app`):
// a StatefulSet's pod (labels app, apps.kubernetes.io/pod-index, controller-revision-hash,
// statefulset.kubernetes.io/pod-name; spec.hostname) or a Deployment's (labels app,
// pod-template-hash), as `user` says; service account default.
QJsonObject appPod(const QString &ns, const QString &claim, const QString &name,
                   const PodNames::ClaimUser &user, const Placement &placement);
// The scheduler's FitError text for a pool pod pinned to `node`.
QString unschedulableMessage(const ClusterNodes &nodes, const QString &node);
// uid and creationTimestamp of the stored pod, kept across status writes.
void keepIdentity(QJsonObject &pod, const QJsonObject &stored);

} // namespace PodObjects

} // namespace Sim
