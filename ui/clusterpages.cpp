#include "ui/clusterpages.h"

#include "models/kube/kubeconfig.h"
#include "ui/emptystatewidget.h"
#include "ui/welcomepage.h"

#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QStackedWidget>

namespace Ui {

ClusterPages::ClusterPages(QWidget *cluster, QWidget *window)
    : QObject(window)
    , m_cluster(cluster)
{
    m_empty = new EmptyStateWidget(window);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_stack = new QStackedWidget(window);
    m_stack->addWidget(m_cluster);
    m_stack->addWidget(m_empty);
    m_welcome = new WelcomePage(window);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, &ClusterPages::demoRequested);
    connect(m_welcome, &WelcomePage::chooseRequested, this,
            &ClusterPages::chooseKubeconfigRequested);
}

// The watcher says why it gave up in words; sort them into what the operator can do about it.
ClusterPages::Page ClusterPages::pageForFailure(const QString &detail)
{
    const QString d = detail.toLower();
    if (d.contains(QLatin1String("403")) || d.contains(QLatin1String("forbidden")) ||
        d.contains(QLatin1String("401")) || d.contains(QLatin1String("unauthorized")) ||
        d.contains(QLatin1String("permission")))
        return Page::Forbidden;
    if (d.contains(QLatin1String("crd")) || d.contains(QLatin1String("cstor.openebs.io")) ||
        d.contains(QLatin1String("no cstor")) || d.contains(QLatin1String("404")) ||
        d.contains(QLatin1String("not served")) || d.contains(QLatin1String("resource type")))
        return Page::NoCstor;
    return Page::Unreachable;
}

bool ClusterPages::isUnauthorized(const QString &detail)
{
    const QString d = detail.toLower();
    return d.contains(QLatin1String("401")) || d.contains(QLatin1String("unauthorized"));
}

void ClusterPages::show(Page page, const Facts &facts, const QString &detail)
{
    m_page = page;
    if (page == Page::Cluster) {
        m_stack->setCurrentWidget(m_cluster);
        emit clusterShown();
        return;
    }
    if (page == Page::NoKubeconfig) {
        showNoKubeconfig(facts);
        return;
    }
    m_empty->clearButtons();
    switch (page) {
    case Page::Cluster:
    case Page::NoKubeconfig: // above
        break;
    case Page::KubeconfigError:
        showKubeconfigError(facts, detail);
        break;
    case Page::UntrustedPlugin:
        showUntrustedPlugin(facts, detail);
        break;
    case Page::Connecting:
        showConnecting(facts);
        break;
    case Page::NoCstor:
        showNoCstor(facts, detail);
        break;
    case Page::Forbidden:
        if (isUnauthorized(detail))
            showUnauthorized(facts, detail);
        else
            showForbidden(facts, detail);
        break;
    case Page::Unreachable:
        showUnreachable(facts, detail);
        break;
    }
    m_stack->setCurrentWidget(m_empty);
}

void ClusterPages::showNoKubeconfig(const Facts &facts)
{
    const QString &path = facts.kubeconfigPath;
    m_welcome->setSearchedFiles(
        path.contains(QDir::listSeparator())
            ? path.split(QDir::listSeparator(), Qt::SkipEmptyParts)
            : Kube::KubeconfigSources::fromEnvironment(path).candidateFiles());
    m_stack->setCurrentWidget(m_welcome);
}

void ClusterPages::showKubeconfigError(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "This kubeconfig cannot be used"),
        QCoreApplication::translate(
            "Ui::MainWindow", "The kubeconfig or the context could not be read. Check the "
                              "file with <tt>kubectl config view</tt>, or choose another one."),
        detail);
    addButton(QCoreApplication::translate("Ui::MainWindow", "Choose kubeconfig file…"),
              &ClusterPages::chooseKubeconfigRequested);
    addOtherContext(facts);
    addButton(QCoreApplication::translate("Ui::MainWindow", "Open demo cluster"),
              &ClusterPages::demoRequested);
}

