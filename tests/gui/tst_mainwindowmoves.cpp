// Moves and drains from the real main window on a simulated cluster: a replica dragged onto a
// pool, a node drained, nodes evacuated (found by a filter in a list of a thousand), the pools of
// a pool cluster rebalanced with the plan's estimated duration, and the write actions a
// read-only user or the read-only lock takes away.
#include "windowprobes.h"

#include "models/cstor/capacity.h"
#include "models/items/clustermodel.h"
#include "models/items/itemroles.h"
#include "models/items/migrationlistmodel.h"
#include "models/items/replicamodel.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/keychainstore.h"
#include "models/migration/datapaths.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/planning/rebalanceplanner.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/poolmanager.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seedclusterdelta.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/capacitytable.h"
#include "ui/clusterconnection.h"
#include "ui/connectionindicator.h"
#include "ui/detailspanel.h"
#include "ui/durationlabel.h"
#include "ui/emptystatewidget.h"
#include "ui/evacuatedialog.h"
#include "ui/exectrustdialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/nodepoolpicker.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/queuesettingsform.h"
#include "ui/quitguard.h"
#include "ui/rebalancedialog.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WindowProbes;
using SeedNames::kCvr;
using SeedNames::kVolume;

namespace {
// Whether none of these pools holds a replica, as the window's model has it.
bool holdNoReplica(const Items::ClusterModel *model, const QStringList &pools)
{
    for (const QString &pool : pools) {
        if (!model->replicasOfPool(pool).isEmpty())
            return false;
    }
    return true;
}

// The spread of the cluster's pools as the rebalance planner counts it (every pool cluster).
int spreadOf(const Migration::ClusterSnapshot &cluster)
{
    return Migration::RebalancePlanner::plan(cluster, {}).spreadBefore;
}

// Saves a picture of `widget` beside the file CSTOR_<variable>_SCREENSHOT names, with `suffix`
// before its extension; nothing when it names none.
void saveScreenshot(QWidget *widget, const char *variable, const QString &suffix = {})
{
    QString file = qEnvironmentVariable(variable);
    if (file.isEmpty())
        return;
    file.replace(QStringLiteral(".png"), suffix + QStringLiteral(".png"));
    QVERIFY(widget->grab().save(file, "PNG"));
}
} // namespace

class TestMainWindowMoves
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dragMigratesTheSeedReplica();
    void replicaRowDroppedOnAPoolOpensThePlan();
    void drainingANodeEmptiesItsPools();
    void evacuatingTwoNodesAsOnePlan();
    void evacuateFilterNarrowsAThousandNodes();
    void rebalancingBringsTheSpreadUnderTheTarget();
    void readOnlyUserHasNoWriteActions();
    void readOnlyLockDisablesWrites();
    void closingWhileAMoveRunsAsksFirst();
};

void TestMainWindowMoves::initTestCase()
{
    useTestSettings();
}

void TestMainWindowMoves::init()
{
    startSimAndWindow();
}

void TestMainWindowMoves::cleanup()
{
    stopWindowAndSim();
}

