#include "tests/bench/benchmark.h"

#include "models/items/clustermodel.h"
#include "models/kube/clusterwatcher.h"
#include "models/kube/firstlisttimings.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/sim/statuschurn.h"
#include "tests/bench/benchapplication.h"
#include "tests/bench/processstats.h"
#include "tests/common/simharness.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/mainwindow.h"
#include "ui/plandialog.h"
#include "ui/rebuildchart.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <QPixmap>
#include <QUrlQuery>

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

constexpr int kSyncTimeoutMs = 300000;
constexpr int kStartTimeoutMs = 120000;

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

} // namespace

Benchmark::Benchmark(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    defineFigures();
}

Benchmark::~Benchmark() = default;

void Benchmark::log(const QString &line) const
{
    std::fprintf(stderr, "cstor-bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString Benchmark::generateSpec() const
{
    return QStringLiteral("nodes=%1,pools-per-node=%2,volumes=%3,replicas=%4")
        .arg(m_options.nodes)
        .arg(m_options.pools / m_options.nodes)
        .arg(m_options.volumes)
        .arg(m_options.replicas / m_options.volumes);
}

bool Benchmark::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

QJsonObject Benchmark::admin(const QByteArray &verb, const QString &path, const QJsonObject &body,
                             QString *error)
{
    std::optional<Kube::RestClient::Reply> reply;
    const auto store = [&reply](const Kube::RestClient::Reply &r) { reply = r; };
    if (verb == "GET")
        m_admin->get(path, {}, store);
    else
        m_admin->send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      "application/json", store);
    if (!waitUntil([&reply] { return reply.has_value(); }, 30000) || !reply->ok) {
        *error = QStringLiteral("%1 %2: %3")
                     .arg(QString::fromLatin1(verb), path,
                          reply ? reply->message : QStringLiteral("no answer"));
        return {};
    }
    return reply->json();
}

void Benchmark::describeEnvironment()
{
    m_environment = QJsonObject{
        {QStringLiteral("scenario"), generateSpec()},
        {QStringLiteral("runs"), totalRuns()},
        {QStringLiteral("phaseSeconds"), m_options.phaseSeconds},
        {QStringLiteral("churnSeconds"), m_options.churnSeconds},
        {QStringLiteral("simSpeed"), m_options.simSpeed},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
    };
}

void Benchmark::addRun(const QJsonObject &json)
{
    describeEnvironment();
    m_figures.addSamples(json.value(QStringLiteral("figures")).toObject());
}

bool Benchmark::run(QString *error)
{
    describeEnvironment();
    for (int index = m_options.firstRun; index < m_options.firstRun + m_options.runs; ++index) {
        log(QStringLiteral("run %1 of %2 on %3")
                .arg(index + 1)
                .arg(totalRuns())
                .arg(generateSpec()));
        // Each run starts as a first one: no migration to resume from the last run's journal
        // (its chart phase leaves a hundred moves cancelling), no capacity history. The
        // folder is the bench's own temporary one (main.cpp).
        QDir(Migration::DataPaths::folder()).removeRecursively();
        const bool ok = runOnce(index, error);
        m_window.reset();
        m_admin.reset();
        m_sim.reset();
        if (!ok)
            return false;
        // The capacity history's simulator takes minutes to set up: the first run only.
        if (index == 0 && m_options.historyPools > 0) {
            QDir(Migration::DataPaths::folder()).removeRecursively();
            if (!measureForecast(error))
                return false;
        }
        // What one run leaves resident: kept by the allocator (returned by malloc_trim) or
        // still in use.
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const double kept = mib(ProcessStats::residentKiB());
        malloc_trim(0);
        log(QStringLiteral("after run %1: RSS %2 MB, %3 MB once the allocator returned its free "
                           "memory")
                .arg(index + 1)
                .arg(kept, 0, 'f', 1)
                .arg(mib(ProcessStats::residentKiB()), 0, 'f', 1));
    }
    return true;
}

bool Benchmark::runOnce(int index, QString *error)
{
    if (!startSimulator(error) || !measureSync(error) || !measureKubectl(error))
        return false;
    measureFrames();
    measurePlanning();
    for (int rate : std::as_const(m_options.rates)) {
        if (!measureChurn(rate, error))
            return false;
    }
    return measureMemoryChurn(error) && measureDropToPatch(index, error) && measureCharts(error);
}

bool Benchmark::startSimulator(QString *error)
{
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.generateSpec = generateSpec();
    options.speed = m_options.simSpeed;
    QElapsedTimer timer;
    timer.start();
    if (!m_sim->startProcess(options, error))
        return false;
    m_simPid = m_sim->process()->processId();
    log(QStringLiteral("simulator serving after %1 ms").arg(timer.elapsed()));
    const auto config = Kube::Kubeconfig::load(
        Kube::KubeconfigSources::fromEnvironment(m_sim->kubeconfigPath()), error);
    if (!config)
        return false;
    const auto cluster = config->resolve(QStringLiteral("cstor-sim"), error);
    if (!cluster)
        return false;
    m_admin = std::make_unique<Kube::RestClient>(*cluster);
    m_admin->setRateLimit(10000, 10000);
    return !admin("GET", QStringLiteral("/sim/v1/churn"), {}, error).isEmpty();
}

// Model lag: for every replica a batch changed, how long ago the simulator stamped the status
// the model now holds (while the lag is being collected).
void Benchmark::recordModelLag(const Items::ChangeSet &changes)
{
    if (!m_collectLag)
        return;
    const qint64 now = Sim::StatusChurn::monotonicMs();
    const QString key = Sim::StatusChurn::stampAnnotation();
    const Items::ReplicaModel *replicas = m_window->clusterModel()->replicas();
    for (const QString &uid : changes.replicas) {
        const Cstor::VolumeReplica *replica = replicas->find(uid);
        if (!replica)
            continue;
        const QString stamp = replica->meta.annotations.value(key);
        if (stamp.isEmpty())
            continue;
        QString &last = m_lastStamp[uid];
        if (last == stamp)
            continue;
        last = stamp;
        m_lags.append(double(now - stamp.toLongLong()));
        m_lastStampAt = now;
    }
}

bool Benchmark::measureSync(QString *error)
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QApplication::processEvents();
    Ui::MainWindow *window = m_window.get();
    Items::ClusterModel *model = window->clusterModel();
    const auto full = [&] {
        return window->isSynced() && model->replicas()->rowCount() == m_options.replicas &&
               model->volumes()->rowCount() == m_options.volumes &&
               model->pools()->rowCount() == m_options.pools &&
               window->topologyScene()->nodeCount() == m_options.nodes;
    };
    qint64 fullAt = -1;
    QMetaObject::Connection watch =
        connect(model, &Items::ClusterModel::applied, this, [&](const Items::ChangeSet &) {
            if (fullAt < 0 && full())
                fullAt = Sim::StatusChurn::monotonicMs();
        });
    connect(model, &Items::ClusterModel::applied, this, &Benchmark::recordModelLag);
    const double simCpu = ProcessStats::cpuSeconds(m_simPid);
    const double ownCpu = ProcessStats::cpuSeconds();
    const qint64 start = Sim::StatusChurn::monotonicMs();
    m_stalls.start();
    window->openKubeconfig(m_sim->kubeconfigPath());
    if (!waitUntil([&] { return fullAt >= 0 || full(); }, kSyncTimeoutMs)) {
        *error = QStringLiteral("the window did not show the whole cluster within %1 s "
                                "(%2 of %3 replicas)")
                     .arg(kSyncTimeoutMs / 1000)
                     .arg(model->replicas()->rowCount())
                     .arg(m_options.replicas);
        return false;
    }
    if (fullAt < 0)
        fullAt = Sim::StatusChurn::monotonicMs(); // the topology caught up after the last batch
    m_stalls.stop();
    disconnect(watch);
    recordSyncBreakdown();
    // The first complete paint: the whole window (tables and topology) rendered once.
    const qint64 paintStart = Sim::StatusChurn::monotonicMs();
    const QPixmap picture = window->grab();
    const qint64 painted = Sim::StatusChurn::monotonicMs();
    if (picture.isNull()) {
        *error = QStringLiteral("the window could not be painted");
        return false;
    }
    const double simUsed = ProcessStats::cpuSeconds(m_simPid) - simCpu;
    const double ownUsed = ProcessStats::cpuSeconds() - ownCpu;
    m_figures.record(QStringLiteral("sync_models_ms"), double(fullAt - start));
    m_syncPaintMs = double(painted - start);
    m_figures.record(QStringLiteral("sync_paint_ms"), m_syncPaintMs);
    m_figures.record(QStringLiteral("first_paint_ms"), double(painted - paintStart));
    m_simShareSync = simUsed + ownUsed > 0 ? 100 * simUsed / (simUsed + ownUsed) : 0;
    m_figures.record(QStringLiteral("sim_share_sync_pct"), m_simShareSync);
    // Half a second after a relist the console hands the memory it freed back to the system,
    // on a pool thread: the figure is what stays resident once that is done.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() >= 1000; }, 2000);
    QThreadPool::globalInstance()->waitForDone(5000);
    m_rssAfterSyncKiB = ProcessStats::residentKiB();
    m_figures.record(QStringLiteral("rss_after_sync_mb"), mib(m_rssAfterSyncKiB));
    log(QStringLiteral("synced: models %1 ms, painted %2 ms, RSS %3 MB")
            .arg(fullAt - start)
            .arg(painted - start)
            .arg(mib(m_rssAfterSyncKiB), 0, 'f', 1));
    return true;
}

