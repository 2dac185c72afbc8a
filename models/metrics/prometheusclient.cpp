#include "models/metrics/prometheusclient.h"

#include "models/kube/restclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Metrics {

PrometheusClient::PrometheusClient(Kube::RestClient *client, const PrometheusService &service)
    : m_client(client)
    , m_service(service)
{
}

void PrometheusClient::queryRange(const QString &query, const QDateTime &start,
                                  const QDateTime &end, int stepSeconds, Done done) const
{
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("query"), query);
    parameters.addQueryItem(QStringLiteral("start"), QString::number(start.toSecsSinceEpoch()));
    parameters.addQueryItem(QStringLiteral("end"), QString::number(end.toSecsSinceEpoch()));
    parameters.addQueryItem(QStringLiteral("step"), QString::number(stepSeconds));
    const PrometheusClient self = *this;
    m_client->getUnparsed(m_service.proxyPath() + QStringLiteral("/api/v1/query_range"), parameters,
                          [self, done](const Kube::RestClient::Reply &reply) {
                              RawAnswer answer;
                              if (reply.ok)
                                  answer.body = reply.body;
                              else
                                  answer.problem =
                                      self.problemOf(reply.httpStatus, reply.body, reply.message);
                              done(answer);
                          });
}

QString PrometheusClient::problemOf(int httpStatus, const QByteArray &body,
                                    const QString &message) const
{
    const QString where = m_service.display();
    // Prometheus's own refusal (400 bad_data, 422 execution, 503 timeout) comes through the
    // proxy as it sent it.
    const QString prometheusError =
        PrometheusAnswer::errorOf(QJsonDocument::fromJson(body.left(64 * 1024)).object());
    if (!prometheusError.isEmpty())
        return tr("Prometheus %1 refused the query: %2").arg(where, prometheusError);
    switch (httpStatus) {
    case 0:
        return tr("Prometheus %1 could not be asked: %2").arg(where, message);
    case 401:
    case 403:
        return tr("no permission to reach Prometheus %1 through the API server's service "
                  "proxy (services/proxy): %2")
            .arg(where, message);
    case 404:
        return tr("Prometheus %1 is not there: %2").arg(where, message);
    case 502:
    case 503:
        return tr("Prometheus %1 is not reachable through the API server: %2").arg(where, message);
    default:
        return tr("Prometheus %1 answered HTTP %2: %3")
            .arg(where)
            .arg(httpStatus)
            .arg(message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message);
    }
}

} // namespace Metrics
