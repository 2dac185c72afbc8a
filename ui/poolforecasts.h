#pragma once

#include "models/metrics/poolforecaster.h"
#include "ui/hourlycapacity.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Items {
class PoolModel;
}
namespace Kube {
class RestClient;
}

namespace Ui {

// The pools' capacity forecasts of the cluster shown, kept fresh: asked of the cluster's
// Prometheus once the cluster is synced and every ten minutes after, parsed and fitted off the
// UI thread, then put into the pools table's "Read-only" column. When Prometheus cannot give a
// history, the forecasts come from the console's own hourly samples (setKeptHistory), saying so.
// A Prometheus found (not named) is asked again directly the next time, until it fails.
class PoolForecasts : public QObject
{
    Q_OBJECT

public:
    explicit PoolForecasts(Items::PoolModel *pools, QObject *parent = nullptr);

    // Follows this cluster from now on (nullptr: none; what was shown is cleared).
    void follow(Kube::RestClient *client);
    // The Prometheus to ask (nullopt: look for it).
    void setPrometheus(const std::optional<Metrics::PrometheusService> &prometheus)
    {
        m_prometheus = prometheus;
        m_found.reset();
    }
    void setKeptHistory(const HourlyCapacity *kept) { m_kept = kept; }
    void refresh();
    const Metrics::PoolForecaster::Result &result() const { return m_result; }
    // The result shown is the coarse first pass, which the hourly one will replace soon: what
    // follows from the pools' history alone (the I/O charts) waits for that one.
    bool isFirstPass() const { return m_firstPass; }

    static constexpr int kRefreshMs = 10 * 60 * 1000;
    static constexpr int kWindowDays = 30;
    // The first pass when nothing is shown yet: the last whole week at a 6-hour step (then the
    // window hour by hour). Prometheus reads every sample of the window whatever the step: a
    // shorter window is what makes the first answer quick.
    static constexpr int kFirstWindowDays = 7;
    static constexpr int kFirstStepSeconds = 6 * 3600;

signals:
    void updated(const Metrics::PoolForecaster::Result &result);

private:
    // One pass at `stepSeconds` (0: hourly), then an hourly one when `thenRefine`.
    void ask(int stepSeconds, bool thenRefine);
    void show(const Metrics::PoolForecaster::Result &result);

    Items::PoolModel *m_pools;
    QPointer<Kube::RestClient> m_client;
    QTimer m_timer;
    quint64 m_generation = 0; // answers for a cluster no longer followed are dropped
    bool m_asking = false;
    bool m_firstPass = false;
    Metrics::PoolForecaster::Result m_result;
    std::optional<Metrics::PrometheusService> m_prometheus;
    std::optional<Metrics::PrometheusService> m_found; // where the last history came from
    QPointer<const HourlyCapacity> m_kept;
};

} // namespace Ui