// The seed's migration by a drag: the replica of the volume on e2e1-node2 (pool pn9p) dropped
// on pool psz5 of e2e1-node3, planned, applied, and carried out to the end.
void TestMainWindowMoves::dragMigratesTheSeedReplica()
{
    openSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    QVERIFY(m_window->connection()->isWriteAllowed());
    const QString source = QStringLiteral("cspc-stripe-pool-pn9p");
    const QString target = QStringLiteral("cspc-stripe-pool-psz5");
    const QString keep = QStringLiteral("cspc-stripe-pool-6qkw");
    Ui::ReplicaChip *chip = nullptr;
    for (Ui::ReplicaChip *candidate : scene->chipsOfVolume(kVolume)) {
        if (static_cast<Ui::PoolItem *>(candidate->parentItem())->name() == source)
            chip = candidate;
    }
    QVERIFY(chip);
    Ui::PoolItem *targetItem = scene->poolItem(target);
    QVERIFY(targetItem);

    QGraphicsView *view = scene->views().first();
    view->fitInView(scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    const QPoint from = view->mapFromScene(chip->mapToScene(chip->boundingRect().center()));
    const QRectF targetRect = targetItem->mapRectToScene(targetItem->boundingRect());
    const QPoint to = view->mapFromScene(
        QPointF(targetRect.center().x(), targetRect.top() + Ui::PoolItem::kHeaderHeight / 2));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(view->viewport(), from + (to - from) * step / 10);
    // While dragging, the target lights up and the pool of node 1 (which already holds a
    // replica of the volume) says why not.
    QVERIFY(scene->isDragging());
    QCOMPARE(scene->hoveredPool(), target);
    QCOMPARE(scene->dropVerdict(target), QString());
    QCOMPARE(targetItem->dropState(), Ui::PoolItem::DropState::Valid);
    QVERIFY(scene->dropVerdict(keep).contains(kNode1));
    QCOMPARE(scene->poolItem(keep)->dropState(), Ui::PoolItem::DropState::Invalid);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(!scene->isDragging());

    // The drop opens the plan; the server's dry run accepts it; Apply starts it.
    QTRY_VERIFY(m_window->planDialog());
    Ui::PlanDialog *plan = m_window->planDialog();
    QCOMPARE(plan->moves().size(), 1);
    QCOMPARE(plan->moves().first().targetPool, target);
    QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
    auto *apply = plan->findChild<QPushButton *>(QStringLiteral("planApply"));
    QVERIFY(apply);
    QTest::mouseClick(apply, Qt::LeftButton);

    // The operations panel follows it to the end, and the topology shows the new placement.
    Ui::OperationsPanel *operations = m_window->operationsPanel();
    QVERIFY(operations);
    QTRY_COMPARE(operations->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(topologyNodesOf(scene, kVolume) == (QStringList{kNode1, kNode3}),
                             60000);
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isBusy(), 60000);
    QCOMPARE(engine->migrations().first().state, Migration::MigrationState::Done);
    int scaleUps = 0;
    int scaleDowns = 0;
    for (const Migration::JournalEntry &entry :
         Migration::Journal(Migration::DataPaths::journal()).entries()) {
        scaleUps += entry.action == QLatin1String("scale-up") ? 1 : 0;
        scaleDowns += entry.action == QLatin1String("scale-down") ? 1 : 0;
    }
    QCOMPARE(scaleUps, 1);
    QCOMPARE(scaleDowns, 1);
    QVERIFY(!m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"),
                                        kVolume + QLatin1Char('-') + source));
    QCOMPARE(m_sim->sim()
                 ->store()
                 ->get(kCvr, QStringLiteral("openebs"), kVolume + QLatin1Char('-') + target)
                 ->value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("phase"))
                 .toString(),
             QStringLiteral("Healthy"));
}

