#include "ui/mainwindow.h"

#include "models/kube/keychainstore.h"
#include "models/kube/kubeconfig.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/planning/drainplanner.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"

#include "models/cstor/capacity.h"
#include "models/items/capacityhistory.h"
#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"
#include "models/items/itemroles.h"
#include "ui/connectionindicator.h"
#include "ui/detailspanel.h"
#include "ui/emptystatewidget.h"
#include "ui/exectrustdialog.h"
#include "ui/healthstyle.h"
#include "ui/languages.h"
#include "ui/movecommands.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCursor>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

Q_LOGGING_CATEGORY(lcUi, "cstor.ui")

namespace Ui {

namespace {

const QString kDefaultNamespace = QStringLiteral("openebs");

enum class Failure { NoCstor, Forbidden, Unreachable };

// The watcher says why it gave up in words; sort them into what the operator can do about it.
Failure classify(const QString &detail)
{
    const QString d = detail.toLower();
    if (d.contains(QLatin1String("403")) || d.contains(QLatin1String("forbidden")) ||
        d.contains(QLatin1String("401")) || d.contains(QLatin1String("unauthorized")) ||
        d.contains(QLatin1String("permission")))
        return Failure::Forbidden;
    if (d.contains(QLatin1String("crd")) || d.contains(QLatin1String("cstor.openebs.io")) ||
        d.contains(QLatin1String("no cstor")) || d.contains(QLatin1String("404")) ||
        d.contains(QLatin1String("not served")) || d.contains(QLatin1String("resource type")))
        return Failure::NoCstor;
    return Failure::Unreachable;
}

bool isUnauthorized(const QString &detail)
{
    const QString d = detail.toLower();
    return d.contains(QLatin1String("401")) || d.contains(QLatin1String("unauthorized"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new Items::ClusterModel(this))
    , m_scene(new TopologyScene(m_model, this))
{
    setWindowTitle(tr("cStor Console"));
    m_moves = new MoveCommands(
        m_model, [this] { return m_connection.data(); }, [this] { return whyNoWrites(); }, this);
    connect(m_moves, &MoveCommands::refused, this,
            [this](const QString &why, int timeout) { statusBar()->showMessage(why, timeout); });
    connect(m_moves, &MoveCommands::started, this, [this] {
        m_operationsDock->show();
        m_operationsDock->raise();
    });
    m_keychain = new Kube::KeychainStore(this);
    connect(m_keychain, &Kube::KeychainStore::tokenRead, this,
            [this](const QString &context, bool ok, const QString &token, const QString &) {
                // A token kept from an earlier run, tried once after the server refused.
                if (!ok || token.isEmpty() || context != m_context || m_tokens.contains(context))
                    return;
                m_tokens.insert(context, token);
                connectTo(m_context, m_namespace);
            });
    connect(
        m_keychain, &Kube::KeychainStore::tokenWritten, this,
        [this](const QString &context, bool ok, const QString &error) {
            statusBar()->showMessage(
                ok ? tr("The token for %1 is kept in your keychain.").arg(context)
                   : tr("The token for %1 is used for this session only: %2").arg(context, error),
                15000);
        });
    setWindowIcon(QIcon(QStringLiteral(":/icons/cstor-console.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    buildActions();
    buildCentral();
    buildToolBar();
    buildMenus();
    connectSelection();
    setUpTabOrder();

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(250);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_model, &Items::ClusterModel::applied, this, [this] {
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start();
    });
    connect(m_model, &Items::ClusterModel::cleared, this, &MainWindow::updateSummary);
    resize(1400, 900);
    updateSummary();
    updateWriteActions();
    showPage(Page::NoKubeconfig);
}

MainWindow::~MainWindow()
{
    // The connection goes first, so that nothing is delivered into half-destroyed models.
    delete m_connection;
}

void MainWindow::buildActions()
{
    m_lockAction =
        new QAction(QIcon(QStringLiteral(":/icons/lock-open.svg")), tr("Read-only"), this);
    m_lockAction->setObjectName(QStringLiteral("readOnlyLock"));
    m_lockAction->setCheckable(true);
    m_lockAction->setToolTip(tr("Lock: when on, nothing in this window can change the cluster"));
    connect(m_lockAction, &QAction::toggled, this, [this](bool locked) {
        m_lockAction->setIcon(QIcon(locked ? QStringLiteral(":/icons/lock.svg")
                                           : QStringLiteral(":/icons/lock-open.svg")));
        m_lockAction->setText(locked ? tr("Read-only (locked)") : tr("Read-only"));
        updateWriteActions();
    });

    m_moveAction = new QAction(QIcon(QStringLiteral(":/icons/move-replica.svg")),
                               tr("Move replica to…"), this);
    m_moveAction->setObjectName(QStringLiteral("moveReplica"));
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_moveAction, &QAction::triggered, this, [this] {
        if (!m_selectedReplica.isEmpty())
            emit moveReplicaRequested(m_selectedReplica);
    });

    m_drainAction = new QAction(tr("Drain node…"), this);
    m_drainAction->setObjectName(QStringLiteral("drainNode"));
    m_drainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_drainAction, &QAction::triggered, this, [this] {
        if (!m_selectedNode.isEmpty())
            planDrain(m_selectedNode);
    });

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
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseKubeconfig);
    m_demoAction =
        new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open demo cluster"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    m_quitAction = new QAction(tr("Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
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
    connect(m_contexts, &QComboBox::activated, this,
            [this](int index) { switchContext(m_contexts->itemData(index).toString()); });
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
    connect(m_namespaces, &QComboBox::activated, this,
            [this](int index) { switchNamespace(m_namespaces->itemText(index)); });
    connect(m_namespaces->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { switchNamespace(m_namespaces->currentText().trimmed()); });
    bar->addWidget(namespaceLabel);
    bar->addWidget(m_namespaces);
    bar->addSeparator();

    m_indicator = new ConnectionIndicator(bar);
    m_indicator->setObjectName(QStringLiteral("connectionState"));
    m_indicator->setMinimumWidth(190);
    connect(m_indicator, &ConnectionIndicator::livenessChanged, this, &MainWindow::updateLiveness);
    bar->addWidget(m_indicator);
    bar->addSeparator();
    bar->addAction(m_lockAction);
    bar->addAction(m_moveAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
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
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    actions->setToolTipsVisible(true);
    actions->addAction(m_moveAction);
    actions->addAction(m_drainAction);
    actions->addSeparator();
    actions->addAction(m_lockAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomFitAction);
    view->addSeparator();
    buildGoToActions(view->addMenu(tr("&Go to")));
    view->addSeparator();
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("detailsDock")))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // The language is chosen for the next start: the widgets are not rebuilt in another one.
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

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    m_welcome = new WelcomePage(this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::chooseRequested, this, &MainWindow::chooseKubeconfig);

    m_banner =
        new QLabel(tr("Simulated cluster (demo) — changes affect only this simulation"), this);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setVisible(false);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);

