#pragma once

#include "models/kube/clusterdelta.h"
#include "models/kube/execcredential.h"
#include "models/metrics/poolforecaster.h"
#include "models/metrics/volumeio.h"
#include "models/planning/replicamove.h"
#include "ui/clusterconnection.h"
#include "ui/clusterpages.h"
#include "ui/clustersession.h"
#include "ui/diskreplacementdialog.h"
#include "ui/followdisksdialog.h"
#include "ui/movecommands.h"
#include "ui/plandialog.h"
#include "ui/statussummary.h"
#include "ui/topologyscene.h"
#include "ui/writegate.h"

#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QPushButton;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Items {
class ClusterModel;
}

namespace Ui {

class ChartPanel;
class HourlyCapacity;
class PoolForecasts;
class VolumeIoFeed;
class HealthPanel;
class ConnectionIndicator;
class Banners;
class ContextLayout;
class DetailsPanel;
class OperationsPanel;
class QuitGuard;
class CommandPalette;
class EmptyStateWidget;
class SearchField;
class SelectionSync;
class WelcomePage;
class TablePanel;
class TopologyView;

// The console's main window: context and namespace switcher, connection state and read-only
// lock in the toolbar; the topology above the pools/replicas/volumes/nodes tables; the selected
// object's details and events in a dock; counts in the status bar. When there is no cluster to
// show, a page says why and what to do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Page = ClusterPages::Page;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the kubeconfig (empty path: $KUBECONFIG, else ~/.kube/config), lists its contexts
    // and connects to `context` (empty: the current one) in `namespaceName` (empty: the
    // context's namespace, else "openebs").
    void openKubeconfig(const QString &path, const QString &context = {},
                        const QString &namespaceName = {});
    void switchContext(const QString &context);
    void switchNamespace(const QString &namespaceName);
    // kubectl's --request-timeout for the connections opened from now on, in ms (0: none).
    void setRequestTimeout(int ms);
    void setDemo(bool demo);
    void setReadOnlyLock(bool locked);

    Page page() const { return m_session->page(); }
    QString currentContext() const { return m_session->context(); }
    QString currentNamespace() const { return m_session->namespaceName(); }
    bool isSynced() const { return m_session->isSynced(); }

