#include "ui/poolforecasts.h"

#include "models/items/keptforecast.h"
#include "models/items/poolmodel.h"
#include "models/kube/restclient.h"
#include "ui/hourlycapacity.h"
#include "ui/offthread.h"

namespace Ui {

PoolForecasts::PoolForecasts(Items::PoolModel *pools, QObject *parent)
    : QObject(parent)
    , m_pools(pools)
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &PoolForecasts::refresh);
}

void PoolForecasts::follow(Kube::RestClient *client)
{
    ++m_generation;
    m_asking = false;
    m_client = client;
    m_found.reset();
    show({});
    if (client)
        m_timer.start();
    else
        m_timer.stop();
}

void PoolForecasts::refresh()
{
    if (!m_client || m_asking)
        return;
    Metrics::PoolForecaster::Request request;
    request.pools = m_pools->rows();
    if (request.pools.isEmpty())
        return;
    request.prometheus = m_prometheus ? m_prometheus : m_found;
    request.windowDays = kWindowDays;
    request.now = QDateTime::currentDateTimeUtc();
    m_asking = true;
    const quint64 generation = m_generation;
    const QPointer<PoolForecasts> self(this);
    // The answers are parsed and the pools fitted on the thread pool; the result comes back here.
    const auto offThread = [self](std::function<Metrics::PoolForecaster::Result()> work,
                                  Metrics::PoolForecaster::Done done) {
        if (self)
            OffThread::run(self.data(), std::move(work), std::move(done));
    };
    Metrics::PoolForecaster::run(
        m_client, request,
        [self, generation, request](const Metrics::PoolForecaster::Result &result) {
            if (!self || generation != self->m_generation)
                return;
            // Looked for again next time when it did not answer.
            self->m_found = result.problem.isEmpty() ? result.prometheus : std::nullopt;
            if (result.problem.isEmpty() || !self->m_kept) {
                self->m_asking = false;
                self->show(result);
                return;
            }
            // No history from Prometheus: the console's own hourly samples, fitted off-thread.
            const Items::CapacityHistory kept = self->m_kept->history();
            OffThread::run(
                self.data(),
                [kept, request, why = result.problem] {
                    return Items::KeptForecast::of(kept, request.pools, request.now, why);
                },
                [self, generation](const Metrics::PoolForecaster::Result &fallback) {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_asking = false;
                    self->show(fallback);
                });
        },
        offThread);
}

void PoolForecasts::show(const Metrics::PoolForecaster::Result &result)
{
    m_result = result;
    QHash<QString, Metrics::CapacityForecast> forecasts;
    for (const Metrics::PoolForecaster::PoolResult &pool : result.pools)
        forecasts.insert(pool.pool.meta.name, pool.forecast);
    m_pools->setForecasts(forecasts, Items::KeptForecast::sourceOf(result, true), result.problem);
    emit updated(result);
}

} // namespace Ui