    // kubectl allows insecure-skip-tls-verify; the console does too, and says so all the time.
    m_insecureBanner = new QLabel(tr("The API server's certificate is not verified "
                                     "(insecure-skip-tls-verify in the kubeconfig): anyone on "
                                     "the network path could read or change what you see and do."),
                                  this);
    m_insecureBanner->setObjectName(QStringLiteral("insecureBanner"));
    m_insecureBanner->setAlignment(Qt::AlignCenter);
    m_insecureBanner->setWordWrap(true);
    m_insecureBanner->setMargin(6);
    m_insecureBanner->setAutoFillBackground(true);
    m_insecureBanner->setFont(bannerFont);
    m_insecureBanner->setAccessibleName(tr("Security warning"));
    m_banner->setAccessibleName(tr("Demo cluster notice"));
    styleBanners();
    m_insecureBanner->setVisible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_insecureBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_details = new DetailsPanel(m_model, this);
    m_details->setObjectName(QStringLiteral("details"));
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setAccessibleName(tr("Details"));
    dock->setWidget(m_details);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {420}, Qt::Horizontal);

    m_operationsDock = new QDockWidget(tr("Migrations"), this);
    m_operationsDock->setObjectName(QStringLiteral("operationsDock"));
    m_operationsDock->setAccessibleName(tr("Migrations"));
    m_operationsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                                  QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);

    m_charts = new ChartPanel(m_model, this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setAccessibleName(tr("Charts"));
    m_chartsDock->setWidget(m_charts);
    m_chartsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                              QDockWidget::DockWidgetFloatable);
    tabifyDockWidget(m_operationsDock, m_chartsDock);
    m_operationsDock->raise();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Cluster summary"));
    statusBar()->addWidget(m_summary, 1);
}

void MainWindow::connectSelection()
{
    connect(m_scene, &TopologyScene::activated, this,
            [this](TopologyScene::Kind kind, const QString &id) { select(kind, id, false); });
    connect(m_scene, &TopologyScene::moveReplicaRequested, this, &MainWindow::moveReplicaRequested);
    connect(this, &MainWindow::moveReplicaRequested, this, &MainWindow::chooseMoveTarget);
    connect(m_scene, &TopologyScene::drainNodeRequested, this,
            [this](const QString &node) { planDrain(node); });
    connect(m_scene, &TopologyScene::moveReplicaToPoolRequested, this,
            [this](const QString &uid, const QString &pool) { planMove(uid, pool); });
    m_scene->setDropCheck(
        [this](const QString &uid, const QString &pool) { return moveVerdict(uid, pool); });
    connect(m_scene, &TopologyScene::showInTableRequested, this,
            [this](TopologyScene::Kind kind, const QString &id) {
                select(kind, id, false);
                m_tabs->setFocus();
            });
    connect(m_poolTable, &TablePanel::currentKeyChanged, this,
            [this](const QString &key) { select(TopologyScene::Kind::Pool, key, true); });
    connect(m_replicaTable, &TablePanel::currentKeyChanged, this,
            [this](const QString &key) { select(TopologyScene::Kind::Replica, key, true); });
    connect(m_volumeTable, &TablePanel::currentKeyChanged, this,
            [this](const QString &key) { select(TopologyScene::Kind::Volume, key, true); });
    connect(m_nodeTable, &TablePanel::currentKeyChanged, this,
            [this](const QString &key) { select(TopologyScene::Kind::Node, key, true); });
}

