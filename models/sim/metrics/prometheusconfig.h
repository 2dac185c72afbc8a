#pragma once

#include <QByteArray>
#include <QString>

namespace Sim {

// What the simulator's Prometheus is started with.
struct PrometheusConfig
{
    QString scrapeTarget; // host:port; empty: no scrape job
    QString metricsPath = QStringLiteral("/metrics");
    int scrapeIntervalSeconds = 15;
    QString historyFile;   // OpenMetrics to backfill before the start; empty: none
    QString dataDirectory; // empty: a temporary directory, removed with the process

    // prometheus.yml: the global scrape interval and, with a target, the job `cstor-sim` that
    // scrapes it keeping the labels it serves (honor_labels: they are the cluster's own).
    QByteArray configFile() const;
};

} // namespace Sim
