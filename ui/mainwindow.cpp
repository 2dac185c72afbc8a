#include "ui/mainwindow.h"

#include "models/health/findingplaces.h"
#include "models/items/findingmodel.h"
#include "models/items/keptforecast.h"
#include "models/items/pooltrends.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/healthstyle.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/quitguard.h"

#include "models/items/capacityhistory.h"
#include "models/items/clustermodel.h"
#include "models/items/itemroles.h"
#include "ui/banners.h"
#include "ui/commandpalette.h"
#include "ui/connectionindicator.h"
#include "ui/contextlayout.h"
#include "ui/detailspanel.h"
#include "ui/forecastchart.h"
#include "ui/healthpanel.h"
#include "ui/iochart.h"
#include "ui/keyboardnavigation.h"
#include "ui/languages.h"
#include "ui/movecommands.h"
#include "ui/poolforecasts.h"
#include "ui/prometheussetting.h"
#include "ui/recoverydialog.h"
#include "ui/replicachip.h"
#include "ui/searchfield.h"
#include "ui/searchindex.h"
#include "ui/selectionsync.h"
#include "ui/tablepanel.h"
#include "ui/topologyview.h"
#include "ui/volumeiofeed.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCursor>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Ui {

namespace {

// The bottom docks' height: low while nothing runs, room for a few rows once something does,
// and for the axes' labels when the charts are shown.
constexpr int kLowDockHeight = 0; // as low as the dock's content allows
constexpr int kQueueDockHeight = 240;
constexpr int kChartsDockHeight = 330;
constexpr int kHealthDockHeight = 260;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new Items::ClusterModel(this))
    , m_scene(new TopologyScene(m_model, this))
{
    setWindowTitle(tr("cStor Console"));
    keepSelectionReadable();
    m_quitGuard = new QuitGuard(this, [this]() -> Migration::MigrationEngine * {
        ClusterConnection *connection = m_session ? m_session->connection() : nullptr;
        return connection ? connection->engine() : nullptr;
    });
    m_moves = new MoveCommands(
        m_model, [this] { return m_session->connection(); }, [this] { return m_gate->whyNot(); },
        this);
    connect(m_moves, &MoveCommands::refused, this,
            [this](const QString &why, int timeout) { statusBar()->showMessage(why, timeout); });
    connect(m_moves, &MoveCommands::started, this, [this] {
        m_operationsDock->show();
        m_operationsDock->raise();
    });
    setWindowIcon(QIcon(QStringLiteral(":/icons/cstor-console.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    buildActions();
    buildCentral();
    buildToolBar();
    buildSession();
    buildMenus();
    connectSelection();
    setUpTabOrder();

    resize(initialSize(screen()->availableGeometry().size()));
    m_summary->update();
    updateWriteActions();
    m_session->showPage(Page::NoKubeconfig);
}

QSize MainWindow::initialSize(const QSize &available)
{
    // Room for a window manager's frame and title bar; without one the window still fits.
    constexpr int kFrame = 40;
    return QSize(std::min(1400, available.width() - kFrame),
                 std::min(900, available.height() - kFrame))
        .expandedTo(QSize(640, 480));
}

MainWindow::~MainWindow()
{
    // The connection goes first, so that nothing is delivered into half-destroyed models.
    delete m_session->connection();
}

void MainWindow::buildActions()
{
    m_gate = new WriteGate([this] { return m_session->connection(); }, this);
    connect(m_gate, &WriteGate::lockToggled, this, &MainWindow::updateWriteActions);

    m_moveAction = new QAction(QIcon(QStringLiteral(":/icons/move-replica.svg")),
                               tr("Move replica to…"), this);
    m_moveAction->setObjectName(QStringLiteral("moveReplica"));
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_moveAction, &QAction::triggered, this, [this] {
        if (!m_selection->replica().isEmpty())
            emit moveReplicaRequested(m_selection->replica());
    });

    m_drainAction = new QAction(tr("Drain node…"), this);
    m_drainAction->setObjectName(QStringLiteral("drainNode"));
    m_drainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_drainAction, &QAction::triggered, this, [this] {
        if (!m_selection->node().isEmpty())
            planDrain(m_selection->node());
    });

    m_evacuateAction = new QAction(tr("Evacuate nodes or pools…"), this);
    m_evacuateAction->setObjectName(QStringLiteral("evacuate"));
    m_evacuateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_evacuateAction->setToolTip(tr("Empty several nodes or pools as one plan of moves, run "
                                    "within caps you set"));
    connect(m_evacuateAction, &QAction::triggered, this, [this] { openEvacuate(); });

    m_rebalanceAction = new QAction(tr("Rebalance pools…"), this);
    m_rebalanceAction->setObjectName(QStringLiteral("rebalance"));
    m_rebalanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_rebalanceAction->setToolTip(tr("Bring the used capacity of a pool cluster's pools within "
                                     "a few points of each other, as one plan of moves run "
                                     "within caps you set"));
    connect(m_rebalanceAction, &QAction::triggered, this, [this] { openRebalance(); });

    m_zoomInAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), tr("Zoom in"), this);
    m_zoomInAction->setToolTip(tr("Zoom in (Ctrl+=, or the mouse wheel)"));
    m_zoomOutAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom out"), this);
    m_zoomOutAction->setToolTip(tr("Zoom out (Ctrl+-, or the mouse wheel)"));
    m_zoomFitAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("Fit to window"), this);
    m_zoomFitAction->setToolTip(tr("Show every node (Ctrl+0)"));

    m_openAction =
        new QAction(QIcon(QStringLiteral(":/icons/open-file.svg")), tr("Open kubeconfig…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] { m_session->chooseKubeconfig(); });
    m_demoAction =
        new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open demo cluster"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    m_prometheusAction = new QAction(tr("Cluster's Prometheus…"), this);
    m_prometheusAction->setObjectName(QStringLiteral("choosePrometheus"));
    m_prometheusAction->setToolTip(
        tr("Name the Prometheus the capacity forecasts and I/O come from, for this context"));
    connect(m_prometheusAction, &QAction::triggered, this, [this] {
        if (!m_session->context().isEmpty() && PrometheusSetting::ask(this, m_session->context())) {
            m_forecasts->setPrometheus(PrometheusSetting::of(m_session->context()));
            m_forecasts->refresh();
        }
    });
    m_quitAction = new QAction(tr("Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("Find…"), this);
    m_findAction->setObjectName(QStringLiteral("find"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_paletteAction = new QAction(tr("Command palette…"), this);
    m_paletteAction->setObjectName(QStringLiteral("commandPalette"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setToolTip(
        tr("Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)"));
    connect(m_paletteAction, &QAction::triggered, this, [this] { m_palette->popUp(); });

    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction->setToolTip(tr("List the whole cluster again from the server (Ctrl+R)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
}

void MainWindow::refresh()
{
    ClusterConnection *connection = m_session->connection();
    if (!connection) {
        statusBar()->showMessage(tr("Not connected to a cluster."), 5000);
        return;
    }
    statusBar()->showMessage(tr("Listing the whole cluster again…"));
    connection->refresh();
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Cluster"));
    bar->setObjectName(QStringLiteral("clusterToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *contextLabel = new QLabel(tr("Context:"), bar);
    m_contexts = new QComboBox(bar);
    m_contexts->setObjectName(QStringLiteral("contextSwitcher"));
    m_contexts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contexts->setMinimumContentsLength(16);
    m_contexts->setAccessibleName(tr("Kubeconfig context"));
    contextLabel->setBuddy(m_contexts);
    bar->addWidget(contextLabel);
    bar->addWidget(m_contexts);
    bar->addSeparator();

    auto *namespaceLabel = new QLabel(tr("Namespace:"), bar);
    m_namespaces = new QComboBox(bar);
    m_namespaces->setObjectName(QStringLiteral("namespaceSelector"));
    m_namespaces->setEditable(true);
    m_namespaces->setInsertPolicy(QComboBox::NoInsert);
    m_namespaces->setMinimumContentsLength(10);
    m_namespaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespaces->setToolTip(tr("The namespace cStor runs in (usually openebs)"));
    m_namespaces->setAccessibleName(tr("Namespace"));
    namespaceLabel->setBuddy(m_namespaces);
    bar->addWidget(namespaceLabel);
    bar->addWidget(m_namespaces);
    bar->addSeparator();

    m_indicator = new ConnectionIndicator(bar);
    m_indicator->setObjectName(QStringLiteral("connectionState"));
    m_indicator->setMinimumWidth(190);
    connect(m_indicator, &ConnectionIndicator::livenessChanged, this, &MainWindow::updateLiveness);
    bar->addWidget(m_indicator);
    bar->addSeparator();
    bar->addAction(m_gate->lockAction());
    bar->addAction(m_moveAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    using Kind = TopologyScene::Kind;
    const auto name = [](QAbstractItemModel *model) {
        return [model](int row) { return QStringList{model->index(row, 0).data().toString()}; };
    };
    // A volume by its name (its PersistentVolume's), its claim ("namespace/name", else the name
    // the CSI driver wrote on the CVC) and the pods that mount it.
    const auto volumeWords = [volumes = m_model->volumes()](int row) {
        const Items::VolumeRow &volume = volumes->rows().at(row);
        QStringList words{volume.name};
        if (volume.use.hasClaim())
            words.append(volume.use.claimText());
        else if (volume.config)
            words.append(volume.config->meta.annotations.value(
                QStringLiteral("openebs.io/persistent-volume-claim")));
        for (const Items::VolumeUse::Pod &pod : volume.use.pods)
            words.append(pod.name);
        return words;
    };
    auto *index = new SearchIndex(
        {{m_model->nodes(), Kind::Node, Items::NameRole, name(m_model->nodes())},
         {m_model->pools(), Kind::Pool, Items::NameRole, name(m_model->pools())},
         {m_model->volumes(), Kind::Volume, Items::NameRole, volumeWords},
         {m_model->replicas(), Kind::Replica, Items::UidRole, name(m_model->replicas())}},
        this);
    m_search = new SearchField(index, bar);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    bar->addWidget(m_search);
    m_palette = new CommandPalette(menuBar(), index, this);
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_zoomFitAction);
    for (QAction *a : {m_zoomOutAction, m_zoomInAction, m_zoomFitAction}) {
        if (QWidget *w = bar->widgetForAction(a))
            static_cast<QToolButton *>(w)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_demoAction);
    file->addAction(m_prometheusAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    actions->setToolTipsVisible(true);
    actions->addAction(m_moveAction);
    actions->addAction(m_drainAction);
    actions->addAction(m_evacuateAction);
    actions->addAction(m_rebalanceAction);
    actions->addSeparator();
    actions->addAction(m_gate->lockAction());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_paletteAction);
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    m_goToActions = KeyboardNavigation::addGoToActions(
        view->addMenu(tr("&Go to")),
        {m_view,
         m_tabs,
         {m_poolTable, m_replicaTable, m_volumeTable, m_nodeTable},
         m_detailsDock,
         m_operationsDock,
         m_chartsDock,
         m_healthDock},
        this);
    view->addSeparator();
    view->addAction(m_detailsDock->toggleViewAction());
    view->addSeparator();
    buildLanguageMenu(view);
}

// The language is chosen for the next start: the widgets are not rebuilt in another one.
void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addAction(tr("Applies when the console is started again"))->setEnabled(false);
    language->addSeparator();
    auto *languages = new QActionGroup(language);
    const QString chosen = Languages::setting();
    QList<Languages::Language> choices = Languages::available();
    choices.prepend({QLatin1String(Languages::kSystem), tr("System language")});
    choices.insert(1, {QStringLiteral("en"), QStringLiteral("English")});
    for (const Languages::Language &choice : choices) {
        QAction *action = language->addAction(choice.nativeName);
        action->setData(choice.code);
        action->setCheckable(true);
        action->setChecked(choice.code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] {
            Languages::setSetting(code);
            statusBar()->showMessage(tr("The language changes when the console is started again."),
                                     8000);
        });
    }
}

void MainWindow::buildCentral()
{
    m_view = new TopologyView(m_scene, this);
    m_view->setObjectName(QStringLiteral("topologyView"));
    connect(m_zoomInAction, &QAction::triggered, m_view, &TopologyView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &TopologyView::zoomOut);
    connect(m_zoomFitAction, &QAction::triggered, m_view, &TopologyView::zoomToFit);
    buildTables();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_pages = new ClusterPages(m_splitter, this);
    m_banners = std::make_unique<Banners>(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banners->insecure());
    layout->addWidget(m_banners->demo());
    layout->addWidget(m_banners->skipped());
    layout->addWidget(m_pages->stack(), 1);
    connect(m_model, &Items::ClusterModel::skippedObjectsChanged, this,
            [this] { m_banners->showSkipped(m_model->skippedObjects()); });
    setCentralWidget(central);
    buildDocks();

    m_summary = new StatusSummary(m_model, this);
    statusBar()->addWidget(m_summary->label(), 1);
    // The doctor's counts; a click shows the Health dock.
    m_healthButton = new QPushButton(this);
    m_healthButton->setObjectName(QStringLiteral("healthButton"));
    m_healthButton->setFlat(true);
    m_healthButton->setToolTip(tr("Show what the doctor found (Alt+9)"));
    statusBar()->addPermanentWidget(m_healthButton);
    const auto showCounts = [this] {
        m_healthButton->setText(tr("Health: %1").arg(m_health->countsText()));
        m_healthButton->setAccessibleName(m_healthButton->text());
    };
    connect(m_health, &HealthPanel::findingsChanged, this, showCounts);
    connect(m_health, &HealthPanel::findingsChanged, this, &MainWindow::markFindings);
    showCounts();
    const auto showHealth = [this] {
        m_healthDock->show();
        m_healthDock->raise();
    };
    connect(m_healthButton, &QPushButton::clicked, this, showHealth);
    // Trouble is shown, not left for the operator to find: the dock comes up once per
    // connection when the doctor first finds something critical.
    connect(m_health, &HealthPanel::criticalFound, this, showHealth);
    connect(m_health, &HealthPanel::recoverRequested, this, &MainWindow::openRecovery);
    connect(m_health, &HealthPanel::recoverNodeRequested, this,
            [this](const QString &node) { m_moves->openLostNode(node); });
    connect(m_health, &HealthPanel::replaceDiskRequested, this, &MainWindow::openDiskReplacement);
    connect(m_health, &HealthPanel::followDisksRequested, this, &MainWindow::openFollowDisks);
    m_scene->setRecoverCheck(
        [this](const QString &volume) { return m_health->canRecover(volume); });
    connect(m_scene, &TopologyScene::recoverVolumeRequested, this, &MainWindow::openRecovery);
}

// The doctor's warnings and worse, marked on the nodes they are on.
void MainWindow::markFindings()
{
    const ClusterConnection *connection = m_session->connection();
    const Migration::MigrationEngine *engine = connection ? connection->engine() : nullptr;
    QHash<QString, TopologyScene::FindingMark> marks;
    if (engine) {
        const Doctor::FindingPlaces places(engine->cluster());
        for (const Doctor::Finding &finding : m_health->model()->findings()) {
            if (finding.severity == Doctor::Finding::Severity::Info)
                continue;
            for (const QString &node : places.nodesOf(finding)) {
                TopologyScene::FindingMark &mark = marks[node];
                ++mark.count;
                mark.worst = std::max(mark.worst, finding.severity);
                mark.summaries.append(finding.summary);
            }
        }
    }
    m_scene->setFindingMarks(marks);
}

void MainWindow::openRecovery(const QString &volume)
{
    const ClusterConnection *connection = m_session->connection();
    if (!connection)
        return;
    auto *dialog = new RecoveryDialog(
        {volume, m_session->kubeconfigPath(), connection->context(), connection->namespaceName()},
        m_gate->whyNot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

template<typename Dialog>
void MainWindow::openPoolTask(const QString &pool, QPointer<Dialog> *last)
{
    const ClusterConnection *connection = m_session->connection();
    if (!connection || !connection->client())
        return;
    if (*last && !(*last)->isRunning())
        (*last)->close();
    auto *dialog =
        new Dialog(pool, connection->client(), connection->namespaceName(), m_gate->whyNot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog uses the connection's client: it goes with the connection.
    connect(connection, &QObject::destroyed, dialog, [dialog] { delete dialog; });
    *last = dialog;
    dialog->show();
}

void MainWindow::openDiskReplacement(const QString &pool)
{
    openPoolTask(pool, &m_diskReplacement);
}

void MainWindow::openFollowDisks(const QString &pool)
{
    openPoolTask(pool, &m_followDisks);
}

void MainWindow::buildTables()
{
    m_poolTable = new TablePanel(m_model->pools(), Items::NameRole, Items::PoolModel::Status,
                                 Items::PoolModel::UsedPercent,
                                 tr("Filter pools, e.g. node2 or ONLINE"), this);
    m_replicaTable =
        new TablePanel(m_model->replicas(), Items::UidRole, Items::ReplicaModel::Status,
                       Items::ReplicaModel::Rebuild,
                       tr("Filter replicas, e.g. a volume, pool, node or phase"), this);
    m_volumeTable = new TablePanel(m_model->volumes(), Items::NameRole, Items::VolumeModel::Status,
                                   -1, tr("Filter volumes, e.g. pvc-d1b2 or Degraded"), this);
    m_nodeTable = new TablePanel(m_model->nodes(), Items::NameRole, Items::NodeModel::Status, -1,
                                 tr("Filter nodes"), this);
    m_poolTable->setObjectName(QStringLiteral("poolTable"));
    m_replicaTable->setObjectName(QStringLiteral("replicaTable"));
    m_volumeTable->setObjectName(QStringLiteral("volumeTable"));
    m_nodeTable->setObjectName(QStringLiteral("nodeTable"));
    m_replicaTable->view()->horizontalHeader()->resizeSection(0, 380);
    m_replicaTable->view()->horizontalHeader()->resizeSection(Items::ReplicaModel::Volume, 300);
    m_replicaTable->view()->horizontalHeader()->resizeSection(Items::ReplicaModel::Pool, 170);
    m_replicaTable->view()->horizontalHeader()->resizeSection(Items::ReplicaModel::Status, 190);
    m_poolTable->view()->horizontalHeader()->resizeSection(Items::PoolModel::Status, 120);
    m_poolTable->view()->horizontalHeader()->resizeSection(Items::PoolModel::UsedPercent, 140);
    m_volumeTable->view()->horizontalHeader()->resizeSection(Items::VolumeModel::Replicas, 220);
    m_volumeTable->view()->horizontalHeader()->resizeSection(Items::VolumeModel::Pools, 340);
    m_volumeTable->view()->horizontalHeader()->resizeSection(Items::VolumeModel::Claim, 200);
    m_volumeTable->view()->horizontalHeader()->resizeSection(Items::VolumeModel::UsedBy, 220);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tables"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_poolTable, tr("Pools"));
    m_tabs->addTab(m_replicaTable, tr("Replicas"));
    m_tabs->addTab(m_volumeTable, tr("Volumes"));
    m_tabs->addTab(m_nodeTable, tr("Nodes"));
    m_tabs->setAccessibleName(tr("Tables"));
    m_poolTable->view()->setAccessibleName(tr("Pools table"));
    m_replicaTable->view()->setAccessibleName(tr("Replicas table"));
    m_volumeTable->view()->setAccessibleName(tr("Volumes table"));
    m_nodeTable->view()->setAccessibleName(tr("Nodes table"));
    // Tab leaves a table (the arrow keys move within it).
    for (TablePanel *panel : {m_poolTable, m_replicaTable, m_volumeTable, m_nodeTable})
        panel->view()->setTabKeyNavigation(false);
}

void MainWindow::buildDocks()
{
    const auto features = QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                          QDockWidget::DockWidgetFloatable;
    m_details = new DetailsPanel(m_model, this);
    m_details->setObjectName(QStringLiteral("details"));
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setAccessibleName(tr("Details"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setFeatures(features);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {420}, Qt::Horizontal);

    m_operationsDock = new QDockWidget(tr("Migrations"), this);
    m_operationsDock->setObjectName(QStringLiteral("operationsDock"));
    m_operationsDock->setAccessibleName(tr("Migrations"));
    m_operationsDock->setFeatures(features);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);

    m_charts = new ChartPanel(m_model, this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setAccessibleName(tr("Charts"));
    m_chartsDock->setWidget(m_charts);
    m_chartsDock->setFeatures(features);
    tabifyDockWidget(m_operationsDock, m_chartsDock);

    m_health = new HealthPanel(this);
    m_health->setObjectName(QStringLiteral("health"));
    m_healthDock = new QDockWidget(tr("Health"), this);
    m_healthDock->setObjectName(QStringLiteral("healthDock"));
    m_healthDock->setAccessibleName(tr("Health"));
    m_healthDock->setWidget(m_health);
    m_healthDock->setFeatures(features);
    tabifyDockWidget(m_chartsDock, m_healthDock);
    // A dock brought to the front gets the height its content needs; one behind another tab
    // does not hold its group up (a group of tabbed docks is as tall as the tallest minimum
    // among them, hidden ones included).
    const QList<std::pair<QDockWidget *, int>> rooms{{m_operationsDock, 0},
                                                     {m_chartsDock, kChartsDockHeight},
                                                     {m_healthDock, kHealthDockHeight}};
    for (const std::pair<QDockWidget *, int> &entry : rooms) {
        QDockWidget *dock = entry.first;
        const int room = entry.second;
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock, room](bool shown) {
            if (QWidget *content = dock->widget())
                content->setMinimumHeight(shown ? 0 : 1);
            if (shown && room > 0)
                giveRoom(dock, room);
        });
    }
    m_charts->setMinimumHeight(1);
    m_health->setMinimumHeight(1);
    m_operationsDock->raise();
}

void MainWindow::buildSession()
{
    QList<ContextLayout::Columns> columns;
    for (TablePanel *table : {m_poolTable, m_replicaTable, m_volumeTable, m_nodeTable})
        columns.append({table->objectName(), table->view()->horizontalHeader()});
    columns.append({QStringLiteral("findings"), m_health->view()->horizontalHeader()});
    m_layout = std::make_unique<ContextLayout>(this, m_splitter, m_tabs, m_gate->lockAction(),
                                               m_view, columns);
    m_session = new ClusterSession(m_model, m_pages, m_layout.get(),
                                   {m_contexts, m_namespaces, m_indicator}, this);
    connectSession();
}

// The frame follows the session: the migrations and charts of the connection, the title, the
// banner on unverified servers, what may be written.
void MainWindow::connectSession()
{
    m_forecasts = new PoolForecasts(m_model->pools(), this);
    m_hourly = new HourlyCapacity(m_model->pools(), this);
    m_forecasts->setKeptHistory(m_hourly);
    m_io = new VolumeIoFeed(this);
    connect(m_io, &VolumeIoFeed::updated, this, &MainWindow::showIo);
    connect(m_forecasts, &PoolForecasts::updated, this,
            [this](const Metrics::PoolForecaster::Result &result) {
                m_charts->forecastChart()->setResult(result);
                if (ClusterConnection *connection = m_session->connection();
                    connection && connection->engine())
                    connection->engine()->setPoolTrends(Items::poolTrendsOf(result));
                // In an event of its own (at thousands of pools the chart's redraw and this
                // take a frame each), for the same connection.
                if (!m_forecasts->isFirstPass()) {
                    const QPointer<ClusterConnection> asked = m_session->connection();
                    QMetaObject::invokeMethod(
                        this,
                        [this, result, asked] {
                            if (asked && asked == m_session->connection())
                                followIo(result);
                        },
                        Qt::QueuedConnection);
                }
                // Why there is no forecast is said where the forecast would be (the column's
                // tooltip, the chart's caption): most clusters have no Prometheus, and the
                // status bar is for what the operator just did.
            });
    connect(m_pages, &ClusterPages::demoRequested, this, &MainWindow::demoRequested);
    connect(m_pages, &ClusterPages::clusterShown, this, [this] { m_layout->ensureTopologyRoom(); });
    connect(m_session, &ClusterSession::disconnecting, this, &MainWindow::dropOperations);
    connect(m_session, &ClusterSession::disconnected, this, [this] {
        m_forecasts->follow(nullptr);
        m_io->follow(nullptr);
        m_selection->forget();
        updateLiveness();
        updateWriteActions();
    });
    connect(m_session, &ClusterSession::contextChosen, this,
            [this](const QString &context, const QString &namespaceName) {
                m_charts->capacityChart()->setHistoryFile(
                    Items::CapacityHistory::fileFor(context, namespaceName));
                m_hourly->setFile(Items::KeptForecast::fileFor(context, namespaceName));
                setWindowTitle(tr("%1 — cStor Console").arg(context));
            });
    connect(
        m_session, &ClusterSession::opened, this,
        [this](ClusterConnection *connection, bool started) {
            if (started)
                attachOperations();
            connect(connection, &ClusterConnection::refreshed, this, [this] {
                statusBar()->showMessage(
                    tr("Listed again: what is shown is what the server said at %1.")
                        .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))),
                    15000);
            });
            m_banners->insecure()->setVisible(connection->isTlsVerificationOff());
            updateWriteActions();
        });
    connect(m_session, &ClusterSession::stateChanged, this, &MainWindow::updateLiveness);
    connect(m_session, &ClusterSession::synced, this, [this] {
        m_summary->update();
        m_session->showPage(Page::Cluster);
        // An empty queue is one line, unless the operator arranged the docks for this context.
        if (!m_layout->restoredDocks() && m_operations && m_operations->isEmpty())
            keepLow(m_operationsDock, kLowDockHeight);
        m_scene->relayout();
        // Once the cluster page is laid out at its size.
        QTimer::singleShot(0, this, [this] { m_layout->fitTopologyToContent(); });
        if (ClusterConnection *connection = m_session->connection()) {
            m_forecasts->follow(connection->client());
            m_forecasts->setPrometheus(PrometheusSetting::of(m_session->context()));
            m_io->follow(connection->client());
            m_hourly->sampleIfDue();
            m_forecasts->refresh();
        }
        emit synced();
    });
    connect(m_session, &ClusterSession::writePermissionChanged, this,
            &MainWindow::updateWriteActions);
    connect(m_session, &ClusterSession::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
}

void MainWindow::followIo(const Metrics::PoolForecaster::Result &forecasts)
{
    if (forecasts.prometheus)
        m_io->read(*forecasts.prometheus);
    ClusterConnection *shown = m_session->connection();
    m_charts->ioChart()->setSource(shown ? shown->client() : nullptr, forecasts.prometheus,
                                   forecasts.keptBecause.isEmpty() ? forecasts.problem
                                                                   : forecasts.keptBecause);
    QStringList pools;
    for (const Cstor::PoolInstance &pool : m_model->pools()->rows())
        pools << pool.meta.name;
    QStringList volumes;
    for (const Items::VolumeRow &volume : m_model->volumes()->rows())
        volumes << volume.name;
    m_charts->ioChart()->setNames(pools, volumes);
}

// The volumes' and pools' recent I/O into the tables, with each pool's busiest volumes.
void MainWindow::showIo(const Metrics::VolumeIo::Result &io)
{
    m_model->volumes()->setIo(io);
    QHash<QString, Metrics::VolumeIo::Recent> pools;
    QHash<QString, QStringList> busiest;
    const ClusterConnection *connection = m_session->connection();
    const Migration::MigrationEngine *engine = connection ? connection->engine() : nullptr;
    for (auto it = io.pools.cbegin(); it != io.pools.cend(); ++it) {
        pools.insert(it.key(), io.recentOfPool(it.key()));
        if (!engine)
            continue;
        QStringList volumes;
        for (const Cstor::VolumeReplica *replica : engine->cluster().replicasOnPool(it.key()))
            volumes << replica->volume;
        busiest.insert(it.key(), io.busiest(volumes, 5));
    }
    m_model->pools()->setIo(pools, busiest);
    QString busiestPool;
    double most = -1;
    for (auto it = pools.cbegin(); it != pools.cend(); ++it) {
        if (it->bytesPerSecond() > most) {
            most = it->bytesPerSecond();
            busiestPool = it.key();
        }
    }
    m_charts->ioChart()->setBusiest(busiest, busiestPool);
}

void MainWindow::connectSelection()
{
    m_selection = new SelectionSync(m_model,
                                    {m_scene, m_view, m_tabs, m_poolTable, m_replicaTable,
                                     m_volumeTable, m_nodeTable, m_details},
                                    this);
    connect(m_selection, &SelectionSync::changed, this, &MainWindow::updateWriteActions);
    // The I/O chart follows the pool or volume selected.
    connect(m_selection, &SelectionSync::changed, this, [this] {
        using Subject = Metrics::VolumeIo::Subject;
        if (!m_selection->pool().isEmpty())
            m_charts->ioChart()->show({Subject::Pool, m_selection->pool()});
        else if (!m_selection->volume().isEmpty())
            m_charts->ioChart()->show({Subject::Volume, m_selection->volume()});
    });
    connect(m_search, &SearchField::found, m_selection, &SelectionSync::reveal);
    connect(m_palette, &CommandPalette::found, m_selection, &SelectionSync::reveal);
    connect(m_scene, &TopologyScene::moveReplicaRequested, this, &MainWindow::moveReplicaRequested);
    connect(this, &MainWindow::moveReplicaRequested, this, &MainWindow::chooseMoveTarget);
    connect(m_scene, &TopologyScene::drainNodeRequested, this,
            [this](const QString &node) { planDrain(node); });
    connect(m_scene, &TopologyScene::nodeLossRequested, this,
            [this](const QString &node) { openNodeLoss(node); });
    connect(m_scene, &TopologyScene::rebalanceRequested, this,
            [this](const QString &poolCluster) { openRebalance(poolCluster); });
    connect(m_scene, &TopologyScene::moveReplicaToPoolRequested, this,
            [this](const QString &uid, const QString &pool) { planMove(uid, pool); });
    m_scene->setDropCheck(
        [this](const QString &uid, const QString &pool) { return moveVerdict(uid, pool); });
}

// --- connection ------------------------------------------------------------------------------

void MainWindow::openKubeconfig(const QString &path, const QString &context,
                                const QString &namespaceName)
{
    m_session->openKubeconfig(path, context, namespaceName);
}

void MainWindow::setRequestTimeout(int ms)
{
    m_session->setRequestTimeout(ms);
}

void MainWindow::switchContext(const QString &context)
{
    m_session->switchContext(context);
}

void MainWindow::switchNamespace(const QString &namespaceName)
{
    m_session->switchNamespace(namespaceName);
}

void MainWindow::askForToken()
{
    m_session->askForToken();
}

void MainWindow::dropOperations()
{
    m_moves->closePlan();
    m_charts->setEngine(nullptr);
    m_health->setEngine(nullptr);
    if (m_operations) {
        m_operationsDock->setWidget(nullptr);
        delete m_operations;
        m_operations = nullptr;
    }
}

void MainWindow::updateLiveness()
{
    m_scene->setLive(m_indicator->isLive());
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    m_banners->restyle(palette());
    m_banners->demo()->setVisible(demo);
}

QLabel *MainWindow::demoBanner() const
{
    return m_banners->demo();
}

QLabel *MainWindow::insecureBanner() const
{
    return m_banners->insecure();
}

QLabel *MainWindow::skippedBanner() const
{
    return m_banners->skipped();
}

void MainWindow::setReadOnlyLock(bool locked)
{
    m_gate->lockAction()->setChecked(locked);
}

void MainWindow::applyDelta(const Kube::ClusterDelta &delta)
{
    m_model->apply(delta);
    m_model->setSynced();
    if (page() != Page::Cluster)
        m_session->showPage(Page::Cluster);
}

void MainWindow::updateWriteActions()
{
    const QString whyNot = m_gate->whyNot();
    m_scene->setWriteState(whyNot.isEmpty(), whyNot);
    if (m_operations)
        m_operations->setWritesAllowed(whyNot.isEmpty(), whyNot);
    m_gate->updateMoveAction(m_moveAction, m_selection->replica());
    m_gate->updateDrainAction(m_drainAction, m_selection->node());
}

// Tab goes through the window as it reads: context and namespace, the topology, the tables
// (tab bar, then the shown table's filter, "needs attention" and rows), the details, then the
// migrations and charts docks.
void MainWindow::setUpTabOrder()
{
    KeyboardNavigation::chainTabOrder(
        {m_contexts, m_namespaces, m_view, m_tabs, m_details, m_operationsDock, m_chartsDock});
}

void MainWindow::attachOperations()
{
    ClusterConnection *connection = m_session->connection();
    Migration::MigrationEngine *engine = connection ? connection->engine() : nullptr;
    if (!engine)
        return;
    m_operations = new OperationsPanel(engine, Migration::DataPaths::audit(), m_operationsDock);
    m_operations->setObjectName(QStringLiteral("operations"));
    m_operationsDock->setWidget(m_operations);
    // The first migration gets room for a few rows.
    connect(m_operations, &OperationsPanel::emptyChanged, this, [this](bool empty) {
        if (!empty)
            giveRoom(m_operationsDock, kQueueDockHeight);
    });
    m_charts->setEngine(engine);
    m_health->setEngine(engine);
    connect(m_operations, &OperationsPanel::undoRequested, this,
            [this](const QString &volume, const QString &fromPool, const QString &toPool) {
                m_moves->openPlan({Migration::ReplicaMove{volume, fromPool, toPool}});
            });
    connect(engine, &Migration::MigrationEngine::migrationFinished, this,
            [this](const QString &, Migration::MigrationState state, const QString &reason) {
                statusBar()->showMessage(
                    reason.isEmpty()
                        ? tr("Migration %1").arg(Migration::MigrationStates::toString(state))
                        : tr("Migration %1: %2")
                              .arg(Migration::MigrationStates::toString(state), reason),
                    15000);
            });
    const QString whyNot = m_gate->whyNot();
    m_operations->setWritesAllowed(whyNot.isEmpty(), whyNot);
}

QString MainWindow::moveVerdict(const QString &replicaUid, const QString &targetPool) const
{
    return m_moves->verdict(replicaUid, targetPool);
}

PlanDialog *MainWindow::planMove(const QString &replicaUid, const QString &targetPool)
{
    return m_moves->planMove(replicaUid, targetPool);
}

PlanDialog *MainWindow::planDrain(const QString &node)
{
    return m_moves->planDrain(node);
}

EvacuateDialog *MainWindow::openEvacuate(const QStringList &ticked)
{
    if (ticked.isEmpty() && !m_selection->node().isEmpty())
        return m_moves->openEvacuate({m_selection->node()});
    return m_moves->openEvacuate(ticked);
}

RebalanceDialog *MainWindow::openRebalance(const QString &poolCluster)
{
    return m_moves->openRebalance(poolCluster);
}

RebalanceDialog *MainWindow::rebalanceDialog() const
{
    return m_moves->rebalanceDialog();
}

NodeLossDialog *MainWindow::openNodeLoss(const QString &node)
{
    return m_moves->openNodeLoss(node);
}

PlanDialog *MainWindow::planDialog() const
{
    return m_moves->plan();
}

// "Move replica to…" from the keyboard or a context menu: every other pool, the ones that
// cannot take it disabled with the reason.
void MainWindow::chooseMoveTarget(const QString &replicaUid)
{
    m_moves->chooseTarget(replicaUid, moveMenuPosition(replicaUid));
}

// From the keyboard the menu opens at what is selected (the table row or the chip), else at
// the mouse.
QPoint MainWindow::moveMenuPosition(const QString &replicaUid) const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_replicaTable->view() && m_replicaTable->view()->currentIndex().isValid()) {
        QTableView *table = m_replicaTable->view();
        return table->viewport()->mapToGlobal(
            table->visualRect(table->currentIndex()).bottomLeft());
    }
    if (focus == m_view && m_scene->replicaChip(replicaUid)) {
        const QRectF chip = m_scene->replicaChip(replicaUid)->sceneBoundingRect();
        return m_view->viewport()->mapToGlobal(m_view->mapFromScene(chip.bottomLeft()));
    }
    if (focus && focus->window() == this)
        return focus->mapToGlobal(focus->rect().center());
    return QCursor::pos();
}

void MainWindow::giveRoom(QDockWidget *dock, int height)
{
    // Once the dock's tab has been brought to the front and laid out. resizeDocks() does not
    // resize a group of tabbed docks: a minimum height for one layout pass does.
    QTimer::singleShot(0, dock, [dock, height] {
        if (!dock->isVisible() || dock->isFloating() || dock->height() >= height)
            return;
        const int minimum = dock->minimumHeight();
        dock->setMinimumHeight(height);
        QTimer::singleShot(0, dock, [dock, minimum] { dock->setMinimumHeight(minimum); });
    });
}

void MainWindow::keepLow(QDockWidget *dock, int height)
{
    // The same for a lower height: a maximum for one layout pass. Docks tabbed together are as
    // tall as the tallest minimum among them: held lower, the dock would leave a gap above the
    // tabs.
    QTimer::singleShot(0, dock, [this, dock, height] {
        // A minimum set on a widget replaces the one its content asks for.
        const auto minimumOf = [](const QWidget *widget) {
            return widget->minimumHeight() > 0 ? widget->minimumHeight()
                                               : widget->minimumSizeHint().height();
        };
        int low = std::max(height, minimumOf(dock));
        for (const QDockWidget *other : tabifiedDockWidgets(dock))
            low = std::max(low, minimumOf(other));
        if (!dock->isVisible() || dock->isFloating() || dock->height() <= low)
            return;
        const int maximum = dock->maximumHeight();
        dock->setMaximumHeight(low);
        QTimer::singleShot(0, dock, [dock, maximum] { dock->setMaximumHeight(maximum); });
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The docks start low (an empty queue is one line); the topology and tables get the height.
    // A layout saved for the context, restored once connected, replaces this.
    if (!std::exchange(m_docksSized, true)) {
        keepLow(m_operationsDock, kLowDockHeight);
        // Ask for the keyboard once shown: where no window manager hands it over (a bare X
        // session, a kiosk), the window would never be active and no shortcut (Alt+1..9,
        // Ctrl+F, Ctrl+R) would reach it. A window manager decides as it always does.
        QTimer::singleShot(0, this, [this] { activateWindow(); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitGuard->mayClose()) {
        event->ignore();
        return;
    }
    m_session->saveLayout();
    QMainWindow::closeEvent(event);
}

// Every table and the topology inherit the window's palette.
void MainWindow::keepSelectionReadable()
{
    const QPalette readable = HealthStyle::withReadableSelection(palette());
    if (readable != palette())
        setPalette(readable);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        keepSelectionReadable();
        m_scene->setPalette(palette());
        if (m_banners)
            m_banners->restyle(palette());
    }
    QMainWindow::changeEvent(event);
}

} // namespace Ui
