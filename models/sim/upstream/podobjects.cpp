#include "models/sim/upstream/podobjects.h"

#include "models/sim/upstream/clusternodes.h"
#include "models/sim/upstream/podnames.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>

namespace Sim::PodObjects {

namespace {

const QString kVersion = QStringLiteral("3.6.0");
const QString kOperatorAccount = QStringLiteral("openebs-cstor-operator");

QJsonObject condition(const QString &type, bool status, const QString &now)
{
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("lastProbeTime"), QJsonValue::Null},
        {QStringLiteral("lastTransitionTime"), now}};
}

QJsonObject status(const QStringList &containers, const Placement &p)
{
    if (p.node.isEmpty()) {
        QJsonObject scheduled = condition(QStringLiteral("PodScheduled"), false, p.now);
        scheduled.insert(QStringLiteral("reason"), QStringLiteral("Unschedulable"));
        scheduled.insert(QStringLiteral("message"), p.unschedulableMessage);
        return QJsonObject{{QStringLiteral("phase"), QStringLiteral("Pending")},
                           {QStringLiteral("conditions"), QJsonArray{scheduled}},
                           {QStringLiteral("qosClass"), QStringLiteral("BestEffort")}};
    }
    QJsonArray statuses;
    for (const QString &c : containers) {
        const QJsonObject state =
            p.running ? QJsonObject{{QStringLiteral("running"),
                                     QJsonObject{{QStringLiteral("startedAt"), p.now}}}}
                      : QJsonObject{{QStringLiteral("waiting"),
                                     QJsonObject{{QStringLiteral("reason"),
                                                  QStringLiteral("ContainerCreating")}}}};
        statuses.append(QJsonObject{{QStringLiteral("name"), c},
                                    {QStringLiteral("ready"), p.running},
                                    {QStringLiteral("started"), p.running},
                                    {QStringLiteral("restartCount"), 0},
                                    {QStringLiteral("image"), QString()},
                                    {QStringLiteral("imageID"), QString()},
                                    {QStringLiteral("state"), state}});
    }
    return QJsonObject{
        {QStringLiteral("phase"),
         p.running ? QStringLiteral("Running") : QStringLiteral("Pending")},
        {QStringLiteral("conditions"),
         QJsonArray{condition(QStringLiteral("PodReadyToStartContainers"), p.running, p.now),
                    condition(QStringLiteral("Initialized"), true, p.now),
                    condition(QStringLiteral("Ready"), p.ready, p.now),
                    condition(QStringLiteral("ContainersReady"), p.running, p.now),
                    condition(QStringLiteral("PodScheduled"), true, p.now)}},
        {QStringLiteral("containerStatuses"), statuses},
        {QStringLiteral("qosClass"), QStringLiteral("BestEffort")},
        {QStringLiteral("startTime"), p.now},
    };
}

// DefaultTolerationSeconds admission: not-ready and unreachable, NoExecute, 300 s.
QJsonArray defaultTolerations()
{
    QJsonArray list;
    for (const QString &key : {QStringLiteral("node.kubernetes.io/not-ready"),
                               QStringLiteral("node.kubernetes.io/unreachable")})
        list.append(QJsonObject{{QStringLiteral("key"), key},
                                {QStringLiteral("operator"), QStringLiteral("Exists")},
                                {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                                {QStringLiteral("tolerationSeconds"), 300}});
    return list;
}

// Who created the pod: its controller (ownerReferences) and the generateName it used.
struct Owner
{
    QString kind;
    QString name;
    QString generateName; // empty: the pod is named by its controller (a StatefulSet's)
};

QJsonObject podObject(const QString &ns, const QString &name, const Owner &owner,
                      const QJsonObject &labels, const QStringList &containers, QJsonObject spec,
                      const QString &serviceAccount, const Placement &p)
{
    QJsonArray containerList;
    for (const QString &c : containers)
        containerList.append(
            QJsonObject{{QStringLiteral("name"), c},
                        {QStringLiteral("image"), QString()},
                        {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")}});
    spec.insert(QStringLiteral("containers"), containerList);
    spec.insert(QStringLiteral("tolerations"), defaultTolerations());
    spec.insert(QStringLiteral("restartPolicy"), QStringLiteral("Always"));
    spec.insert(QStringLiteral("schedulerName"), QStringLiteral("default-scheduler"));
    spec.insert(QStringLiteral("serviceAccountName"), serviceAccount);
    if (!p.node.isEmpty())
        spec.insert(QStringLiteral("nodeName"), p.node);
    QJsonObject metadata{
        {QStringLiteral("name"), name},
        {QStringLiteral("namespace"), ns},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("ownerReferences"),
         QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                {QStringLiteral("kind"), owner.kind},
                                {QStringLiteral("name"), owner.name},
                                {QStringLiteral("uid"), QString()},
                                {QStringLiteral("controller"), true},
                                {QStringLiteral("blockOwnerDeletion"), true}}}}};
    if (!owner.generateName.isEmpty())
        metadata.insert(QStringLiteral("generateName"), owner.generateName);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), status(containers, p)},
    };
}

