// Situations of pools and the nodes under them.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/poolmanager.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace Sim {

namespace {

using namespace ClusterPicks;
using namespace ObjectFields;

// Upstream's documented migration off a lost node (CO docs/troubleshooting/
// migrate_cstor_volume.md): scale the volume down off the dead pool, then remove the stuck
// CVR's finalizer by hand. The CVR goes; the dataset stays on the pool, and when the node
// comes back its pool still holds it.
std::variant<SituationScript, QString> orphanedDataset(SimCluster &cluster)
{
    std::optional<Volume> chosen;
    for (const Volume &volume : volumes(cluster)) {
        if (volume.pools.size() >= 3 && allHealthy(cluster, volume, int(volume.pools.size()))) {
            chosen = volume;
            break;
        }
    }
    if (!chosen)
        return QStringLiteral("needs a volume with three or more Healthy replicas");
    const Volume volume = *chosen;
    const QString pool = volume.pools.constLast();
    const QString node = nodeOf(cluster, pool);
    QStringList remaining = volume.pools;
    remaining.removeOne(pool);
    const int n = int(volume.pools.size());
    auto terminating = [=](SimCluster &c) {
        const auto cvr = replicaOn(c, volume, pool);
        return cvr &&
               !ObjectFields::metaString(*cvr, QStringLiteral("deletionTimestamp")).isEmpty();
    };
    return SituationScript{
        {QStringLiteral("lose node %1").arg(node),
         [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), node); },
         [=](SimCluster &c) { return replicaModes(c, volume).size() == n - 1; }},
        {QStringLiteral("remove pool %1 from %2").arg(pool, volume.name),
         [=](SimCluster &c) { return setPools(c, volume, remaining); }, terminating},
        {QStringLiteral("remove the finalizer of %1's replica on %2").arg(volume.name, pool),
         [=](SimCluster &c) {
             const auto cvr = replicaOn(c, volume, pool);
             return cvr ? removeFinalizers(c, volume.ns,
                                           ObjectFields::metaString(*cvr, QStringLiteral("name")))
                        : QStringLiteral("the replica on %1 is gone already").arg(pool);
         },
         [=](SimCluster &c) { return !replicaOn(c, volume, pool); }},
        {QStringLiteral("bring node %1 back").arg(node),
         [=](SimCluster &c) { return removeFault(c, QStringLiteral("downNodes"), node); },
         {}},
    };
}

// A volume writing to a pool a few percent under its read-only threshold (CO cspi-controller
// updateROMode): the next writes or a rebuild onto it turn it read-only, and then the replicas
// of the volumes that write there go Offline (CSTOR gtest ZpoolReadOnly, openebs#2972).
std::variant<SituationScript, QString> poolNearlyReadOnly(SimCluster &cluster)
{
    std::optional<std::pair<Volume, QString>> chosen;
    for (const Volume &volume : volumes(cluster)) {
        for (const QString &pool : volume.pools) {
            if (!chosen || usedPercent(cluster, pool) > usedPercent(cluster, chosen->second))
                chosen = std::make_pair(volume, pool);
        }
    }
    if (!chosen)
        return QStringLiteral("needs a volume with a replica");
    const Volume volume = chosen->first;
    const QString pool = chosen->second;
    const int threshold = readOnlyThreshold(cluster, pool);
    if (usedPercent(cluster, pool) >= threshold - 3)
        return QStringLiteral("the fullest pool %1 is at its threshold already").arg(pool);
    auto setRate = [volume](SimCluster &c, double rate) {
        c.poolManager()->setWriteRate(volume.ns, volume.name, rate);
        return QString();
    };
    return SituationScript{
        {QStringLiteral("%1 writes fast to pool %2").arg(volume.name, pool),
         [=](SimCluster &c) { return setRate(c, 64.0 * 1024 * 1024); },
         [=](SimCluster &c) { return usedPercent(c, pool) >= threshold - 3; }, 36000},
        {QStringLiteral("%1 writes slowly").arg(volume.name),
         [=](SimCluster &c) { return setRate(c, 64.0 * 1024); },
         {}},
    };
}

