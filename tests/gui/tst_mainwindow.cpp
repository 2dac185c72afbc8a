// The real main window on a simulated cluster served over HTTPS on loopback, driven through
// the same kubeconfig -> client -> watcher path as a real cluster. No sleeps: every wait is a
// QTRY_* on what the operator would see.
#include "models/items/clustermodel.h"
#include "models/items/itemroles.h"
#include "models/items/migrationlistmodel.h"
#include "models/items/replicamodel.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/keychainstore.h"
#include "models/migration/datapaths.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/simharness.h"
#include "ui/clusterconnection.h"
#include "ui/connectionindicator.h"
#include "ui/detailspanel.h"
#include "ui/emptystatewidget.h"
#include "ui/exectrustdialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
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
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
const QString kNode1 = QStringLiteral("e2e1-node1");
const QString kNode2 = QStringLiteral("e2e1-node2");
const QString kNode3 = QStringLiteral("e2e1-node3");
const QString kCvr = QStringLiteral("cstorvolumereplicas");
constexpr int kSyncTimeoutMs = 15000;

// The text a table shows in `column` for the row whose key is `key`.
QString cellText(Ui::TablePanel *table, const QString &key, int column, int keyRole)
{
    QAbstractItemModel *model = table->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(keyRole).toString() == key)
            return model->index(row, column).data().toString();
    }
    return {};
}

// The nodes (from the topology: the chip's pool's node card) holding replicas of `volume`.
QStringList topologyNodesOf(Ui::TopologyScene *scene, const QString &volume)
{
    QStringList nodes;
    for (Ui::ReplicaChip *chip : scene->chipsOfVolume(volume)) {
        auto *pool = static_cast<Ui::PoolItem *>(chip->parentItem());
        nodes.append(pool->node()->name());
    }
    nodes.sort();
    return nodes;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seedClusterInTablesAndTopology();
    void phaseChangeShowsWithinOneSecond();
    void downNodeIsShownStale();
    void droppedConnectionReconnects();
    void switchingContextShowsOnlyTheSecondCluster();
    void dragMigratesTheSeedReplica();
    void replicaRowDroppedOnAPoolOpensThePlan();
    void generatedThirtyThousandReplicasLoad();
    void refusedCredentialsAskForATokenKeptInTheKeychain();
    void unverifiedServerCertificateIsFlagged();
    void drainingANodeEmptiesItsPools();
    void readOnlyUserHasNoWriteActions();
    void readOnlyLockDisablesWrites();
    void missingKubeconfigExplainsWhatToDo();
    void unreachableClusterIsExplained();
    void execPluginRunsOnlyOnceTrusted();

private:
    bool startSim(SimHarness *harness, const SimHarness::Options &options = {});
    void openSeed(const QString &context = {});

    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window layouts go to a test settings file
    QSettings().clear();
}

void TestMainWindow::init()
{
    // Each test starts with no migration history (the journal is shared by every console).
    QFile::remove(Migration::DataPaths::journal());
    QFile::remove(Migration::DataPaths::audit());
    m_sim = std::make_unique<SimHarness>();
    QVERIFY(startSim(m_sim.get()));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_sim.reset();
    QSettings().clear();
}

