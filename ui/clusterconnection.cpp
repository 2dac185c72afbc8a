#include "ui/clusterconnection.h"

#include "models/kube/clusterwatcher.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace Ui {

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
    std::unique_ptr<Kube::RestClient> client; // for the permission check (UI thread, async)
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
    if (m_context.isEmpty())
        m_context = cluster->contextName;
    if (m_namespace.isEmpty())
        m_namespace = cluster->namespaceName;
    d->client = std::make_unique<Kube::RestClient>(*cluster);
    QString why;
    if (!d->client->isUsable(&why)) {
        *error = why;
        return false;
    }
    m_watcher = new Kube::ClusterWatcher(*cluster, m_namespace);
    connect(m_watcher, &Kube::ClusterWatcher::delta, this, &ClusterConnection::delta);
    connect(m_watcher, &Kube::ClusterWatcher::stateChanged, this, &ClusterConnection::stateChanged);
    connect(m_watcher, &Kube::ClusterWatcher::synced, this, &ClusterConnection::synced);
    m_watcher->start();
    checkWritePermission();
    return true;
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

void ClusterConnection::checkWritePermission()
{
    const QJsonObject review{
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
        {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("resourceAttributes"),
              QJsonObject{{QStringLiteral("namespace"), m_namespace},
                          {QStringLiteral("verb"), QStringLiteral("patch")},
                          {QStringLiteral("group"), QStringLiteral("cstor.openebs.io")},
                          {QStringLiteral("resource"), QStringLiteral("cstorvolumeconfigs")}}}}}};
    QPointer<ClusterConnection> self(this);
    d->client->send(
        "POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
        QJsonDocument(review).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"),
        [self](const Kube::RestClient::Reply &reply) {
            if (!self)
                return;
            const QJsonObject status = reply.json().value(QStringLiteral("status")).toObject();
            self->m_permissionKnown = reply.ok;
            self->m_writeAllowed = reply.ok && status.value(QStringLiteral("allowed")).toBool();
            self->m_whyDenied =
                !reply.ok ? tr("Cannot tell whether you may change volumes: %1").arg(reply.message)
                : self->m_writeAllowed
                    ? QString()
                    : tr("Your user may not patch cstorvolumeconfigs in namespace "
                         "%1, so replicas cannot be moved.")
                          .arg(self->m_namespace);
            emit self->writePermissionChanged(self->m_writeAllowed, self->m_whyDenied);
        });
}

} // namespace Ui
