#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Metrics {

// The Service a cluster's Prometheus answers behind, reached through the API server's service
// proxy with the context's own credentials (as Lens and Freelens do): no port-forward, no second
// login.
struct PrometheusService
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::PrometheusService)

public:
    QString namespaceName;
    QString name;
    QString port;  // a number or a port's name
    QString found; // how it was found: "configured", a label selector, a well-known name

    // `NAMESPACE/SERVICE:PORT` (as Lens's setting), or nullopt and *error.
    static std::optional<PrometheusService> parse(const QString &text, QString *error);
    // From a Service object: its port named web, http or http-web, else 9090, else the first.
    static std::optional<PrometheusService> ofService(const QJsonObject &service,
                                                      const QString &found);

    // /api/v1/namespaces/NS/services/NAME:PORT/proxy
    QString proxyPath() const;
    QString display() const; // NS/NAME:PORT
};

} // namespace Metrics