bool TestMainWindow::startSim(SimHarness *harness, const SimHarness::Options &options)
{
    QString error;
    if (!harness->start(options, &error)) {
        qWarning("simulator: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TestMainWindow::openSeed(const QString &context)
{
    m_window->openKubeconfig(m_sim->kubeconfigPath(), context);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
}

void TestMainWindow::seedClusterInTablesAndTopology()
{
    openSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_COMPARE(scene->nodeCount(), 3);
    for (const QString &node : {kNode1, kNode2, kNode3})
        QVERIFY2(scene->nodeItem(node), qPrintable(node));
    QCOMPARE(m_window->poolTable()->view()->model()->rowCount(), 3);
    QCOMPARE(m_window->nodeTable()->view()->model()->rowCount(), 3);
    QVERIFY(m_window->connectionIndicator()->text().startsWith(QStringLiteral("Live")));

    // The volume's two replicas: on nodes 1 and 2 in the replicas table...
    Ui::TablePanel *replicas = m_window->replicaTable();
    replicas->filterEdit()->setText(kVolume);
    QCOMPARE(replicas->view()->model()->rowCount(), 2);
    QStringList tableNodes;
    for (int row = 0; row < 2; ++row)
        tableNodes.append(
            replicas->view()->model()->index(row, Items::ReplicaModel::Node).data().toString());
    tableNodes.sort();
    QCOMPARE(tableNodes, (QStringList{kNode1, kNode2}));
    // ...and in the topology.
    QCOMPARE(topologyNodesOf(scene, kVolume), (QStringList{kNode1, kNode2}));

    // Selecting the volume in its table highlights every replica of it, and only those.
    m_window->volumeTable()->selectKey(kVolume);
    QVERIFY(m_window->volumeTable()->view()->currentIndex().isValid());
    const QModelIndex current = m_window->volumeTable()->view()->currentIndex();
    m_window->volumeTable()->view()->selectionModel()->clearCurrentIndex();
    m_window->volumeTable()->view()->selectionModel()->setCurrentIndex(
        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(scene->highlightedVolume(), kVolume);
    int highlighted = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != Ui::ReplicaChip::Type)
            continue;
        auto *chip = static_cast<Ui::ReplicaChip *>(item);
        QCOMPARE(chip->isHighlighted(), chip->volume() == kVolume);
        highlighted += chip->isHighlighted() ? 1 : 0;
    }
    QCOMPARE(highlighted, 2);
    QVERIFY(m_window->details()->text().contains(QStringLiteral("kind: CStorVolumeConfig")));

    // Clicking a chip selects its replica in the table and shows it in the details.
    Ui::ReplicaChip *chip = scene->chipsOfVolume(kVolume).first();
    QGraphicsView *view = scene->views().first();
    view->ensureVisible(chip);
    const QPoint at = view->mapFromScene(chip->mapToScene(chip->boundingRect().center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->replicaTable()->currentKey(), chip->uid());
    QVERIFY(m_window->details()->text().contains(QStringLiteral("kind: CStorVolumeReplica")));
}

void TestMainWindow::phaseChangeShowsWithinOneSecond()
{
    openSeed();
    // Keep the pool manager from rewriting the phase while we look.
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("pausedControllers"), QJsonArray{QStringLiteral("pool")}}}, &error));
    const QString name = kVolume + QStringLiteral("-cspc-stripe-pool-pn9p");
    auto object = m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"), name);
    QVERIFY(object);
    const QString uid =
        object->value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    QJsonObject status = object->value(QLatin1String("status")).toObject();
    status.insert(QStringLiteral("phase"), QStringLiteral("Degraded"));
    object->insert(QStringLiteral("status"), status);
    QJsonObject metadata = object->value(QLatin1String("metadata")).toObject();
    metadata.remove(QStringLiteral("resourceVersion"));
    object->insert(QStringLiteral("metadata"), metadata);
    const auto result = m_sim->sim()->store()->update(kCvr, *object);
    QVERIFY(std::holds_alternative<QJsonObject>(result));

    QTRY_VERIFY_WITH_TIMEOUT(
        cellText(m_window->replicaTable(), uid, Items::ReplicaModel::Status, Items::UidRole)
            .startsWith(QStringLiteral("Degraded")),
        1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->topologyScene()->replicaChip(uid), 1000);
    QCOMPARE(m_window->topologyScene()->replicaChip(uid)->phaseText(), QStringLiteral("Degraded"));
}

void TestMainWindow::downNodeIsShownStale()
{
    openSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_VERIFY(scene->nodeItem(kNode1));
    QVERIFY(!scene->nodeItem(kNode1)->isStale());
    QString error;
    // Status times are wall-clock times; the simulator resyncs every 0.6 s here (30 s at
    // speed 50), so a few seconds without an update from node 1 means it is gone.
    m_window->clusterModel()->setStaleAfterSeconds(4);
    QVERIFY(
        m_sim->sim()->faults()->apply({{QStringLiteral("downNodes"), QJsonArray{kNode1}}}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(scene->nodeItem(kNode1)->isStale(), 20000);
    QVERIFY(!scene->nodeItem(kNode2)->isStale());
    QVERIFY(cellText(m_window->nodeTable(), kNode1, Items::NodeModel::Status, Items::NameRole)
                .contains(QStringLiteral("Stale")));
    for (Ui::ReplicaChip *chip : scene->chipsOfVolume(kVolume)) {
        const bool onNode1 =
            static_cast<Ui::PoolItem *>(chip->parentItem())->node()->name() == kNode1;
        QCOMPARE(chip->isStale(), onNode1);
    }
}

void TestMainWindow::droppedConnectionReconnects()
{
    openSeed();
    Ui::ClusterConnection *connection = m_window->connection();
    QVERIFY(connection);
    QSignalSpy states(connection, &Ui::ClusterConnection::stateChanged);
    QString error;
    // Drop every watch, and fail the first attempts to come back, so that the window has
    // something to show for a moment.
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("dropWatches"), true}, {QStringLiteral("failNext"), 3}}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).value<Kube::ConnectionState>() ==
                                                    Kube::ConnectionState::Reconnecting;
                                         }),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionIndicator()->state(), Kube::ConnectionState::Live,
                              20000);
    QVERIFY(m_window->connectionIndicator()->text().startsWith(QStringLiteral("Live")));
    QVERIFY(!m_window->topologyScene()->nodeItem(kNode1)->isStale());
    // Still the same cluster, and still following it.
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);
}

