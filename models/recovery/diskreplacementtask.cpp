#include "models/recovery/diskreplacementtask.h"

#include "models/kube/restclient.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"

#include <QJsonArray>
#include <QUrlQuery>

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

QString phaseOf(const QJsonObject &cspi)
{
    return cspi.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
}

} // namespace

DiskReplacementTask::DiskReplacementTask(Kube::RestClient *client, const QString &namespaceName,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(namespaceName)
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DiskReplacementTask::poll);
}

void DiskReplacementTask::load(const QString &pool)
{
    m_input = {};
    m_input.pool = pool;
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
        list(QStringLiteral("cstorpoolinstances"), {}, nullptr);
    });
}

void DiskReplacementTask::loadRest()
{
    const QJsonObject metadata = m_input.cspi.value(QLatin1String("metadata")).toObject();
    const QString cluster = metadata.value(QLatin1String("labels"))
                                .toObject()
                                .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                                .toString();
    const QString node = m_input.cspi.value(QLatin1String("spec"))
                             .toObject()
                             .value(QLatin1String("hostName"))
                             .toString();
    m_pending = 3;
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolclusters"), cluster);
    m_client->get(path, {}, [this, cluster](const Kube::RestClient::Reply &reply) {
        if (reply.ok)
            m_input.cspc = reply.json();
        else if (m_loadProblem.isEmpty())
            m_loadProblem = tr("cannot read CStorPoolCluster %1: %2").arg(cluster, reply.message);
        if (--m_pending == 0)
            m_loadProblem.isEmpty() ? emit loaded(m_input) : emit failed(m_loadProblem);
    });
    // Only the node's disks and the pool cluster's claims: small answers at any cluster size.
    list(QStringLiteral("blockdevices"), QStringLiteral("kubernetes.io/hostname=") + node,
         &m_input.blockDevices);
    list(QStringLiteral("blockdeviceclaims"),
         QStringLiteral("openebs.io/cstor-pool-cluster=") + cluster, &m_input.claims);
}

// One read of load(): a list of NDM objects into `into`, or of the CSPIs' names (into null).
void DiskReplacementTask::list(const QString &plural, const QString &selector,
                               QList<QJsonObject> *into)
{
    const QString path =
        into ? QStringLiteral("/apis/openebs.io/v1alpha1/namespaces/%1/%2").arg(m_namespace, plural)
             : Kube::RestClient::cstorPath(m_namespace, plural);
    QUrlQuery query;
    if (!selector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), selector);
    m_client->get(path, query, [this, plural, into](const Kube::RestClient::Reply &reply) {
        if (!reply.ok && m_loadProblem.isEmpty())
            m_loadProblem = tr("cannot list %1 in namespace \"%2\": %3")
                                .arg(plural, m_namespace, reply.message);
        if (reply.ok) {
            for (const QJsonValue &item : reply.json().value(QLatin1String("items")).toArray()) {
                if (into)
                    into->append(item.toObject());
                else
                    m_input.poolNames << nameOf(item.toObject());
            }
        }
        if (--m_pending == 0)
            m_loadProblem.isEmpty() ? emit loaded(m_input) : emit failed(m_loadProblem);
    });
}

void DiskReplacementTask::run(const DiskReplacementPlan &plan)
{
    m_plan = plan;
    m_running = true;
    m_stage = DiskReplacementPlanner::Stage::WaitingForSpec;
    m_specDeadline.setRemainingTime(m_specTimeoutMs);
    if (plan.kind != DiskReplacementPlan::Kind::Replace) {
        poll();
        return;
    }
    emit progress(tr("Replacing %1 by %2 in CStorPoolCluster %3 …")
                      .arg(plan.disk, plan.replacement, plan.poolCluster));
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

void DiskReplacementTask::poll()
{
    if (!m_running)
        return;
    const QString path =
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorpoolinstances"), m_plan.pool);
    m_client->get(path, {}, [this](const Kube::RestClient::Reply &reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            end(false, tr("Cannot follow the replacement: %1").arg(reply.message));
            return;
        }
        const QJsonObject cspi = reply.json();
        const DiskReplacementPlanner::Stage stage = DiskReplacementPlanner::stage(cspi, m_plan);
        using Stage = DiskReplacementPlanner::Stage;
        if (stage != Stage::WaitingForSpec && m_stage == Stage::WaitingForSpec &&
            m_plan.kind == DiskReplacementPlan::Kind::Replace)
            emit progress(
                tr("The CSPC operator put %1 into pool %2.").arg(m_plan.replacement, m_plan.pool));
        if (stage == Stage::Resilvering && m_stage != Stage::Resilvering)
            emit progress(
                tr("Resilvering %1: pool %2 is %3 until it ends; its replicas keep "
                   "serving …")
                    .arg(m_plan.replacement.isEmpty() ? tr("the new disk") : m_plan.replacement,
                         m_plan.pool, phaseOf(cspi)));
        m_stage = stage;
        if (stage == Stage::Done) {
            end(true, m_plan.replacement.isEmpty()
                          ? tr("Resilvered: pool %1 is ONLINE.").arg(m_plan.pool)
                          : tr("Resilvered: pool %1 is ONLINE with %2 in place of %3.")
                                .arg(m_plan.pool, m_plan.replacement, m_plan.disk));
            return;
        }
        if (stage == Stage::WaitingForSpec && m_specDeadline.hasExpired()) {
            end(false, tr("CStorPoolCluster %1 names %2, but the CSPC operator has not put it "
                          "into pool %3; the operator's log says why: kubectl logs -n %4 "
                          "deploy/cspc-operator")
                           .arg(m_plan.poolCluster, m_plan.replacement, m_plan.pool, m_namespace));
            return;
        }
        m_poll.start();
    });
}

void DiskReplacementTask::end(bool ok, const QString &text)
{
    m_running = false;
    m_poll.stop();
    if (m_plan.kind == DiskReplacementPlan::Kind::Replace)
        audit(ok ? QStringLiteral("done") : QStringLiteral("failed: ") + text);
    emit finished(ok, text);
}

void DiskReplacementTask::audit(const QString &result)
{
    const Kube::ClusterConfig &config = m_client->config();
    const Migration::AuditRecord record{
        QDateTime::currentDateTimeUtc(),
        config.userName,
        config.contextName,
        config.server.toString(),
        QStringLiteral("replace-disk"),
        QStringLiteral("%1: %2 -> %3").arg(m_plan.pool, m_plan.disk, m_plan.replacement),
        result};
    QString error;
    Migration::AuditLog log(Migration::DataPaths::audit());
    if (!log.record(record, &error))
        emit progress(tr("warning: cannot write the audit log: %1").arg(error));
}

} // namespace Recovery