// The same from the replicas table: a row dragged onto a pool of the topology. The drag
// carries what the table's model puts in it; the drop goes through the view as a real one.
void TestMainWindowMoves::replicaRowDroppedOnAPoolOpensThePlan()
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    Ui::TopologyScene *scene = m_window->topologyScene();
    const QString source = QStringLiteral("cspc-stripe-pool-pn9p");
    QTableView *table = m_window->replicaTable()->view();
    // The row of the volume's replica on pn9p.
    QModelIndex row;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, Items::ReplicaModel::Pool);
        if (index.data().toString() == source &&
            table->model()->index(r, Items::ReplicaModel::Volume).data().toString() == kVolume)
            row = table->model()->index(r, 0);
    }
    QVERIFY(row.isValid());
    QVERIFY(table->model()->flags(row) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(table->model()->mimeData({row}));
    QVERIFY(mime);

    QGraphicsView *view = scene->views().first();
    view->fitInView(scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    const auto poolPoint = [&](const QString &pool) {
        Ui::PoolItem *item = scene->poolItem(pool);
        const QRectF rect = item->mapRectToScene(item->boundingRect());
        return QPointF(view->mapFromScene(
            QPointF(rect.center().x(), rect.top() + Ui::PoolItem::kHeaderHeight / 2)));
    };
    const auto dragTo = [&](const QPointF &at, bool drop) {
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction | Qt::CopyAction, mime.get(),
                              Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(at.toPoint(), Qt::MoveAction | Qt::CopyAction, mime.get(),
                            Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &move);
        if (drop) {
            QDropEvent dropped(at, Qt::MoveAction | Qt::CopyAction, mime.get(), Qt::LeftButton, {});
            QCoreApplication::sendEvent(view->viewport(), &dropped);
        } else {
            QDragLeaveEvent leave;
            QCoreApplication::sendEvent(view->viewport(), &leave);
        }
    };
    // Onto node 1's pool, which already holds a replica of the volume: refused, no plan.
    dragTo(poolPoint(QStringLiteral("cspc-stripe-pool-6qkw")), true);
    QVERIFY(!scene->isDragging());
    QVERIFY(!m_window->planDialog());
    // Onto psz5: the plan opens for exactly that move.
    dragTo(poolPoint(QStringLiteral("cspc-stripe-pool-psz5")), true);
    QTRY_VERIFY(m_window->planDialog());
    QCOMPARE(m_window->planDialog()->moves().size(), 1);
    QCOMPARE(m_window->planDialog()->moves().first().sourcePool, source);
    QCOMPARE(m_window->planDialog()->moves().first().targetPool,
             QStringLiteral("cspc-stripe-pool-psz5"));
    m_window->planDialog()->reject();
    // A drag that leaves the view changes nothing.
    dragTo(poolPoint(QStringLiteral("cspc-stripe-pool-psz5")), false);
    QVERIFY(!scene->isDragging());
}

// "Drain node…": on the seed cluster node 2 cannot be drained (a volume has a replica on every
// node) and the window says which; on a larger cluster the plan moves every replica off the
// node and runs to the end.
void TestMainWindowMoves::drainingANodeEmptiesItsPools()
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    QVERIFY(!m_window->planDrain(kNode2));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("pvc-3f1c")));

    SimHarness wider;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=4,pools-per-node=1,volumes=6,replicas=2");
    options.speed = 100;
    QVERIFY(startSim(&wider, options));
    m_window->openKubeconfig(wider.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    Items::ClusterModel *model = m_window->clusterModel();
    const QString node = model->nodeNames().first();
    QStringList pools = model->poolsOfNode(node);
    int before = 0;
    for (const QString &pool : pools)
        before += int(model->replicasOfPool(pool).size());
    QVERIFY(before > 0);
    Ui::PlanDialog *plan = m_window->planDrain(node);
    QVERIFY(plan);
    QCOMPARE(plan->moves().size(), before);
    QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
    QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planApply")), Qt::LeftButton);
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->migrations().isEmpty() && !engine->isBusy(), 120000);
    for (const Migration::MigrationStatus &status : engine->migrations())
        QVERIFY2(status.state == Migration::MigrationState::Done, qPrintable(status.reason));
    QTRY_VERIFY_WITH_TIMEOUT(holdNoReplica(model, pools), 20000);
}

