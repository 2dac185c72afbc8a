#include "tests/bench/benchmark.h"

#include "models/items/clustermodel.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/metrics/poolforecaster.h"
#include "models/sim/statuschurn.h"
#include "tests/common/simharness.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/forecastchart.h"
#include "ui/mainwindow.h"
#include "ui/poolforecasts.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTabWidget>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

// The capacity history phase: a cluster of many pools whose Prometheus holds 30 days of their
// capacity, the console's forecast of it, and the raw cost of the same month at Prometheus's
// own 5-minute resolution.

namespace {

constexpr int kHistoryDays = 30;
constexpr int kRawStepSeconds = 300;
// A piece of the raw query stays under this (the console's client takes 128 MB an answer, the
// service proxy 256 MB).
constexpr qint64 kRawPieceBytes = qint64(96) << 20;
constexpr int kSetupTimeoutMs = 60 * 60 * 1000;
constexpr int kForecastTimeoutMs = 300000;
constexpr int kCompactionTimeoutMs = 30 * 60 * 1000;
constexpr int kCompactionWaitPools = 1000; // smaller histories merge in a moment
constexpr int kCompactionPollMs = 2000;

qint64 now()
{
    return Sim::StatusChurn::monotonicMs();
}

// The query_range parameters of one piece of the raw month.
struct RawPiece
{
    qint64 startSeconds = 0;
    qint64 endSeconds = 0;

    QUrlQuery query() const
    {
        QUrlQuery parameters;
        parameters.addQueryItem(QStringLiteral("query"), Metrics::PoolForecaster::usedQuery());
        parameters.addQueryItem(QStringLiteral("start"), QString::number(startSeconds));
        parameters.addQueryItem(QStringLiteral("end"), QString::number(endSeconds));
        parameters.addQueryItem(QStringLiteral("step"), QString::number(kRawStepSeconds));
        return parameters;
    }
};

// The month from `endSeconds` back, every 5 minutes, in `count` pieces of whole steps.
QList<RawPiece> rawPieces(qint64 endSeconds, int count)
{
    const qint64 points = qint64(kHistoryDays) * 86400 / kRawStepSeconds + 1;
    const qint64 perPiece = (points + count - 1) / count;
    const qint64 start = endSeconds - (points - 1) * kRawStepSeconds;
    QList<RawPiece> pieces;
    for (qint64 first = 0; first < points; first += perPiece) {
        const qint64 last = std::min(points, first + perPiece) - 1;
        pieces.append({start + first * kRawStepSeconds, start + last * kRawStepSeconds});
    }
    return pieces;
}

// Prometheus's own figures without labels, from its /metrics (empty when it does not answer).
QHash<QByteArray, double> prometheusFigures(QNetworkAccessManager *network, const QUrl &base)
{
    QNetworkReply *reply =
        network->get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/metrics")))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QHash<QByteArray, double> figures;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2 && !line.startsWith('#') && !line.contains('{'))
            figures.insert(fields.at(0), fields.at(1).toDouble());
    }
    reply->deleteLater();
    return figures;
}

} // namespace

// Blocks backfilled part by part overlap in time: Prometheus merges them in its first compaction,
// a minute after it starts, and for a month of thousands of pools that takes minutes of a core.
// The forecast is measured once that is over (a compaction ran, its blocks stay as they are and
// it is idle), as a cluster's Prometheus would be.
bool Benchmark::waitForCompaction(const QUrl &prometheus, QString *error)
{
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    double lastCpu = -1;
    double lastBlocks = -1;
    while (clock.elapsed() < kCompactionTimeoutMs) {
        const QHash<QByteArray, double> figures = prometheusFigures(&network, prometheus);
        const double cpu = figures.value("process_cpu_seconds_total", -1);
        const double blocks = figures.value("prometheus_tsdb_blocks_loaded", -1);
        const bool compacted = figures.value("prometheus_tsdb_compactions_triggered_total") >= 1;
        if (compacted && lastCpu >= 0 && cpu - lastCpu < 0.15 * kCompactionPollMs / 1000 &&
            blocks == lastBlocks) {
            log(QStringLiteral("history: Prometheus compacted its blocks (%1 left) after %2 s")
                    .arg(blocks)
                    .arg(double(clock.elapsed()) / 1000, 0, 'f', 1));
            return true;
        }
        lastCpu = cpu;
        lastBlocks = blocks;
        waitUntil([] { return false; }, kCompactionPollMs);
    }
    *error = QStringLiteral("Prometheus did not finish compacting its blocks within %1 s")
                 .arg(kCompactionTimeoutMs / 1000);
    return false;
}

QString Benchmark::historySpec() const
{
    // Three pools a node where the count allows it; a few volumes, so that the simulator
    // serves the pools' history and little else.
    const int perNode = m_options.historyPools % 3 == 0 ? 3 : 1;
    return QStringLiteral("nodes=%1,pools-per-node=%2,volumes=10,replicas=3")
        .arg(m_options.historyPools / perNode)
        .arg(perNode);
}

