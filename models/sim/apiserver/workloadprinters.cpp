#include "models/sim/apiserver/workloadprinters.h"

#include "models/sim/apiserver/tablerenderer.h"

#include <QStringList>

namespace Sim::WorkloadPrinters {

namespace {

QJsonObject tableColumn(const QString &name, const QString &type, const QString &description,
                        int priority = 0, const QString &format = QString())
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("priority"), priority}};
}

QJsonObject part(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

QString text(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("<none>") : value;
}

QJsonArray podCells(const QJsonObject &pod)
{
    const QJsonObject spec = part(pod, QStringLiteral("spec"));
    const QJsonObject status = part(pod, QStringLiteral("status"));
    const QJsonArray containers = spec.value(QLatin1String("containers")).toArray();
    int ready = 0;
    QString reason = status.value(QLatin1String("phase")).toString();
    for (const QJsonValue &c : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject cs = c.toObject();
        ready += cs.value(QLatin1String("ready")).toBool() ? 1 : 0;
        const QString waiting = part(part(cs, QStringLiteral("state")), QStringLiteral("waiting"))
                                    .value(QLatin1String("reason"))
                                    .toString();
        if (!waiting.isEmpty())
            reason = waiting;
    }
    if (part(pod, QStringLiteral("metadata")).contains(QLatin1String("deletionTimestamp")))
        reason = QStringLiteral("Terminating");
    return QJsonArray{QStringLiteral("%1/%2").arg(ready).arg(containers.size()),
                      reason,
                      QStringLiteral("0"),
                      QString(),
                      text(status.value(QLatin1String("podIP")).toString()),
                      text(spec.value(QLatin1String("nodeName")).toString()),
                      QStringLiteral("<none>"),
                      QStringLiteral("<none>")};
}

QJsonArray nodeCells(const QJsonObject &node)
{
    const QJsonObject status = part(node, QStringLiteral("status"));
    QStringList state{QStringLiteral("Unknown")};
    for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            state = {c.toObject().value(QLatin1String("status")).toString() == QLatin1String("True")
                         ? QStringLiteral("Ready")
                         : QStringLiteral("NotReady")};
    }
    if (part(node, QStringLiteral("spec")).value(QLatin1String("unschedulable")).toBool())
        state << QStringLiteral("SchedulingDisabled");
    QString internalIp;
    for (const QJsonValue &a : status.value(QLatin1String("addresses")).toArray()) {
        if (a.toObject().value(QLatin1String("type")).toString() == QLatin1String("InternalIP"))
            internalIp = a.toObject().value(QLatin1String("address")).toString();
    }
    const QJsonObject info = part(status, QStringLiteral("nodeInfo"));
    return QJsonArray{state.join(QLatin1Char(',')),
                      QStringLiteral("<none>"),
                      QString(),
                      info.value(QLatin1String("kubeletVersion")).toString(),
                      text(internalIp),
                      QStringLiteral("<none>"),
                      info.value(QLatin1String("osImage")).toString(),
                      info.value(QLatin1String("kernelVersion")).toString(),
                      info.value(QLatin1String("containerRuntimeVersion")).toString()};
}

QJsonArray pdbCells(const QJsonObject &pdb)
{
    const QJsonObject spec = part(pdb, QStringLiteral("spec"));
    auto value = [&spec](const char *key) {
        const QJsonValue v = spec.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QStringLiteral("N/A");
        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    };
    return QJsonArray{
        value("minAvailable"), value("maxUnavailable"),
        part(pdb, QStringLiteral("status")).value(QLatin1String("disruptionsAllowed")).toInt(),
        QString()};
}

} // namespace

