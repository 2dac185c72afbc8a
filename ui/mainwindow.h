#pragma once

#include "models/kube/clusterdelta.h"
#include "models/kube/execcredential.h"
#include "models/planning/replicamove.h"
#include "ui/clusterconnection.h"
#include "ui/plandialog.h"
#include "ui/topologyscene.h"

#include <QHash>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Items {
class ClusterModel;
}
namespace Kube {
class KeychainStore;
}

namespace Ui {

class ChartPanel;
class ConnectionIndicator;
class MoveCommands;
class DetailsPanel;
class OperationsPanel;
class EmptyStateWidget;
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
    enum class Page {
        Cluster,
        NoKubeconfig,
        KubeconfigError,
        UntrustedPlugin, // the context's exec credential plugin awaits the operator's trust
        Connecting,
        NoCstor,
        Forbidden,
        Unreachable,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the kubeconfig (empty path: $KUBECONFIG, else ~/.kube/config), lists its contexts
    // and connects to `context` (empty: the current one) in `namespaceName` (empty: the
    // context's namespace, else "openebs").
    void openKubeconfig(const QString &path, const QString &context = {},
                        const QString &namespaceName = {});
    void switchContext(const QString &context);
    void switchNamespace(const QString &namespaceName);
    void setDemo(bool demo);
    void setReadOnlyLock(bool locked);

    Page page() const { return m_page; }
    QString currentContext() const;
    QString currentNamespace() const;
    bool isSynced() const { return m_synced; }

    Items::ClusterModel *clusterModel() const { return m_model; }
    TopologyScene *topologyScene() const { return m_scene; }
    TopologyView *topologyView() const { return m_view; }
    TablePanel *poolTable() const { return m_poolTable; }
    TablePanel *replicaTable() const { return m_replicaTable; }
    TablePanel *volumeTable() const { return m_volumeTable; }
    TablePanel *nodeTable() const { return m_nodeTable; }
    DetailsPanel *details() const { return m_details; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    // The first-run page, shown when no kubeconfig is found.
    WelcomePage *welcomePage() const { return m_welcome; }
    QComboBox *contextSwitcher() const { return m_contexts; }
    QComboBox *namespaceSelector() const { return m_namespaces; }
    QAction *readOnlyLockAction() const { return m_lockAction; }
    QAction *moveReplicaAction() const { return m_moveAction; }
    // "Drain node…" (Ctrl+Shift+D) on the node selected in the nodes table or the topology.
    QAction *drainNodeAction() const { return m_drainAction; }
    // Every action that changes the cluster.
    QList<QAction *> writeActions() const { return {m_moveAction, m_drainAction}; }
    // View > Go to: the keyboard's way into each area (Alt+1 topology, Alt+2..5 the pools,
    // replicas, volumes and nodes tables, Alt+6 details, Alt+7 migrations, Alt+8 charts).
    QList<QAction *> goToActions() const { return m_goToActions; }
    QLabel *demoBanner() const { return m_banner; }
    QLabel *insecureBanner() const { return m_insecureBanner; }
    QLabel *summaryLabel() const { return m_summary; }
    ClusterConnection *connection() const { return m_connection; }
    // The running and finished migrations of the current context (null when not connected).
    OperationsPanel *operationsPanel() const { return m_operations; }
    // The live charts (rebuild progress, pool capacity), in the "Charts" dock.
    ChartPanel *chartPanel() const { return m_charts; }
    // The plan being shown, if any.
    PlanDialog *planDialog() const;
    // The pools offered by "Move replica to…", while it is open.
    QMenu *moveTargetMenu() const { return m_moveMenu; }

    // Opens the plan of moving a replica (by uid) to a pool: the drop of a drag, the choice of
    // "Move replica to…". Returns null (and says why in the status bar) when it cannot.
    PlanDialog *planMove(const QString &replicaUid, const QString &targetPool);
    // "Use a token…": asks for a bearer token for the current context, keeps it in the desktop
    // keychain (never in a file) and connects with it. The dialog, while it is open.
    void askForToken();
    QInputDialog *tokenDialog() const { return m_tokenDialog; }

    // Plans moving every replica off a node (never two replicas of a volume on one node) and
    // opens the plan; null (and why, in the status bar) when some replica has nowhere to go.
    PlanDialog *planDrain(const QString &node);

    // Why a replica may not be moved to a pool right now ("" when it may).
    QString moveVerdict(const QString &replicaUid, const QString &targetPool) const;

    // Applies a batch as if the connection had delivered it (tests, benchmarks).
    void applyDelta(const Kube::ClusterDelta &delta);

signals:
    void demoRequested();
    void moveReplicaRequested(const QString &replicaUid);
    void synced();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildCentral();
    void buildMenus();
    void connectSelection();
    void buildGoToActions(QMenu *menu);
    void setUpTabOrder();
    void styleBanners();

    void connectTo(const QString &context, const QString &namespaceName);
    // Shows the plugin's command line and kubeconfig; once trusted, connects again.
    void askToTrustPlugin();
    void disconnectCluster();
    void onStateChanged(Kube::ConnectionState state, const QString &detail);
    void showPage(Page page, const QString &detail = {});
    void fillContextSwitcher();
    void updateContextToolTip();
    void updateWriteActions();
    void updateSummary();
    void updateLiveness();
    void chooseKubeconfig();
    void select(TopologyScene::Kind kind, const QString &id, bool fromTable);
    void chooseMoveTarget(const QString &replicaUid);
    void attachOperations();
    QString whyNoWrites() const;

    void saveLayout();
    void ensureTopologyRoom();
    QString contextUser() const;
    void restoreLayout();
    QString settingsGroup() const;

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
    EmptyStateWidget *m_empty = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_insecureBanner = nullptr;
    QLabel *m_summary = nullptr;
    ConnectionIndicator *m_indicator = nullptr;
    QComboBox *m_contexts = nullptr;
    QComboBox *m_namespaces = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_drainAction = nullptr;
    QList<QAction *> m_goToActions;
    QDockWidget *m_operationsDock = nullptr;
    OperationsPanel *m_operations = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartPanel *m_charts = nullptr;
    MoveCommands *m_moves = nullptr;
    QPointer<QMenu> m_moveMenu;
    QPointer<QInputDialog> m_tokenDialog;
    // The current context's exec plugin while it is not trusted, and the dialog asking.
    std::optional<Kube::ExecConfig> m_untrustedPlugin;
    QPointer<QWidget> m_trustDialog;
    Kube::KeychainStore *m_keychain = nullptr;
    // Tokens typed in or read from the keychain during this run, per context (memory only).
    QHash<QString, QString> m_tokens;
    QSet<QString> m_keychainTried; // contexts whose keychain entry was tried after a refusal
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;

    QString m_kubeconfigPath;
    KubeconfigContents m_kubeconfig;
    QPointer<ClusterConnection> m_connection;
    QString m_context;
    QString m_namespace;
    Page m_page = Page::NoKubeconfig;
    bool m_synced = false;
    bool m_demo = false;
    bool m_switching = false;
    QString m_selectedReplica;
    QString m_selectedNode;
    QTimer m_summaryTimer;
};

} // namespace Ui
