#pragma once

#include "models/cstor/poolinstance.h"
#include "models/metrics/capacityforecast.h"
#include "models/metrics/prometheusservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace Kube {
class RestClient;
}

namespace Metrics {

// The capacity forecast of every pool, from the history the cluster's Prometheus keeps of the
// cStor pool exporters' `openebs_used_pool_capacity` and `openebs_pool_size`: finds the
// Prometheus (or takes the one named), asks it for the window, matches each series to its
// CStorPoolInstance and fits each pool's trend.
class PoolForecaster
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::PoolForecaster)

public:
    struct Request
    {
        QList<Cstor::PoolInstance> pools;
        std::optional<PrometheusService> prometheus; // else found as Lens does
        int windowDays = 30;
        QDateTime now;
        int stepSeconds = 0; // the history's step; 0: stepFor(windowDays)
    };
    struct PoolResult
    {
        Cstor::PoolInstance pool;
        QList<Series::Sample> used; // the history the forecast was made from
        CapacityForecast forecast;  // problem() says why there is none
    };
    struct Result
    {
        std::optional<PrometheusService> prometheus; // where the history came from
        QString problem;                             // no history at all, and why
        QList<PoolResult> pools;                     // in the order asked
        int stepSeconds = 0;
        // What the history cost: the time it took to find the Prometheus (0 when named), from
        // asking it to the last answer, the answers' bytes, and the time their parse and the
        // fits took.
        qint64 locatedMs = 0;
        qint64 askedMs = 0;
        qint64 answerBytes = 0;
        qint64 fittedMs = 0;
        // Set when the history is this console's own hourly samples instead (the forecasts'
        // fallback, Items::KeptForecast): why Prometheus could not give it.
        QString keptBecause;
    };
    using Done = std::function<void(const Result &)>;
    // Runs the work of parsing the answers and fitting the pools, then calls done with its
    // result on the client's thread; by default at once, where the answers arrived.
    using Worker = std::function<void(std::function<Result()> work, Done done)>;

    // `done` is called once, from the client's thread.
    static void run(Kube::RestClient *client, const Request &request, Done done,
                    Worker worker = {});

    static QString usedQuery();
    static QString sizeQuery();
    // The step of the history's range query over `days`: an hour, coarser where Prometheus's
    // limit of 11,000 points per series needs it. (The pools' sizes are asked for the last
    // minutes only.)
    static int stepFor(int days);
    // The CStorPoolInstance a series is about: its `cstor_pool` label (the openebs-monitoring
    // chart's, maybe with a leading space), else its `pod` label `<cspi>-…`; empty if none.
    static QString poolOf(const Series &series, const QSet<QString> &pools);
    // The samples of every series of one pool (one per pool pod the window saw), by time.
    static QList<Series::Sample> mergedSamples(const QList<const Series *> &series);

private:
    static void ask(Kube::RestClient *client, const Request &request,
                    const PrometheusService &prometheus, Done done, Worker worker,
                    qint64 locatedMs = 0);
    // Parses both answers and fits every pool: the work a Worker may move off the UI thread.
    static Result forecasts(const Request &request, const PrometheusService &prometheus,
                            const QByteArray &usedBody, const QByteArray &sizeBody);
};

} // namespace Metrics
