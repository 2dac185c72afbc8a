#include "models/metrics/prometheusservice.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Metrics {

std::optional<PrometheusService> PrometheusService::parse(const QString &text, QString *error)
{
    static const QRegularExpression syntax(
        QStringLiteral("^([a-z0-9]([-a-z0-9]*[a-z0-9])?)/([a-z0-9]([-a-z0-9]*[a-z0-9])?):"
                       "([0-9]{1,5}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$"));
    const QRegularExpressionMatch match = syntax.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = tr("\"%1\" is not NAMESPACE/SERVICE:PORT (for example "
                    "monitoring/prometheus-operated:9090)")
                     .arg(text);
        return std::nullopt;
    }
    PrometheusService service;
    service.namespaceName = match.captured(1);
    service.name = match.captured(3);
    service.port = match.captured(5);
    service.found = tr("configured");
    return service;
}

std::optional<PrometheusService> PrometheusService::ofService(const QJsonObject &service,
                                                              const QString &found)
{
    const QJsonObject metadata = service.value(QStringLiteral("metadata")).toObject();
    const QJsonArray ports =
        service.value(QStringLiteral("spec")).toObject().value(QStringLiteral("ports")).toArray();
    PrometheusService result;
    result.namespaceName = metadata.value(QStringLiteral("namespace")).toString();
    result.name = metadata.value(QStringLiteral("name")).toString();
    result.found = found;
    if (result.namespaceName.isEmpty() || result.name.isEmpty() || ports.isEmpty())
        return std::nullopt;
    int chosen = -1;
    for (int i = 0; i < ports.size() && chosen < 0; ++i) {
        const QString name = ports.at(i).toObject().value(QStringLiteral("name")).toString();
        if (name == QLatin1String("web") || name == QLatin1String("http") ||
            name == QLatin1String("http-web"))
            chosen = i;
    }
    for (int i = 0; i < ports.size() && chosen < 0; ++i) {
        if (ports.at(i).toObject().value(QStringLiteral("port")).toInt() == 9090)
            chosen = i;
    }
    const int port = ports.at(std::max(chosen, 0)).toObject().value(QStringLiteral("port")).toInt();
    if (port <= 0)
        return std::nullopt;
    result.port = QString::number(port);
    return result;
}

QString PrometheusService::proxyPath() const
{
    return QStringLiteral("/api/v1/namespaces/%1/services/%2:%3/proxy")
        .arg(namespaceName, name, port);
}

QString PrometheusService::display() const
{
    return QStringLiteral("%1/%2:%3").arg(namespaceName, name, port);
}

} // namespace Metrics