// Where the sync spent its time: the informers' lists (network, then decoding beside it on the
// decoding threads), the models' apply and what follows it on the UI thread, and the longest
// stall the UI thread had meanwhile. The paint is first_paint_ms.
void Benchmark::recordSyncBreakdown()
{
    const Ui::ClusterConnection *connection = m_window->connection();
    const Kube::ClusterWatcher *watcher = connection ? connection->watcher() : nullptr;
    const Kube::FirstListTimings lists =
        watcher ? watcher->firstListTimings() : Kube::FirstListTimings();
    const Items::ClusterModel::ApplyTimings &apply = m_window->clusterModel()->applyTimings();
    const double busy = BenchApplication::instance() ? BenchApplication::instance()->busyMs() : 0;
    m_figures.record(QStringLiteral("sync_lists_ms"), double(lists.lastPageMs));
    m_figures.record(QStringLiteral("sync_lists_mb"), double(lists.bytes) / (1 << 20));
    m_figures.record(QStringLiteral("sync_decode_ms"), double(lists.decodeMs));
    m_figures.record(QStringLiteral("sync_listed_ms"), double(lists.listedMs));
    m_figures.record(QStringLiteral("sync_apply_models_ms"), double(apply.modelsNs) / 1e6);
    m_figures.record(QStringLiteral("sync_apply_followers_ms"), double(apply.followersNs) / 1e6);
    m_figures.record(QStringLiteral("sync_ui_busy_ms"), busy);
    m_figures.record(QStringLiteral("sync_stall_max_ms"), m_stalls.longestStallMs());
    log(QStringLiteral("sync breakdown: lists %1 ms (%2 pages, %3 MB), decoding %4 ms on the "
                       "decoding threads, every kind listed at %5 ms; on the UI thread: %6 "
                       "batches applied, models %7 ms, what follows them %8 ms, %9 ms busy in "
                       "all, longest stall %10 ms")
            .arg(lists.lastPageMs)
            .arg(lists.pages)
            .arg(double(lists.bytes) / (1 << 20), 0, 'f', 1)
            .arg(lists.decodeMs)
            .arg(lists.listedMs)
            .arg(apply.batches)
            .arg(double(apply.modelsNs) / 1e6, 0, 'f', 0)
            .arg(double(apply.followersNs) / 1e6, 0, 'f', 0)
            .arg(busy, 0, 'f', 0)
            .arg(m_stalls.longestStallMs(), 0, 'f', 1));
    logSlowestEvents();
}

