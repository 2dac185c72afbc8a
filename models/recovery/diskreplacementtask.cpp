#include "models/recovery/diskreplacementtask.h"

#include "models/kube/restclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Recovery {

namespace {

QString phaseOf(const QJsonObject &cspi)
{
    return cspi.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
}

} // namespace

DiskReplacementTask::DiskReplacementTask(Kube::RestClient *client, const QString &namespaceName,
                                         QObject *parent)
    : PoolClusterTask(client, namespaceName, QStringLiteral("replace-disk"), parent)
{
}

void DiskReplacementTask::load(const QString &pool)
{
    m_input = {};
    m_input.pool = pool;
    readPool(
        pool,
        [this](const QJsonObject &cspi) {
            m_input.cspi = cspi;
            loadRest();
        },
        &m_input.poolNames);
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
    expectReads(3);
    read(Kube::RestClient::cstorPath(namespaceName(), QStringLiteral("cstorpoolclusters"), cluster),
         tr("CStorPoolCluster %1").arg(cluster),
         [this](const QJsonObject &cspc) { m_input.cspc = cspc; });
    // Only the node's disks and the pool cluster's claims: small answers at any cluster size.
    list(QStringLiteral("blockdevices"), QStringLiteral("kubernetes.io/hostname=") + node,
         &m_input.blockDevices);
    list(QStringLiteral("blockdeviceclaims"),
         QStringLiteral("openebs.io/cstor-pool-cluster=") + cluster, &m_input.claims);
}

void DiskReplacementTask::list(const QString &plural, const QString &selector,
                               QList<QJsonObject> *into)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), selector);
    readList(
        QStringLiteral("/apis/openebs.io/v1alpha1/namespaces/%1/%2").arg(namespaceName(), plural),
        query, into);
}

void DiskReplacementTask::run(const DiskReplacementPlan &plan)
{
    m_plan = plan;
    m_stage = DiskReplacementPlanner::Stage::WaitingForSpec;
    m_specDeadline.setRemainingTime(m_specTimeoutMs);
    const bool replace = plan.kind == DiskReplacementPlan::Kind::Replace;
    start(plan.pool, plan.poolCluster, replace ? plan.patch : QJsonArray(),
          tr("Replacing %1 by %2 in CStorPoolCluster %3 …")
              .arg(plan.disk, plan.replacement, plan.poolCluster));
}

void DiskReplacementTask::poolRead(const QJsonObject &cspi)
{
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
                       .arg(m_plan.poolCluster, m_plan.replacement, m_plan.pool, namespaceName()));
        return;
    }
    followAgain();
}

QString DiskReplacementTask::auditTarget() const
{
    return QStringLiteral("%1: %2 -> %3").arg(m_plan.pool, m_plan.disk, m_plan.replacement);
}

} // namespace Recovery
