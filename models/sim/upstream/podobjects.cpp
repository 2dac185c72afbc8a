#include "models/sim/upstream/podobjects.h"

#include "models/sim/upstream/clusternodes.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>

namespace Sim::PodObjects {

namespace {

const QString kVersion = QStringLiteral("3.6.0");

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

QJsonObject pod(const QString &ns, const QString &name, const QString &deployment,
                const QJsonObject &labels, const QStringList &containers, QJsonObject spec,
                const Placement &p)
{
    // `<deployment>-<pod-template-hash>-<5>`: the ReplicaSet is the name without its suffix.
    const QString replicaSet = name.left(name.lastIndexOf(QLatin1Char('-')));
    const QString hash = replicaSet.mid(deployment.size() + 1);
    QJsonObject allLabels = labels;
    allLabels.insert(QStringLiteral("pod-template-hash"), hash);
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
    spec.insert(QStringLiteral("serviceAccountName"), QStringLiteral("openebs-cstor-operator"));
    if (!p.node.isEmpty())
        spec.insert(QStringLiteral("nodeName"), p.node);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("generateName"),
              deployment + QLatin1Char('-') + hash + QLatin1Char('-')},
             {QStringLiteral("namespace"), ns},
             {QStringLiteral("labels"), allLabels},
             {QStringLiteral("ownerReferences"),
              QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                     {QStringLiteral("kind"), QStringLiteral("ReplicaSet")},
                                     {QStringLiteral("name"), replicaSet},
                                     {QStringLiteral("uid"), QString()},
                                     {QStringLiteral("controller"), true},
                                     {QStringLiteral("blockOwnerDeletion"), true}}}}}},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), status(containers, p)},
    };
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