void TestMainWindow::switchingContextShowsOnlyTheSecondCluster()
{
    SimHarness second;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=5,pools-per-node=1,volumes=4,replicas=2");
    QVERIFY(startSim(&second, options));

    // One kubeconfig with both clusters: the second one's names get a prefix.
    QFile first(m_sim->kubeconfigPath());
    QVERIFY(first.open(QIODevice::ReadOnly));
    QFile other(second.kubeconfigPath());
    QVERIFY(other.open(QIODevice::ReadOnly));
    QString renamed = QString::fromUtf8(other.readAll());
    renamed.replace(QStringLiteral("cstor-sim"), QStringLiteral("second-sim"));
    // Users too: merged kubeconfigs keep the first file's entry for a name.
    static const QRegularExpression users(
        QStringLiteral("^(\\s*(?:- )?(?:name|user): )(admin|read-only|cert-user)$"),
        QRegularExpression::MultilineOption);
    renamed.replace(users, QStringLiteral("\\1second-\\2"));
    QVERIFY(renamed.contains(QStringLiteral("user: second-admin")));
    QTemporaryDir dir;
    const QString merged = dir.filePath(QStringLiteral("kubeconfig"));
    // The second file's documents are listed after the first's through KUBECONFIG-style
    // merging, which the client supports with a path list.
    QFile secondFile(dir.filePath(QStringLiteral("second")));
    QVERIFY(secondFile.open(QIODevice::WriteOnly));
    secondFile.write(renamed.toUtf8());
    secondFile.close();
    const QString paths = m_sim->kubeconfigPath() + QDir::listSeparator() + secondFile.fileName();

    m_window->openKubeconfig(paths, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->topologyScene()->nodeItem(kNode1));
    QComboBox *contexts = m_window->contextSwitcher();
    const int index = contexts->findData(QStringLiteral("second-sim"));
    QVERIFY2(index >= 0, "the second cluster's context is listed");
    QVERIFY(!contexts->itemData(index, Qt::ToolTipRole).toString().isEmpty());

    contexts->setCurrentIndex(index);
    emit contexts->activated(index);
    QCOMPARE(m_window->currentContext(), QStringLiteral("second-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_COMPARE(m_window->topologyScene()->nodeCount(), 5);
    for (const QString &node : {kNode1, kNode2, kNode3})
        QVERIFY(!m_window->topologyScene()->nodeItem(node));
    QCOMPARE(m_window->volumeTable()->view()->model()->rowCount(), 4);
    QVERIFY(m_window->volumeTable()->visibleKeys().indexOf(kVolume) < 0);
    QVERIFY(m_window->topologyScene()->chipsOfVolume(kVolume).isEmpty());
}

// The seed's migration by a drag: the replica of the volume on e2e1-node2 (pool pn9p) dropped
// on pool psz5 of e2e1-node3, planned, applied, and carried out to the end.
void TestMainWindow::dragMigratesTheSeedReplica()
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
void TestMainWindow::replicaRowDroppedOnAPoolOpensThePlan()
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

// The generated 1,000-node cluster: everything arrives, in the tables and in the topology.
// (How responsive the window stays meanwhile is measured by the benchmarks.)
void TestMainWindow::generatedThirtyThousandReplicasLoad()
{
    SimHarness large;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=1000,pools-per-node=1,volumes=10000,replicas=3");
    // In its own process and at the pace of real time, as a real cluster would be: in this
    // process, at the tests' usual speed, the simulator's resyncs of 30,000 replicas would
    // take the window's thread.
    options.speed = 1;
    QString error;
    QVERIFY2(large.startProcess(options, &error), qPrintable(error));
    m_window->openKubeconfig(large.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), 120000);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->replicaTable()->view()->model()->rowCount(), 30000, 30000);
    QCOMPARE(m_window->volumeTable()->view()->model()->rowCount(), 10000);
    QCOMPARE(m_window->poolTable()->view()->model()->rowCount(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topologyScene()->nodeCount(), 1000, 30000);
    const auto chipCount = [this] {
        int chips = 0;
        for (QGraphicsItem *item : m_window->topologyScene()->items())
            chips += item->type() == Ui::ReplicaChip::Type ? 1 : 0;
        return chips;
    };
    // Fitted to the window, a thousand nodes are an overview: pools, no chips.
    QVERIFY(m_window->topologyScene()->isOverview());
    QCOMPARE(chipCount(), 0);
    // At 1:1 every replica has its chip.
    m_window->topologyView()->resetZoom();
    QVERIFY(!m_window->topologyScene()->isOverview());
    QCOMPARE(chipCount(), 30000);
    QTRY_VERIFY(m_window->summaryLabel()->text().contains(QStringLiteral("30000 replica")));
}

// A kubeconfig whose token the server refuses: the window says so and offers "Use a token…";
// the token typed in connects, goes to the desktop keychain (never into a settings file), and
// a later window on the same kubeconfig finds it there by itself.
void TestMainWindow::refusedCredentialsAskForATokenKeptInTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session (tests/run-tests.sh runs this with a real gnome-keyring)");
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString adminToken = m_sim->sim()->server()->adminToken();
    QString text = QString::fromUtf8(original.readAll());
    QVERIFY(text.contains(adminToken));
    text.replace(adminToken, QStringLiteral("expired-token-0000"));
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QFile broken(kubeconfig);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(text.toUtf8());
    broken.close();
    // No token from an earlier run.
    Kube::KeychainStore keychain;
    QSignalSpy removed(&keychain, &Kube::KeychainStore::tokenRemoved);
    keychain.removeToken(QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QVERIFY2(removed.first().at(1).toBool(), qPrintable(removed.first().at(2).toString()));

    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Ui::MainWindow::Page::Forbidden, kSyncTimeoutMs);
    QCOMPARE(m_window->emptyState()->title(),
             QStringLiteral("The cluster refused your credentials"));
    QPushButton *use = nullptr;
    QTRY_VERIFY([&] {
        for (QPushButton *button : m_window->emptyState()->buttons())
            if (button->objectName() == QLatin1String("useToken"))
                use = button;
        return use != nullptr;
    }());
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY(m_window->tokenDialog());
    QInputDialog *dialog = m_window->tokenDialog();
    QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
    dialog->setTextValue(adminToken);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);

    // Kept in the keychain...
    QSignalSpy read(&keychain, &Kube::KeychainStore::tokenRead);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            read.clear();
            keychain.readToken(QStringLiteral("cstor-sim"));
            if (!read.wait(10000))
                return false;
            return read.first().at(1).toBool() && read.first().at(2).toString() == adminToken;
        }(),
        20000);
    // ...and nowhere in the settings.
    m_window.reset();
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    if (settingsFile.open(QIODevice::ReadOnly))
        QVERIFY(!settingsFile.readAll().contains(adminToken.toUtf8()));

    // A new window on the same refused kubeconfig uses the kept token by itself.
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(!m_window->tokenDialog());

    QSignalSpy cleaned(&keychain, &Kube::KeychainStore::tokenRemoved);
    keychain.removeToken(QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(cleaned.count(), 1, 10000);
}

