#include "models/health/drainrules.h"

#include "models/cstor/disruptionbudget.h"
#include "models/cstor/poolinstance.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"

namespace Doctor {

namespace {

// Whether the pool's pod counts as healthy for the disruption controller, as far as the
// snapshot tells: its pool serving (ONLINE or DEGRADED) and its node not NotReady.
bool poolUp(const Migration::ClusterSnapshot &cluster, const Cstor::PoolInstance &pool)
{
    if (pool.phase != Cstor::PoolPhase::Online && pool.phase != Cstor::PoolPhase::Degraded)
        return false;
    const Cstor::Node *node = cluster.node(pool.hostName);
    return !cluster.nodesKnown() || (node && node->ready);
}

} // namespace

QList<Finding> DrainBlockedRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    if (!cluster.disruptionBudgetsKnown()) {
        if (cluster.disruptionBudgetsUnreadable().isEmpty())
            return {};
        Finding finding = found(Finding::Severity::Info, {QStringLiteral("poddisruptionbudgets")});
        finding.summary = tr("PodDisruptionBudgets were not checked: %1.")
                              .arg(cluster.disruptionBudgetsUnreadable());
        finding.risk = tr("A drain that a budget refuses is not foreseen.");
        finding.commands = {QStringLiteral("kubectl auth can-i list poddisruptionbudgets")};
        finding.fix = tr("Ask a cluster administrator for get/list rights on "
                         "poddisruptionbudgets to have them checked.");
        return {finding};
    }
    QList<Finding> findings;
    for (const Cstor::DisruptionBudget *budget : cluster.disruptionBudgets()) {
        if (budget->pools.isEmpty() || !budget->hasStatus || budget->disruptionsAllowed > 0 ||
            budget->expectedPods == 0)
            continue;
        QStringList down;
        QStringList blocked; // nodes
        for (const QString &name : budget->pools) {
            const Cstor::PoolInstance *pool = cluster.pool(name);
            if (!pool || !poolUp(cluster, *pool))
                down << name;
            else if (!blocked.contains(pool->hostName))
                blocked << pool->hostName;
        }
        if (blocked.isEmpty())
            continue;
        const QString &name = budget->meta.name;
        const QString ns = Parts::namespaceOf(budget->meta);
        Finding finding = found(Finding::Severity::Warning, {Parts::object("pdb", name)});
        for (const QString &pool : std::as_const(down))
            finding.objects << Parts::object("cspi", pool);
        const QString nodes = blocked.join(QStringLiteral(", "));
        finding.summary =
            down.isEmpty()
                ? tr("PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): "
                     "draining node(s) %4 is refused.")
                      .arg(name)
                      .arg(budget->currentHealthy)
                      .arg(budget->expectedPods)
                      .arg(nodes)
                : tr("PodDisruptionBudget %1 allows no disruption while pool(s) %2 are down: "
                     "draining node(s) %3 is refused.")
                      .arg(name, down.join(QStringLiteral(", ")), nodes);
        finding.risk = tr("Maintenance and availability: kubectl drain of those nodes waits "
                          "forever on evicting their pool pods; forcing it (deleting the pod) "
                          "takes a second replica of the HA volumes on these pools offline.");
        finding.commands = {Parts::getYaml("pdb", name, ns),
                            QStringLiteral("kubectl get cspi -n %1 -o wide").arg(ns)};
        finding.fix =
            down.isEmpty()
                ? tr("Wait until every pool pod the budget guards is Ready, then drain.")
                : tr("Bring pool(s) %1 back ONLINE first (their node, their disks), or move "
                     "the replicas off them (cstor-console migrate) so that the CVC operator "
                     "replaces the budget; only then drain %2.")
                      .arg(down.join(QStringLiteral(", ")), nodes);
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
