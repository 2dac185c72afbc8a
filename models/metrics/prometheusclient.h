#pragma once

#include "models/metrics/prometheusanswer.h"
#include "models/metrics/prometheusservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Kube {
class RestClient;
}

namespace Metrics {

// Range queries to a cluster's Prometheus through the API server's service proxy
// (`…/services/NAME:PORT/proxy/api/v1/query_range`), with the context's credentials. Every
// failure becomes a problem in words that names the Prometheus: not reachable, not ours to
// reach, refused, or an answer that is not a query result.
class PrometheusClient
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::PrometheusClient)

public:
    // The answer's bytes, unparsed (a month of a thousand pools is large: parse it off the UI
    // thread with PrometheusAnswer::ofMatrix), or what went wrong.
    struct RawAnswer
    {
        QByteArray body;
        QString problem;
    };
    using Done = std::function<void(const RawAnswer &)>;

    PrometheusClient(Kube::RestClient *client, const PrometheusService &service);

    const PrometheusService &service() const { return m_service; }
    // `done` is called once, from the client's thread.
    void queryRange(const QString &query, const QDateTime &start, const QDateTime &end,
                    int stepSeconds, Done done) const;

private:
    QString problemOf(int httpStatus, const QByteArray &body, const QString &message) const;

    Kube::RestClient *m_client;
    PrometheusService m_service;
};

} // namespace Metrics