std::optional<QJsonArray> columns(const ResourceInfo &r)
{
    const QJsonObject name =
        tableColumn(QStringLiteral("Name"), QStringLiteral("string"),
                    TableRenderer::nameDescription(), 0, QStringLiteral("name"));
    const QJsonObject age = tableColumn(QStringLiteral("Age"), QStringLiteral("string"),
                                        TableRenderer::creationTimestampDescription());
    if (r.group.isEmpty() && r.plural == QLatin1String("pods"))
        return QJsonArray{
            name,
            tableColumn(
                QStringLiteral("Ready"), QStringLiteral("string"),
                QStringLiteral("The aggregate readiness state of this pod for accepting traffic.")),
            tableColumn(QStringLiteral("Status"), QStringLiteral("string"),
                        QStringLiteral("The aggregate status of the containers in this pod.")),
            tableColumn(
                QStringLiteral("Restarts"), QStringLiteral("string"),
                QStringLiteral("The number of times the containers in this pod have been "
                               "restarted and when the last container in this pod has restarted.")),
            age,
            tableColumn(
                QStringLiteral("IP"), QStringLiteral("string"),
                QStringLiteral("podIP address allocated to the pod. Routable at least within "
                               "the cluster. Empty if not yet allocated."),
                1),
            tableColumn(QStringLiteral("Node"), QStringLiteral("string"),
                        QStringLiteral("NodeName indicates in which node this pod is scheduled."),
                        1),
            tableColumn(QStringLiteral("Nominated Node"), QStringLiteral("string"),
                        QStringLiteral("nominatedNodeName is set only when this pod preempts other "
                                       "pods on the node."),
                        1),
            tableColumn(
                QStringLiteral("Readiness Gates"), QStringLiteral("string"),
                QStringLiteral("If specified, all readiness gates will be evaluated for pod "
                               "readiness."),
                1)};
    if (r.group.isEmpty() && r.plural == QLatin1String("nodes"))
        return QJsonArray{
            name,
            tableColumn(QStringLiteral("Status"), QStringLiteral("string"),
                        QStringLiteral("The status of the node")),
            tableColumn(QStringLiteral("Roles"), QStringLiteral("string"),
                        QStringLiteral("The roles of the node")),
            age,
            tableColumn(QStringLiteral("Version"), QStringLiteral("string"),
                        QStringLiteral("Kubelet Version reported by the node.")),
            tableColumn(
                QStringLiteral("Internal-IP"), QStringLiteral("string"),
                QStringLiteral("List of addresses reachable to the node. Queried from cloud "
                               "provider, if available."),
                1),
            tableColumn(
                QStringLiteral("External-IP"), QStringLiteral("string"),
                QStringLiteral("List of addresses reachable to the node. Queried from cloud "
                               "provider, if available."),
                1),
            tableColumn(
                QStringLiteral("OS-Image"), QStringLiteral("string"),
                QStringLiteral("OS Image reported by the node from /etc/os-release (e.g. Debian "
                               "GNU/Linux 7 (wheezy))."),
                1),
            tableColumn(QStringLiteral("Kernel-Version"), QStringLiteral("string"),
                        QStringLiteral("Kernel Version reported by the node from 'uname -r' (e.g. "
                                       "3.16.0-0.bpo.4-amd64)."),
                        1),
            tableColumn(
                QStringLiteral("Container-Runtime"), QStringLiteral("string"),
                QStringLiteral("ContainerRuntime Version reported by the node through runtime "
                               "remote API (e.g. containerd://1.4.2)."),
                1)};
    if (r.group == QLatin1String("policy") && r.plural == QLatin1String("poddisruptionbudgets"))
        return QJsonArray{
            name,
            tableColumn(QStringLiteral("Min Available"), QStringLiteral("string"),
                        QStringLiteral("The minimum number of pods that must be available.")),
            tableColumn(QStringLiteral("Max Unavailable"), QStringLiteral("string"),
                        QStringLiteral("The maximum number of pods that may be unavailable.")),
            tableColumn(
                QStringLiteral("Allowed Disruptions"), QStringLiteral("integer"),
                QStringLiteral("Calculated number of pods that may be disrupted at this time.")),
            age};
    return std::nullopt;
}

std::optional<QJsonArray> cells(const ResourceInfo &r, const QJsonObject &object,
                                const QString &age)
{
    QJsonArray row;
    if (r.group.isEmpty() && r.plural == QLatin1String("pods"))
        row = podCells(object);
    else if (r.group.isEmpty() && r.plural == QLatin1String("nodes"))
        row = nodeCells(object);
    else if (r.group == QLatin1String("policy") &&
             r.plural == QLatin1String("poddisruptionbudgets"))
        row = pdbCells(object);
    else
        return std::nullopt;
    // The Age cell sits after Restarts (pods), Roles (nodes) or Allowed Disruptions (pdb).
    const int ageIndex = r.plural == QLatin1String("pods")    ? 3
                         : r.plural == QLatin1String("nodes") ? 2
                                                              : 3;
    row[ageIndex] = age;
    row.prepend(part(object, QStringLiteral("metadata")).value(QLatin1String("name")).toString());
    return row;
}

} // namespace Sim::WorkloadPrinters