void MainWindow::select(TopologyScene::Kind kind, const QString &id, bool fromTable)
{
    m_selectedReplica = kind == TopologyScene::Kind::Replica ? id : QString();
    m_selectedNode = kind == TopologyScene::Kind::Node ? id : QString();
    switch (kind) {
    case TopologyScene::Kind::Replica: {
        const Cstor::VolumeReplica *r = m_model->replicas()->find(id);
        m_scene->setCurrent(kind, id);
        m_scene->setHighlightedVolume(r ? r->volume : QString());
        if (!fromTable) {
            m_replicaTable->selectKey(id);
            m_tabs->setCurrentWidget(m_replicaTable);
        }
        break;
    }
    case TopologyScene::Kind::Volume:
        m_scene->setCurrent(kind, id);
        m_scene->setHighlightedVolume(id);
        if (!fromTable) {
            m_volumeTable->selectKey(id);
            m_tabs->setCurrentWidget(m_volumeTable);
        }
        break;
    case TopologyScene::Kind::Pool:
        m_scene->setCurrent(kind, id);
        m_scene->setHighlightedVolume({});
        if (!fromTable) {
            m_poolTable->selectKey(id);
            m_tabs->setCurrentWidget(m_poolTable);
        }
        break;
    case TopologyScene::Kind::Node:
        m_scene->setCurrent(kind, id);
        m_scene->setHighlightedVolume({});
        if (!fromTable) {
            m_nodeTable->selectKey(id);
            m_tabs->setCurrentWidget(m_nodeTable);
        }
        break;
    case TopologyScene::Kind::None:
        m_scene->setCurrent(kind, {});
        m_scene->setHighlightedVolume({});
        break;
    }
    if (fromTable)
        m_view->centerOnItemOf(int(kind), id);
    m_details->show(kind, id);
    updateWriteActions();
}

// --- connection ------------------------------------------------------------------------------

void MainWindow::openKubeconfig(const QString &path, const QString &context,
                                const QString &namespaceName)
{
    m_kubeconfigPath = path;
    QString error;
    KubeconfigContents contents;
    const ClusterConnection::LoadError loaded =
        ClusterConnection::readKubeconfig(path, &contents, &error);
    if (loaded == ClusterConnection::LoadError::NotFound && path.isEmpty()) {
        // None in the usual places: the file chosen in the window before, if it is still there.
        const QString remembered = QSettings().value(QStringLiteral("kubeconfig")).toString();
        if (!remembered.isEmpty() && QFileInfo::exists(remembered)) {
            openKubeconfig(remembered, context, namespaceName);
            return;
        }
    }
    if (loaded != ClusterConnection::LoadError::None) {
        disconnectCluster();
        m_kubeconfig = {};
        fillContextSwitcher();
        showPage(loaded == ClusterConnection::LoadError::NotFound ? Page::NoKubeconfig
                                                                  : Page::KubeconfigError,
                 error);
        return;
    }
    m_kubeconfig = contents;
    fillContextSwitcher();
    QString target = context.isEmpty() ? contents.currentContext : context;
    if (target.isEmpty() && !contents.contexts.isEmpty())
        target = contents.contexts.first().name;
    connectTo(target, namespaceName);
}

void MainWindow::fillContextSwitcher()
{
    const QSignalBlocker blocker(m_contexts);
    m_contexts->clear();
    for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
        const QString label = entry.name == m_kubeconfig.currentContext
                                  ? tr("%1 (current)").arg(entry.name)
                                  : entry.name;
        m_contexts->addItem(label, entry.name);
        m_contexts->setItemData(
            m_contexts->count() - 1,
            tr("Cluster: %1\nUser: %2\nNamespace: %3")
                .arg(entry.cluster, entry.user,
                     entry.namespaceName.isEmpty() ? tr("(not set)") : entry.namespaceName),
            Qt::ToolTipRole);
    }
    m_contexts->setEnabled(m_contexts->count() > 0);
}

