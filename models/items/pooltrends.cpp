#include "models/items/pooltrends.h"

namespace Items {

QHash<QString, Migration::PoolTrend> poolTrendsOf(const Metrics::PoolForecaster::Result &result)
{
    QHash<QString, Migration::PoolTrend> trends;
    for (const Metrics::PoolForecaster::PoolResult &pool : result.pools) {
        const Metrics::CapacityForecast &forecast = pool.forecast;
        if (forecast.isValid())
            trends.insert(pool.pool.meta.name,
                          {forecast.usedBytes(), forecast.sizeBytes(), forecast.growthBytesPerDay(),
                           forecast.readOnlyPercent()});
    }
    return trends;
}

} // namespace Items
