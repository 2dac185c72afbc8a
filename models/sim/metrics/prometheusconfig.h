#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Sim {

// What the simulator's Prometheus is started with.
struct PrometheusConfig
{
    QString scrapeTarget; // host:port; empty: no scrape job
    QString metricsPath = QStringLiteral("/metrics");
    int scrapeIntervalSeconds = 15;
    QString historyFile; // OpenMetrics to backfill before the start; empty: none
    // Or a history in parts, backfilled one after the other into the same data directory: part
    // i of historyParts is written by writeHistoryPart(i, file, &error) just before promtool
    // reads it, and the file removed after (a long history of many pools need never be on the
    // disk whole).
    int historyParts = 0;
    std::function<bool(int index, const QString &file, QString *error)> writeHistoryPart;
    QString dataDirectory; // empty: a temporary directory, removed with the process

    // prometheus.yml: the global scrape interval and, with a target, the job `cstor-sim` that
    // scrapes it keeping the labels it serves (honor_labels: they are the cluster's own).
    QByteArray configFile() const;
};

} // namespace Sim
