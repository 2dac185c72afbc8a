#include "models/health/drainrules.h"

#include "models/cstor/disruptionbudget.h"
#include "models/cstor/poolinstance.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"

#include <QMap>

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

// At most ten names, then how many more.
QString abbreviated(const QStringList &names)
{
    constexpr int kShown = 10;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    return DrainBlockedRule::tr("%1 and %n more", nullptr, int(names.size() - kShown))
        .arg(names.first(kShown).join(QStringLiteral(", ")));
}

} // namespace

Finding DrainBlockedRule::blockedFinding(Blocked &group) const
{
    group.nodes.sort();
    QStringList names;
    Finding finding = found(Finding::Severity::Warning, {});
    for (const Cstor::DisruptionBudget *budget : std::as_const(group.budgets)) {
        names << budget->meta.name;
        finding.objects << Parts::object("pdb", budget->meta.name);
    }
    for (const QString &pool : std::as_const(group.down))
        finding.objects << Parts::object("cspi", pool);
    const Cstor::DisruptionBudget &first = *group.budgets.constFirst();
    const QString ns = Parts::namespaceOf(first.meta);
    const QString nodes = abbreviated(group.nodes);
    const QString down = group.down.join(QStringLiteral(", "));
    finding.summary =
        group.down.isEmpty()
            ? tr("PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): "
                 "draining node(s) %4 is refused.")
                  .arg(first.meta.name)
                  .arg(first.currentHealthy)
                  .arg(first.expectedPods)
                  .arg(nodes)
            : tr("While pool(s) %1 are down, draining node(s) %2 is refused by %n "
                 "PodDisruptionBudget(s) that allow no disruption.",
                 nullptr, int(names.size()))
                  .arg(down, nodes);
    finding.risk = tr("Maintenance and availability: kubectl drain of those nodes waits "
                      "forever on evicting their pool pods; forcing it (deleting the pod) "
                      "takes a second replica of the HA volumes on these pools offline.");
    finding.commands = {Parts::getYaml("pdb", first.meta.name, ns),
                        QStringLiteral("kubectl get pdb -n %1").arg(ns),
                        QStringLiteral("kubectl get cspi -n %1 -o wide").arg(ns)};
    finding.fix = group.down.isEmpty()
                      ? tr("Wait until every pool pod the budget guards is Ready, then drain.")
                      : tr("Bring pool(s) %1 back ONLINE first (their node, their disks), or "
                           "move the replicas off them (cstor-console migrate) so that the CVC "
                           "operator replaces the budgets (%2); only then drain.")
                            .arg(down, abbreviated(names));
    return finding;
}

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
    // Budgets blocked by the same down pools make one finding: one lost node stops the drain
    // of every node that shares an HA volume with it.
    QMap<QString, Blocked> groups;
    for (const Cstor::DisruptionBudget *budget : cluster.disruptionBudgets()) {
        if (budget->pools.isEmpty() || !budget->hasStatus || budget->disruptionsAllowed > 0 ||
            budget->expectedPods == 0)
            continue;
        QStringList down;
        QStringList nodes;
        for (const QString &name : budget->pools) {
            const Cstor::PoolInstance *pool = cluster.pool(name);
            if (!pool || !poolUp(cluster, *pool))
                down << name;
            else
                nodes << pool->hostName;
        }
        if (nodes.isEmpty())
            continue;
        down.sort();
        const QString key =
            down.isEmpty() ? QLatin1Char('#') + budget->meta.name : down.join(QLatin1Char(','));
        Blocked &group = groups[key];
        group.budgets << budget;
        group.down = down;
        for (const QString &node : std::as_const(nodes)) {
            if (!group.nodes.contains(node))
                group.nodes << node;
        }
    }
    QList<Finding> findings;
    for (Blocked &group : groups)
        findings << blockedFinding(group);
    return findings;
}

} // namespace Doctor
