#pragma once

#include "app/console/clusteroptions.h"
#include "app/console/verbarguments.h"
#include "models/metrics/poolforecaster.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Kube {
class RestClient;
}

// `cstor-console forecast [--pool-cluster CSPC] [--horizon 30d] [--history 30d]
// [--prometheus NS/SERVICE:PORT] [-o table|wide|json|yaml|name]`: when each pool will reach 80 %
// used and its read-only threshold, from the history the cluster's Prometheus keeps of the cStor
// pool exporters, soonest first. Exit codes: 0 forecasts made, 1 no Prometheus or no history of
// these pools (or the cluster could not be read), 2 usage error.
class ForecastVerb
{
    Q_DECLARE_TR_FUNCTIONS(ForecastVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "forecast"

    // Runs the forecaster, the event loop turning until it has answered.
    static Metrics::PoolForecaster::Result ask(Kube::RestClient *client,
                                               const Metrics::PoolForecaster::Request &request);
    // "30d", "12h" or "2w" in days; nullopt for anything else.
    static std::optional<double> parseDays(const QString &text);

private:
    using Format = VerbArguments::Format;
    using PoolResult = Metrics::PoolForecaster::PoolResult;
    static QList<PoolResult> soonestFirst(QList<PoolResult> pools);
    // The forecasts from the hourly samples the GUI kept of this context and namespace, when
    // Prometheus could not give a history (`why`); problem() says why not when there are none.
    static Metrics::PoolForecaster::Result
    fromKeptSamples(const ClusterOptions::Target &target,
                    const Metrics::PoolForecaster::Request &request, const QString &why);
    static QJsonObject toJson(const Metrics::PoolForecaster::Result &result, double horizonDays,
                              int historyDays);
    static QString table(const QList<PoolResult> &pools, double horizonDays, bool wide,
                         bool titleRow);
};
