#include "models/health/poolrules.h"

#include "models/cstor/capacity.h"
#include "models/cstor/poolimports.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volumereplica.h"
#include "models/health/findingparts.h"
#include "models/planning/clustersnapshot.h"

namespace Doctor {

namespace {
QStringList volumesOn(const Migration::ClusterSnapshot &cluster, const QString &pool)
{
    QStringList volumes;
    for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool))
        volumes << cvr->volume;
    return volumes;
}
} // namespace

QList<Finding> PoolCapacityRule::check(const Migration::ClusterSnapshot &cluster,
                                       const QDateTime &) const
{
    QList<Finding> findings;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        const int used = Parts::usedPercent(*pool);
        const int limit = pool->roThresholdLimit;
        const bool readOnly = pool->readOnly || (pool->totalBytes > 0 &&
                                                 pool->usedBytes * 100 >= limit * pool->totalBytes);
        if (!readOnly && used < kWarnPercent)
            continue;
        const QString &name = pool->meta.name;
        const QString ns = Parts::namespaceOf(pool->meta);
        const int replicas = int(cluster.replicasOnPool(name).size());
        Finding finding;
        finding.rule = this->name();
        finding.objects = {Parts::object("cspi", name)};
        finding.commands = {Parts::getYaml("cspi", name, ns), Parts::replicasOn(name, ns)};
        finding.fix = tr("Move replicas off the pool (cstor-console migrate VOLUME --from %1 "
                         "--to POOL, or cstor-console drain %2 for all of them), or grow the "
                         "pool by adding disks to its spec in CStorPoolCluster %3.")
                          .arg(name, pool->hostName, pool->poolCluster);
        if (readOnly) {
            finding.severity = Finding::Severity::Critical;
            finding.summary =
                pool->readOnly
                    ? tr("Pool %1 is read-only: %2% used, read-only at %3%.")
                          .arg(name)
                          .arg(used)
                          .arg(limit)
                    : tr("Pool %1 is at its read-only threshold: %2% used, read-only at %3%.")
                          .arg(name)
                          .arg(used)
                          .arg(limit);
            finding.risk = tr("Availability: writes of the %n volume(s) with a replica on it "
                              "fail there and those replicas go Offline.",
                              nullptr, replicas);
        } else {
            finding.severity = Finding::Severity::Warning;
            finding.summary = tr("Pool %1 is %2% full (%3 free); it turns read-only at %4%.")
                                  .arg(name)
                                  .arg(used)
                                  .arg(Cstor::Capacity::formatBytes(pool->freeBytes))
                                  .arg(limit);
            finding.risk = tr("Capacity: the next writes or a rebuild onto it turn it read-only, "
                              "and then the replicas of its %n volume(s) go Offline.",
                              nullptr, replicas);
        }
        findings << finding;
    }
    return findings;
}

QList<Finding> PoolStateRule::check(const Migration::ClusterSnapshot &cluster,
                                    const QDateTime &now) const
{
    using Cstor::PoolPhase;
    QList<Finding> findings;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        const QString &name = pool->meta.name;
        // Its phase is the last one written before: a lost node leaves ONLINE.
        const bool lost = cluster.poolLost(name) &&
                          pool->poolLostAt.secsTo(now) < Cstor::PoolImports::kLostSeconds;
        if ((pool->phase == PoolPhase::Online && !lost) || pool->phaseText.isEmpty())
            continue;
        const QString ns = Parts::namespaceOf(pool->meta);
        const QStringList volumes = volumesOn(cluster, name);
        const bool down = lost || Cstor::Phases::isDown(pool->phase);
        Finding finding = found(down ? Finding::Severity::Critical : Finding::Severity::Warning,
                                {Parts::object("cspi", name)});
        finding.summary =
            tr("Pool %1 on node %2 is %3.").arg(name, pool->hostName, pool->phaseText);
        finding.risk = volumes.isEmpty() ? tr("Capacity: no replica can be placed on it.")
                       : down
                           ? tr("Availability: the replicas of %1 on it are unreachable; each of "
                                "those volumes runs with a copy fewer.")
                                 .arg(volumes.join(QStringLiteral(", ")))
                           : tr("Data: a disk of the pool failed; one more failure loses the "
                                "replicas of %1.")
                                 .arg(volumes.join(QStringLiteral(", ")));
        finding.commands = {
            Parts::getYaml("cspi", name, ns),
            QStringLiteral("kubectl get pods -n %1 -l openebs.io/cstor-pool-instance=%2 -o wide")
                .arg(ns, name),
            Parts::eventsOf(name, ns)};
        if (lost) {
            finding.summary =
                tr("Pool %1 on node %2 cannot be imported there (condition PoolLost, last "
                   "failed import at %3): its disks are lost, or attached to another node.")
                    .arg(name, pool->hostName, pool->poolLostAt.toString(Qt::ISODate));
            finding.commands << QStringLiteral("kubectl get bd -n %1 -o wide").arg(ns);
            finding.fix = tr("If its disks were moved to another node: cstor-console "
                             "follow-disks %1 (Follow moved disks… in the window) points the "
                             "pool there. If they are lost: move its replicas to other pools "
                             "(cstor-console drain %2) once their volumes are Healthy.")
                              .arg(name, pool->hostName);
            findings << finding;
            continue;
        }
        if (pool->resilvering && !down) {
            finding.summary = tr("Pool %1 on node %2 is %3 while it resilvers a replaced disk.")
                                  .arg(name, pool->hostName, pool->phaseText);
            finding.risk =
                tr("Data: until the resilver ends, one more disk failure in its raid "
                   "group loses the replicas of %1.")
                    .arg(volumes.isEmpty() ? tr("no volume") : volumes.join(QStringLiteral(", ")));
            finding.fix = tr("Wait for the resilver: cstor-console replace-disk %1 follows it "
                             "until the pool is ONLINE.")
                              .arg(name);
            findings << finding;
            continue;
        }
        finding.fix = down ? tr("Check the pool pod and node %1; if the node is gone for good, "
                                "move its replicas to other pools (cstor-console drain %1) once "
                                "their volumes are Healthy. If the pool's disks were moved to "
                                "another node, cstor-console follow-disks %2 (Follow moved "
                                "disks… in the window) points the pool there.")
                                 .arg(pool->hostName, name)
                      : pool->raidType == QLatin1String("mirror") ||
                              pool->raidType.startsWith(QLatin1String("raidz"))
                          ? tr("Replace the failed disk: cstor-console replace-disk %1 puts "
                               "an unclaimed disk of node %2 in its place in "
                               "CStorPoolCluster %3 and follows the resilver.")
                                .arg(name, pool->hostName, pool->poolCluster)
                          : tr("A %1 pool's failed disk cannot be replaced (upstream replaces "
                               "disks in mirror and raidz pools only): move its replicas off "
                               "(cstor-console drain %2).")
                                .arg(pool->raidType, pool->hostName);
        findings << finding;
    }
    return findings;
}

} // namespace Doctor