bool Benchmark::measureForecast(QString *error)
{
    const int pools = m_options.historyPools;
    auto sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.generateSpec = historySpec();
    options.speed = std::max(1.0, m_options.simSpeed);
    options.prometheus = true;
    options.historyDays = kHistoryDays;
    options.startTimeoutMs = kSetupTimeoutMs;
    QElapsedTimer setup;
    setup.start();
    if (!sim->startProcess(options, error))
        return false;
    const double setupSeconds = double(setup.elapsed()) / 1000;
    m_figures.record(QStringLiteral("history_setup_s"), setupSeconds);
    log(QStringLiteral("history: %1 pools with %2 days in Prometheus, set up in %3 s")
            .arg(pools)
            .arg(kHistoryDays)
            .arg(setupSeconds, 0, 'f', 1));

    auto window = std::make_unique<Ui::MainWindow>();
    window->resize(1600, 1000);
    window->show();
    Ui::ChartPanel *panel = window->chartPanel();
    Ui::ForecastChart *chart = panel->forecastChart();
    // The Charts dock shares its place with others: brought to the front.
    if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    panel->tabs()->setCurrentWidget(chart);
    QApplication::processEvents();
    Ui::PoolForecasts *forecasts = window->poolForecasts();
    window->openKubeconfig(sim->kubeconfigPath());
    // Synced, and the forecast the sync asked for made: the one measured is the next.
    if (!waitUntil(
            [&] {
                return window->isSynced() && window->clusterModel()->pools()->rowCount() == pools &&
                       (forecasts->result().pools.size() == pools ||
                        !forecasts->result().problem.isEmpty());
            },
            kForecastTimeoutMs)) {
        *error = QStringLiteral("the window did not sync and forecast %1 pools within %2 s")
                     .arg(pools)
                     .arg(kForecastTimeoutMs / 1000);
        return false;
    }
    if (!forecasts->result().problem.isEmpty()) {
        *error = QStringLiteral("no forecast: %1").arg(forecasts->result().problem);
        return false;
    }
    // A small history's merge takes Prometheus a moment: not waited for (the smoke run's minute).
    if (pools >= kCompactionWaitPools && !waitForCompaction(sim->prometheusUrl(), error))
        return false;
    // What the first forecast set off (the I/O it asks for) done, as ten minutes later.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() >= 3000; }, 4000);

    // As when the cluster is shown anew (its Prometheus known): the first pass, then the hourly.
    std::optional<Metrics::PoolForecaster::Result> result;
    std::optional<Metrics::PoolForecaster::Result> refined;
    qint64 updatedAt = 0;
    qint64 refinedAt = 0;
    forecasts->follow(window->connection()->client());
    const QMetaObject::Connection watch = connect(forecasts, &Ui::PoolForecasts::updated, this,
                                                  [&](const Metrics::PoolForecaster::Result &r) {
                                                      if (!result) {
                                                          updatedAt = now();
                                                          result = r;
                                                      } else if (!refined) {
                                                          refinedAt = now();
                                                          refined = r;
                                                      }
                                                  });
    m_stalls.start();
    const qint64 start = now();
    forecasts->refresh();
    const bool updated = waitUntil([&] { return result.has_value(); }, kForecastTimeoutMs);
    if (!updated || !result->problem.isEmpty() || chart->shownPools().isEmpty() ||
        chart->projection(chart->shownPools().constFirst()).isEmpty()) {
        m_stalls.stop();
        *error =
            updated
                ? QStringLiteral("the forecast chart drew no projection: %1").arg(result->problem)
                : QStringLiteral("no forecast within %1 s").arg(kForecastTimeoutMs / 1000);
        return false;
    }
    const QPixmap picture = chart->grab();
    const qint64 painted = now();
    const bool hourly = waitUntil([&] { return refined.has_value(); }, kForecastTimeoutMs);
    disconnect(watch);
    if (!hourly || !refined->problem.isEmpty()) {
        m_stalls.stop();
        *error = QStringLiteral("the hourly pass did not follow the first: %1")
                     .arg(refined ? refined->problem : QStringLiteral("no answer"));
        return false;
    }
    chart->grab();
    // What the answer sets off after the paint (the I/O it asks for, the tables' resorting).
    waitUntil([] { return false; }, 500);
    m_stalls.stop();
    m_figures.record(QStringLiteral("forecast_refined_ms"), double(refinedAt - start));
    m_figures.record(QStringLiteral("forecast_refined_mb"), double(refined->answerBytes) / 1e6);
    if (picture.isNull()) {
        *error = QStringLiteral("the forecast chart could not be painted (%1x%2)")
                     .arg(chart->width())
                     .arg(chart->height());
        return false;
    }
    const double applyMs = std::max(
        0.0, double(updatedAt - start - result->locatedMs - result->askedMs - result->fittedMs));
    m_figures.record(QStringLiteral("forecast_first_paint_ms"), double(painted - start));
    m_figures.record(QStringLiteral("forecast_locate_ms"), double(result->locatedMs));
    m_figures.record(QStringLiteral("forecast_query_ms"), double(result->askedMs));
    m_figures.record(QStringLiteral("forecast_query_mb"), double(result->answerBytes) / 1e6);
    m_figures.record(QStringLiteral("forecast_fit_ms"), double(result->fittedMs));
    m_figures.record(QStringLiteral("forecast_apply_ms"), applyMs);
    m_figures.record(QStringLiteral("forecast_paint_ms"), double(painted - updatedAt));
    m_figures.record(QStringLiteral("forecast_stall_max_ms"), m_stalls.longestStallMs());
    log(QStringLiteral("forecast: %1 pools, refresh to paint %2 ms (finding Prometheus %11 ms; "
                       "queries %3 ms, %4 MB; fit %5 ms; apply %6 ms; paint %7 ms), %8x%9 "
                       "chart, stall max %10 ms")
            .arg(result->pools.size())
            .arg(painted - start)
            .arg(result->askedMs)
            .arg(double(result->answerBytes) / 1e6, 0, 'f', 1)
            .arg(result->fittedMs)
            .arg(applyMs, 0, 'f', 0)
            .arg(painted - updatedAt)
            .arg(picture.width())
            .arg(picture.height())
            .arg(m_stalls.longestStallMs(), 0, 'f', 1)
            .arg(result->locatedMs));
    logSlowestEvents();
    window.reset();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return measureRawHistory(*sim, *refined, error);
}