// "Evacuate nodes or pools…" (set CSTOR_EVACUATE_SCREENSHOT to a file name to keep pictures of
// the dialogs): two nodes ticked make one plan of every replica on them, the
// caps the dialog names go to the engine's queue, and the plan runs to the end with the nodes
// empty.
void TestMainWindowMoves::evacuatingTwoNodesAsOnePlan()
{
    SimHarness sim;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=6,pools-per-node=1,volumes=8,replicas=2");
    options.speed = 100;
    QVERIFY(startSim(&sim, options));
    m_window->openKubeconfig(sim.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    Items::ClusterModel *model = m_window->clusterModel();
    const QStringList nodes = model->nodeNames().mid(0, 2);
    QStringList pools;
    int before = 0;
    for (const QString &node : nodes) {
        for (const QString &pool : model->poolsOfNode(node)) {
            pools << pool;
            before += int(model->replicasOfPool(pool).size());
        }
    }
    QVERIFY(before > 2);

    QVERIFY(m_window->evacuateAction()->isEnabled());
    Ui::EvacuateDialog *dialog = m_window->openEvacuate({nodes.first()});
    QVERIFY(dialog);
    dialog->tick(nodes.last());
    // Planned off the UI thread: the plan of both nodes comes after the one of the first.
    QCOMPARE(dialog->goal().nodes, nodes);
    QTRY_COMPARE(dialog->plan().goal.nodes, nodes);
    QCOMPARE(dialog->plan().moves.size(), before);
    QVERIFY(dialog->plan().isComplete());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("evacuateSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 replica(s) to move").arg(before)),
             qPrintable(summary));
    // Two moves off one node at once, one rebuild onto one pool, three in the cluster.
    const QList<QSpinBox *> caps = dialog->findChildren<QSpinBox *>();
    QCOMPARE(caps.size(), 3);
    caps.at(1)->setValue(2);
    caps.at(2)->setValue(3);
    QVERIFY(dialog->showPlanButton()->isEnabled());
    // With CSTOR_EVACUATE_SCREENSHOT=x.png, pictures of the dialog (x.png) and the plan.
    const QString screenshot = qEnvironmentVariable("CSTOR_EVACUATE_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(dialog->grab().save(screenshot, "PNG"));
    QTest::mouseClick(dialog->showPlanButton(), Qt::LeftButton);

    Ui::PlanDialog *plan = m_window->planDialog();
    QVERIFY(plan);
    QCOMPARE(plan->moves().size(), before);
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QCOMPARE(engine->limits().perSourceNode, 2);
    QCOMPARE(engine->limits().perCluster, 3);
    QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
    if (!screenshot.isEmpty())
        QVERIFY(plan->grab().save(
            QString(screenshot).replace(QStringLiteral(".png"), QStringLiteral("-plan.png")),
            "PNG"));
    QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planApply")), Qt::LeftButton);
    int peak = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int active = 0;
            for (const Migration::MigrationStatus &status : engine->migrations())
                active += Migration::MoveLimits::isActive(status) ? 1 : 0;
            peak = std::max(peak, active);
            return !engine->migrations().isEmpty() && !engine->isBusy();
        }(),
        180000);
    QVERIFY2(peak <= 3, qPrintable(QString::number(peak)));
    for (const Migration::MigrationStatus &status : engine->migrations())
        QVERIFY2(status.state == Migration::MigrationState::Done, qPrintable(status.reason));
    QTRY_VERIFY_WITH_TIMEOUT(holdNoReplica(model, pools), 20000);
}

