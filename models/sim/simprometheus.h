#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

namespace Sim {

class PrometheusProcess;
class SimCluster;

// A real Prometheus for a simulated cluster, as a cluster's monitoring stack would run one: it
// scrapes the cluster's exporters, holds a past drawn for its pools (`historyDays` of capacity
// growth, backfilled before it starts) and answers behind the API server's service proxy as
// monitoring/prometheus-operated. The history's truth (each pool's growth, steps and crossing
// dates) is the cluster's to serve (/sim/v1/history).
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
    bool writeHistory(int days, QString *historyFile, QString *error);

    SimCluster *m_cluster;
    PrometheusProcess *m_process;
    QTemporaryDir m_dir;
};

} // namespace Sim
