#include "tests/bench/benchmark.h"

#include "models/items/clustermodel.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/migration/migrationengine.h"
#include "models/planning/evacuationplanner.h"
#include "models/planning/rebalanceplanner.h"
#include "models/sim/statuschurn.h"
#include "tests/bench/processstats.h"
#include "tests/common/simharness.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/evacuatedialog.h"
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
#include <QPixmap>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <optional>

// The figures of interaction: topology frames while zooming and panning, a drop to the PATCH it
// sends, and both charts following the cluster.

namespace {

} // namespace

void Benchmark::measurePlanning()
{
    const Migration::ClusterSnapshot &cluster = m_window->connection()->engine()->cluster();
    Migration::EvacuationPlanner::Goal goal;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        if (goal.nodes.size() < 10 && !goal.nodes.contains(pool->hostName))
            goal.nodes << pool->hostName;
    }
    QElapsedTimer timer;
    timer.start();
    const Migration::EvacuationPlanner::Plan evacuation =
        Migration::EvacuationPlanner::plan(cluster, goal);
    m_figures.record(QStringLiteral("plan_evacuate_ms"), double(timer.nsecsElapsed()) / 1e6);
    m_figures.record(QStringLiteral("plan_evacuate_moves"), double(evacuation.moves.size()));
    timer.restart();
    Migration::RebalancePlanner::plan(cluster, {});
    m_figures.record(QStringLiteral("plan_rebalance_ms"), double(timer.nsecsElapsed()) / 1e6);
    measureEvacuateDialog(goal.nodes, int(evacuation.moves.size()));
}

void Benchmark::measureEvacuateDialog(const QStringList &nodes, int moves)
{
    // The Evacuate dialog as the window opens it, with nothing ticked; once it is shown and its
    // first (empty) plan made, the nodes are ticked as the operator would and the UI thread
    // is watched until the dialog shows the plan it made off that thread.
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    const QPointer<Migration::MigrationEngine> watched(engine);
    Ui::EvacuateDialog dialog(
        [watched]() -> const Migration::ClusterSnapshot * {
            return watched ? &watched->cluster() : nullptr;
        },
        engine->limits(), engine->queue().window, QStringList(), m_window->connection()->context(),
        m_window.get());
    int plans = 0;
    QObject::connect(&dialog, &Ui::EvacuateDialog::planned, &dialog, [&plans] { ++plans; });
    dialog.show();
    if (!waitUntil([&plans] { return plans > 0; }, 30000)) {
        log(QStringLiteral("evacuate dialog: no plan of nothing ticked within 30 s"));
        return;
    }
    plans = 0;
    m_stalls.start();
    QElapsedTimer timer;
    timer.start();
    for (const QString &node : nodes)
        dialog.tick(node);
    const bool planned = waitUntil(
        [&] { return plans > 0 && dialog.plan().goal.nodes.size() == nodes.size(); }, 60000);
    const double tookMs = double(timer.nsecsElapsed()) / 1e6;
    m_stalls.stop();
    if (!planned) {
        log(QStringLiteral("evacuate dialog: no plan of %1 nodes within 60 s").arg(nodes.size()));
        return;
    }
    m_figures.record(QStringLiteral("plan_evacuate_stall_ms"), m_stalls.longestStallMs());
    m_figures.record(QStringLiteral("plan_evacuate_dialog_ms"), tookMs);
    log(QStringLiteral("evacuate dialog: %1 nodes ticked, %2 moves planned (%3 on the calling "
                       "thread) in %4 ms, longest UI stall %5 ms")
            .arg(nodes.size())
            .arg(dialog.plan().moves.size())
            .arg(moves)
            .arg(tookMs, 0, 'f', 0)
            .arg(m_stalls.longestStallMs(), 0, 'f', 1));
    logSlowestEvents();
}

