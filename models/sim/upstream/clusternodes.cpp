#include "models/sim/upstream/clusternodes.h"

#include "models/sim/store/faultplan.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>

namespace Sim {

using namespace ObjectFields;

namespace {

QJsonObject condition(const QString &type, const QString &status, const QString &reason,
                      const QString &message, const QString &heartbeat, const QString &transition)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("lastHeartbeatTime"), heartbeat},
                       {QStringLiteral("lastTransitionTime"), transition}};
}

// The kubelet's conditions (setters.go) or, for a lost node, the lifecycle controller's
// (tryUpdateNodeHealth: every condition Unknown, reason NodeStatusUnknown).
QJsonArray conditions(bool ready, const QString &now, const QString &heartbeat)
{
    if (!ready) {
        QJsonArray list;
        for (const QString &type :
             {QStringLiteral("MemoryPressure"), QStringLiteral("DiskPressure"),
              QStringLiteral("PIDPressure"), QStringLiteral("Ready")})
            list.append(
                condition(type, QStringLiteral("Unknown"), QStringLiteral("NodeStatusUnknown"),
                          QStringLiteral("Kubelet stopped posting node status."), heartbeat, now));
        return list;
    }
    return QJsonArray{
        condition(QStringLiteral("MemoryPressure"), QStringLiteral("False"),
                  QStringLiteral("KubeletHasSufficientMemory"),
                  QStringLiteral("kubelet has sufficient memory available"), now, now),
        condition(QStringLiteral("DiskPressure"), QStringLiteral("False"),
                  QStringLiteral("KubeletHasNoDiskPressure"),
                  QStringLiteral("kubelet has no disk pressure"), now, now),
        condition(QStringLiteral("PIDPressure"), QStringLiteral("False"),
                  QStringLiteral("KubeletHasSufficientPID"),
                  QStringLiteral("kubelet has sufficient PID available"), now, now),
        condition(QStringLiteral("Ready"), QStringLiteral("True"), QStringLiteral("KubeletReady"),
                  QStringLiteral("kubelet is posting ready status"), now, now)};
}

QJsonObject nodeObject(const QString &name, int index, const QString &now, const QString &zone)
{
    QJsonObject labels{{QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64")},
                       {QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux")},
                       {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
                       {kHostLabel, name},
                       {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")}};
    if (!zone.isEmpty())
        labels.insert(QStringLiteral("topology.kubernetes.io/zone"), zone);
    const QString ip = QStringLiteral("10.0.0.%1").arg(10 + index);
    const QJsonObject resources{{QStringLiteral("cpu"), QStringLiteral("8")},
                                {QStringLiteral("memory"), QStringLiteral("32863176Ki")},
                                {QStringLiteral("pods"), QStringLiteral("110")}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Node")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("labels"), labels}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("podCIDR"), QStringLiteral("10.244.%1.0/24").arg(index)}}},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("addresses"),
              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                     {QStringLiteral("address"), ip}},
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")},
                                     {QStringLiteral("address"), name}}}},
             {QStringLiteral("capacity"), resources},
             {QStringLiteral("allocatable"), resources},
             {QStringLiteral("conditions"), conditions(true, now, now)},
             {QStringLiteral("nodeInfo"),
              QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                          {QStringLiteral("containerRuntimeVersion"),
                           QStringLiteral("containerd://1.7.24")},
                          {QStringLiteral("kernelVersion"), QStringLiteral("5.15.0-126-generic")},
                          {QStringLiteral("kubeProxyVersion"), QStringLiteral("v1.32.4")},
                          {QStringLiteral("kubeletVersion"), QStringLiteral("v1.32.4")},
                          {QStringLiteral("operatingSystem"), QStringLiteral("linux")},
                          {QStringLiteral("osImage"), QStringLiteral("Ubuntu 22.04.5 LTS")}}}}},
    };
}

} // namespace

ClusterNodes::ClusterNodes(ObjectStore *store, FaultPlan *faults, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock)
{
}