bool Benchmark::measureKubectl(QString *error)
{
    QProcess kubectl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KUBECONFIG"), m_sim->kubeconfigPath());
    kubectl.setProcessEnvironment(environment);
    kubectl.setProcessChannelMode(QProcess::SeparateChannels);
    qint64 bytes = 0;
    connect(&kubectl, &QProcess::readyReadStandardOutput, this,
            [&] { bytes += kubectl.readAllStandardOutput().size(); });
    qint64 peakKiB = 0;
    QTimer sampler;
    sampler.setInterval(5);
    connect(&sampler, &QTimer::timeout, this, [&] {
        if (kubectl.processId() > 0)
            peakKiB = std::max(peakKiB, ProcessStats::peakResidentKiB(kubectl.processId()));
    });
    bool finished = false;
    qint64 end = 0;
    connect(&kubectl, &QProcess::finished, this, [&] {
        end = Sim::StatusChurn::monotonicMs();
        finished = true;
    });
    const qint64 start = Sim::StatusChurn::monotonicMs();
    kubectl.start(m_options.kubectl,
                  {QStringLiteral("get"), QStringLiteral("cvr,cvc,cv,cspi"), QStringLiteral("-n"),
                   QStringLiteral("openebs"), QStringLiteral("-o"), QStringLiteral("json")});
    sampler.start();
    if (!waitUntil([&] { return finished || kubectl.state() == QProcess::NotRunning; },
                   kSyncTimeoutMs) ||
        kubectl.exitStatus() != QProcess::NormalExit || kubectl.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2 %3")
                     .arg(m_options.kubectl, kubectl.errorString(),
                          QString::fromLocal8Bit(kubectl.readAllStandardError()));
        return false;
    }
    if (!finished)
        end = Sim::StatusChurn::monotonicMs();
    bytes += kubectl.readAllStandardOutput().size();
    const double ms = double(end - start);
    m_figures.record(QStringLiteral("kubectl_fetch_ms"), ms);
    m_figures.record(QStringLiteral("kubectl_peak_rss_mb"), mib(peakKiB));
    m_figures.record(QStringLiteral("sync_ratio"), m_syncPaintMs / ms);
    log(QStringLiteral("kubectl: %1 ms, %2 MB of JSON, peak RSS %3 MB")
            .arg(ms)
            .arg(double(bytes) / 1e6, 0, 'f', 1)
            .arg(mib(peakKiB), 0, 'f', 1));
    return true;
}