void Benchmark::measureFrames()
{
    Ui::TopologyView *view = m_window->topologyView();
    QWidget *viewport = view->viewport();
    const auto frames = [&](int count, const std::function<void(int)> &step) {
        QList<double> times;
        for (int i = 0; i < count; ++i) {
            step(i);
            QElapsedTimer timer;
            timer.start();
            viewport->repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            QApplication::processEvents();
        }
        return times;
    };
    view->zoomToFit();
    QApplication::processEvents();
    const QList<double> fit = frames(30, [viewport](int) { viewport->update(); });
    m_figures.record(QStringLiteral("frame_fit_p95_ms"), FigureTable::percentile(fit, 0.95));
    m_figures.record(QStringLiteral("frame_fit_max_ms"),
                     *std::max_element(fit.cbegin(), fit.cend()));

    QElapsedTimer zoomTimer;
    zoomTimer.start();
    view->resetZoom();
    m_figures.record(QStringLiteral("zoom_to_detail_ms"), double(zoomTimer.nsecsElapsed()) / 1e6);
    QApplication::processEvents();
    QScrollBar *horizontal = view->horizontalScrollBar();
    QScrollBar *vertical = view->verticalScrollBar();
    horizontal->setValue(horizontal->minimum());
    vertical->setValue(vertical->minimum());
    const QList<double> pan = frames(60, [horizontal, vertical](int i) {
        // Diagonal drags of 40 px, back at the edges.
        const int dx = (i / 20) % 2 ? -40 : 40;
        horizontal->setValue(
            std::clamp(horizontal->value() + dx, horizontal->minimum(), horizontal->maximum()));
        vertical->setValue(
            std::clamp(vertical->value() + 24, vertical->minimum(), vertical->maximum()));
    });
    m_figures.record(QStringLiteral("frame_pan_p95_ms"), FigureTable::percentile(pan, 0.95));
    m_figures.record(QStringLiteral("frame_pan_max_ms"),
                     *std::max_element(pan.cbegin(), pan.cend()));
    zoomTimer.restart();
    view->zoomToFit();
    m_figures.record(QStringLiteral("zoom_to_overview_ms"), double(zoomTimer.nsecsElapsed()) / 1e6);
    log(QStringLiteral("frames: fit p95 %1 ms, pan p95 %2 ms")
            .arg(FigureTable::percentile(fit, 0.95), 0, 'f', 1)
            .arg(FigureTable::percentile(pan, 0.95), 0, 'f', 1));
}

// A replica and a pool the window lets it move to, looked for from a row that depends on
// `index`; *replicaUid stays empty when there is none.
void Benchmark::findMove(int index, QString *replicaUid, QString *volume, QString *pool) const
{
    Ui::MainWindow *window = m_window.get();
    Items::ClusterModel *model = window->clusterModel();
    const Items::ReplicaModel *replicas = model->replicas();
    const QStringList nodes = model->nodeNames();
    for (int row = (index * 7919) % replicas->rowCount(), tries = 0;
         replicaUid->isEmpty() && tries < 50; row = (row + 1) % replicas->rowCount(), ++tries) {
        const Cstor::VolumeReplica &candidate = replicas->at(row);
        for (int n = 0; n < std::min<int>(int(nodes.size()), 20) && replicaUid->isEmpty(); ++n) {
            const QString node = nodes.at((row + 1 + n * 13) % nodes.size());
            for (const QString &target : model->poolsOfNode(node)) {
                if (window->moveVerdict(candidate.meta.uid, target).isEmpty()) {
                    *replicaUid = candidate.meta.uid;
                    *volume = candidate.volume;
                    *pool = target;
                    break;
                }
            }
        }
    }
}

// When the server saw the CVC `key` (resource/namespace/name) change, in *written (-1: not
// within 30 s); false with *error when the simulator could not be asked.
bool Benchmark::waitForSpecWrite(const QString &key, qint64 *written, QString *error)
{
    // The server notes when the CVC's spec changed; asked every 5 ms until it did.
    QElapsedTimer waited;
    waited.start();
    while (*written < 0 && waited.elapsed() < 30000) {
        const QJsonObject state = admin("GET", QStringLiteral("/sim/v1/spec-writes"), {}, error);
        if (state.isEmpty())
            return false;
        const QJsonValue at = state.value(QLatin1String("objects"))
                                  .toObject()
                                  .value(key)
                                  .toObject()
                                  .value(QLatin1String("writtenAtMs"));
        if (at.isDouble())
            *written = qint64(at.toDouble());
        else
            waitUntil([] { return false; }, 5);
    }
    return true;
}