// A pool of an HA volume's set lost: the set's PodDisruptionBudget (CO pdb.go) allows no more
// disruption, so the disruption controller answers evictions of its other pool pods with 429
// and `kubectl drain` of their nodes is refused.
std::variant<SituationScript, QString> pdbBlocksDrain(SimCluster &cluster)
{
    for (const Volume &volume : volumes(cluster)) {
        if (volume.pools.size() < 3 || !allHealthy(cluster, volume, int(volume.pools.size())))
            continue;
        const QString node = nodeOf(cluster, volume.pools.constLast());
        const QString pdb =
            label(cluster.store()->get(kCvc, volume.ns, volume.name).value_or(QJsonObject()),
                  QStringLiteral("openebs.io/pod-disruption-budget"));
        if (pdb.isEmpty())
            continue;
        return SituationScript{
            {QStringLiteral("lose node %1").arg(node),
             [=](SimCluster &c) { return addFault(c, QStringLiteral("downNodes"), node); },
             [=](SimCluster &c) {
                 const auto budget =
                     c.store()->get(QStringLiteral("poddisruptionbudgets"), volume.ns, pdb);
                 return budget && child(*budget, QStringLiteral("status"))
                                          .value(QLatin1String("disruptionsAllowed"))
                                          .toInt(-1) == 0;
             }},
        };
    }
    return QStringLiteral("needs a Healthy volume on three or more pools with its "
                          "PodDisruptionBudget");
}

// A new volume's CVC, as the CSI driver's CreateVolume writes it (cstor-csi
// BuildCStorVolumeConfig), while only one pool can take a replica: the CVC operator's
// distributeCVRs leaves it Pending with Warning Provisioning "not enough pools are available".
std::variant<SituationScript, QString> pvcPending(SimCluster &cluster)
{
    const QStringList all = pools(cluster);
    if (all.size() < 2)
        return QStringLiteral("needs two or more pools");
    const QStringList offline = all.mid(1);
    const QString cspc = poolClusterOf(cluster, all.constFirst());
    const QString name = QStringLiteral("pvc-0b1d2c3e-4f50-4a61-8b72-9c8d7e6f5a40");
    const int replicas = int(std::min<qsizetype>(3, all.size()));
    const QJsonObject cvc = newClaim(
        {name, cspc, replicas, QStringLiteral("data-pending"), QStringLiteral("1Gi"), QString()});
    return SituationScript{
        {QStringLiteral("take pools %1 offline").arg(offline.join(QStringLiteral(", "))),
         [=](SimCluster &c) {
             QString error;
             for (const QString &pool : offline) {
                 if (error.isEmpty())
                     error = addFault(c, QStringLiteral("offlinePools"), pool);
             }
             return error;
         },
         [=](SimCluster &c) {
             for (const QString &pool : offline) {
                 const auto cspi = c.store()->get(kCspi, QStringLiteral("openebs"), pool);
                 if (!cspi || child(*cspi, QStringLiteral("status"))
                                      .value(QLatin1String("phase"))
                                      .toString() != QLatin1String("OFFLINE"))
                     return false;
             }
             return true;
         }},
        {QStringLiteral("claim a %1-replica volume %2").arg(replicas).arg(name),
         [=](SimCluster &c) { return create(c, kCvc, cvc); },
         [=](SimCluster &c) {
             return hasEvent(c, name, QStringLiteral("Provisioning"),
                             QStringLiteral("not enough pools are available"));
         }},
    };
}

} // namespace

QList<Situation> poolSituations()
{
    return {
        {QStringLiteral("pool-nearly-readonly"),
         QStringLiteral("the fullest pool 3 % under its read-only threshold, a volume on it "
                        "still writing"),
         poolNearlyReadOnly},
        {QStringLiteral("pdb-blocks-drain"),
         QStringLiteral("a pool of an HA volume's set lost: its PodDisruptionBudget allows no "
                        "disruption, `kubectl drain` of another of its nodes is refused"),
         pdbBlocksDrain},
        {QStringLiteral("pvc-pending"),
         QStringLiteral("a new volume's claim while all pools but one are offline: its CVC stays "
                        "Pending, \"not enough pools are available\" at every resync"),
         pvcPending},
        {QStringLiteral("orphaned-dataset"),
         QStringLiteral("a lost node's replica removed by hand (finalizer) as upstream's docs "
                        "say: the node is back and its pool still holds the dataset"),
         orphanedDataset},
    };
}

} // namespace Sim
