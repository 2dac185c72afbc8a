#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Sim {

class HistoryParts;
class IoHistory;
class PoolHistory;
class PrometheusProcess;
class SimCluster;

// A real Prometheus for a simulated cluster, as a cluster's monitoring stack would run one: it
// scrapes the cluster's exporters, holds a past drawn for its pools (`historyDays` of capacity
// growth, backfilled before it starts) and answers behind the API server's service proxy as
// monitoring/prometheus-operated. The history is backfilled in parts (HistoryParts), so that a
// month of thousands of pools never needs the disk space of its whole text. The history's truth
// (each pool's growth, steps and crossing dates) is the cluster's to serve (/sim/v1/history).
class SimPrometheus : public QObject
{
    Q_OBJECT

public:
    explicit SimPrometheus(SimCluster *cluster);
    ~SimPrometheus() override;

    // historyDays 0: no past, only what it scrapes from now on.
    void start(int historyDays);
    QUrl url() const;

signals:
    void ready(const QUrl &url);
    void failed(const QString &why);

private:
    void drawHistory(int days);

    SimCluster *m_cluster;
    PrometheusProcess *m_process;
    std::unique_ptr<PoolHistory> m_history;
    std::unique_ptr<IoHistory> m_io;
    std::unique_ptr<HistoryParts> m_parts;
};

} // namespace Sim