// insecure-skip-tls-verify is allowed, as kubectl allows it, and flagged for as long as it is
// in use; a verified connection shows no such flag.
void TestMainWindow::unverifiedServerCertificateIsFlagged()
{
    openSeed();
    QVERIFY(!m_window->insecureBanner()->isVisible());
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    static const QRegularExpression ca(QStringLiteral("certificate-authority-data: \\S+"));
    QVERIFY(text.contains(ca));
    text.replace(ca, QStringLiteral("insecure-skip-tls-verify: true"));
    QTemporaryDir dir;
    QFile insecure(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(insecure.open(QIODevice::WriteOnly));
    insecure.write(text.toUtf8());
    insecure.close();
    m_window->openKubeconfig(insecure.fileName(), QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(m_window->insecureBanner()->isVisible());
    QVERIFY(m_window->insecureBanner()->text().contains(QStringLiteral("not verified")));
}

// "Drain node…": on the seed cluster node 2 cannot be drained (a volume has a replica on every
// node) and the window says which; on a larger cluster the plan moves every replica off the
// node and runs to the end.
void TestMainWindow::drainingANodeEmptiesItsPools()
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
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &pool : pools) {
                if (!model->replicasOfPool(pool).isEmpty())
                    return false;
            }
            return true;
        }(),
        20000);
}

void TestMainWindow::readOnlyUserHasNoWriteActions()
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

void TestMainWindow::readOnlyLockDisablesWrites()
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