void MainWindow::updateContextToolTip()
{
    const int index = m_contexts->findData(m_context);
    {
        const QSignalBlocker blocker(m_contexts);
        m_contexts->setCurrentIndex(index);
    }
    m_contexts->setToolTip(index >= 0 ? m_contexts->itemData(index, Qt::ToolTipRole).toString()
                                      : tr("No kubeconfig context"));
}

void MainWindow::switchContext(const QString &context)
{
    if (context == m_context && m_connection)
        return;
    connectTo(context, {});
}

void MainWindow::switchNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || namespaceName == m_namespace || m_switching)
        return;
    connectTo(m_context, namespaceName);
}

QString MainWindow::currentContext() const
{
    return m_context;
}

QString MainWindow::currentNamespace() const
{
    return m_namespace;
}

void MainWindow::disconnectCluster()
{
    m_moves->closePlan();
    m_charts->setEngine(nullptr);
    if (m_operations) {
        m_operationsDock->setWidget(nullptr);
        delete m_operations;
        m_operations = nullptr;
    }
    if (m_connection) {
        saveLayout();
        delete m_connection;
    }
    m_synced = false;
    m_model->clear();
    m_indicator->clear();
    m_selectedReplica.clear();
    m_selectedNode.clear();
    updateLiveness();
    updateWriteActions();
}

void MainWindow::connectTo(const QString &context, const QString &namespaceName)
{
    m_switching = true;
    const bool contextChanged = context != m_context;
    disconnectCluster();
    m_untrustedPlugin.reset();
    if (contextChanged && m_trustDialog)
        m_trustDialog->close(); // it asked about the other context's plugin
    m_context = context;
    QString ns = namespaceName;
    if (ns.isEmpty()) {
        for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
            if (entry.name == context)
                ns = entry.namespaceName;
        }
    }
    if (ns.isEmpty())
        ns = QSettings().value(settingsGroup() + QStringLiteral("/namespace")).toString();
    if (ns.isEmpty())
        ns = kDefaultNamespace;
    m_namespace = ns;
    m_charts->capacityChart()->setHistoryFile(Items::CapacityHistory::fileFor(context, ns));
    updateContextToolTip();
    {
        const QSignalBlocker blocker(m_namespaces);
        m_namespaces->clear();
        QStringList choices = {ns};
        if (ns != kDefaultNamespace)
            choices.append(kDefaultNamespace);
        m_namespaces->addItems(choices);
        m_namespaces->setCurrentIndex(0);
    }
    if (contextChanged)
        restoreLayout();
    setWindowTitle(tr("%1 — cStor Console").arg(context));
    qCInfo(lcUi) << "connecting to context" << context << "namespace" << ns;

    auto *connection = new ClusterConnection(m_kubeconfigPath, context, ns, this);
    connection->setTokenOverride(m_tokens.value(context));
    m_connection = connection;
    connect(connection, &ClusterConnection::delta, this,
            [this, connection](const Kube::ClusterDelta &d) {
                if (connection == m_connection) {
                    m_model->apply(d);
                    m_indicator->setLastEventTime(connection->lastEventTime());
                }
            });
    connect(connection, &ClusterConnection::stateChanged, this,
            [this, connection](Kube::ConnectionState state, const QString &detail) {
                if (connection == m_connection)
                    onStateChanged(state, detail);
            });
    connect(connection, &ClusterConnection::synced, this, [this, connection] {
        if (connection != m_connection)
            return;
        m_synced = true;
        m_indicator->setLastEventTime(connection->lastEventTime());
        updateSummary();
        showPage(Page::Cluster);
        m_scene->relayout();
        emit synced();
    });
    connect(connection, &ClusterConnection::writePermissionChanged, this,
            &MainWindow::updateWriteActions);
    showPage(Page::Connecting);
    QString error;
    if (!connection->start(&error)) {
        m_indicator->setState(Kube::ConnectionState::Failed, error);
        m_untrustedPlugin = connection->untrustedExecPlugin();
        if (m_untrustedPlugin) {
            showPage(Page::UntrustedPlugin, error);
            askToTrustPlugin();
        } else {
            showPage(Page::KubeconfigError, error);
        }
    } else {
        m_indicator->setState(connection->state(), connection->stateDetail());
        attachOperations();
    }
    m_insecureBanner->setVisible(connection->isTlsVerificationOff());
    m_switching = false;
    updateWriteActions();
}

