// Situations of pools and the nodes under them.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

#include "models/sim/upstream/objectfields.h"

namespace Sim {

namespace {

using namespace ClusterPicks;

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

} // namespace

QList<Situation> poolSituations()
{
    return {
        {QStringLiteral("orphaned-dataset"),
         QStringLiteral("a lost node's replica removed by hand (finalizer) as upstream's docs "
                        "say: the node is back and its pool still holds the dataset"),
         orphanedDataset},
    };
}

} // namespace Sim
