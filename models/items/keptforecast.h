#pragma once

#include "models/cstor/poolinstance.h"
#include "models/items/capacityhistory.h"
#include "models/metrics/poolforecaster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Items {

// The forecasts' fallback when the cluster's Prometheus cannot give a history (there is none,
// it is not reachable, it keeps no cStor series): each pool's used bytes as this console
// sampled them, once an hour while it ran, kept per context and namespace for five weeks.
// The same method (Metrics::CapacityForecast) on fewer, gappier samples: a forecast needs 48
// hours of them, and the weekly rhythm averages out only once a week is kept.
class KeptForecast
{
    Q_DECLARE_TR_FUNCTIONS(Items::KeptForecast)

public:
    static constexpr qint64 kIntervalMs = 3600 * 1000;
    static constexpr int kSamples = 5 * 7 * 24;

    // The forecasts of `pools` from `history`, keptBecause = `why` (Prometheus's problem); when
    // no pool has enough samples, problem() says so after `why`.
    static Metrics::PoolForecaster::Result of(const CapacityHistory &history,
                                              const QList<Cstor::PoolInstance> &pools,
                                              const QDateTime &now, const QString &why);
    // Where the hourly history of a context and namespace is kept.
    static QString fileFor(const QString &context, const QString &namespaceName);
    // Where a result's history came from: "Prometheus NS/SVC:PORT", or "this console's own
    // hourly samples" (with why not Prometheus when `withReason`).
    static QString sourceOf(const Metrics::PoolForecaster::Result &result, bool withReason);
};

} // namespace Items