void MainWindow::onStateChanged(Kube::ConnectionState state, const QString &detail)
{
    m_indicator->setState(state, detail);
    if (m_connection)
        m_indicator->setLastEventTime(m_connection->lastEventTime());
    switch (state) {
    case Kube::ConnectionState::Live:
        if (m_synced)
            showPage(Page::Cluster);
        break;
    case Kube::ConnectionState::Connecting:
        if (!m_synced)
            showPage(Page::Connecting);
        break;
    case Kube::ConnectionState::Reconnecting:
        // With data on screen, keep it (marked stale); without, say what is wrong.
        if (!m_synced)
            showPage(Page::Unreachable, detail);
        break;
    case Kube::ConnectionState::Failed:
        switch (classify(detail)) {
        case Failure::Forbidden:
            showPage(Page::Forbidden, detail);
            break;
        case Failure::NoCstor:
            showPage(Page::NoCstor, detail);
            break;
        case Failure::Unreachable:
            showPage(Page::Unreachable, detail);
            break;
        }
        break;
    }
    updateLiveness();
}

void MainWindow::updateLiveness()
{
    m_scene->setLive(m_indicator->isLive());
}

void MainWindow::showPage(Page page, const QString &detail)
{
    m_page = page;
    if (page == Page::Cluster) {
        m_stack->setCurrentWidget(m_splitter);
        ensureTopologyRoom();
        return;
    }
    if (page == Page::NoKubeconfig) {
        m_welcome->setSearchedFiles(
            m_kubeconfigPath.contains(QDir::listSeparator())
                ? m_kubeconfigPath.split(QDir::listSeparator(), Qt::SkipEmptyParts)
                : Kube::KubeconfigSources::fromEnvironment(m_kubeconfigPath).candidateFiles());
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    m_empty->clearButtons();
    auto retry = [this] {
        QPushButton *button = m_empty->addButton(tr("Try again"));
        connect(button, &QPushButton::clicked, this, [this] { connectTo(m_context, m_namespace); });
    };
    auto otherContext = [this] {
        if (m_kubeconfig.contexts.size() > 1) {
            QPushButton *button = m_empty->addButton(tr("Choose another context"));
            connect(button, &QPushButton::clicked, this, [this] { m_contexts->showPopup(); });
        }
    };
    switch (page) {
    case Page::Cluster:
        break;
    case Page::NoKubeconfig: // the welcome page, above
        break;
    case Page::KubeconfigError: {
        m_empty->setContent(tr("This kubeconfig cannot be used"),
                            tr("The kubeconfig or the context could not be read. Check the "
                               "file with <tt>kubectl config view</tt>, or choose another one."),
                            detail);
        QPushButton *choose = m_empty->addButton(tr("Choose kubeconfig file…"));
        connect(choose, &QPushButton::clicked, this, &MainWindow::chooseKubeconfig);
        otherContext();
        QPushButton *demo = m_empty->addButton(tr("Open demo cluster"));
        connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
        break;
    }
    case Page::UntrustedPlugin: {
        m_empty->setContent(
            tr("The credential plugin is not trusted yet"),
            tr("Context <b>%1</b> signs in by running a program named in its kubeconfig. "
               "Nothing has been run. Review the program and trust it to connect, or choose "
               "another context.")
                .arg(m_context.toHtmlEscaped()),
            detail);
        QPushButton *review = m_empty->addButton(tr("Review Plugin…"));
        review->setObjectName(QStringLiteral("reviewPlugin"));
        connect(review, &QPushButton::clicked, this, &MainWindow::askToTrustPlugin);
        otherContext();
        QPushButton *choose = m_empty->addButton(tr("Choose kubeconfig file…"));
        connect(choose, &QPushButton::clicked, this, &MainWindow::chooseKubeconfig);
        break;
    }
    case Page::Connecting:
        m_empty->setContent(tr("Connecting to %1…").arg(m_context.toHtmlEscaped()),
                            tr("Listing the cStor pools, volumes and replicas in namespace "
                               "<b>%1</b>.")
                                .arg(m_namespace.toHtmlEscaped()));
        break;
    case Page::NoCstor:
        m_empty->setContent(
            tr("No cStor in this cluster"),
            tr("The cluster of context <b>%1</b> does not serve the cStor resources "
               "(cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a "
               "cluster that runs it.")
                .arg(m_context.toHtmlEscaped()),
            detail);
        otherContext();
        retry();
        break;
    case Page::Forbidden:
        if (isUnauthorized(detail)) {
            // The credentials were refused: a token kept in the keychain, then the operator.
            if (!m_keychainTried.contains(m_context) && !m_tokens.contains(m_context)) {
                m_keychainTried.insert(m_context);
                m_keychain->readToken(m_context);
            }
            m_empty->setContent(
                tr("The cluster refused your credentials"),
                tr("The API server of context <b>%1</b> answered 401 Unauthorized: the "
                   "kubeconfig's credentials for user <b>%2</b> are missing, wrong or expired. "
                   "Renew them (for example with your cloud's login command), or use a token: "
                   "it is kept in your desktop keychain, never in a file.")
                    .arg(m_context.toHtmlEscaped(), contextUser().toHtmlEscaped()),
                detail);
            QPushButton *token = m_empty->addButton(tr("Use a token…"));
            token->setObjectName(QStringLiteral("useToken"));
            connect(token, &QPushButton::clicked, this, &MainWindow::askForToken);
            otherContext();
            retry();
            break;
        }
        m_empty->setContent(
            tr("No permission to list cStor objects"),
            tr("Your user in context <b>%1</b> may not list the cStor pools, volumes and "
               "replicas in namespace <b>%2</b>. Ask your cluster administrator for "
               "get, list and watch on cstor.openebs.io resources and events there, or choose "
               "another namespace or context.")
                .arg(m_context.toHtmlEscaped(), m_namespace.toHtmlEscaped()),
            detail);
        otherContext();
        retry();
        break;
    case Page::Unreachable:
        m_empty->setContent(
            tr("Cannot reach the cluster"),
            tr("The API server of context <b>%1</b> does not answer. Check your network or "
               "VPN and that the cluster is running; the console keeps retrying.")
                .arg(m_context.toHtmlEscaped()),
            detail);
        otherContext();
        retry();
        break;
    }
    m_stack->setCurrentWidget(m_empty);
}

void MainWindow::askToTrustPlugin()
{
    if (!m_untrustedPlugin)
        return;
    if (m_trustDialog && m_trustDialog->isVisible()) {
        m_trustDialog->raise();
        m_trustDialog->activateWindow();
        return;
    }
    auto *dialog = new ExecTrustDialog(*m_untrustedPlugin, m_context, this);
    m_trustDialog = dialog;
    const QString context = m_context;
    const QString ns = m_namespace;
    connect(dialog, &ExecTrustDialog::trusted, this, [this, context, ns] {
        if (context == m_context) // not switched elsewhere meanwhile
            connectTo(context, ns);
    });
    dialog->open();
}

void MainWindow::askForToken()
{
    if (m_tokenDialog)
        m_tokenDialog->close();
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("tokenDialog"));
    dialog->setWindowTitle(tr("Token for %1").arg(m_context));
    dialog->setLabelText(tr("Bearer token for context %1 (kept in your desktop keychain, never "
                            "in a file):")
                             .arg(m_context));
    dialog->setTextEchoMode(QLineEdit::Password);
    const QString context = m_context;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, context](const QString &text) {
        const QString token = text.trimmed();
        if (token.isEmpty() || context != m_context)
            return;
        m_tokens.insert(context, token);
        m_keychain->writeToken(context, token);
        connectTo(m_context, m_namespace);
    });
    m_tokenDialog = dialog;
    dialog->open();
}

