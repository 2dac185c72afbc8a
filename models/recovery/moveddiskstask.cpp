#include "models/recovery/moveddiskstask.h"

#include "models/kube/restclient.h"

#include <QJsonArray>

namespace Recovery {

MovedDisksTask::MovedDisksTask(Kube::RestClient *client, const QString &namespaceName,
                               QObject *parent)
    : PoolClusterTask(client, namespaceName, QStringLiteral("follow-disks"), parent)
{
}

void MovedDisksTask::load(const QString &pool)
{
    m_input = {};
    m_input.pool = pool;
    m_nodes.clear();
    readPool(
        pool,
        [this](const QJsonObject &cspi) {
            m_input.cspi = cspi;
            loadRest();
        },
        &m_input.poolNames);
}

void MovedDisksTask::loadRest()
{
    const QString cluster = m_input.cspi.value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("labels"))
                                .toObject()
                                .value(QLatin1String("openebs.io/cstor-pool-cluster"))
                                .toString();
    expectReads(4);
    read(Kube::RestClient::cstorPath(namespaceName(), QStringLiteral("cstorpoolclusters"), cluster),
         tr("CStorPoolCluster %1").arg(cluster),
         [this](const QJsonObject &cspc) { m_input.cspc = cspc; });
    // The disks may be on any node: every block device of the namespace (a few per node).
    readList(
        QStringLiteral("/apis/openebs.io/v1alpha1/namespaces/%1/blockdevices").arg(namespaceName()),
        {}, &m_input.blockDevices);
    readList(QStringLiteral("/api/v1/nodes"), {}, &m_nodes);
    QUrlQuery pools;
    pools.addQueryItem(QStringLiteral("labelSelector"),
                       QStringLiteral("openebs.io/cstor-pool-cluster=") + cluster);
    readList(Kube::RestClient::cstorPath(namespaceName(), QStringLiteral("cstorpoolinstances"),
                                         QString()),
             pools, &m_input.clusterPools);
}

void MovedDisksTask::loadComplete()
{
    for (const QJsonObject &node : std::as_const(m_nodes))
        m_input.nodes.append(MovedDisksPlanner::node(node));
    emit loaded(m_input);
}

void MovedDisksTask::run(const MovedDisksPlan &plan)
{
    m_plan = plan;
    m_following = 0;
    m_stage = MovedDisksPlanner::Stage::WaitingForOperator;
    m_deadline.setRemainingTime(m_operatorTimeoutMs);
    const bool repoint = plan.kind == MovedDisksPlan::Kind::Repoint;
    QStringList moves;
    for (const MovedDisksPlan *pool : m_plan.inTurn())
        moves << tr("pool %1 at node %2").arg(pool->pool, pool->newNode);
    start(plan.pool, plan.poolCluster, repoint ? plan.patch : QJsonArray(),
          tr("Pointing %1 in CStorPoolCluster %2 …")
              .arg(moves.join(QStringLiteral(", ")), plan.poolCluster));
}

void MovedDisksTask::poolRead(const QJsonObject &cspi)
{
    using Stage = MovedDisksPlanner::Stage;
    const MovedDisksPlan &pool = *m_plan.inTurn().at(m_following);
    const Stage stage = MovedDisksPlanner::stage(cspi, pool.newNode);
    if (stage != m_stage) {
        if (m_stage == Stage::WaitingForOperator)
            emit progress(tr("The CSPC operator points pool %1 at node %2; its pod starts "
                             "there and imports the pool …")
                              .arg(pool.pool, pool.newNode));
        if (m_stage == Stage::WaitingForOperator || m_stage == Stage::Importing)
            m_deadline.setRemainingTime(m_importTimeoutMs);
        m_stage = stage;
    }
    switch (stage) {
    case Stage::Done:
        if (++m_following < m_plan.inTurn().size()) {
            // The next pool of the edit: its operator and import started with the first.
            emit progress(tr("Pool %1 is ONLINE on node %2, where its disks are.")
                              .arg(pool.pool, pool.newNode));
            m_stage = Stage::WaitingForOperator;
            m_deadline.setRemainingTime(m_importTimeoutMs);
            followPool(m_plan.inTurn().at(m_following)->pool);
            return;
        }
        end(true, doneText());
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
                    .arg(pool.poolCluster, pool.newNode, pool.pool, namespaceName()));
            return;
        }
        break;
    case Stage::Importing:
        if (m_deadline.hasExpired()) {
            end(false, tr("Pool %1 is not ONLINE on node %2 yet; its pod and its events say "
                          "why: kubectl describe cspi %1 -n %3")
                           .arg(pool.pool, pool.newNode, namespaceName()));
            return;
        }
        break;
    }
    followAgain();
}

// The docs' step 4: the CSPI's kubernetes.io/hostname label names the new node (the webhook
// finds a removed pool's CSPI by it).
void MovedDisksTask::setLabel()
{
    const QString pool = m_plan.inTurn().at(m_following)->pool;
    const QString node = m_plan.inTurn().at(m_following)->newNode;
    emit progress(tr("Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …")
                      .arg(pool, node));
    const QString path =
        Kube::RestClient::cstorPath(namespaceName(), QStringLiteral("cstorpoolinstances"), pool);
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node}}}}}};
    client()->mergePatch(path, patch, [this, pool, node](const Kube::RestClient::Reply &reply) {
        if (!reply.ok) {
            end(false, tr("Pool %1 is ONLINE on node %2, but its label could not be set: %3")
                           .arg(pool, node, reply.message));
            return;
        }
        audit(QStringLiteral("label set: ") + pool);
        followAgain();
    });
}

QString MovedDisksTask::doneText() const
{
    if (m_plan.alongside.isEmpty())
        return tr("Pool %1 is ONLINE on node %2, where its disks are.")
            .arg(m_plan.pool, m_plan.newNode);
    QStringList pools;
    for (const MovedDisksPlan *pool : m_plan.inTurn())
        pools << tr("%1 on %2").arg(pool->pool, pool->newNode);
    return tr("Pools %1 are ONLINE, each on the node of its disks.")
        .arg(pools.join(QStringLiteral(", ")));
}

QString MovedDisksTask::auditTarget() const
{
    QStringList moves;
    for (const MovedDisksPlan *pool : m_plan.inTurn())
        moves << QStringLiteral("%1: %2 -> %3").arg(pool->pool, pool->oldNode, pool->newNode);
    return moves.join(QStringLiteral("; "));
}

} // namespace Recovery
