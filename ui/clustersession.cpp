#include "ui/clustersession.h"

#include "models/items/clustermodel.h"
#include "ui/connectionindicator.h"
#include "ui/contextlayout.h"
#include "ui/credentialprompts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUi, "cstor.ui")

namespace Ui {

namespace {

const QString kDefaultNamespace = QStringLiteral("openebs");

} // namespace

ClusterSession::ClusterSession(Items::ClusterModel *model, ClusterPages *pages,
                               ContextLayout *layout, const Controls &controls, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_pages(pages)
    , m_layout(layout)
    , m_controls(controls)
    , m_window(window)
    , m_prompts(new CredentialPrompts([this] { return m_context; }, window))
{
    connect(m_prompts, &CredentialPrompts::tokenReady, this,
            [this] { connectTo(m_context, m_namespace); });
    connect(m_prompts, &CredentialPrompts::pluginTrusted, this, &ClusterSession::connectTo);
    connect(m_prompts, &CredentialPrompts::message, this, &ClusterSession::message);
    QComboBox *contexts = m_controls.contexts;
    connect(contexts, &QComboBox::activated, this,
            [this, contexts](int index) { switchContext(contexts->itemData(index).toString()); });
    QComboBox *namespaces = m_controls.namespaces;
    connect(namespaces, &QComboBox::activated, this,
            [this, namespaces](int index) { switchNamespace(namespaces->itemText(index)); });
    connect(namespaces->lineEdit(), &QLineEdit::editingFinished, this,
            [this, namespaces] { switchNamespace(namespaces->currentText().trimmed()); });
    connectPages();
}

void ClusterSession::connectPages()
{
    connect(m_pages, &ClusterPages::retryRequested, this,
            [this] { connectTo(m_context, m_namespace); });
    connect(m_pages, &ClusterPages::otherContextRequested, this,
            [this] { m_controls.contexts->showPopup(); });
    connect(m_pages, &ClusterPages::chooseKubeconfigRequested, this,
            &ClusterSession::chooseKubeconfig);
    connect(m_pages, &ClusterPages::reviewPluginRequested, this, &ClusterSession::askToTrustPlugin);
    connect(m_pages, &ClusterPages::tokenRequested, this, &ClusterSession::askForToken);
}

void ClusterSession::openKubeconfig(const QString &path, const QString &context,
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
        dropConnection();
        m_kubeconfig = {};
        fillContextSwitcher();
        showPage(loaded == ClusterConnection::LoadError::NotFound ? Page::NoKubeconfig
                                                                  : Page::KubeconfigError,
                 error);
        return;
    }
    m_kubeconfig = contents;
    fillContextSwitcher();
    // The context chosen last time, when this kubeconfig still has it; else its current one.
    QString target = context;
    const QString last = QSettings().value(QStringLiteral("lastContext")).toString();
    if (target.isEmpty() &&
        std::any_of(contents.contexts.cbegin(), contents.contexts.cend(),
                    [&last](const ContextEntry &entry) { return entry.name == last; }))
        target = last;
    if (target.isEmpty())
        target = contents.currentContext;
    if (target.isEmpty() && !contents.contexts.isEmpty())
        target = contents.contexts.first().name;
    connectTo(target, namespaceName);
}

void ClusterSession::fillContextSwitcher()
{
    QComboBox *contexts = m_controls.contexts;
    const QSignalBlocker blocker(contexts);
    contexts->clear();
    for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
        const QString label =
            entry.name == m_kubeconfig.currentContext
                ? QCoreApplication::translate("Ui::MainWindow", "%1 (current)").arg(entry.name)
                : entry.name;
        contexts->addItem(label, entry.name);
        contexts->setItemData(
            contexts->count() - 1,
            QCoreApplication::translate("Ui::MainWindow", "Cluster: %1\nUser: %2\nNamespace: %3")
                .arg(entry.cluster, entry.user,
                     entry.namespaceName.isEmpty()
                         ? QCoreApplication::translate("Ui::MainWindow", "(not set)")
                         : entry.namespaceName),
            Qt::ToolTipRole);
    }
    contexts->setEnabled(contexts->count() > 0);
}

void ClusterSession::updateContextToolTip()
{
    QComboBox *contexts = m_controls.contexts;
    const int index = contexts->findData(m_context);
    {
        const QSignalBlocker blocker(contexts);
        contexts->setCurrentIndex(index);
    }
    contexts->setToolTip(
        index >= 0 ? contexts->itemData(index, Qt::ToolTipRole).toString()
                   : QCoreApplication::translate("Ui::MainWindow", "No kubeconfig context"));
}

void ClusterSession::fillNamespaceChoices()
{
    QComboBox *namespaces = m_controls.namespaces;
    const QSignalBlocker blocker(namespaces);
    namespaces->clear();
    QStringList choices = {m_namespace};
    if (m_namespace != kDefaultNamespace)
        choices.append(kDefaultNamespace);
    namespaces->addItems(choices);
    namespaces->setCurrentIndex(0);
}

void ClusterSession::switchContext(const QString &context)
{
    if (context == m_context && m_connection)
        return;
    connectTo(context, {});
}

void ClusterSession::switchNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || namespaceName == m_namespace || m_switching)
        return;
    connectTo(m_context, namespaceName);
}