bool Benchmark::measureChurn(int rate, QString *error)
{
    const QString r = QString::number(rate);
    m_lags.clear();
    m_collectLag = true;
    QJsonObject state = admin("POST", QStringLiteral("/sim/v1/churn"),
                              QJsonObject{{QStringLiteral("rate"), rate}}, error);
    if (state.isEmpty())
        return false;
    // One second to settle, then the measured period.
    waitUntil([] { return false; }, 1000);
    m_lags.clear();
    state = admin("GET", QStringLiteral("/sim/v1/churn"), {}, error);
    const double writtenBefore = state.value(QLatin1String("written")).toDouble();
    const double simMsBefore = state.value(QLatin1String("monotonicMs")).toDouble();
    const double simCpu = ProcessStats::cpuSeconds(m_simPid);
    const double ownCpu = ProcessStats::cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    m_stalls.start();
    waitUntil([] { return false; }, m_options.phaseSeconds * 1000);
    m_stalls.stop();
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double simUsed = ProcessStats::cpuSeconds(m_simPid) - simCpu;
    const double ownUsed = ProcessStats::cpuSeconds() - ownCpu;
    state = admin("POST", QStringLiteral("/sim/v1/churn"), QJsonObject{{QStringLiteral("rate"), 0}},
                  error);
    if (state.isEmpty())
        return false;
    // What the simulator wrote between the two answers, by its own clock.
    const double written = state.value(QLatin1String("written")).toDouble() - writtenBefore;
    const double simSeconds = std::max(
        0.001, (state.value(QLatin1String("monotonicMs")).toDouble() - simMsBefore) / 1000);
    // What was still on its way arrives (and counts, with its lag): until a second passes
    // without a stamped update, at most 30 s.
    m_lastStampAt = Sim::StatusChurn::monotonicMs();
    waitUntil([this] { return Sim::StatusChurn::monotonicMs() - m_lastStampAt > 1000; }, 30000);
    m_collectLag = false;
    m_figures.record(QStringLiteral("stall_max_ms_%1").arg(r), m_stalls.longestStallMs());
    m_figures.record(QStringLiteral("stall_p99_ms_%1").arg(r), m_stalls.stallPercentileMs(0.99));
    m_figures.record(QStringLiteral("lag_p99_ms_%1").arg(r), FigureTable::percentile(m_lags, 0.99));
    m_figures.record(QStringLiteral("lag_max_ms_%1").arg(r),
                     m_lags.isEmpty() ? std::nan("")
                                      : *std::max_element(m_lags.cbegin(), m_lags.cend()));
    logSlowestEvents();
    m_figures.record(QStringLiteral("sim_rate_%1").arg(r), written / simSeconds);
    m_figures.record(QStringLiteral("sim_cpu_pct_%1").arg(r), 100 * simUsed / seconds);
    m_figures.record(QStringLiteral("console_cpu_pct_%1").arg(r), 100 * ownUsed / seconds);
    log(QStringLiteral("@%1/s: wrote %2/s, stall max %3 ms p99 %4 ms, lag p99 %5 ms max %6 ms "
                       "(%7 updates seen), CPU sim %8% console %9%")
            .arg(rate)
            .arg(written / simSeconds, 0, 'f', 0)
            .arg(m_stalls.longestStallMs(), 0, 'f', 1)
            .arg(m_stalls.stallPercentileMs(0.99), 0, 'f', 1)
            .arg(FigureTable::percentile(m_lags, 0.99), 0, 'f', 0)
            .arg(m_lags.isEmpty() ? 0.0 : *std::max_element(m_lags.cbegin(), m_lags.cend()), 0, 'f',
                 0)
            .arg(m_lags.size())
            .arg(100 * simUsed / seconds, 0, 'f', 0)
            .arg(100 * ownUsed / seconds, 0, 'f', 0));
    return true;
}

