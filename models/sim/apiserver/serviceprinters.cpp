#include "models/sim/apiserver/serviceprinters.h"

#include "models/sim/apiserver/tablerenderer.h"

#include <QStringList>

#include <algorithm>

namespace Sim::ServicePrinters {

namespace {

bool isServices(const ResourceInfo &r)
{
    return r.group.isEmpty() && r.plural == QLatin1String("services");
}

QJsonObject tableColumn(const QString &name, const QString &description, int priority = 0,
                        const QString &format = QString())
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("priority"), priority}};
}

// makePortString: "3260/TCP,7777/TCP", a node port as "80:30080/TCP".
QString portsText(const QJsonArray &ports)
{
    QStringList parts;
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        const QString protocol =
            port.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
        const int nodePort = port.value(QLatin1String("nodePort")).toInt();
        const QString number = QString::number(port.value(QLatin1String("port")).toInt());
        parts << (nodePort > 0 ? QStringLiteral("%1:%2/%3").arg(number).arg(nodePort).arg(protocol)
                               : number + QLatin1Char('/') + protocol);
    }
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(QLatin1Char(','));
}

// labels.FormatLabels: sorted key=value pairs, "<none>" when empty.
QString selectorText(const QJsonObject &selector)
{
    QStringList keys = selector.keys();
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    for (const QString &key : keys)
        parts << key + QLatin1Char('=') + selector.value(key).toString();
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(QLatin1Char(','));
}

} // namespace

std::optional<QJsonArray> columns(const ResourceInfo &r)
{
    if (!isServices(r))
        return std::nullopt;
    return QJsonArray{
        tableColumn(QStringLiteral("Name"), TableRenderer::nameDescription(), 0,
                    QStringLiteral("name")),
        tableColumn(QStringLiteral("Type"),
                    QStringLiteral("type determines how the Service is exposed. Defaults to "
                                   "ClusterIP. Valid options are ExternalName, ClusterIP, "
                                   "NodePort, and LoadBalancer.")),
        tableColumn(QStringLiteral("Cluster-IP"),
                    QStringLiteral("clusterIP is the IP address of the service and is usually "
                                   "assigned randomly.")),
        tableColumn(QStringLiteral("External-IP"),
                    QStringLiteral("externalIPs is a list of IP addresses for which nodes in the "
                                   "cluster will also accept traffic for this service.")),
        tableColumn(QStringLiteral("Port(s)"),
                    QStringLiteral("The list of ports that are exposed by this service.")),
        tableColumn(QStringLiteral("Age"), TableRenderer::creationTimestampDescription()),
        tableColumn(QStringLiteral("Selector"),
                    QStringLiteral("Route service traffic to pods with label keys and values "
                                   "matching this selector."),
                    1)};
}

std::optional<QJsonArray> cells(const ResourceInfo &r, const QJsonObject &object,
                                const QString &age)
{
    if (!isServices(r))
        return std::nullopt;
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    const QJsonArray clusterIps = spec.value(QLatin1String("clusterIPs")).toArray();
    QString clusterIp = clusterIps.isEmpty() ? spec.value(QLatin1String("clusterIP")).toString()
                                             : clusterIps.first().toString();
    if (clusterIp.isEmpty())
        clusterIp = QStringLiteral("<none>");
    QStringList external;
    for (const QJsonValue &ip : spec.value(QLatin1String("externalIPs")).toArray())
        external << ip.toString();
    return QJsonArray{
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
        spec.value(QLatin1String("type")).toString(QStringLiteral("ClusterIP")),
        clusterIp,
        external.isEmpty() ? QStringLiteral("<none>") : external.join(QLatin1Char(',')),
        portsText(spec.value(QLatin1String("ports")).toArray()),
        age,
        selectorText(spec.value(QLatin1String("selector")).toObject())};
}

} // namespace Sim::ServicePrinters
