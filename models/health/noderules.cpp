#include "models/health/noderules.h"

#include "models/cstor/poolinstance.h"
#include "models/cstor/volumereplica.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"

#include <QMap>

namespace Doctor {

namespace {
Finding unreadable(const QString &rule, const QString &why)
{
    Finding finding;
    finding.rule = rule;
    finding.severity = Finding::Severity::Info;
    finding.objects = {QStringLiteral("nodes")};
    finding.summary = NodeNotReadyRule::tr("Nodes were not checked: %1.").arg(why);
    finding.risk = NodeNotReadyRule::tr("A lost node shows only through its volumes.");
    finding.commands = {QStringLiteral("kubectl auth can-i list nodes")};
    finding.fix = NodeNotReadyRule::tr("Ask a cluster administrator for get/list rights on "
                                       "nodes to have them checked.");
    return finding;
}
} // namespace

QList<Finding> NodeNotReadyRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &now) const
{
    if (!cluster.nodesKnown()) {
        if (cluster.nodesUnreadable().isEmpty())
            return {};
        return {unreadable(name(), cluster.nodesUnreadable())};
    }
    QMap<QString, QList<const Cstor::PoolInstance *>> poolsByNode;
    for (const Cstor::PoolInstance *pool : cluster.pools())
        poolsByNode[pool->hostName].append(pool);
    QList<Finding> findings;
    for (auto it = poolsByNode.cbegin(); it != poolsByNode.cend(); ++it) {
        const Cstor::Node *node = cluster.node(it.key());
        if (it.key().isEmpty() || (node && node->ready))
            continue;
        QStringList volumes;
        QStringList pools;
        QString ns;
        for (const Cstor::PoolInstance *pool : it.value()) {
            pools << pool->meta.name;
            ns = Parts::namespaceOf(pool->meta);
            for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool->meta.name))
                volumes << cvr->volume;
        }
        if (volumes.isEmpty())
            continue;
        Finding finding = found(Finding::Severity::Critical, {Parts::object("node", it.key())});
        for (const QString &pool : std::as_const(pools))
            finding.objects << Parts::object("cspi", pool);
        finding.summary =
            node ? tr("Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.",
                      nullptr, int(volumes.size()))
                       .arg(it.key(),
                            node->readyReason.isEmpty() ? node->readyStatus : node->readyReason,
                            Parts::ago(node->lastTransition, now), pools.join(QStringLiteral(", ")))
                 : tr("Node %1 is gone and its pool(s) %2 hold %n replica(s).", nullptr,
                      int(volumes.size()))
                       .arg(it.key(), pools.join(QStringLiteral(", ")));
        finding.risk = tr("Availability and data: the replicas of %1 on it are unreachable; "
                          "their pools' objects keep their last status.")
                           .arg(volumes.join(QStringLiteral(", ")));
        // A gone node cannot be shown: the list shows it missing, the pool still naming it.
        finding.commands = {node ? QStringLiteral("kubectl get node %1 -o wide").arg(it.key())
                                 : QStringLiteral("kubectl get nodes"),
                            QStringLiteral("kubectl get cspi -n %1 -o wide").arg(ns),
                            Parts::replicasOn(pools.constFirst(), ns),
                            QStringLiteral("kubectl get bd -n %1 -o wide").arg(ns)};
        finding.fix = tr("If the node comes back, its pools and replicas resume. If it was "
                         "replaced and its disks now sit on another node, cstor-console "
                         "follow-disks %2 points the pool there. If it is gone for good with "
                         "its disks, Recover lost node… (cstor-console drain %1) gives each "
                         "volume that keeps a Healthy replica a new one on another pool, "
                         "reports those it cannot, then shows the steps that remove its pools "
                         "from the CStorPoolCluster.")
                          .arg(it.key(), pools.constFirst());
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