// The Evacuate dialog's list at a thousand nodes: part of a name narrows it (a pool's name shows
// its node), the line under it says how many nodes of how many are shown, and a node ticked
// stays ticked while the filter hides it and plans as ticked.
void TestMainWindowMoves::evacuateFilterNarrowsAThousandNodes()
{
    Kube::ClusterDelta delta;
    for (int i = 0; i < 1000; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        delta.pools.upserted.append(SeedClusterDelta::pool(QStringLiteral("cspc-big-") + number,
                                                           QStringLiteral("node-") + number));
    }
    Migration::ClusterSnapshot cluster;
    cluster.apply(delta);
    Ui::EvacuateDialog dialog([&cluster] { return &cluster; }, {}, {}, {}, QString(),
                              m_window.get());
    dialog.resize(640, 680);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Ui::NodePoolPicker *picker = dialog.picker();
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("evacuateNodeCount"));
    QVERIFY(count);
    QCOMPARE(picker->nodeCount(), 1000);
    QCOMPARE(picker->shownNodeCount(), 1000);
    QCOMPARE(count->text(), QStringLiteral("1000 node(s)"));

    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("evacuateFilter"));
    QVERIFY(filter);
    filter->setFocus();
    QElapsedTimer typing;
    typing.start();
    QTest::keyClicks(filter, QStringLiteral("NODE-07"));
    qInfo("7 keys typed into the filter of 1000 nodes in %lld ms", typing.elapsed());
    QCOMPARE(picker->shownNodeCount(), 100);
    QCOMPARE(count->text(), QStringLiteral("100 of 1000 node(s)"));
    // The operator ticks one of the nodes shown.
    QAbstractItemModel *shown = picker->view()->model();
    const QModelIndexList hits = shown->match(shown->index(0, 0), Qt::DisplayRole,
                                              QStringLiteral("node-0712"), 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    QVERIFY(shown->setData(hits.first(), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(dialog.plan().goal.nodes, QStringList{QStringLiteral("node-0712")});
    saveScreenshot(&dialog, "CSTOR_EVACUATE_SCREENSHOT", QStringLiteral("-filter"));

    // A pool's name shows its node; the node ticked before is hidden, and stays ticked.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("big-0345"));
    QCOMPARE(picker->shownNodeCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("node-0345"));
    QCOMPARE(count->text(), QStringLiteral("1 of 1000 node(s)"));
    QCOMPARE(dialog.goal().nodes, QStringList{QStringLiteral("node-0712")});
    filter->clear();
    QCOMPARE(picker->shownNodeCount(), 1000);
    QCOMPARE(count->text(), QStringLiteral("1000 node(s)"));
    const QModelIndexList ticked = shown->match(shown->index(0, 0), Qt::CheckStateRole,
                                                int(Qt::Checked), -1, Qt::MatchExactly);
    QCOMPARE(ticked.size(), 1);
    QCOMPARE(ticked.first().data().toString(), QStringLiteral("node-0712"));
    QCOMPARE(dialog.goal().nodes, QStringList{QStringLiteral("node-0712")});
}

// "Rebalance pools…" on a cluster where one volume wrote until its two pools stand out: the
// dialog plans (off the UI thread) moves that bring the spread under the target, shows each
// pool's used capacity before and after and how long the moves should take; Show plan and
// Apply run them on the engine within the caps the dialog names, and the pools then report a
// spread within the target. The next plan's estimate is at the throughput those moves measured.
void TestMainWindowMoves::rebalancingBringsTheSpreadUnderTheTarget()
{
    SimHarness sim;
    SimHarness::Options options;
    options.generateSpec =
        QStringLiteral("nodes=6,pools-per-node=1,volumes=12,replicas=2,volume-size=1Gi-3Gi");
    options.speed = 100;
    QVERIFY(startSim(&sim, options));
    m_window->openKubeconfig(sim.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QVERIFY2(spreadOf(engine->cluster()) <= 10,
             qPrintable(QString::number(spreadOf(engine->cluster()))));

    // The largest volume writes until its two pools stand out, then stops.
    QString largest;
    for (const Cstor::VolumeConfig *cvc : engine->cluster().volumeConfigs()) {
        if (largest.isEmpty() ||
            engine->cluster().volumeSize(cvc->meta.name) > engine->cluster().volumeSize(largest))
            largest = cvc->meta.name;
    }
    QVERIFY(!largest.isEmpty());
    Sim::PoolManager *pools = sim.sim()->poolManager();
    pools->setWriteRate(QStringLiteral("openebs"), largest, 20.0 * 1024 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(spreadOf(engine->cluster()) > 12, 60000);
    pools->setWriteRate(QStringLiteral("openebs"), largest, 0);
    // What was written lands in the pools' capacity at their next sync: the plan is made on
    // the capacity they report once they have reported all of it.
    pools->advance();
    const auto reportedWhole = [&] {
        for (const Cstor::PoolInstance *pool : engine->cluster().pools()) {
            const Sim::ZPool *written = pools->pool(pool->meta.name);
            // The status gives ZFS sizes as decimal quantities, as the pool-manager does.
            if (!written || Cstor::Capacity::parseQuantity(Cstor::Capacity::zfsAsQuantity(
                                qint64(pools->poolUsedBytes(*written)))) != pool->usedBytes)
                return false;
        }
        return true;
    };
    for (const Cstor::PoolInstance *pool : engine->cluster().pools())
        pools->syncPool(pool->meta.name);
    QTRY_VERIFY_WITH_TIMEOUT(reportedWhole(), 10000);
    const int before = spreadOf(engine->cluster());
    QVERIFY2(before > 10, qPrintable(QString::number(before)));

    // A pool's menu in the topology opens the rebalance of its pool cluster.
    const Cstor::PoolInstance *anyPool = engine->cluster().pools().first();
    const std::unique_ptr<QMenu> poolMenu =
        m_window->topologyScene()->contextMenu(Ui::TopologyScene::Kind::Pool, anyPool->meta.name);
    auto *rebalancePool = poolMenu->findChild<QAction *>(QStringLiteral("rebalancePoolCluster"));
    QVERIFY(rebalancePool && rebalancePool->isEnabled());
    rebalancePool->trigger();
    QVERIFY(m_window->rebalanceDialog());
    QCOMPARE(m_window->rebalanceDialog()->goal().poolCluster, anyPool->poolCluster);
    m_window->rebalanceDialog()->reject();

    QVERIFY(m_window->rebalanceAction()->isEnabled());
    m_window->rebalanceAction()->trigger();
    Ui::RebalanceDialog *dialog = m_window->rebalanceDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->goal().maxSpreadPoints, 10);
    QVERIFY(dialog->goal().poolCluster.isEmpty());
    QSignalSpy planned(dialog, &Ui::RebalanceDialog::planned);
    QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 1, 10000);
    QCOMPARE(dialog->plan().spreadBefore, before);
    // A 3 GiB replica is a large part of a pool: the best plan may stop short of 10 points,
    // and the dialog refuses it until the target is the spread it reaches.
    int target = 10;
    if (!dialog->plan().reachesGoal()) {
        QVERIFY(!dialog->showPlanButton()->isEnabled());
        const QString summary =
            dialog->findChild<QLabel *>(QStringLiteral("rebalanceSummary"))->text();
        QVERIFY2(summary.contains(
                     QStringLiteral("Set the target to %1 points").arg(dialog->plan().spreadAfter)),
                 qPrintable(summary));
        target = dialog->plan().spreadAfter;
        dialog->setMaxSpread(target);
        QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 2, 10000);
    }
    QVERIFY2(target < before, qPrintable(QStringLiteral("%1 / %2").arg(target).arg(before)));
    const Migration::RebalancePlanner::Plan plan = dialog->plan();
    QCOMPARE(plan.goal.maxSpreadPoints, target);
    QVERIFY(plan.reachesGoal());
    QVERIFY(!plan.moves.isEmpty());
    QVERIFY(plan.spreadAfter <= target);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("rebalanceSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("spread %1 → %2 points (at most %3)")
                                  .arg(before)
                                  .arg(plan.spreadAfter)
                                  .arg(target)),
             qPrintable(summary));
    // Each pool the moves change, before and after.
    QVERIFY(!dialog->projection().isEmpty());
    QCOMPARE(dialog->capacityTable()->topLevelItemCount(), int(dialog->projection().size()));
    auto *moves = dialog->findChild<QTreeWidget *>(QStringLiteral("rebalanceMoves"));
    QCOMPARE(moves->topLevelItemCount(), int(plan.moves.size()));
    // How long: no move was measured on this cluster yet.
    QTRY_VERIFY(dialog->durationLabel()->hasEstimate());
    QVERIFY2(dialog->durationLabel()->text().contains(
                 QStringLiteral("at the default 50 MiB/s: no move measured yet")),
             qPrintable(dialog->durationLabel()->text()));
    // Two moves in the cluster at once.
    const QList<QSpinBox *> caps =
        dialog->findChild<Ui::QueueSettingsForm *>()->findChildren<QSpinBox *>();
    QCOMPARE(caps.size(), 3);
    caps.at(2)->setValue(2);
    QVERIFY(dialog->showPlanButton()->isEnabled());
    QTRY_VERIFY(dialog->durationLabel()->hasEstimate()); // again, within the new caps
    saveScreenshot(dialog, "CSTOR_REBALANCE_SCREENSHOT");
    qInfo("spread %d points before, %d planned (target %d): %lld move(s); %s", before,
          plan.spreadAfter, target, qint64(plan.moves.size()),
          qPrintable(dialog->durationLabel()->text()));
    QTest::mouseClick(dialog->showPlanButton(), Qt::LeftButton);

    Ui::PlanDialog *planDialog = m_window->planDialog();
    QVERIFY(planDialog);
    QCOMPARE(planDialog->moves(), plan.moves);
    QCOMPARE(engine->limits().perCluster, 2);
    QTRY_VERIFY_WITH_TIMEOUT(planDialog->canApply(), 10000);
    QTest::mouseClick(planDialog->findChild<QPushButton *>(QStringLiteral("planApply")),
                      Qt::LeftButton);
    QCOMPARE(int(engine->migrations().size()), int(plan.moves.size()));
    int peak = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int active = 0;
            for (const Migration::MigrationStatus &status : engine->migrations())
                active += Migration::MoveLimits::isActive(status) ? 1 : 0;
            peak = std::max(peak, active);
            return !engine->isBusy();
        }(),
        180000);
    QVERIFY2(peak <= 2, qPrintable(QString::number(peak)));
    for (const Migration::MigrationStatus &status : engine->migrations())
        QVERIFY2(status.state == Migration::MigrationState::Done, qPrintable(status.reason));
    // The pools report their new capacity at their next resync.
    QTRY_VERIFY_WITH_TIMEOUT(spreadOf(engine->cluster()) <= target, 30000);

    // The next plan's estimate is at the throughput those moves measured.
    Ui::EvacuateDialog *evacuate =
        m_window->openEvacuate({m_window->clusterModel()->nodeNames().first()});
    QVERIFY(evacuate);
    QTRY_VERIFY_WITH_TIMEOUT(evacuate->durationLabel()->hasEstimate(), 10000);
    const QString estimate = evacuate->durationLabel()->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^Estimated duration: about .+ at \\d+ MiB/s "
                                               "measured on this cluster$"))
                 .match(estimate)
                 .hasMatch(),
             qPrintable(estimate));
    QVERIFY2(evacuate->durationLabel()->toolTip().contains(
                 QStringLiteral("%1 move(s)")
                     .arg(std::min(int(plan.moves.size()), Migration::PlanDuration::kSamples))),
             qPrintable(evacuate->durationLabel()->toolTip()));
    saveScreenshot(evacuate, "CSTOR_EVACUATE_SCREENSHOT", QStringLiteral("-measured"));
}

