#pragma once

#include "models/kube/clusterdelta.h"
#include "ui/clusterconnection.h"
#include "ui/clusterpages.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QComboBox;
class QInputDialog;
class QWidget;

namespace Items {
class ClusterModel;
}

namespace Ui {

class ConnectionIndicator;
class ContextLayout;
class CredentialPrompts;

// The window's life with one cluster at a time: the kubeconfig read and its contexts in the
// context switcher, the namespace chosen, the connection made, watched and dropped, the layout
// remembered per context, the credentials asked for, and the page that says why there is no
// cluster to show.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    using Page = ClusterPages::Page;

    // The toolbar's controls the session fills and follows.
    struct Controls
    {
        QComboBox *contexts = nullptr;
        QComboBox *namespaces = nullptr;
        ConnectionIndicator *indicator = nullptr;
    };

    ClusterSession(Items::ClusterModel *model, ClusterPages *pages, ContextLayout *layout,
                   const Controls &controls, QWidget *window);

    // Reads the kubeconfig (empty path: $KUBECONFIG, else ~/.kube/config, else the file chosen
    // before), lists its contexts and connects to `context` (empty: the one chosen last time if
    // the kubeconfig has it, else its current one).
    void openKubeconfig(const QString &path, const QString &context, const QString &namespaceName);
    // Connects to a context's namespace (empty: the context's, the one used last, or "openebs").
    void connectTo(const QString &context, const QString &namespaceName);
    void switchContext(const QString &context);
    void switchNamespace(const QString &namespaceName);
    // The request timeout of every connection opened from now on (ms; -1: the default).
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    void chooseKubeconfig();
    void askForToken();
    void showPage(Page page, const QString &detail = {});
    // Remembers the layout of the context connected to, if any.
    void saveLayout() const;

    Page page() const { return m_pages->page(); }
    // The kubeconfig chosen (empty: $KUBECONFIG, else ~/.kube/config).
    QString kubeconfigPath() const { return m_kubeconfigPath; }
    QString context() const { return m_context; }
    QString namespaceName() const { return m_namespace; }
    bool isSynced() const { return m_synced; }
    ClusterConnection *connection() const { return m_connection; }
    QInputDialog *tokenDialog() const;

signals:
    // The cluster shown is about to go; then it went and the model is empty.
    void disconnecting();
    void disconnected();
    // A context and namespace were chosen; the connection to them comes next.
    void contextChosen(const QString &context, const QString &namespaceName);
    // The connection was made; started: it watches the cluster (else it could not start).
    void opened(Ui::ClusterConnection *connection, bool started);
    void stateChanged();
    void synced();
    void writePermissionChanged();
    // A word for the status bar.
    void message(const QString &text, int timeout);

private:
    void connectPages();
    void dropConnection();
    QString namespaceFor(const QString &context, const QString &namespaceName) const;
    ClusterConnection *watch(ClusterConnection *connection);
    bool start(ClusterConnection *connection);
    void onStateChanged(Kube::ConnectionState state, const QString &detail);
    void askToTrustPlugin();
    void fillContextSwitcher();
    void updateContextToolTip();
    void fillNamespaceChoices();
    QString contextUser() const;

    Items::ClusterModel *m_model;
    ClusterPages *m_pages;
    ContextLayout *m_layout;
    Controls m_controls;
    QWidget *m_window;
    CredentialPrompts *m_prompts;

    QString m_kubeconfigPath;
    KubeconfigContents m_kubeconfig;
    QPointer<ClusterConnection> m_connection;
    QString m_context;
    QString m_namespace;
    int m_requestTimeoutMs = -1;
    bool m_synced = false;
    bool m_switching = false;
};

} // namespace Ui