bool Benchmark::measureDropToPatch(int index, QString *error)
{
    Ui::MainWindow *window = m_window.get();
    if (!waitUntil([window] { return window->connection()->isWritePermissionKnown(); }, 30000) ||
        !window->connection()->isWriteAllowed()) {
        *error = QStringLiteral("the window may not move replicas: %1")
                     .arg(window->connection()->whyWriteDenied());
        return false;
    }
    // A replica and a pool it may move to (a different one each run).
    QString replicaUid;
    QString volume;
    QString pool;
    findMove(index, &replicaUid, &volume, &pool);
    if (replicaUid.isEmpty()) {
        *error = QStringLiteral("no replica could be moved anywhere");
        return false;
    }
    const QString key = QStringLiteral("cstorvolumeconfigs/openebs/") + volume;
    if (admin("POST", QStringLiteral("/sim/v1/spec-writes"),
              QJsonObject{{QStringLiteral("resource"), QStringLiteral("cstorvolumeconfigs")},
                          {QStringLiteral("name"), volume}},
              error)
            .isEmpty())
        return false;

    const qint64 dropped = Sim::StatusChurn::monotonicMs();
    Ui::PlanDialog *plan = window->planMove(replicaUid, pool);
    if (!plan) {
        *error = QStringLiteral("the drop of %1 on %2 opened no plan").arg(volume, pool);
        return false;
    }
    if (!waitUntil([plan] { return plan->canApply(); }, 30000)) {
        *error = QStringLiteral("the plan of %1 to %2 could not be applied: %3")
                     .arg(volume, pool, plan->dryRunResult());
        return false;
    }
    const qint64 enabled = Sim::StatusChurn::monotonicMs();
    auto *apply = plan->findChild<QPushButton *>(QStringLiteral("planApply"));
    if (!apply) {
        *error = QStringLiteral("the plan has no Apply button");
        return false;
    }
    const qint64 applied = Sim::StatusChurn::monotonicMs();
    apply->click();
    qint64 written = -1;
    if (!waitForSpecWrite(key, &written, error))
        return false;
    if (written < 0) {
        *error = QStringLiteral("the server received no change of %1 after Apply").arg(volume);
        return false;
    }
    m_figures.record(QStringLiteral("drop_to_patch_ms"), double(written - dropped));
    m_figures.record(QStringLiteral("drop_to_apply_ms"), double(enabled - dropped));
    m_figures.record(QStringLiteral("apply_to_patch_ms"), double(written - applied));
    log(QStringLiteral("drop to PATCH %1 ms (Apply enabled after %2 ms)")
            .arg(written - dropped)
            .arg(enabled - dropped));
    return true;
}

bool Benchmark::measureCharts(QString *error)
{
    // Up to 100 replicas rebuilding at once, each to a pool the window accepts, with the
    // simulator's time running so that they copy; the capacity chart samples every pool.
    Ui::MainWindow *window = m_window.get();
    Migration::MigrationEngine *engine = window->connection()->engine();
    Ui::ChartPanel *panel = window->chartPanel();
    if (!engine || !panel) {
        *error = QStringLiteral("the window has no migration engine or charts");
        return false;
    }
    if (admin("POST", QStringLiteral("/sim/v1/speed"),
              QJsonObject{{QStringLiteral("speed"), std::max(1.0, m_options.simSpeed)}}, error)
            .isEmpty())
        return false;
    engine->setLimits({1, 100}); // the default runs 4 at once and queues the rest
    Items::ClusterModel *model = window->clusterModel();
    const Items::ReplicaModel *replicas = model->replicas();
    const QStringList nodes = model->nodeNames();
    QSet<QString> volumes;
    for (int row = 0; row < replicas->rowCount() && volumes.size() < 100; row += 7) {
        const Cstor::VolumeReplica &candidate = replicas->at(row);
        if (volumes.contains(candidate.volume))
            continue;
        for (int n = 0; n < std::min<int>(int(nodes.size()), 10); ++n) {
            const QString node = nodes.at((row + 1 + n * 13) % nodes.size());
            const QStringList pools = model->poolsOfNode(node);
            const auto target = std::find_if(pools.cbegin(), pools.cend(), [&](const QString &p) {
                return window->moveVerdict(candidate.meta.uid, p).isEmpty();
            });
            if (target == pools.cend())
                continue;
            if (!engine->start({candidate.volume, candidate.pool, *target}).isEmpty())
                volumes.insert(candidate.volume);
            break;
        }
    }
    Ui::RebuildChart *rebuild = panel->rebuildChart();
    Ui::CapacityChart *capacity = panel->capacityChart();
    waitUntil([&] { return rebuild->migrationIds().size() >= volumes.size(); }, 30000);
    m_figures.record(QStringLiteral("charts_rebuild_lines"),
                     double(rebuild->migrationIds().size()));
    QList<double> samples;
    m_stalls.start();
    for (int second = 0; second < m_options.phaseSeconds; ++second) {
        waitUntil([] { return false; }, 1000);
        QElapsedTimer timer;
        timer.start();
        capacity->sample();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    m_stalls.stop();
    for (const double ms : std::as_const(samples))
        m_figures.record(QStringLiteral("charts_capacity_sample_ms"), ms);
    m_figures.record(QStringLiteral("charts_stall_max_ms"), m_stalls.longestStallMs());
    m_figures.record(QStringLiteral("charts_stall_p99_ms"), m_stalls.stallPercentileMs(0.99));
    log(QStringLiteral("charts: %1 rebuilds followed, %2 pools sampled, stall max %3 ms")
            .arg(rebuild->migrationIds().size())
            .arg(model->pools()->rowCount())
            .arg(m_stalls.longestStallMs(), 0, 'f', 1));
    logSlowestEvents();
    for (const Migration::MigrationStatus &status : engine->migrations())
        engine->cancel(status.id);
    return !admin("POST", QStringLiteral("/sim/v1/speed"),
                  QJsonObject{{QStringLiteral("speed"), m_options.simSpeed}}, error)
                .isEmpty();
}