bool Benchmark::measureMemoryChurn(QString *error)
{
    // What the allocator has handed out and not been given back, as against what it keeps.
    const auto inUse = [] {
        const struct mallinfo2 info = mallinfo2();
        return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
    };
    const auto setRate = [this, error](int rate) {
        return !admin("POST", QStringLiteral("/sim/v1/churn"),
                      QJsonObject{{QStringLiteral("rate"), rate}}, error)
                    .isEmpty();
    };
    // The passes the stream has completed, or -1 with *error saying why it is not known.
    const auto passes = [this, error] {
        const QJsonObject churn = admin("GET", QStringLiteral("/sim/v1/churn"), {}, error);
        const qint64 count = churn.value(QLatin1String("passes")).toInteger(-1);
        if (count < 0 && !churn.isEmpty())
            *error = QStringLiteral("GET /sim/v1/churn: the answer has no pass count");
        return count;
    };
    // First one pass of the stream over every replica: a replica the earlier phases did not
    // write gets the simulator's two stamp annotations now, and the objects that much larger
    // are the cluster's data, not what the stream costs. Measured from after that pass.
    QApplication::processEvents();
    const qint64 beforePass = ProcessStats::residentKiB();
    const qint64 passesBefore = passes();
    if (passesBefore < 0 || !setRate(m_options.memoryChurnRate))
        return false;
    const int passMs = int(1000LL * m_options.replicas / std::max(1, m_options.memoryChurnRate));
    for (int waited = 0;; waited += 500) {
        const qint64 passesNow = passes();
        if (passesNow < 0)
            return false;
        if (passesNow > passesBefore)
            break;
        if (waited > passMs + 60000) {
            *error = QStringLiteral("the simulator did not write every replica within %1 s")
                         .arg(waited / 1000);
            return false;
        }
        waitUntil([] { return false; }, waited == 0 ? passMs : 500);
    }
    if (!setRate(0))
        return false;
    waitUntil([] { return false; }, 2000); // the last batches land
    const qint64 before = ProcessStats::residentKiB();
    const double inUseBefore = inUse();
    if (!setRate(m_options.memoryChurnRate))
        return false;
    waitUntil([] { return false; }, m_options.churnSeconds * 1000);
    if (!setRate(0))
        return false;
    waitUntil([] { return false; }, 2000);
    const qint64 after = ProcessStats::residentKiB();
    const double inUseAfter = inUse();
    m_figures.record(QStringLiteral("rss_first_pass_growth_pct"),
                     100.0 * double(before - beforePass) / double(std::max<qint64>(1, beforePass)));
    m_figures.record(QStringLiteral("heap_growth_mb"), inUseAfter - inUseBefore);
    m_figures.record(QStringLiteral("rss_after_churn_mb"), mib(after));
    m_figures.record(QStringLiteral("rss_growth_pct"),
                     100.0 * double(after - before) / double(std::max<qint64>(1, before)));
    log(QStringLiteral("memory: %1 MB before a pass over every replica, %2 MB after it and "
                       "before %3 s of updates, %4 MB after; in use %5 MB before, %6 MB after")
            .arg(mib(beforePass), 0, 'f', 1)
            .arg(mib(before), 0, 'f', 1)
            .arg(m_options.churnSeconds)
            .arg(mib(after), 0, 'f', 1)
            .arg(inUseBefore, 0, 'f', 1)
            .arg(inUseAfter, 0, 'f', 1));
    return true;
}

void Benchmark::logSlowestEvents() const
{
    const QString slowest = m_stalls.slowestEvents(3);
    if (!slowest.isEmpty())
        log(QStringLiteral("slowest events on the UI thread:\n%1").arg(slowest));
}

QJsonObject Benchmark::toJson() const
{
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("cstor-bench")},
                       {QStringLiteral("environment"), m_environment},
                       {QStringLiteral("figures"), m_figures.toJson()},
                       {QStringLiteral("failures"), m_figures.failures()}};
}
