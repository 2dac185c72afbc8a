#include "app/console/forecastverb.h"

#include "app/console/blockingcall.h"
#include "app/console/exitcode.h"
#include "app/console/output.h"
#include "app/console/snapshotreader.h"
#include "app/console/texttable.h"
#include "app/console/verbcommandline.h"
#include "app/console/yamltext.h"
#include "models/cstor/capacity.h"
#include "models/items/keptforecast.h"
#include "models/items/readonlydays.h"
#include "models/kube/restclient.h"
#include "models/metrics/prometheuslocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Metrics::CapacityForecast;
using Crossing = CapacityForecast::Crossing;

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

QJsonObject crossingJson(const Crossing &crossing, double horizonDays)
{
    return QJsonObject{
        {QStringLiteral("reached"), crossing.reached},
        {QStringLiteral("days"), number(crossing.days)},
        {QStringLiteral("soonestDays"), number(crossing.soonest)},
        {QStringLiteral("latestDays"), number(crossing.latest)},
        {QStringLiteral("withinHorizon"), crossing.days && *crossing.days <= horizonDays},
    };
}

QString signedBytes(double bytes)
{
    const QString size = Cstor::Capacity::formatBytesCompact(qint64(std::llround(std::abs(bytes))));
    return (bytes < 0 ? QStringLiteral("-") : QStringLiteral("+")) + size;
}

} // namespace

std::optional<double> ForecastVerb::parseDays(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})([hdw])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(1).toInt() == 0)
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return unit == QLatin1String("h") ? value / 24 : unit == QLatin1String("w") ? value * 7 : value;
}

int ForecastVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(
        {QStringLiteral("forecast"),
         tr("The verb."),
         tr("Forecasts when each cStor pool reaches 80 % used and its read-only threshold "
            "(roThresholdLimit), soonest first, from the history the cluster's Prometheus keeps of "
            "the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus "
            "is reached through the API server's service proxy with the context's credentials; "
            "without --prometheus it is found as Lens finds it (%1). Without a history from "
            "Prometheus, the forecast falls back to the hourly samples the console's window keeps "
            "of this context and namespace while it runs (five weeks; 48 hours at least), and "
            "says so.\n"
            "Method: %2: the growth is the mean of the hourly increments over the last whole weeks "
            "once the steps are taken out (a replica moved in or out arrives at once: it is a "
            "step, not growth); the range in brackets is where growth two standard errors faster "
            "or slower would put the date.\n"
            "Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by "
            "the console (or the cluster could not be read), 2 usage error.")
             .arg(Metrics::PrometheusLocator::lookedFor().join(QStringLiteral(", ")),
                  CapacityForecast::methodName()),
         {},
         {},
         {}});
    const QCommandLineOption poolCluster(QStringLiteral("pool-cluster"),
                                         tr("Only the pools of this CStorPoolCluster."),
                                         QStringLiteral("CSPC"));
    const QCommandLineOption horizon(
        QStringLiteral("horizon"),
        tr("How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as "
           "\"> N days\", and the pools that reach read-only within it are named on stderr."),
        QStringLiteral("DURATION"), QStringLiteral("30d"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("How much history to fit, e.g. 14d, 30d (default), 90d."),
                                     QStringLiteral("DURATION"), QStringLiteral("30d"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"),
        tr("The cluster's Prometheus Service, instead of looking for it."),
        QStringLiteral("NAMESPACE/SERVICE:PORT"));
    for (const QCommandLineOption &option : {poolCluster, horizon, history, prometheus})
        commandLine.addOption(option);
    commandLine.addOutputOption(
        {Format::Table, Format::Wide, Format::Json, Format::Yaml, Format::Name});
    commandLine.addNoHeadersOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    if (commandLine.parser().positionalArguments().size() > 1) {
        Output::error(
            tr("Unknown argument: %1").arg(commandLine.parser().positionalArguments().at(1)));
        return ExitCode::UsageError;
    }
    const std::optional<Format> chosen = commandLine.format();
    if (!chosen)
        return ExitCode::UsageError;
    const std::optional<double> horizonDays = parseDays(commandLine.value(horizon));
    const std::optional<double> historyDays = parseDays(commandLine.value(history));
    if (!horizonDays || !historyDays) {
        Output::error(tr("--horizon and --history take a duration such as 7d, 30d, 12w or 48h, "
                         "not \"%1\"")
                          .arg(commandLine.value(horizonDays ? history : horizon)));
        return ExitCode::UsageError;
    }
    Metrics::PoolForecaster::Request request;
    if (commandLine.isSet(prometheus)) {
        QString error;
        request.prometheus =
            Metrics::PrometheusService::parse(commandLine.value(prometheus), &error);
        if (!request.prometheus) {
            Output::error(tr("--prometheus: %1").arg(error));
            return ExitCode::UsageError;
        }
    }
    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;
    const std::optional<Migration::ClusterSnapshot> snapshot =
        SnapshotReader::read(connection->client.get(), connection->target.namespaceName);
    if (!snapshot)
        return ExitCode::Failed;
    const QString onlyCluster = commandLine.value(poolCluster);
    for (const Cstor::PoolInstance *pool : snapshot->pools()) {
        if (onlyCluster.isEmpty() || pool->poolCluster == onlyCluster)
            request.pools.append(*pool);
    }
    if (request.pools.isEmpty()) {
        Output::error(
            onlyCluster.isEmpty()
                ? tr("error: no CStorPoolInstances in namespace %1")
                      .arg(connection->target.namespaceName)
                : tr("error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2")
                      .arg(onlyCluster, connection->target.namespaceName));
        return ExitCode::Failed;
    }
    request.windowDays = int(std::ceil(*historyDays));
    request.now = QDateTime::currentDateTimeUtc();

    Metrics::PoolForecaster::Result result = ask(connection->client.get(), request);
    if (!result.problem.isEmpty())
        result = fromKeptSamples(connection->target, request, result.problem);
    if (!result.problem.isEmpty()) {
        Output::error(tr("error: no forecast: %1").arg(result.problem));
        return ExitCode::Failed;
    }
    if (!result.keptBecause.isEmpty())
        Output::error(tr("note: the history is %1 of context %2, not Prometheus's: %3")
                          .arg(Items::KeptForecast::sourceOf(result, false),
                               connection->target.cluster.contextName, result.keptBecause));
    const QList<PoolResult> pools = soonestFirst(result.pools);
    switch (*chosen) {
    case Format::Json:
        Output::write(QString::fromUtf8(
            QJsonDocument(toJson(result, *horizonDays, request.windowDays)).toJson()));
        break;
    case Format::Yaml:
        Output::write(YamlText::fromJson(toJson(result, *horizonDays, request.windowDays)));
        break;
    case Format::Name: {
        QString names;
        for (const PoolResult &pool : pools)
            names +=
                QStringLiteral("cstorpoolinstance.cstor.openebs.io/%1\n").arg(pool.pool.meta.name);
        Output::write(names);
        break;
    }
    case Format::Table:
    case Format::Wide:
        Output::write(
            table(pools, *horizonDays, *chosen == Format::Wide, !commandLine.noHeaders()));
        break;
    }
    QStringList soon;
    QStringList without;
    for (const PoolResult &pool : pools) {
        const Crossing &readOnly = pool.forecast.toReadOnly();
        if (!pool.forecast.isValid())
            without << QStringLiteral("%1 (%2)").arg(pool.pool.meta.name, pool.forecast.problem());
        else if (readOnly.days && *readOnly.days <= *horizonDays)
            soon << pool.pool.meta.name;
    }
    if (!soon.isEmpty()) {
        Output::error(tr("warning: %n pool(s) reach their read-only threshold within %1 days: %2",
                         nullptr, int(soon.size()))
                          .arg(std::lround(*horizonDays))
                          .arg(soon.join(QStringLiteral(", "))));
    }
    if (!without.isEmpty()) {
        Output::error(tr("warning: no forecast for %n pool(s): %1", nullptr, int(without.size()))
                          .arg(without.join(QStringLiteral("; "))));
    }
    return ExitCode::Done;
}

Metrics::PoolForecaster::Result ForecastVerb::ask(Kube::RestClient *client,
                                                  const Metrics::PoolForecaster::Request &request)
{
    return BlockingCall::awaitAnswer<Metrics::PoolForecaster::Result>(
        [client, &request](const Metrics::PoolForecaster::Done &done) {
            Metrics::PoolForecaster::run(client, request, done);
        });
}

Metrics::PoolForecaster::Result
ForecastVerb::fromKeptSamples(const ClusterOptions::Target &target,
                              const Metrics::PoolForecaster::Request &request, const QString &why)
{
    const QString file =
        Items::KeptForecast::fileFor(target.cluster.contextName, target.namespaceName);
    Items::CapacityHistory kept(Items::KeptForecast::kSamples);
    QString error;
    if (!QFile::exists(file) || !kept.load(file, &error)) {
        Metrics::PoolForecaster::Result none;
        none.problem =
            error.isEmpty() ? why : tr("%1; and %2 cannot be read: %3").arg(why, file, error);
        return none;
    }
    return Items::KeptForecast::of(kept, request.pools, request.now, why);
}

QList<ForecastVerb::PoolResult> ForecastVerb::soonestFirst(QList<PoolResult> pools)
{
    std::stable_sort(pools.begin(), pools.end(), [](const PoolResult &a, const PoolResult &b) {
        const double left = a.forecast.readOnlySortKey();
        const double right = b.forecast.readOnlySortKey();
        return left != right ? left < right : a.pool.meta.name < b.pool.meta.name;
    });
    return pools;
}

QJsonObject ForecastVerb::toJson(const Metrics::PoolForecaster::Result &result, double horizonDays,
                                 int historyDays)
{
    QJsonArray items;
    for (const PoolResult &pool : soonestFirst(result.pools)) {
        const CapacityForecast &forecast = pool.forecast;
        QJsonObject item{
            {QStringLiteral("pool"), pool.pool.meta.name},
            {QStringLiteral("poolCluster"), pool.pool.poolCluster},
            {QStringLiteral("node"), pool.pool.hostName},
            {QStringLiteral("readOnlyPercent"), pool.pool.roThresholdLimit},
            {QStringLiteral("historySamples"), pool.used.size()},
        };
        if (forecast.isValid()) {
            item.insert(QStringLiteral("usedBytes"), std::round(forecast.usedBytes()));
            item.insert(QStringLiteral("usedPercent"),
                        std::round(forecast.usedPercent() * 10) / 10);
            item.insert(QStringLiteral("growthBytesPerDay"),
                        std::round(forecast.growthBytesPerDay()));
            item.insert(QStringLiteral("growthErrorBytesPerDay"),
                        std::round(forecast.growthErrorBytesPerDay()));
            item.insert(QStringLiteral("historyDays"),
                        std::round(forecast.historyDays() * 10) / 10);
            item.insert(QStringLiteral("stepsIgnored"), forecast.stepsIgnored());
            item.insert(QStringLiteral("growthChanged"), forecast.growthChanged());
            item.insert(QStringLiteral("to80Percent"),
                        crossingJson(forecast.toWarning(), horizonDays));
            item.insert(QStringLiteral("toReadOnly"),
                        crossingJson(forecast.toReadOnly(), horizonDays));
        } else {
            item.insert(QStringLiteral("problem"), forecast.problem());
        }
        items.append(item);
    }
    return QJsonObject{
        {QStringLiteral("prometheus"),
         result.prometheus ? result.prometheus->display() : QString()},
        {QStringLiteral("prometheusFoundBy"),
         result.prometheus ? result.prometheus->found : QString()},
        {QStringLiteral("method"), CapacityForecast::methodName()},
        {QStringLiteral("horizonDays"), horizonDays},
        {QStringLiteral("historyDays"), historyDays},
        {QStringLiteral("stepSeconds"), result.stepSeconds},
        {QStringLiteral("source"), Items::KeptForecast::sourceOf(result, false)},
        {QStringLiteral("items"), items},
    };
}

QString ForecastVerb::table(const QList<PoolResult> &pools, double horizonDays, bool wide,
                            bool titleRow)
{
    QStringList headers{tr("POOL"),       tr("NODE"),   tr("USED"),
                        tr("GROWTH/DAY"), tr("TO 80%"), tr("TO READ-ONLY")};
    if (wide)
        headers << tr("POOL CLUSTER") << tr("SIZE") << tr("THRESHOLD") << tr("HISTORY")
                << tr("STEPS IGNORED");
    TextTable table(headers);
    for (const PoolResult &pool : pools) {
        const CapacityForecast &forecast = pool.forecast;
        QStringList row{pool.pool.meta.name, pool.pool.hostName};
        if (forecast.isValid()) {
            row << QStringLiteral("%1%").arg(forecast.usedPercent(), 0, 'f', 0)
                << signedBytes(forecast.growthBytesPerDay())
                << Items::ReadOnlyDays::crossing(forecast.toWarning(), horizonDays)
                << Items::ReadOnlyDays::crossing(forecast.toReadOnly(), horizonDays);
        } else {
            row << QStringLiteral("-") << QStringLiteral("-") << tr("no history")
                << tr("no history");
        }
        if (wide) {
            row << pool.pool.poolCluster
                << Cstor::Capacity::formatBytesCompact(pool.pool.totalBytes)
                << QStringLiteral("%1%").arg(pool.pool.roThresholdLimit)
                << (forecast.isValid()
                        ? tr("%n day(s)", nullptr, int(std::lround(forecast.historyDays())))
                        : QStringLiteral("-"))
                << (forecast.isValid() ? QString::number(forecast.stepsIgnored())
                                       : QStringLiteral("-"));
        }
        table.addRow(row);
    }
    return table.render(titleRow);
}