QString MainWindow::contextUser() const
{
    for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
        if (entry.name == m_context)
            return entry.user;
    }
    return {};
}

void MainWindow::chooseKubeconfig()
{
    auto *dialog = new QFileDialog(this, tr("Choose kubeconfig file"),
                                   QDir::home().filePath(QStringLiteral(".kube")));
    dialog->setObjectName(QStringLiteral("kubeconfigDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontResolveSymlinks);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // Remembered for the next start, when no other kubeconfig is found.
        QSettings().setValue(QStringLiteral("kubeconfig"), file);
        openKubeconfig(file);
    });
    dialog->open();
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    styleBanners();
    m_banner->setVisible(demo);
}

// The banners' colours follow the window's palette (light, dark or high contrast); their text
// is black or white, whichever reads better on them.
void MainWindow::styleBanners()
{
    const QPalette base = palette();
    const bool dark = HealthStyle::isDark(base);
    QPalette demo = m_banner->palette();
    demo.setColor(QPalette::Window, dark ? QColor(0x5d, 0x40, 0x37) : QColor(0xff, 0xec, 0xb3));
    demo.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xb2) : QColor(0x4e, 0x34, 0x2e));
    m_banner->setPalette(demo);
    QPalette warning = m_insecureBanner->palette();
    const QColor error = HealthStyle::color(Items::Health::Error, base);
    warning.setColor(QPalette::Window, error);
    warning.setColor(QPalette::WindowText, HealthStyle::textOn(error));
    m_insecureBanner->setPalette(warning);
}

void MainWindow::setReadOnlyLock(bool locked)
{
    m_lockAction->setChecked(locked);
}

void MainWindow::applyDelta(const Kube::ClusterDelta &delta)
{
    m_model->apply(delta);
    if (m_page != Page::Cluster)
        showPage(Page::Cluster);
}

QString MainWindow::whyNoWrites() const
{
    if (!m_connection || !m_connection->engine())
        return tr("Not connected to a cluster.");
    if (m_lockAction->isChecked())
        return tr("The read-only lock is on; unlock it in the toolbar to make changes.");
    if (!m_connection->isWritePermissionKnown())
        return m_connection->whyWriteDenied().isEmpty()
                   ? tr("Checking whether your user may change volume placement…")
                   : m_connection->whyWriteDenied();
    if (!m_connection->isWriteAllowed())
        return m_connection->whyWriteDenied();
    return {};
}

