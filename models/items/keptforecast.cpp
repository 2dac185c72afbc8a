#include "models/items/keptforecast.h"

#include <algorithm>

namespace Items {

Metrics::PoolForecaster::Result KeptForecast::of(const CapacityHistory &history,
                                                 const QList<Cstor::PoolInstance> &pools,
                                                 const QDateTime &now, const QString &why)
{
    Metrics::PoolForecaster::Result result;
    result.keptBecause = why;
    result.stepSeconds = int(kIntervalMs / 1000);
    const QList<qint64> times = history.times().toList();
    bool any = false;
    for (const Cstor::PoolInstance &pool : pools) {
        Metrics::PoolForecaster::PoolResult one;
        one.pool = pool;
        double sizeBytes = double(pool.totalBytes);
        const auto found = history.pools().constFind(pool.meta.name);
        if (found != history.pools().cend()) {
            for (qsizetype i = 0; i < found->size() && i < times.size(); ++i) {
                const CapacityHistory::Sample &sample = found->at(i);
                if (!sample.isPresent())
                    continue;
                one.used.append({times.at(i), sample.used});
                if (sample.total > 0)
                    sizeBytes = sample.total;
            }
        }
        Metrics::CapacityForecast::Input input;
        input.used = one.used;
        input.sizeBytes = sizeBytes;
        input.readOnlyPercent = pool.roThresholdLimit;
        input.nowMs = now.toMSecsSinceEpoch();
        one.forecast = Metrics::CapacityForecast::of(input);
        any = any || one.forecast.isValid();
        result.pools.append(one);
    }
    if (!any) {
        const qint64 spanHours =
            times.size() > 1 ? (times.last() - times.first()) / kIntervalMs : 0;
        result.problem = tr("%1; and this console has kept %n hour(s) of its own samples of the "
                            "pools, of the %2 a forecast needs",
                            nullptr, int(spanHours))
                             .arg(why)
                             .arg(Metrics::CapacityForecast::kMinimumHistoryHours);
    }
    return result;
}

QString KeptForecast::fileFor(const QString &context, const QString &namespaceName)
{
    QString path = CapacityHistory::fileFor(context, namespaceName);
    path.insert(path.lastIndexOf(QLatin1Char('.')), QStringLiteral(".hourly"));
    return path;
}

QString KeptForecast::sourceOf(const Metrics::PoolForecaster::Result &result, bool withReason)
{
    if (result.keptBecause.isEmpty())
        return result.prometheus ? tr("Prometheus %1").arg(result.prometheus->display())
                                 : QString();
    return withReason ? tr("this console's own hourly samples (not Prometheus: %1)")
                            .arg(result.keptBecause)
                      : tr("this console's own hourly samples");
}

} // namespace Items
