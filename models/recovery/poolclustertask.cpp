#include "models/recovery/poolclustertask.h"

#include "models/kube/restclient.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"

namespace Recovery {

namespace {

// How long to wait between fresh reads of the pool while it changes.
constexpr int kPollMs = 1000;

QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

} // namespace

PoolClusterTask::PoolClusterTask(Kube::RestClient *client, const QString &namespaceName,
                                 const QString &auditAction, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
    , m_auditAction(auditAction)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PoolClusterTask::follow);
}

void PoolClusterTask::readPool(const QString &pool,
                               const std::function<void(const QJsonObject &)> &found,
                               QStringList *names)
{
    m_loadProblem.clear();
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), pool);
    m_client->get(path, {}, [this, pool, found, names](const Kube::RestClient::Reply &reply) {
        if (reply.ok) {
            found(reply.json());
            return;
        }
        if (reply.httpStatus != 404) {
            emit failed(tr("cannot read CStorPoolInstance %1: %2").arg(pool, reply.message));
            return;
        }
        // No such pool: the names the operator may have meant.
        expectReads(1);
        read(Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances")),
             tr("the CStorPoolInstances of namespace \"%1\"").arg(m_namespace),
             [names](const QJsonObject &list) {
                 for (const QJsonValue &item : list.value(QLatin1String("items")).toArray())
                     *names << nameOf(item.toObject());
             });
    });
}

void PoolClusterTask::read(const QString &path, const QString &what,
                           const std::function<void(const QJsonObject &)> &use)
{
    m_client->get(path, {}, [this, what, use](const Kube::RestClient::Reply &reply) {
        if (reply.ok)
            use(reply.json());
        else if (m_loadProblem.isEmpty())
            m_loadProblem = tr("cannot read %1: %2").arg(what, reply.message);
        readDone();
    });
}

void PoolClusterTask::readList(const QString &path, const QUrlQuery &query,
                               QList<QJsonObject> *into)
{
    m_client->get(path, query, [this, path, into](const Kube::RestClient::Reply &reply) {
        if (reply.ok) {
            for (const QJsonValue &item : reply.json().value(QLatin1String("items")).toArray())
                into->append(item.toObject());
        } else if (m_loadProblem.isEmpty()) {
            m_loadProblem = tr("cannot read %1: %2").arg(path, reply.message);
        }
        readDone();
    });
}

void PoolClusterTask::readDone()
{
    if (--m_pending > 0)
        return;
    if (!m_loadProblem.isEmpty())
        emit failed(m_loadProblem);
    else
        loadComplete();
}

void PoolClusterTask::start(const QString &pool, const QString &poolCluster,
                            const QJsonArray &patch, const QString &text)
{
    m_pool = pool;
    m_running = true;
    m_changed = false;
    if (patch.isEmpty()) {
        follow();
        return;
    }
    emit progress(text);
    audit(QStringLiteral("started"));
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolclusters"), poolCluster);
    m_client->jsonPatch(path, patch, [this, poolCluster](const Kube::RestClient::Reply &reply) {
        if (!reply.ok) {
            end(false, tr("The edit of CStorPoolCluster %1 was refused: %2")
                           .arg(poolCluster, reply.message));
            return;
        }
        follow();
    });
}

void PoolClusterTask::follow()
{
    if (!m_running)
        return;
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), m_pool);
    m_client->get(path, {}, [this](const Kube::RestClient::Reply &reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            end(false, tr("Cannot follow pool %1: %2").arg(m_pool, reply.message));
            return;
        }
        poolRead(reply.json());
    });
}

void PoolClusterTask::end(bool ok, const QString &text)
{
    m_running = false;
    m_poll.stop();
    if (m_changed)
        audit(ok ? QStringLiteral("done") : QStringLiteral("failed: ") + text);
    emit finished(ok, text);
}

void PoolClusterTask::audit(const QString &result)
{
    m_changed = true;
    const Kube::ClusterConfig &config = m_client->config();
    const Migration::AuditRecord record{QDateTime::currentDateTimeUtc(),
                                        config.userName,
                                        config.contextName,
                                        config.server.toString(),
                                        m_auditAction,
                                        auditTarget(),
                                        result};
    QString error;
    Migration::AuditLog log(Migration::DataPaths::audit());
    if (!log.record(record, &error))
        emit progress(tr("warning: cannot write the audit log: %1").arg(error));
}

} // namespace Recovery