void MainWindow::updateWriteActions()
{
    const QString whyNot = whyNoWrites();
    m_scene->setWriteState(whyNot.isEmpty(), whyNot);
    if (m_operations)
        m_operations->setWritesAllowed(whyNot.isEmpty(), whyNot);

    const bool haveReplica = !m_selectedReplica.isEmpty();
    m_moveAction->setEnabled(whyNot.isEmpty() && haveReplica);
    if (!whyNot.isEmpty())
        m_moveAction->setToolTip(whyNot);
    else if (!haveReplica)
        m_moveAction->setToolTip(
            tr("Select a replica in the topology or the replicas table, then move it."));
    else
        m_moveAction->setToolTip(tr("Plan moving the selected replica to another pool"));
    m_moveAction->setStatusTip(m_moveAction->toolTip());

    const bool haveNode = !m_selectedNode.isEmpty();
    m_drainAction->setEnabled(whyNot.isEmpty() && haveNode);
    if (!whyNot.isEmpty())
        m_drainAction->setToolTip(whyNot);
    else if (!haveNode)
        m_drainAction->setToolTip(
            tr("Select a node in the topology or the nodes table, then drain it."));
    else
        m_drainAction->setToolTip(tr("Plan moving every replica off %1").arg(m_selectedNode));
    m_drainAction->setStatusTip(m_drainAction->toolTip());
}

void MainWindow::buildGoToActions(QMenu *menu)
{
    const auto add = [this, menu](const QString &text, int digit, const QString &name,
                                  const std::function<void()> &go) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        connect(action, &QAction::triggered, this, go);
        m_goToActions.append(action);
    };
    const auto table = [this](TablePanel *panel) {
        return [this, panel] {
            m_tabs->setCurrentWidget(panel);
            QTableView *view = panel->view();
            if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            view->setFocus(Qt::ShortcutFocusReason);
        };
    };
    const auto dock = [](QDockWidget *target) {
        return [target] {
            target->show();
            target->raise();
            if (QWidget *widget = target->widget())
                widget->setFocus(Qt::ShortcutFocusReason);
        };
    };
    add(tr("&Topology"), 1, QStringLiteral("goToTopology"),
        [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    add(tr("&Pools table"), 2, QStringLiteral("goToPools"), table(m_poolTable));
    add(tr("&Replicas table"), 3, QStringLiteral("goToReplicas"), table(m_replicaTable));
    add(tr("&Volumes table"), 4, QStringLiteral("goToVolumes"), table(m_volumeTable));
    add(tr("&Nodes table"), 5, QStringLiteral("goToNodes"), table(m_nodeTable));
    add(tr("&Details"), 6, QStringLiteral("goToDetails"),
        dock(findChild<QDockWidget *>(QStringLiteral("detailsDock"))));
    add(tr("&Migrations"), 7, QStringLiteral("goToMigrations"), dock(m_operationsDock));
    add(tr("&Charts"), 8, QStringLiteral("goToCharts"), dock(m_chartsDock));
}

// Tab goes through the window as it reads: context and namespace, the topology, the tables
// (tab bar, then the shown table's filter, "needs attention" and rows), the details, then the
// migrations and charts docks.
void MainWindow::setUpTabOrder()
{
    QList<QWidget *> chain;
    const auto addArea = [&chain](QWidget *area) {
        if ((area->focusPolicy() & Qt::TabFocus) && !area->focusProxy())
            chain.append(area);
        // The area's own widgets, in the order they already have.
        for (QWidget *w = area->nextInFocusChain(); w != area; w = w->nextInFocusChain()) {
            if (area->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                !chain.contains(w))
                chain.append(w);
        }
    };
    for (QWidget *area : std::initializer_list<QWidget *>{
             m_contexts, m_namespaces, m_view, m_tabs, m_details, m_operationsDock, m_chartsDock})
        addArea(area);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::attachOperations()
{
    Migration::MigrationEngine *engine = m_connection ? m_connection->engine() : nullptr;
    if (!engine)
        return;
    m_operations = new OperationsPanel(engine, Migration::DataPaths::audit(), m_operationsDock);
    m_operations->setObjectName(QStringLiteral("operations"));
    m_operationsDock->setWidget(m_operations);
    m_charts->setEngine(engine);
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
    const QString whyNot = whyNoWrites();
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

PlanDialog *MainWindow::planDialog() const
{
    return m_moves->plan();
}

// "Move replica to…" from the keyboard or a context menu: every other pool, the ones that
// cannot take it disabled with the reason.
void MainWindow::chooseMoveTarget(const QString &replicaUid)
{
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(replicaUid);
    if (!replica)
        return;
    if (m_moveMenu)
        m_moveMenu->close();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("moveTargets"));
    menu->setToolTipsVisible(true);
    menu->addSection(tr("Move %1 from %2 to").arg(replica->volume, replica->pool));
    const QString sourcePool = replica->pool;
    for (const QString &node : m_model->nodeNames()) {
        for (const QString &pool : m_model->poolsOfNode(node)) {
            if (pool == sourcePool)
                continue;
            const QString verdict = moveVerdict(replicaUid, pool);
            QAction *action = menu->addAction(tr("%1 on %2").arg(pool, node));
            action->setData(pool);
            action->setEnabled(verdict.isEmpty());
            action->setToolTip(verdict.isEmpty() ? tr("Plan this move") : verdict);
            connect(action, &QAction::triggered, this,
                    [this, replicaUid, pool] { planMove(replicaUid, pool); });
        }
    }
    m_moveMenu = menu;
    // From the keyboard the menu opens at what is selected (the table row or the chip), with
    // the first pool that can take the replica active, so that Enter plans that move.
    QPoint at = QCursor::pos();
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_replicaTable->view() && m_replicaTable->view()->currentIndex().isValid()) {
        QTableView *table = m_replicaTable->view();
        at = table->viewport()->mapToGlobal(table->visualRect(table->currentIndex()).bottomLeft());
    } else if (focus == m_view && m_scene->replicaChip(replicaUid)) {
        const QRectF chip = m_scene->replicaChip(replicaUid)->sceneBoundingRect();
        at = m_view->viewport()->mapToGlobal(m_view->mapFromScene(chip.bottomLeft()));
    } else if (focus && focus->window() == this) {
        at = focus->mapToGlobal(focus->rect().center());
    }
    QAction *first = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isEnabled() && !action->isSeparator() && !action->data().isNull()) {
            first = action;
            break;
        }
    }
    menu->popup(at, first);
    if (first)
        menu->setActiveAction(first);
}

