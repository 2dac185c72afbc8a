#include "models/metrics/poolforecaster.h"

#include "models/metrics/prometheusanswer.h"
#include "models/metrics/prometheusclient.h"
#include "models/metrics/prometheuslocator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

#include <memory>
#include <thread>
#include <vector>

namespace Metrics {

namespace {

// The forecast takes the history hour by hour: Prometheus's value at each hour is the last
// sample before it, and a month of 3,000 pools stays a few tens of megabytes.
constexpr int kStepSeconds = 3600;
constexpr int kSizeStepSeconds = 300;
constexpr int kMaxPointsPerSeries = 11000; // Prometheus's limit for a range query
constexpr qsizetype kPoolsPerThread = 250; // fewer are fitted on one thread

QHash<QString, QList<const Series *>> byPool(const QList<Series> &all, const QSet<QString> &pools)
{
    QHash<QString, QList<const Series *>> grouped;
    for (const Series &series : all) {
        const QString pool = PoolForecaster::poolOf(series, pools);
        if (!pool.isEmpty())
            grouped[pool].append(&series);
    }
    return grouped;
}

} // namespace

QString PoolForecaster::usedQuery()
{
    return QStringLiteral("openebs_used_pool_capacity");
}

QString PoolForecaster::sizeQuery()
{
    return QStringLiteral("openebs_pool_size");
}

int PoolForecaster::stepFor(int days)
{
    const qint64 seconds = qint64(days) * 86400;
    int step = kStepSeconds;
    while (seconds / step >= kMaxPointsPerSeries)
        step += kStepSeconds;
    return step;
}

QString PoolForecaster::poolOf(const Series &series, const QSet<QString> &pools)
{
    const QString labelled = series.labels.value(QStringLiteral("cstor_pool")).trimmed();
    if (!labelled.isEmpty())
        return pools.contains(labelled) ? labelled : QString();
    // The longest pool name the pod's name starts with, followed by '-': from the right.
    const QString pod = series.labels.value(QStringLiteral("pod"));
    for (qsizetype dash = pod.lastIndexOf(QLatin1Char('-')); dash > 0;
         dash = pod.lastIndexOf(QLatin1Char('-'), dash - 1)) {
        const QString prefix = pod.left(dash);
        if (pools.contains(prefix))
            return prefix;
    }
    return QString();
}

QList<Series::Sample> PoolForecaster::mergedSamples(const QList<const Series *> &series)
{
    if (series.size() == 1 &&
        std::adjacent_find(series.first()->samples.cbegin(), series.first()->samples.cend(),
                           [](const Series::Sample &a, const Series::Sample &b) {
                               return a.timeMs >= b.timeMs;
                           }) == series.first()->samples.cend())
        return series.first()->samples; // one pod all the window: already in order

    QMap<qint64, double> byTime;
    for (const Series *one : series) {
        for (const Series::Sample &sample : one->samples)
            byTime.insert(sample.timeMs, sample.value);
    }
    QList<Series::Sample> merged;
    merged.reserve(byTime.size());
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
        merged.append({it.key(), it.value()});
    return merged;
}

void PoolForecaster::run(Kube::RestClient *client, const Request &request, Done done, Worker worker)
{
    if (!worker)
        worker = [](std::function<Result()> work, Done finished) { finished(work()); };
    if (request.prometheus) {
        ask(client, request, *request.prometheus, done, worker);
        return;
    }
    QElapsedTimer locating;
    locating.start();
    PrometheusLocator::locate(client, [client, request, done, worker,
                                       locating](const PrometheusLocator::Location &location) {
        if (!location.service) {
            Result result;
            result.problem = location.problem;
            done(result);
            return;
        }
        ask(client, request, *location.service, done, worker, locating.elapsed());
    });
}

void PoolForecaster::ask(Kube::RestClient *client, const Request &request,
                         const PrometheusService &prometheus, Done done, Worker worker,
                         qint64 locatedMs)
{
    const auto prometheusClient = std::make_shared<PrometheusClient>(client, prometheus);
    const QDateTime start = request.now.addDays(-request.windowDays);
    const int step = request.stepSeconds > 0 ? request.stepSeconds : stepFor(request.windowDays);
    QElapsedTimer asked;
    asked.start();
    const auto failed = [prometheus, done, step](const QString &problem) {
        Result result;
        result.prometheus = prometheus;
        result.stepSeconds = step;
        result.problem = problem;
        done(result);
    };
    // One after the other: an answer that never ends holds one buffer at its cap, not two.
    prometheusClient->queryRange(
        usedQuery(), start, request.now, step,
        [prometheusClient, request, prometheus, done, worker, failed, step, asked,
         locatedMs](const PrometheusClient::RawAnswer &used) {
            if (!used.problem.isEmpty()) {
                failed(used.problem);
                return;
            }
            prometheusClient->queryRange(
                sizeQuery(), request.now.addSecs(-3 * kSizeStepSeconds), request.now,
                kSizeStepSeconds,
                [request, prometheus, done, worker, failed, used, step, asked,
                 locatedMs](const PrometheusClient::RawAnswer &sizes) {
                    if (!sizes.problem.isEmpty()) {
                        failed(sizes.problem);
                        return;
                    }
                    const qint64 askedMs = asked.elapsed();
                    worker(
                        [request, prometheus, usedBody = used.body, sizeBody = sizes.body, step,
                         askedMs, locatedMs] {
                            QElapsedTimer fitted;
                            fitted.start();
                            Result result = forecasts(request, prometheus, usedBody, sizeBody);
                            result.stepSeconds = step;
                            result.locatedMs = locatedMs;
                            result.askedMs = askedMs;
                            result.answerBytes = usedBody.size() + sizeBody.size();
                            result.fittedMs = fitted.elapsed();
                            return result;
                        },
                        done);
                });
        });
}

PoolForecaster::Result PoolForecaster::forecasts(const Request &request,
                                                 const PrometheusService &prometheus,
                                                 const QByteArray &usedBody,
                                                 const QByteArray &sizeBody)
{
    Result result;
    result.prometheus = prometheus;
    const PrometheusAnswer used = PrometheusAnswer::ofMatrix(usedBody);
    const PrometheusAnswer sizes = PrometheusAnswer::ofMatrix(sizeBody);
    if (!used.isValid() || !sizes.isValid()) {
        result.problem =
            tr("Prometheus %1: %2")
                .arg(prometheus.display(), used.isValid() ? sizes.problem : used.problem);
        return result;
    }
    QSet<QString> names;
    names.reserve(request.pools.size());
    for (const Cstor::PoolInstance &pool : request.pools)
        names.insert(pool.meta.name);
    const QHash<QString, QList<const Series *>> usedByPool = byPool(used.series, names);
    const QHash<QString, QList<const Series *>> sizeByPool = byPool(sizes.series, names);
    if (usedByPool.isEmpty()) {
        result.problem = tr("Prometheus %1 keeps no %2 series of these pools: the cStor pool "
                            "exporters are not scraped, or not for %3 days")
                             .arg(prometheus.display(), usedQuery())
                             .arg(request.windowDays);
    }
    // Each pool's fit on its own: thousands of them are shared among the cores.
    result.pools.resize(request.pools.size());
    PoolResult *results = result.pools.data();
    const auto fitRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const Cstor::PoolInstance &pool = request.pools.at(i);
            PoolResult &one = results[i];
            one.pool = pool;
            one.used = mergedSamples(usedByPool.value(pool.meta.name));
            const QList<Series::Sample> size = mergedSamples(sizeByPool.value(pool.meta.name));
            CapacityForecast::Input input;
            input.used = one.used;
            input.sizeBytes = size.isEmpty() ? double(pool.totalBytes) : size.last().value;
            input.readOnlyPercent = pool.roThresholdLimit;
            input.nowMs = request.now.toMSecsSinceEpoch();
            one.forecast = CapacityForecast::of(input);
        }
    };
    const qsizetype count = request.pools.size();
    const qsizetype threads = std::clamp<qsizetype>(
        count / kPoolsPerThread, 1, std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(fitRange, count * t / threads, count * (t + 1) / threads);
    fitRange(0, count / threads);
    for (std::thread &helper : helpers)
        helper.join();
    return result;
}

} // namespace Metrics
