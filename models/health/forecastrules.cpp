#include "models/health/forecastrules.h"

#include "models/cstor/capacity.h"
#include "models/cstor/poolinstance.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"

#include <cmath>

namespace Doctor {

QList<Finding> PoolReadOnlySoonRule::check(const Migration::ClusterSnapshot &cluster,
                                           const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        const Migration::PoolTrend *trend = cluster.poolTrend(pool->meta.name);
        if (!trend || pool->readOnly)
            continue;
        const std::optional<double> days = trend->daysToReadOnly();
        if (!days || *days <= 0 || *days > m_horizonDays)
            continue;
        const QString &name = pool->meta.name;
        const QString ns = Parts::namespaceOf(pool->meta);
        const int replicas = int(cluster.replicasOnPool(name).size());
        const int rounded = std::max(1, int(std::lround(*days)));
        Finding finding =
            found(*days <= kCriticalDays ? Finding::Severity::Critical : Finding::Severity::Warning,
                  {Parts::object("cspi", name)});
        finding.summary = tr("Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.",
                             nullptr, rounded)
                              .arg(name)
                              .arg(trend->readOnlyPercent)
                              .arg(Cstor::Capacity::formatBytes(qint64(trend->growthBytesPerDay)));
        finding.risk = tr("Availability: once it is read-only, writes of the %n volume(s) with a "
                          "replica on it fail there and those replicas go Offline.",
                          nullptr, replicas);
        finding.commands = {Parts::getYaml("cspi", name, ns), Parts::replicasOn(name, ns)};
        finding.fix = tr("Move replicas off the pool before then (the plan of a move shows the "
                         "pools' read-only dates before and after it; cstor-console forecast "
                         "--pool-cluster %1 lists them all), or grow the pool by adding disks to "
                         "its spec in CStorPoolCluster %1.")
                          .arg(pool->poolCluster);
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