void MainWindow::updateSummary()
{
    const Items::ClusterSummary s = m_model->summary();
    QStringList parts;
    parts << tr("%n node(s)", nullptr, s.nodes) << tr("%n pool(s)", nullptr, s.pools)
          << tr("%n volume(s)", nullptr, s.volumes) << tr("%n replica(s)", nullptr, s.replicas);
    QString text = parts.join(QStringLiteral(" · "));
    if (s.totalBytes > 0)
        text += QStringLiteral("   |   ") +
                tr("%1 of %2 used (%3 %)")
                    .arg(Cstor::Capacity::formatBytes(s.usedBytes),
                         Cstor::Capacity::formatBytes(s.totalBytes))
                    .arg(qRound(100.0 * double(s.usedBytes) / double(s.totalBytes)));
    QStringList attention;
    if (s.rebuildingReplicas > 0)
        attention << tr("%n rebuilding", nullptr, s.rebuildingReplicas);
    const int unhealthy = s.unhealthyPools + s.unhealthyReplicas + s.unhealthyVolumes;
    attention << tr("%n unhealthy", nullptr, unhealthy);
    if (s.staleNodes > 0)
        attention << tr("%n stale node(s)", nullptr, s.staleNodes);
    if (s.readOnlyPools > 0)
        attention << tr("%n read-only pool(s)", nullptr, s.readOnlyPools);
    text += QStringLiteral("   |   ") + attention.join(QStringLiteral(" · "));
    m_summary->setText(text);
    m_summary->setToolTip(tr("Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count "
                             "as unhealthy)")
                              .arg(s.unhealthyPools)
                              .arg(s.unhealthyVolumes)
                              .arg(s.unhealthyReplicas));
}

// --- layout per context --------------------------------------------------------------------

QString MainWindow::settingsGroup() const
{
    // Context names may hold '/' (EKS ARNs), which QSettings reads as a group separator.
    return QStringLiteral("contexts/") +
           QString::fromLatin1(
               QUrl::toPercentEncoding(m_context.isEmpty() ? QStringLiteral("(none)") : m_context));
}

// A topology squeezed to a sliver (a layout saved from a tiny window, or the splitter sized
// while the scene was still empty) helps nobody: give it three fifths.
void MainWindow::ensureTopologyRoom()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total > 0 && sizes.value(0) < std::min(200, total / 3))
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("readOnlyLock"), m_lockAction->isChecked());
    settings.setValue(QStringLiteral("namespace"), m_namespace);
    settings.endGroup();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (settings.contains(QStringLiteral("windowState")))
        restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    if (settings.contains(QStringLiteral("splitter")))
        m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    ensureTopologyRoom();
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    m_lockAction->setChecked(settings.value(QStringLiteral("readOnlyLock"), false).toBool());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_connection)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_scene->setPalette(palette());
        if (m_banner && m_insecureBanner)
            styleBanners();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Ui