void TestMainWindowMoves::readOnlyUserHasNoWriteActions()
{
    openSeed(QStringLiteral("cstor-sim-read-only"));
    Ui::ClusterConnection *connection = m_window->connection();
    QTRY_VERIFY_WITH_TIMEOUT(connection->isWritePermissionKnown(), 10000);
    QVERIFY(!connection->isWriteAllowed());
    // Even with a replica selected and the lock open.
    m_window->setReadOnlyLock(false);
    Ui::ReplicaChip *chip = m_window->topologyScene()->chipsOfVolume(kVolume).first();
    m_window->topologyScene()->activate(Ui::TopologyScene::Kind::Replica, chip->uid());
    for (QAction *action : m_window->writeActions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(
            action->toolTip().contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
                action->toolTip().contains(QStringLiteral("permission"), Qt::CaseInsensitive) ||
                action->toolTip().contains(QStringLiteral("may not"), Qt::CaseInsensitive),
            qPrintable(action->toolTip()));
    }
}

void TestMainWindowMoves::readOnlyLockDisablesWrites()
{
    openSeed();
    Ui::ClusterConnection *connection = m_window->connection();
    QTRY_VERIFY_WITH_TIMEOUT(connection->isWritePermissionKnown(), 10000);
    QVERIFY(connection->isWriteAllowed());
    QAction *move = m_window->moveReplicaAction();
    QVERIFY(!move->isEnabled()); // nothing selected yet
    QVERIFY(move->toolTip().contains(QStringLiteral("Select a replica")));
    Ui::ReplicaChip *chip = m_window->topologyScene()->chipsOfVolume(kVolume).first();
    m_window->topologyScene()->activate(Ui::TopologyScene::Kind::Replica, chip->uid());
    QVERIFY(move->isEnabled());
    QSignalSpy requested(m_window.get(), &Ui::MainWindow::moveReplicaRequested);
    move->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), chip->uid());
    // The keyboard way: a menu of the other pools, the ones that cannot take the replica
    // disabled with the reason, and choosing one opens the plan.
    QTRY_VERIFY(m_window->moveTargetMenu());
    QMenu *menu = m_window->moveTargetMenu();
    int enabled = 0;
    int disabled = 0;
    QAction *target = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action->data().toString().isEmpty())
            continue;
        if (action->isEnabled()) {
            ++enabled;
            target = action;
        } else {
            ++disabled;
            QVERIFY(!action->toolTip().isEmpty());
        }
    }
    QCOMPARE(enabled, 1); // the pool of the node that holds no replica of the volume
    QCOMPARE(disabled, 1);
    QCOMPARE(target->data().toString(), QStringLiteral("cspc-stripe-pool-psz5"));
    target->trigger();
    QTRY_VERIFY(m_window->planDialog());
    QCOMPARE(m_window->planDialog()->moves().first().targetPool,
             QStringLiteral("cspc-stripe-pool-psz5"));
    m_window->planDialog()->reject();
    menu->close();

    m_window->readOnlyLockAction()->trigger();
    QVERIFY(m_window->readOnlyLockAction()->isChecked());
    QVERIFY(!move->isEnabled());
    QVERIFY(move->toolTip().contains(QStringLiteral("read-only lock")));
    m_window->readOnlyLockAction()->trigger();
    QVERIFY(move->isEnabled());
}

