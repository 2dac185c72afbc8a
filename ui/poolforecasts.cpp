#include "ui/poolforecasts.h"

#include "models/items/keptforecast.h"
#include "models/items/poolmodel.h"
#include "models/kube/restclient.h"
#include "ui/hourlycapacity.h"
#include "ui/offthread.h"

#include <algorithm>

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
    m_firstPass = false;
    if (client != m_client)
        m_found.reset(); // another cluster: its Prometheus is looked for again
    m_client = client;
    show({});
    if (client)
        m_timer.start();
    else
        m_timer.stop();
}

void PoolForecasts::refresh()
{
    if (!m_client || m_asking || m_pools->rows().isEmpty())
        return;
    m_asking = true;
    // Nothing shown yet: a coarse pass over the last week paints first (a month of thousands of
    // pools hour by hour takes seconds to ask and fit), the hourly one replaces it.
    const bool shown = std::any_of(m_result.pools.cbegin(), m_result.pools.cend(),
                                   [](const auto &pool) { return pool.forecast.isValid(); });
    ask(shown ? 0 : kFirstStepSeconds, !shown);
}

void PoolForecasts::ask(int stepSeconds, bool thenRefine)
{
    Metrics::PoolForecaster::Request request;
    request.pools = m_pools->rows();
    request.prometheus = m_prometheus ? m_prometheus : m_found;
    request.windowDays = stepSeconds > 0 ? kFirstWindowDays : kWindowDays;
    request.now = QDateTime::currentDateTimeUtc();
    request.stepSeconds = stepSeconds;
    const quint64 generation = m_generation;
    const QPointer<PoolForecasts> self(this);
    // The answers are parsed and the pools fitted on the job threads; the result comes back here.
    const auto offThread = [self](std::function<Metrics::PoolForecaster::Result()> work,
                                  Metrics::PoolForecaster::Done done) {
        if (self)
            OffThread::run(self.data(), std::move(work), std::move(done));
    };
    Metrics::PoolForecaster::run(
        m_client, request,
        [self, generation, request, thenRefine](const Metrics::PoolForecaster::Result &result) {
            if (!self || generation != self->m_generation)
                return;
            // Looked for again next time when it did not answer.
            self->m_found = result.problem.isEmpty() ? result.prometheus : std::nullopt;
            if (result.problem.isEmpty() || !self->m_kept) {
                self->m_firstPass = thenRefine && result.problem.isEmpty();
                self->show(result);
                if (result.problem.isEmpty() && thenRefine)
                    self->ask(0, false);
                else
                    self->m_asking = false;
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
                    self->m_firstPass = false;
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