// A Deployment's pod, `<deployment>-<pod-template-hash>-<5>`: the ReplicaSet is the name
// without its suffix.
QJsonObject pod(const QString &ns, const QString &name, const QString &deployment,
                const QJsonObject &labels, const QStringList &containers, const QJsonObject &spec,
                const Placement &p, const QString &serviceAccount = kOperatorAccount)
{
    const QString replicaSet = name.left(name.lastIndexOf(QLatin1Char('-')));
    const QString hash = replicaSet.mid(deployment.size() + 1);
    QJsonObject allLabels = labels;
    allLabels.insert(QStringLiteral("pod-template-hash"), hash);
    return podObject(ns, name,
                     Owner{QStringLiteral("ReplicaSet"), replicaSet,
                           deployment + QLatin1Char('-') + hash + QLatin1Char('-')},
                     allLabels, containers, spec, serviceAccount, p);
}

QJsonObject hostPath(const QString &name, const QString &path)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("hostPath"), QJsonObject{{QStringLiteral("path"), path}}}};
}

QJsonObject emptyDir(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("emptyDir"), QJsonObject()}};
}

} // namespace

QJsonObject poolPod(const QString &ns, const QString &cspi, const QString &cspc,
                    const QString &name, const Placement &placement)
{
    const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("cstor-pool")},
                             {QStringLiteral("openebs.io/cstor-pool-cluster"), cspc},
                             {QStringLiteral("openebs.io/cstor-pool-instance"), cspi},
                             {QStringLiteral("openebs.io/version"), kVersion}};
    const QString base = QStringLiteral("/var/openebs/cstor-pool/") + cspc;
    QJsonObject spec{
        {QStringLiteral("nodeSelector"),
         QJsonObject{{QStringLiteral("kubernetes.io/hostname"), placement.pinned}}},
        {QStringLiteral("volumes"),
         QJsonArray{hostPath(QStringLiteral("device"), QStringLiteral("/dev")),
                    hostPath(QStringLiteral("udev"), QStringLiteral("/run/udev")),
                    hostPath(QStringLiteral("tmp"), base),
                    hostPath(QStringLiteral("sparse"), QStringLiteral("/var/openebs/sparse")),
                    hostPath(QStringLiteral("storagepath"), base),
                    emptyDir(QStringLiteral("sockfile"))}}};
    QJsonObject object = pod(ns, name, cspi, labels,
                             {QStringLiteral("cstor-pool-mgmt"), QStringLiteral("cstor-pool"),
                              QStringLiteral("maya-exporter")},
                             spec, placement);
    return object;
}

QJsonObject targetPod(const QString &ns, const QString &pv, const QString &name,
                      const Placement &placement)
{
    const QJsonObject labels{
        {QStringLiteral("app"), QStringLiteral("cstor-volume-manager")},
        {QStringLiteral("monitoring"), QStringLiteral("volume_exporter_prometheus")},
        {QStringLiteral("openebs.io/persistent-volume"), pv},
        {QStringLiteral("openebs.io/target"), QStringLiteral("cstor-target")},
        {QStringLiteral("openebs.io/version"), kVersion}};
    const QJsonObject spec{
        {QStringLiteral("volumes"),
         QJsonArray{emptyDir(QStringLiteral("sockfile")), emptyDir(QStringLiteral("conf")),
                    hostPath(QStringLiteral("storagepath"),
                             QStringLiteral("/var/openebs/cstor-target/") + pv)}}};
    return pod(ns, name, pv + QStringLiteral("-target"), labels,
               {QStringLiteral("cstor-istgt"), QStringLiteral("maya-volume-exporter"),
                QStringLiteral("cstor-volume-mgmt")},
               spec, placement);
}

