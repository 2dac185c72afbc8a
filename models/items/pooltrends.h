#pragma once

#include "models/metrics/poolforecaster.h"
#include "models/planning/pooltrend.h"

#include <QHash>

namespace Items {

// The pools' capacity forecasts as the planners and the doctor take them
// (Migration::ClusterSnapshot::setPoolTrends): each forecast pool's level, growth and threshold.
QHash<QString, Migration::PoolTrend> poolTrendsOf(const Metrics::PoolForecaster::Result &result);

} // namespace Items