void TestMainWindow::missingKubeconfigExplainsWhatToDo()
{
    QTemporaryDir dir;
    m_window->openKubeconfig(dir.filePath(QStringLiteral("no-such-kubeconfig")));
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::NoKubeconfig);
    Ui::WelcomePage *welcome = m_window->welcomePage();
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(welcome->explanation().contains(QStringLiteral("No kubeconfig was found")));
    QCOMPARE(welcome->searchedFiles(),
             QStringList{dir.filePath(QStringLiteral("no-such-kubeconfig"))});
    QCOMPARE(welcome->demoButton()->text(), QStringLiteral("Open the demo cluster"));
    QCOMPARE(welcome->chooseButton()->text(), QStringLiteral("Choose a kubeconfig file…"));
    QSignalSpy demo(m_window.get(), &Ui::MainWindow::demoRequested);
    QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
}

void TestMainWindow::unreachableClusterIsExplained()
{
    // The simulator's kubeconfig, pointing at a port nobody listens on.
    QFile file(m_sim->kubeconfigPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    const QString url = m_sim->sim()->serverUrl();
    QVERIFY(text.contains(url));
    QTcpServer closed; // take a free port, then close it again
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    text.replace(url, QStringLiteral("https://127.0.0.1:%1").arg(port));
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(text.toUtf8());
    broken.close();

    m_window->openKubeconfig(broken.fileName());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Ui::MainWindow::Page::Unreachable, 15000);
    QCOMPARE(m_window->emptyState()->title(), QStringLiteral("Cannot reach the cluster"));
    QVERIFY(!m_window->isSynced());
}

// A kubeconfig is code: its exec credential plugin runs only after the operator has seen the
// command and the file it comes from and chosen to trust it. Cancel runs nothing.
void TestMainWindow::execPluginRunsOnlyOnceTrusted()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bin")));
    const QString plugin = dir.filePath(QStringLiteral("bin/token-plugin"));
    const QString runs = dir.filePath(QStringLiteral("bin/runs"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\necho run >> '%1'\nprintf '{\"apiVersion\":"
                                "\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                "\"status\":{\"token\":\"%2\"}}\\n'\n")
                     .arg(runs, m_sim->sim()->server()->adminToken())
                     .toUtf8());
    script.close();
    QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // The simulator's kubeconfig, its admin token replaced by the plugin.
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    const QRegularExpression tokenLine(
        QStringLiteral("\n( *)token: %1\n")
            .arg(QRegularExpression::escape(m_sim->sim()->server()->adminToken())));
    const QRegularExpressionMatch match = tokenLine.match(text);
    QVERIFY(match.hasMatch());
    const QString indent = match.captured(1);
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("\n%1exec:\n%1  apiVersion: client.authentication.k8s.io/v1\n"
                                "%1  command: %2\n%1  interactiveMode: Never\n")
                     .arg(indent, plugin));
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const auto runCount = [&] {
        QFile counted(runs);
        return counted.open(QIODevice::ReadOnly) ? int(counted.readAll().count('\n')) : 0;
    };
    const auto trustDialog = [&]() -> Ui::ExecTrustDialog * {
        for (auto *dialog : m_window->findChildren<Ui::ExecTrustDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    };

    // Asked first: the command and the kubeconfig are shown, Cancel is the default.
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY(trustDialog());
    Ui::ExecTrustDialog *dialog = trustDialog();
    QVERIFY2(dialog->informativeText().contains(plugin), qPrintable(dialog->informativeText()));
    QVERIFY(dialog->informativeText().contains(kubeconfig));
    QVERIFY(dialog->text().contains(QStringLiteral("cstor-sim")));
    QCOMPARE(dialog->defaultButton(), dialog->button(QMessageBox::Cancel));
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::UntrustedPlugin);
    QCOMPARE(m_window->emptyState()->title(),
             QStringLiteral("The credential plugin is not trusted yet"));
    QCOMPARE(runCount(), 0);

    // Cancel: nothing runs, nothing is remembered.
    QTest::mouseClick(dialog->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!trustDialog());
    QCOMPARE(runCount(), 0);
    QVERIFY(!m_window->isSynced());

    // The page offers to review it again; Trust and Run connects with the plugin's token.
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::UntrustedPlugin);
    QPushButton *review = nullptr;
    for (QPushButton *button : m_window->emptyState()->buttons())
        if (button->objectName() == QLatin1String("reviewPlugin"))
            review = button;
    QVERIFY(review);
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_VERIFY(trustDialog());
    auto *trust = trustDialog()->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);
    QVERIFY(runCount() >= 1);

    // Remembered: a new window runs it without asking.
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(!trustDialog());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