QJsonObject appPod(const QString &ns, const QString &claim, const QString &name,
                   const PodNames::ClaimUser &user, const Placement &placement)
{
    const QString data = QStringLiteral("data");
    const QJsonObject spec{
        {QStringLiteral("volumes"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), data},
                                {QStringLiteral("persistentVolumeClaim"),
                                 QJsonObject{{QStringLiteral("claimName"), claim}}}}}}};
    const QStringList containers{QStringLiteral("app")};
    const QString account = QStringLiteral("default");
    QJsonObject object;
    if (user.statefulSet.isEmpty()) {
        object =
            pod(ns, name, user.deployment, QJsonObject{{QStringLiteral("app"), user.deployment}},
                containers, spec, placement, account);
    } else {
        // The set's current revision: `<set>-<hash>`, a hash as a Deployment's pods carry one.
        const QString revision =
            PodNames::ofDeployment(user.statefulSet, user.statefulSet).chopped(6);
        const QJsonObject labels{
            {QStringLiteral("app"), user.statefulSet},
            {QStringLiteral("apps.kubernetes.io/pod-index"), name.section(QLatin1Char('-'), -1)},
            {QStringLiteral("controller-revision-hash"), revision},
            {QStringLiteral("statefulset.kubernetes.io/pod-name"), name}};
        QJsonObject setSpec = spec;
        setSpec.insert(QStringLiteral("hostname"), name);
        object = podObject(ns, name, Owner{QStringLiteral("StatefulSet"), user.statefulSet, {}},
                           labels, containers, setSpec, account, placement);
    }
    // The application's one container mounts the claim.
    QJsonObject podSpec = object.value(QLatin1String("spec")).toObject();
    QJsonArray containerList = podSpec.value(QLatin1String("containers")).toArray();
    QJsonObject container = containerList.at(0).toObject();
    container.insert(
        QStringLiteral("volumeMounts"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), data},
                               {QStringLiteral("mountPath"), QStringLiteral("/data")}}});
    containerList.replace(0, container);
    podSpec.insert(QStringLiteral("containers"), containerList);
    object.insert(QStringLiteral("spec"), podSpec);
    return object;
}

// The scheduler's FitError: "0/N nodes are available: <count reason>, ... preemption: ...".
QString unschedulableMessage(const ClusterNodes &nodes, const QString &node)
{
    const QStringList names = nodes.names();
    QMap<QString, int> reasons;
    for (const QString &n : names) {
        if (n != node)
            ++reasons[QStringLiteral("node(s) didn't match Pod's node affinity/selector")];
        else if (!nodes.isReady(n))
            ++reasons[QStringLiteral(
                "node(s) had untolerated taint {node.kubernetes.io/unreachable: }")];
        else
            ++reasons[QStringLiteral("node(s) were unschedulable")];
    }
    QStringList parts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    parts.sort();
    const int n = int(names.size());
    return QStringLiteral("0/%1 nodes are available: %2. preemption: 0/%1 nodes are available: %1 "
                          "Preemption is not helpful for scheduling.")
        .arg(n)
        .arg(parts.join(QStringLiteral(", ")));
}

void keepIdentity(QJsonObject &pod, const QJsonObject &stored)
{
    QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
    const QJsonObject old = stored.value(QLatin1String("metadata")).toObject();
    for (const QString &key : {QStringLiteral("uid"), QStringLiteral("creationTimestamp")})
        metadata.insert(key, old.value(key));
    pod.insert(QStringLiteral("metadata"), metadata);
    // startTime and transition times stay as the kubelet first wrote them while nothing changed.
    const QJsonObject oldStatus = stored.value(QLatin1String("status")).toObject();
    QJsonObject status = pod.value(QLatin1String("status")).toObject();
    if (oldStatus.value(QLatin1String("phase")) == status.value(QLatin1String("phase")) &&
        oldStatus.contains(QLatin1String("startTime")))
        status.insert(QStringLiteral("startTime"), oldStatus.value(QLatin1String("startTime")));
    pod.insert(QStringLiteral("status"), status);
}

} // namespace Sim::PodObjects