    Items::ClusterModel *clusterModel() const { return m_model; }
    TopologyScene *topologyScene() const { return m_scene; }
    TopologyView *topologyView() const { return m_view; }
    TablePanel *poolTable() const { return m_poolTable; }
    TablePanel *replicaTable() const { return m_replicaTable; }
    TablePanel *volumeTable() const { return m_volumeTable; }
    TablePanel *nodeTable() const { return m_nodeTable; }
    DetailsPanel *details() const { return m_details; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    EmptyStateWidget *emptyState() const { return m_pages->emptyState(); }
    // The first-run page, shown when no kubeconfig is found.
    WelcomePage *welcomePage() const { return m_pages->welcomePage(); }
    QComboBox *contextSwitcher() const { return m_contexts; }
    QComboBox *namespaceSelector() const { return m_namespaces; }
    QAction *readOnlyLockAction() const { return m_gate->lockAction(); }
    QAction *moveReplicaAction() const { return m_moveAction; }
    // "Drain node…" (Ctrl+Shift+D) on the node selected in the nodes table or the topology.
    QAction *drainNodeAction() const { return m_drainAction; }
    QAction *evacuateAction() const { return m_evacuateAction; }
    // "Rebalance pools…" (Ctrl+Shift+B).
    QAction *rebalanceAction() const { return m_rebalanceAction; }
    // Every action that changes the cluster.
    QList<QAction *> writeActions() const { return {m_moveAction, m_drainAction}; }
    // View > Go to: the keyboard's way into each area (Alt+1 topology, Alt+2..5 the pools,
    // replicas, volumes and nodes tables, Alt+6 details, Alt+7 migrations, Alt+8 charts,
    // Alt+9 health).
    QList<QAction *> goToActions() const { return m_goToActions; }
    QLabel *demoBanner() const;
    QLabel *insecureBanner() const;
    // Objects of the cluster that did not decode: how many and which (hidden when none).
    QLabel *skippedBanner() const;
    QLabel *summaryLabel() const { return m_summary->label(); }
    ClusterConnection *connection() const { return m_session->connection(); }
    // The running and finished migrations of the current context (null when not connected).
    OperationsPanel *operationsPanel() const { return m_operations; }
    QuitGuard *quitGuard() const { return m_quitGuard; }
    // The live charts (rebuild progress, pool capacity), in the "Charts" dock.
    ChartPanel *chartPanel() const { return m_charts; }
    PoolForecasts *poolForecasts() const { return m_forecasts; }
    HourlyCapacity *hourlyCapacity() const { return m_hourly; }
    // What the doctor finds wrong with the cluster, in the "Health" dock.
    HealthPanel *healthPanel() const { return m_health; }
    // The plan being shown, if any.
    PlanDialog *planDialog() const;
    // The recovery of a lost node being shown ("Drain node…" on a lost node), if any.
    LostNodeDialog *lostNodeDialog() const { return m_moves->lostNodeDialog(); }
    // What losing a node now would cost ("If this node is lost…"), if shown.
    NodeLossDialog *nodeLossDialog() const { return m_moves->nodeLossDialog(); }
    DiskReplacementDialog *diskReplacementDialog() const { return m_diskReplacement; }
    FollowDisksDialog *followDisksDialog() const { return m_followDisks; }
    // The pools offered by "Move replica to…", while it is open.
    QMenu *moveTargetMenu() const { return m_moves->targetMenu(); }

    // Opens the plan of moving a replica (by uid) to a pool: the drop of a drag, the choice of
    // "Move replica to…". Returns null (and says why in the status bar) when it cannot.
    PlanDialog *planMove(const QString &replicaUid, const QString &targetPool);
    // "Use a token…": asks for a bearer token for the current context, keeps it in the desktop
    // keychain (never in a file) and connects with it. The dialog, while it is open.
    void askForToken();
    QInputDialog *tokenDialog() const { return m_session->tokenDialog(); }

    // Plans moving every replica off a node (never two replicas of a volume on one node) and
    // opens the plan; null (and why, in the status bar) when some replica has nowhere to go.
    PlanDialog *planDrain(const QString &node);
    // "Evacuate nodes or pools…": ticks the nodes or pools named (the selected node when none
    // is) and opens the choice; its plan opens the plan dialog. Null when not connected.
    EvacuateDialog *openEvacuate(const QStringList &ticked = {});
    // "Rebalance pools…": the pool cluster named chosen (every one when none is); its plan opens
    // the plan dialog. Null when not connected.
    RebalanceDialog *openRebalance(const QString &poolCluster = {});
    // The rebalance being chosen, if shown.
    RebalanceDialog *rebalanceDialog() const;
    // "If this node is lost…": what losing `node` now would cost each of its volumes, beside the
    // window; changes nothing. Null when not connected.
    NodeLossDialog *openNodeLoss(const QString &node);

    // Why a replica may not be moved to a pool right now ("" when it may).
    QString moveVerdict(const QString &replicaUid, const QString &targetPool) const;

    // The size a window opens at on a screen whose free area is `available` (a saved layout
    // then restores its own): 1400x900, or less so that it fits, title bar included.
    static QSize initialSize(const QSize &available);

    // Applies a batch as if the connection had delivered it after its first lists (tests,
    // benchmarks).
    void applyDelta(const Kube::ClusterDelta &delta);

signals:
    void demoRequested();
    void moveReplicaRequested(const QString &replicaUid);
    void synced();

protected:
    void showEvent(QShowEvent *event) override;
    // Makes `dock` at least `height` tall when it is shown in the window.
    void giveRoom(QDockWidget *dock, int height);
    // Makes `dock` at most `height` tall, once, when it is shown in the window.
    void keepLow(QDockWidget *dock, int height);
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Selected rows at least 4.5:1 whatever the style's selection colour.
    void keepSelectionReadable();
    void buildActions();
    void buildToolBar();
    void buildCentral();
    void buildTables();
    void buildDocks();
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void buildSession();
    void connectSession();
    void connectSelection();
    // The I/O feed and chart ask where the forecasts' history came from (their Prometheus), or
    // say why there is none.
    void followIo(const Metrics::PoolForecaster::Result &forecasts);
    void showIo(const Metrics::VolumeIo::Result &io);
    void setUpTabOrder();

    void updateWriteActions();
    void updateLiveness();
    // Ctrl+R: the cluster listed again from the server, and when that was said.
    void refresh();
    void chooseMoveTarget(const QString &replicaUid);
    // The Health dock's "Recover volume…": the recovery dialog for `volume`.
    void openRecovery(const QString &volume);
    void openDiskReplacement(const QString &pool);
    void openFollowDisks(const QString &pool);
    // A dialog of a recovery task on one pool (DiskReplacementDialog, FollowDisksDialog) on the
    // connection's client, in place of the last one unless that one still runs.
    template<typename Dialog>
    void openPoolTask(const QString &pool, QPointer<Dialog> *last);
    void markFindings();
    QPoint moveMenuPosition(const QString &replicaUid) const;
    void attachOperations();
    void dropOperations();

    Items::ClusterModel *m_model;
    TopologyScene *m_scene;
    TopologyView *m_view = nullptr;
    TablePanel *m_poolTable = nullptr;
    TablePanel *m_replicaTable = nullptr;
    TablePanel *m_volumeTable = nullptr;
    TablePanel *m_nodeTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailsPanel *m_details = nullptr;
    ClusterPages *m_pages = nullptr;
    std::unique_ptr<Banners> m_banners;
    StatusSummary *m_summary = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QComboBox *m_contexts = nullptr;
    QComboBox *m_namespaces = nullptr;
    WriteGate *m_gate = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_drainAction = nullptr;
    QAction *m_evacuateAction = nullptr;
    QAction *m_rebalanceAction = nullptr;
    QList<QAction *> m_goToActions;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_operationsDock = nullptr;
    OperationsPanel *m_operations = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartPanel *m_charts = nullptr;
    PoolForecasts *m_forecasts = nullptr;
    HourlyCapacity *m_hourly = nullptr; // the forecasts' fallback history
    VolumeIoFeed *m_io = nullptr;
    QDockWidget *m_healthDock = nullptr;
    HealthPanel *m_health = nullptr;
    QPushButton *m_healthButton = nullptr;
    MoveCommands *m_moves = nullptr;
    QPointer<DiskReplacementDialog> m_diskReplacement;
    QPointer<FollowDisksDialog> m_followDisks;
    SelectionSync *m_selection = nullptr;
    std::unique_ptr<ContextLayout> m_layout;
    ClusterSession *m_session = nullptr;
    QuitGuard *m_quitGuard = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_paletteAction = nullptr;
    SearchField *m_search = nullptr;
    CommandPalette *m_palette = nullptr;
    bool m_docksSized = false;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_prometheusAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_demo = false;
};

} // namespace Ui
