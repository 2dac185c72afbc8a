#include "ui/clusterconnection.h"

#include "models/kube/clusterwatcher.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/migration/restcvcwriter.h"

#include <QLoggingCategory>
#include <QPointer>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace Ui {

Q_LOGGING_CATEGORY(lcConnection, "cstor.connection")

namespace {
// A path, or a list of paths as KUBECONFIG takes them (merged with clientcmd's rules).
Kube::KubeconfigSources sourcesFor(const QString &path)
{
    Kube::KubeconfigSources sources = Kube::KubeconfigSources::fromEnvironment(path);
    if (path.contains(QDir::listSeparator())) {
        sources.explicitPath.clear();
        sources.kubeconfigEnv = path;
    }
    return sources;
}
} // namespace

class ClusterConnection::Private
{
public:
    // Writes and checks happen in the UI thread, asynchronously; the informers have their own.
    std::unique_ptr<Kube::RestClient> client;
    std::unique_ptr<Migration::RestCvcWriter> writer;
    std::unique_ptr<Migration::MigrationEngine> engine;
};

ClusterConnection::LoadError
ClusterConnection::readKubeconfig(const QString &path, KubeconfigContents *out, QString *error)
{
    const Kube::KubeconfigSources sources = sourcesFor(path);
    const std::optional<Kube::Kubeconfig> config = Kube::Kubeconfig::load(sources, error);
    if (!config)
        return path.isEmpty()
                   ? LoadError::Unreadable
                   : (QFileInfo::exists(path) ? LoadError::Unreadable : LoadError::NotFound);
    if (config->files().isEmpty()) {
        *error = tr("No kubeconfig found (looked in %1).")
                     .arg(sources.candidateFiles().join(QStringLiteral(", ")));
        return LoadError::NotFound;
    }
    out->path = config->files().join(QLatin1Char(':'));
    out->currentContext = config->currentContext();
    out->contexts.clear();
    for (const Kube::ContextInfo &context : config->contexts())
        out->contexts.append(
            ContextEntry{context.name, context.cluster, context.user, context.namespaceName});
    return LoadError::None;
}

ClusterConnection::ClusterConnection(const QString &kubeconfigPath, const QString &context,
                                     const QString &namespaceName, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_kubeconfigPath(kubeconfigPath)
    , m_context(context)
    , m_namespace(namespaceName)
{
}

ClusterConnection::~ClusterConnection()
{
    delete m_watcher; // stops its thread before the client goes
}

bool ClusterConnection::start(QString *error)
{
    const auto config = Kube::Kubeconfig::load(sourcesFor(m_kubeconfigPath), error);
    if (!config)
        return false;
    std::optional<Kube::ClusterConfig> cluster = config->resolve(m_context, error);
    if (!cluster)
        return false;
    if (!m_tokenOverride.isEmpty()) {
        cluster->token = m_tokenOverride;
        cluster->tokenFile.clear();
        cluster->username.clear();
        cluster->password.clear();
        cluster->exec = {};
    }
    if (m_requestTimeoutMs >= 0)
        cluster->requestTimeoutMs = m_requestTimeoutMs;
    m_insecure = cluster->insecureSkipTlsVerify;
    if (m_context.isEmpty())
        m_context = cluster->contextName;
    if (m_namespace.isEmpty())
        m_namespace = cluster->namespaceName;
    if (cluster->usesExecPlugin() && !Kube::ExecPluginTrust::isTrusted(cluster->exec)) {
        m_untrustedPlugin = cluster->exec;
        *error = Kube::ExecPluginTrust::untrustedMessage(cluster->exec);
        return false;
    }
    d->client = std::make_unique<Kube::RestClient>(*cluster);
    QString why;
    if (!d->client->isUsable(&why)) {
        *error = why;
        return false;
    }
    d->writer = std::make_unique<Migration::RestCvcWriter>(d->client.get(), m_namespace);
    d->writer->lookUpIdentity();
    d->engine = std::make_unique<Migration::MigrationEngine>(
        d->writer.get(), Migration::DataPaths::journal(), Migration::DataPaths::audit());
    m_watcher = new Kube::ClusterWatcher(*cluster, m_namespace);
    connect(m_watcher, &Kube::ClusterWatcher::delta, this, &ClusterConnection::delta);
    connect(m_watcher, &Kube::ClusterWatcher::delta, d->engine.get(),
            &Migration::MigrationEngine::applyDelta);
    connect(m_watcher, &Kube::ClusterWatcher::stateChanged, this, &ClusterConnection::stateChanged);
    connect(m_watcher, &Kube::ClusterWatcher::refreshed, this, &ClusterConnection::refreshed);
    connect(m_watcher, &Kube::ClusterWatcher::synced, this, [this] {
        d->engine->setSynced(true);
        // Moves a console left unfinished in this context carry on from the cluster's state.
        const int resumed = d->engine->resume();
        if (resumed > 0)
            qCInfo(lcConnection) << "resumed" << resumed << "unfinished migrations";
        emit synced();
    });
    m_watcher->start();
    checkWritePermission();
    return true;
}

void ClusterConnection::refresh()
{
    if (m_watcher)
        m_watcher->refresh();
}

Kube::ConnectionState ClusterConnection::state() const
{
    return m_watcher ? m_watcher->state() : Kube::ConnectionState::Failed;
}

QString ClusterConnection::stateDetail() const
{
    return m_watcher ? m_watcher->stateDetail() : QString();
}

QDateTime ClusterConnection::lastEventTime() const
{
    return m_watcher ? m_watcher->lastEventTime() : QDateTime();
}

bool ClusterConnection::isSynced() const
{
    return m_watcher && m_watcher->isSynced();
}

Migration::MigrationEngine *ClusterConnection::engine() const
{
    return d->engine.get();
}

Kube::RestClient *ClusterConnection::client() const
{
    return d->client.get();
}

void ClusterConnection::checkWritePermission()
{
    QPointer<ClusterConnection> self(this);
    d->writer->checkMayPatch([self](bool known, bool allowed, const QString &reason) {
        if (!self)
            return;
        self->m_permissionKnown = known;
        self->m_writeAllowed = allowed;
        self->m_whyDenied =
            !known    ? tr("Cannot tell whether you may change volumes: %1").arg(reason)
            : allowed ? QString()
                      : tr("Your user may not patch cstorvolumeconfigs in namespace "
                           "%1, so replicas cannot be moved.")
                            .arg(self->m_namespace);
        self->d->engine->setMayPatch(allowed);
        emit self->writePermissionChanged(self->m_writeAllowed, self->m_whyDenied);
    });
}

} // namespace Ui