void ClusterSession::dropConnection()
{
    emit disconnecting();
    if (m_connection) {
        m_layout->save(m_context, m_namespace);
        delete m_connection;
    }
    m_synced = false;
    m_model->clear();
    m_controls.indicator->clear();
    emit disconnected();
}

void ClusterSession::saveLayout() const
{
    if (m_connection)
        m_layout->save(m_context, m_namespace);
}

QString ClusterSession::namespaceFor(const QString &context, const QString &namespaceName) const
{
    QString ns = namespaceName;
    if (ns.isEmpty()) {
        for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
            if (entry.name == context)
                ns = entry.namespaceName;
        }
    }
    if (ns.isEmpty())
        ns = m_layout->savedNamespace(context);
    if (ns.isEmpty())
        ns = kDefaultNamespace;
    return ns;
}

void ClusterSession::connectTo(const QString &context, const QString &namespaceName)
{
    m_switching = true;
    const bool contextChanged = context != m_context;
    dropConnection();
    m_prompts->forgetPlugin(contextChanged);
    m_context = context;
    m_namespace = namespaceFor(context, namespaceName);
    QSettings().setValue(QStringLiteral("lastContext"), context);
    emit contextChosen(m_context, m_namespace);
    updateContextToolTip();
    fillNamespaceChoices();
    if (contextChanged)
        m_layout->restore(context);
    qCInfo(lcUi) << "connecting to context" << context << "namespace" << m_namespace;

    ClusterConnection *connection =
        watch(new ClusterConnection(m_kubeconfigPath, context, m_namespace, m_window));
    connection->setRequestTimeout(m_requestTimeoutMs);
    const bool started = start(connection);
    m_switching = false;
    emit opened(connection, started);
}

// Follows what the connection delivers while it is the current one.
ClusterConnection *ClusterSession::watch(ClusterConnection *connection)
{
    connection->setTokenOverride(m_prompts->token(m_context));
    m_connection = connection;
    connect(connection, &ClusterConnection::delta, this,
            [this, connection](const Kube::ClusterDelta &d) {
                if (connection == m_connection) {
                    m_model->apply(d);
                    m_controls.indicator->setLastEventTime(connection->lastEventTime());
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
        m_model->setSynced();
        m_controls.indicator->setLastEventTime(connection->lastEventTime());
        emit synced();
    });
    connect(connection, &ClusterConnection::writePermissionChanged, this,
            &ClusterSession::writePermissionChanged);
    return connection;
}

bool ClusterSession::start(ClusterConnection *connection)
{
    showPage(Page::Connecting);
    QString error;
    if (connection->start(&error)) {
        m_controls.indicator->setState(connection->state(), connection->stateDetail());
        return true;
    }
    m_controls.indicator->setState(Kube::ConnectionState::Failed, error);
    m_prompts->setUntrustedPlugin(connection->untrustedExecPlugin());
    if (connection->untrustedExecPlugin()) {
        showPage(Page::UntrustedPlugin, error);
        askToTrustPlugin();
    } else {
        showPage(Page::KubeconfigError, error);
    }
    return false;
}

void ClusterSession::onStateChanged(Kube::ConnectionState state, const QString &detail)
{
    m_controls.indicator->setState(state, detail);
    if (m_connection)
        m_controls.indicator->setLastEventTime(m_connection->lastEventTime());
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
        showPage(ClusterPages::pageForFailure(detail), detail);
        break;
    }
    emit stateChanged();
}

void ClusterSession::showPage(Page page, const QString &detail)
{
    // Credentials refused: a token kept in the keychain is tried before the operator is asked.
    if (page == Page::Forbidden && ClusterPages::isUnauthorized(detail))
        m_prompts->tryKeychain(m_context);
    ClusterPages::Facts facts;
    facts.context = m_context;
    facts.namespaceName = m_namespace;
    facts.user = contextUser();
    facts.kubeconfigPath = m_kubeconfigPath;
    facts.otherContexts = m_kubeconfig.contexts.size() > 1;
    m_pages->show(page, facts, detail);
}

void ClusterSession::askToTrustPlugin()
{
    m_prompts->askToTrustPlugin(m_context, m_namespace);
}

void ClusterSession::askForToken()
{
    m_prompts->askForToken(m_context);
}

QInputDialog *ClusterSession::tokenDialog() const
{
    return m_prompts->tokenDialog();
}

QString ClusterSession::contextUser() const
{
    for (const ContextEntry &entry : std::as_const(m_kubeconfig.contexts)) {
        if (entry.name == m_context)
            return entry.user;
    }
    return {};
}

void ClusterSession::chooseKubeconfig()
{
    auto *dialog = new QFileDialog(
        m_window, QCoreApplication::translate("Ui::MainWindow", "Choose kubeconfig file"),
        QDir::home().filePath(QStringLiteral(".kube")));
    dialog->setObjectName(QStringLiteral("kubeconfigDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontResolveSymlinks);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // Remembered for the next start, when no other kubeconfig is found.
        QSettings().setValue(QStringLiteral("kubeconfig"), file);
        openKubeconfig(file, {}, {});
    });
    dialog->open();
}

} // namespace Ui