// Every pool's used capacity over the month at 5-minute steps through the service proxy, in
// pieces under the answer caps, against kubectl get --raw of the same paths.
bool Benchmark::measureRawHistory(const SimHarness &sim,
                                  const Metrics::PoolForecaster::Result &hourly, QString *error)
{
    const auto cluster = sim.clusterConfig(QString(), error);
    if (!cluster)
        return false;
    Kube::RestClient client(*cluster);
    client.setRateLimit(10000, 10000);
    Kube::RestClient::Limits limits = client.limits();
    limits.totalTimeoutMs = 0;
    client.setLimits(limits);
    const QString path = hourly.prometheus->proxyPath() + QStringLiteral("/api/v1/query_range");
    // An hourly month of the used capacity is about a twelfth of the 5-minute one.
    const qint64 expected = hourly.answerBytes * (3600 / kRawStepSeconds) * 5 / 4;
    const int count = int(std::max<qint64>(1, (expected + kRawPieceBytes - 1) / kRawPieceBytes));
    const QList<RawPiece> pieces = rawPieces(QDateTime::currentSecsSinceEpoch(), count);

    qint64 bytes = 0;
    const qint64 start = now();
    for (const RawPiece &piece : pieces) {
        std::optional<Kube::RestClient::Reply> reply;
        client.getUnparsed(path, piece.query(),
                           [&reply](const Kube::RestClient::Reply &r) { reply = r; });
        if (!waitUntil([&reply] { return reply.has_value(); }, kForecastTimeoutMs) || !reply->ok) {
            *error = QStringLiteral("the 5-minute history through the proxy: %1")
                         .arg(reply ? reply->message : QStringLiteral("no answer"));
            return false;
        }
        bytes += reply->body.size();
    }
    const double rawSeconds = double(now() - start) / 1000;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KUBECONFIG"), sim.kubeconfigPath());
    const qint64 kubectlStart = now();
    for (const RawPiece &piece : pieces) {
        QProcess kubectl;
        kubectl.setProcessEnvironment(environment);
        kubectl.setStandardOutputFile(QProcess::nullDevice());
        kubectl.start(m_options.kubectl,
                      {QStringLiteral("get"), QStringLiteral("--raw"),
                       path + u'?' + piece.query().toString(QUrl::FullyEncoded)});
        if (!waitUntil([&] { return kubectl.state() == QProcess::NotRunning; },
                       kForecastTimeoutMs) ||
            kubectl.exitStatus() != QProcess::NormalExit || kubectl.exitCode() != 0) {
            *error = QStringLiteral("%1 get --raw failed: %2 %3")
                         .arg(m_options.kubectl, kubectl.errorString(),
                              QString::fromLocal8Bit(kubectl.readAllStandardError()));
            return false;
        }
    }
    const double kubectlSeconds = double(now() - kubectlStart) / 1000;
    m_figures.record(QStringLiteral("history_raw_s"), rawSeconds);
    m_figures.record(QStringLiteral("history_raw_mb"), double(bytes) / 1e6);
    m_figures.record(QStringLiteral("kubectl_raw_s"), kubectlSeconds);
    m_figures.record(QStringLiteral("history_raw_ratio"),
                     kubectlSeconds > 0 ? rawSeconds / kubectlSeconds : 0);
    log(QStringLiteral("history at 5 min: %1 MB in %2 piece(s), %3 s through the proxy, kubectl "
                       "get --raw %4 s")
            .arg(double(bytes) / 1e6, 0, 'f', 1)
            .arg(pieces.size())
            .arg(rawSeconds, 0, 'f', 2)
            .arg(kubectlSeconds, 0, 'f', 2));
    return true;
}