void ClusterNodes::start()
{
    for (const QJsonObject &cspi : m_store->list(kCspi)) {
        const QString host =
            child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
        ensureNode(host.isEmpty() ? label(cspi, kHostLabel) : host);
    }
    if (m_faults) {
        connect(m_faults, &FaultPlan::changed, this, &ClusterNodes::onFaultsChanged);
        onFaultsChanged();
    }
}

void ClusterNodes::ensureNode(const QString &name)
{
    if (name.isEmpty() || m_store->get(kNodes, QString(), name))
        return;
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    m_store->create(kNodes,
                    nodeObject(name, m_store->count(kNodes) + 1, now, m_zoneOfNode.value(name)));
}

QStringList ClusterNodes::names() const
{
    QStringList result;
    for (const QJsonObject &node : m_store->list(kNodes))
        result << metaString(node, QStringLiteral("name"));
    return result;
}

bool ClusterNodes::isReady(const QString &node) const
{
    return m_store->get(kNodes, QString(), node).has_value() && !m_down.contains(node) &&
           !m_unreachable.contains(node);
}

bool ClusterNodes::isSchedulable(const QString &node) const
{
    const auto found = m_store->get(kNodes, QString(), node);
    return found && isReady(node) &&
           !child(*found, QStringLiteral("spec")).value(QLatin1String("unschedulable")).toBool();
}

void ClusterNodes::onFaultsChanged()
{
    const QSet<QString> down = m_faults->downNodes;
    for (const QString &node : down) {
        if (m_down.contains(node))
            continue;
        // monitorNodeHealth: no heartbeat within the grace period -> Unknown.
        m_graceTimers.insert(node, m_clock->callAfter(kGraceSeconds, this, [this, node] {
            m_graceTimers.remove(node);
            markUnreachable(node);
        }));
    }
    const QSet<QString> wasDown = std::exchange(m_down, down);
    for (const QString &node : wasDown) {
        if (down.contains(node))
            continue;
        m_clock->cancel(m_graceTimers.take(node));
        markReady(node);
    }
}

void ClusterNodes::markUnreachable(const QString &node)
{
    m_unreachable.insert(node);
    writeConditions(node, false);
    emit nodeUnreachable(node);
}

void ClusterNodes::markReady(const QString &node)
{
    const bool was = m_unreachable.remove(node);
    writeConditions(node, true);
    if (was)
        emit nodeReady(node);
}

void ClusterNodes::writeConditions(const QString &node, bool ready)
{
    auto found = m_store->get(kNodes, QString(), node);
    if (!found)
        return;
    QJsonObject object = *found;
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    QJsonObject status = child(object, QStringLiteral("status"));
    const QJsonArray old = status.value(QLatin1String("conditions")).toArray();
    const QString heartbeat =
        old.isEmpty() ? now
                      : old.first().toObject().value(QLatin1String("lastHeartbeatTime")).toString();
    status.insert(QStringLiteral("conditions"), conditions(ready, now, heartbeat));
    object.insert(QStringLiteral("status"), status);
    // doNoScheduleTaintingPass / doNoExecuteTaintingPass: the unreachable taints.
    QJsonObject spec = child(object, QStringLiteral("spec"));
    QJsonArray taints;
    for (const QJsonValue &t : spec.value(QLatin1String("taints")).toArray()) {
        if (t.toObject().value(QLatin1String("key")).toString() !=
            QLatin1String("node.kubernetes.io/unreachable"))
            taints.append(t);
    }
    if (!ready) {
        for (const QString &effect : {QStringLiteral("NoSchedule"), QStringLiteral("NoExecute")}) {
            QJsonObject taint{
                {QStringLiteral("key"), QStringLiteral("node.kubernetes.io/unreachable")},
                {QStringLiteral("effect"), effect}};
            if (effect == QLatin1String("NoExecute"))
                taint.insert(QStringLiteral("timeAdded"), now);
            taints.append(taint);
        }
    }
    if (taints.isEmpty())
        spec.remove(QStringLiteral("taints"));
    else
        spec.insert(QStringLiteral("taints"), taints);
    object.insert(QStringLiteral("spec"), spec);
    removeResourceVersion(object);
    m_store->update(kNodes, object);
}

} // namespace Sim
