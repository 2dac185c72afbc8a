#include "models/recovery/moveddiskstask.h"

#include "models/kube/restclient.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"

#include <QJsonArray>

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

MovedDisksTask::MovedDisksTask(Kube::RestClient *client, const QString &namespaceName,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &MovedDisksTask::poll);
}

void MovedDisksTask::load(const QString &pool)
{
    m_input = {};
    m_input.pool = pool;
    m_nodes.clear();
    m_loadProblem.clear();
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), pool);
    m_client->get(path, {}, [this, pool](const Kube::RestClient::Reply &reply) {
        if (reply.ok) {
            m_input.cspi = reply.json();
            loadRest();
            return;
        }
        if (reply.httpStatus != 404) {
            emit failed(tr("cannot read CStorPoolInstance %1: %2").arg(pool, reply.message));
            return;
        }
        // No such pool: the names the operator may have meant.
        m_pending = 1;
        list(Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances")),
             nullptr);
    });
}

void MovedDisksTask::loadRest()
{
    const QString cluster = m_input.cspi.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("labels"))
                                .toObject()
                                .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                                .toString();
    m_pending = 3;
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolclusters"), cluster);
    m_client->get(path, {}, [this, cluster](const Kube::RestClient::Reply &reply) {
        if (reply.ok)
            m_input.cspc = reply.json();
        else if (m_loadProblem.isEmpty())
            m_loadProblem = tr("cannot read CStorPoolCluster %1: %2").arg(cluster, reply.message);
        readDone();
    });
    // The disks may be on any node: every block device of the namespace (a few per node).
    list(QStringLiteral("/apis/openebs.io/v1alpha1/namespaces/%1/blockdevices").arg(m_namespace),
         &m_input.blockDevices);
    list(QStringLiteral("/api/v1/nodes"), &m_nodes);
}

void MovedDisksTask::list(const QString &path, QList<QJsonObject> *into)
{
    m_client->get(path, {}, [this, path, into](const Kube::RestClient::Reply &reply) {
        if (!reply.ok && m_loadProblem.isEmpty())
            m_loadProblem = tr("cannot read %1: %2").arg(path, reply.message);
        if (reply.ok) {
            for (const QJsonValue &item : reply.json().value(QLatin1String("items")).toArray()) {
                if (into)
                    into->append(item.toObject());
                else
                    m_input.poolNames << nameOf(item.toObject());
            }
        }
        readDone();
    });
}

void MovedDisksTask::readDone()
{
    if (--m_pending > 0)
        return;
    if (!m_loadProblem.isEmpty()) {
        emit failed(m_loadProblem);
        return;
    }
    for (const QJsonObject &node : std::as_const(m_nodes))
        m_input.nodes.append(MovedDisksPlanner::node(node));
    emit loaded(m_input);
}

void MovedDisksTask::run(const MovedDisksPlan &plan)
{
    m_plan = plan;
    m_running = true;
    m_stage = MovedDisksPlanner::Stage::WaitingForOperator;
    m_deadline.setRemainingTime(m_operatorTimeoutMs);
    if (plan.kind != MovedDisksPlan::Kind::Repoint) {
        poll();
        return;
    }
    emit progress(tr("Pointing pool %1 at node %2 in CStorPoolCluster %3 …")
                      .arg(plan.pool, plan.newNode, plan.poolCluster));
    audit(QStringLiteral("started"));
    const QString path = Kube::RestClient::cstorPath(
        m_namespace, QStringLiteral("cstorpoolclusters"), plan.poolCluster);
    m_client->jsonPatch(path, plan.patch, [this](const Kube::RestClient::Reply &reply) {
        if (!reply.ok) {
            end(false, tr("The edit of CStorPoolCluster %1 was refused: %2")
                           .arg(m_plan.poolCluster, reply.message));
            return;
        }
        poll();
    });
}

void MovedDisksTask::poll()
{
    if (!m_running)
        return;
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), m_plan.pool);
    m_client->get(path, {}, [this](const Kube::RestClient::Reply &reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            end(false, tr("Cannot follow pool %1: %2").arg(m_plan.pool, reply.message));
            return;
        }
        using Stage = MovedDisksPlanner::Stage;
        const Stage stage = MovedDisksPlanner::stage(reply.json(), m_plan.newNode);
        if (stage != m_stage) {
            if (m_stage == Stage::WaitingForOperator)
                emit progress(tr("The CSPC operator points pool %1 at node %2; its pod starts "
                                 "there and imports the pool …")
                                  .arg(m_plan.pool, m_plan.newNode));
            if (m_stage == Stage::WaitingForOperator || m_stage == Stage::Importing)
                m_deadline.setRemainingTime(m_importTimeoutMs);
            m_stage = stage;
        }
        switch (stage) {
        case Stage::Done:
            end(true, tr("Pool %1 is ONLINE on node %2, where its disks are.")
                          .arg(m_plan.pool, m_plan.newNode));
            return;
        case Stage::LabelToSet:
            setLabel();
            return;
        case Stage::WaitingForOperator:
            if (m_deadline.hasExpired()) {
                end(false,
                    tr("CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed "
                       "pool %3 there; the operator's log says why: kubectl logs -n %4 "
                       "deploy/cspc-operator")
                        .arg(m_plan.poolCluster, m_plan.newNode, m_plan.pool, m_namespace));
                return;
            }
            break;
        case Stage::Importing:
            if (m_deadline.hasExpired()) {
                end(false, tr("Pool %1 is not ONLINE on node %2 yet; its pod and its events say "
                              "why: kubectl describe cspi %1 -n %3")
                               .arg(m_plan.pool, m_plan.newNode, m_namespace));
                return;
            }
            break;
        }
        m_poll.start();
    });
}

// The docs' step 4: the CSPI's kubernetes.io/hostname label names the new node (the webhook
// finds a removed pool's CSPI by it).
void MovedDisksTask::setLabel()
{
    emit progress(tr("Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …")
                      .arg(m_plan.pool, m_plan.newNode));
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), m_plan.pool);
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/hostname"), m_plan.newNode}}}}}};
    m_client->mergePatch(path, patch, [this](const Kube::RestClient::Reply &reply) {
        if (!reply.ok) {
            end(false, tr("Pool %1 is ONLINE on node %2, but its label could not be set: %3")
                           .arg(m_plan.pool, m_plan.newNode, reply.message));
            return;
        }
        audit(QStringLiteral("label set"));
        poll();
    });
}

void MovedDisksTask::end(bool ok, const QString &text)
{
    m_running = false;
    m_poll.stop();
    audit(ok ? QStringLiteral("done") : QStringLiteral("failed: ") + text);
    emit finished(ok, text);
}

void MovedDisksTask::audit(const QString &result)
{
    const Kube::ClusterConfig &config = m_client->config();
    const Migration::AuditRecord record{
        QDateTime::currentDateTimeUtc(),
        config.userName,
        config.contextName,
        config.server.toString(),
        QStringLiteral("follow-disks"),
        QStringLiteral("%1: %2 -> %3").arg(m_plan.pool, m_plan.oldNode, m_plan.newNode),
        result};
    QString error;
    Migration::AuditLog log(Migration::DataPaths::audit());
    if (!log.record(record, &error))
        emit progress(tr("warning: cannot write the audit log: %1").arg(error));
}

} // namespace Recovery