QTEST_MAIN(TestMainWindowMoves)
// Closing the window while a move rebuilds asks first: Keep running keeps the window, Quit
// closes it with the move half done (both replicas kept, nothing removed), and the next window
// on the same context carries the move on to the end.
void TestMainWindowMoves::closingWhileAMoveRunsAsksFirst()
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    const QString source = QStringLiteral("cspc-stripe-pool-pn9p");
    const QString target = QStringLiteral("cspc-stripe-pool-psz5");
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    const QString id = engine->start({kVolume, source, target});
    QTRY_VERIFY_WITH_TIMEOUT(engine->status(id).state == Migration::MigrationState::Rebuilding,
                             30000);
    m_sim->sim()->setSpeed(0); // the rebuild waits while the window is closed

    QVERIFY(!m_window->close());
    QMessageBox *question = m_window->quitGuard()->question();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY2(question->text().contains(QStringLiteral("A replica is being moved")),
             qPrintable(question->text()));
    QVERIFY2(question->informativeText().contains(QStringLiteral("nothing is lost")),
             qPrintable(question->informativeText()));
    saveScreenshot(question, "CSTOR_QUITGUARD_SCREENSHOT");
    auto *stay = question->findChild<QPushButton *>(QStringLiteral("quitGuardStay"));
    QVERIFY(stay);
    QCOMPARE(question->defaultButton(), stay);
    stay->click();
    QTRY_VERIFY(!m_window->quitGuard()->question());
    QVERIFY(m_window->isVisible());

    QVERIFY(!m_window->close());
    question = m_window->quitGuard()->question();
    QVERIFY(question);
    auto *quit = question->findChild<QPushButton *>(QStringLiteral("quitGuardQuit"));
    QVERIFY(quit);
    quit->click();
    QTRY_VERIFY(!m_window->isVisible());
    m_window.reset();
    // Half done: the old replica is still there beside the new one.
    QVERIFY(m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"),
                                       kVolume + QLatin1Char('-') + source));
    QVERIFY(m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"),
                                       kVolume + QLatin1Char('-') + target));

    showNewWindow();
    m_sim->sim()->setSpeed(50);
    openSeed();
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"),
                                                         kVolume + QLatin1Char('-') + source),
                             60000);
    Migration::MigrationEngine *next = m_window->connection()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!next->isBusy(), 60000);
    QCOMPARE(next->migrations().size(), 1);
    QCOMPARE(next->migrations().first().state, Migration::MigrationState::Done);
    // Nothing asks when nothing runs.
    QVERIFY(m_window->close());
    QVERIFY(!m_window->quitGuard()->question());
}

#include "tst_mainwindowmoves.moc"