void ClusterPages::showUntrustedPlugin(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "The credential plugin is not trusted yet"),
        QCoreApplication::translate(
            "Ui::MainWindow",
            "Context <b>%1</b> signs in by running a program named in its kubeconfig. "
            "Nothing has been run. Review the program and trust it to connect, or choose "
            "another context.")
            .arg(facts.context.toHtmlEscaped()),
        detail);
    QPushButton *review = addButton(QCoreApplication::translate("Ui::MainWindow", "Review Plugin…"),
                                    &ClusterPages::reviewPluginRequested);
    review->setObjectName(QStringLiteral("reviewPlugin"));
    addOtherContext(facts);
    addButton(QCoreApplication::translate("Ui::MainWindow", "Choose kubeconfig file…"),
              &ClusterPages::chooseKubeconfigRequested);
}

void ClusterPages::showConnecting(const Facts &facts)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "Connecting to %1…")
            .arg(facts.context.toHtmlEscaped()),
        QCoreApplication::translate("Ui::MainWindow",
                                    "Listing the cStor pools, volumes and replicas in namespace "
                                    "<b>%1</b>.")
            .arg(facts.namespaceName.toHtmlEscaped()));
}

void ClusterPages::showNoCstor(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "No cStor in this cluster"),
        QCoreApplication::translate(
            "Ui::MainWindow",
            "The cluster of context <b>%1</b> does not serve the cStor resources "
            "(cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a "
            "cluster that runs it.")
            .arg(facts.context.toHtmlEscaped()),
        detail);
    addOtherContext(facts);
    addRetry();
}

// The credentials were refused: a token kept in the keychain is tried, then the operator asked.
void ClusterPages::showUnauthorized(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "The cluster refused your credentials"),
        QCoreApplication::translate(
            "Ui::MainWindow",
            "The API server of context <b>%1</b> answered 401 Unauthorized: the "
            "kubeconfig's credentials for user <b>%2</b> are missing, wrong or expired. "
            "Renew them (for example with your cloud's login command), or use a token: "
            "it is kept in your desktop keychain, never in a file.")
            .arg(facts.context.toHtmlEscaped(), facts.user.toHtmlEscaped()),
        detail);
    QPushButton *token = addButton(QCoreApplication::translate("Ui::MainWindow", "Use a token…"),
                                   &ClusterPages::tokenRequested);
    token->setObjectName(QStringLiteral("useToken"));
    addOtherContext(facts);
    addRetry();
}

void ClusterPages::showForbidden(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "No permission to list cStor objects"),
        QCoreApplication::translate(
            "Ui::MainWindow",
            "Your user in context <b>%1</b> may not list the cStor pools, volumes and "
            "replicas in namespace <b>%2</b>. Ask your cluster administrator for "
            "get, list and watch on cstor.openebs.io resources and events there, or choose "
            "another namespace or context.")
            .arg(facts.context.toHtmlEscaped(), facts.namespaceName.toHtmlEscaped()),
        detail);
    addOtherContext(facts);
    addRetry();
}

void ClusterPages::showUnreachable(const Facts &facts, const QString &detail)
{
    m_empty->setContent(
        QCoreApplication::translate("Ui::MainWindow", "Cannot reach the cluster"),
        QCoreApplication::translate(
            "Ui::MainWindow",
            "The API server of context <b>%1</b> does not answer. Check your network or "
            "VPN and that the cluster is running; the console keeps retrying.")
            .arg(facts.context.toHtmlEscaped()),
        detail);
    addOtherContext(facts);
    addRetry();
}

QPushButton *ClusterPages::addButton(const QString &text, void (ClusterPages::*signal)())
{
    QPushButton *button = m_empty->addButton(text);
    connect(button, &QPushButton::clicked, this, signal);
    return button;
}

void ClusterPages::addOtherContext(const Facts &facts)
{
    if (facts.otherContexts)
        addButton(QCoreApplication::translate("Ui::MainWindow", "Choose another context"),
                  &ClusterPages::otherContextRequested);
}

void ClusterPages::addRetry()
{
    addButton(QCoreApplication::translate("Ui::MainWindow", "Try again"),
              &ClusterPages::retryRequested);
}

} // namespace Ui
