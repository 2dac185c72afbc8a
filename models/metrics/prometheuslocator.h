#pragma once

#include "models/metrics/prometheusservice.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace Kube {
class RestClient;
}

namespace Metrics {

// Finds a cluster's Prometheus the way Lens and Freelens do: the first Service labelled as
// prometheus-operator's (`operated-prometheus=true`), then as the prometheus-community chart's
// server (new labels, then old), in any namespace; then the well-known lens-metrics/prometheus
// and openshift-monitoring/prometheus-k8s.
class PrometheusLocator
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::PrometheusLocator)

public:
    struct Location
    {
        std::optional<PrometheusService> service;
        QString problem; // when there is none: what was looked for, or why it could not be
    };
    using Done = std::function<void(const Location &)>;

    // Looks on `client`'s cluster; `done` is called once, from the client's thread.
    static void locate(Kube::RestClient *client, Done done);
    // What locate() looks for, in words (for messages and --help).
    static QStringList lookedFor();

private:
    struct Candidate
    {
        QString labelSelector; // any namespace
        QString namespaceName; // else this Service
        QString name;
    };
    static QList<Candidate> candidates();
    static void tryFrom(Kube::RestClient *client, int index, const Done &done);
};

} // namespace Metrics
