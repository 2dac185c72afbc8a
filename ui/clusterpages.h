#pragma once

#include <QObject>
#include <QString>

class QPushButton;
class QStackedWidget;
class QWidget;

namespace Ui {

class EmptyStateWidget;
class WelcomePage;

// The pages of the window's centre: the cluster itself, or a page that says why there is no
// cluster to show and what to do about it, with buttons for that.
class ClusterPages : public QObject
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

    // What the pages say about the connection they explain.
    struct Facts
    {
        QString context;
        QString namespaceName;
        QString user; // the context's user
        QString kubeconfigPath;
        bool otherContexts = false; // the kubeconfig has more than this context
    };

    // `cluster` is the page shown when connected; the other pages are made here.
    ClusterPages(QWidget *cluster, QWidget *window);

    QStackedWidget *stack() const { return m_stack; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    WelcomePage *welcomePage() const { return m_welcome; }
    Page page() const { return m_page; }

    void show(Page page, const Facts &facts, const QString &detail = {});

    // The page for a connection the watcher gave up on, from its words on why.
    static Page pageForFailure(const QString &detail);
    // Whether the server refused the credentials (rather than the permission).
    static bool isUnauthorized(const QString &detail);

signals:
    void clusterShown();
    void retryRequested();
    void otherContextRequested();
    void chooseKubeconfigRequested();
    void demoRequested();
    void reviewPluginRequested();
    void tokenRequested();

private:
    void showNoKubeconfig(const Facts &facts);
    void showKubeconfigError(const Facts &facts, const QString &detail);
    void showUntrustedPlugin(const Facts &facts, const QString &detail);
    void showConnecting(const Facts &facts);
    void showNoCstor(const Facts &facts, const QString &detail);
    void showUnauthorized(const Facts &facts, const QString &detail);
    void showForbidden(const Facts &facts, const QString &detail);
    void showUnreachable(const Facts &facts, const QString &detail);
    QPushButton *addButton(const QString &text, void (ClusterPages::*signal)());
    void addOtherContext(const Facts &facts);
    void addRetry();

    QWidget *m_cluster;
    EmptyStateWidget *m_empty;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    Page m_page = Page::NoKubeconfig;
};

} // namespace Ui
