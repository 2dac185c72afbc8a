// Situations of snapshots and the clones made from them.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/poolmanager.h"

#include <optional>

namespace Sim {

namespace {

using namespace ClusterPicks;
using namespace ObjectFields;

const QString kCv = QStringLiteral("cstorvolumes");

int consistencyFactor(SimCluster &cluster, const Volume &volume)
{
    const auto cv = cluster.store()->get(kCv, volume.ns, volume.name);
    return cv ? child(*cv, QStringLiteral("spec")).value(QLatin1String("consistencyFactor")).toInt()
              : 0;
}

// Every replica of the volume lists the snapshot in status.snapshots (the pool's next sync).
bool snapshotListed(SimCluster &cluster, const Volume &volume, const QString &snapshot)
{
    for (const QString &pool : volume.pools) {
        const auto cvr = replicaOn(cluster, volume, pool);
        if (!cvr || !child(child(*cvr, QStringLiteral("status")), QStringLiteral("snapshots"))
                         .contains(snapshot))
            return false;
    }
    return true;
}

bool bound(SimCluster &cluster, const QString &cvcName)
{
    const auto cvc = cluster.store()->get(kCvc, QStringLiteral("openebs"), cvcName);
    return cvc && child(*cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
                      QLatin1String("Bound");
}

// A volume restored from a snapshot (a CSI clone): the CVC operator places its replicas only on
// the pools that hold the source's (getUsablePoolListForClone) and the pool-manager runs `zfs
// clone <pool>/<source>@<snapshot>`. Deleting the source's replica on one of those pools runs
// `zfs destroy -R`, which destroys the clone's replica there too: moving the source off a pool
// destroys another volume's data.
std::variant<SituationScript, QString> clonesOnPool(SimCluster &cluster)
{
    std::optional<Volume> chosen;
    for (const Volume &volume : volumes(cluster)) {
        const int n = int(volume.pools.size());
        if (n > 0 && allHealthy(cluster, volume, n) && (!chosen || n > int(chosen->pools.size())))
            chosen = volume;
    }
    if (!chosen)
        return QStringLiteral("needs a volume whose replicas are all Healthy");
    const Volume source = *chosen;
    const int n = int(source.pools.size());
    const QString snapshot = QStringLiteral("snapshot-3e9a1c47-5b2d-4f80-9a6e-7d1c2b3a4f50");
    const Volume clone{
        QStringLiteral("openebs"), QStringLiteral("pvc-7f2e4d1a-8c3b-4a59-b6e0-1d2c3b4a5f69"), {}};
    const QJsonObject cvc =
        newClaim({clone.name, poolClusterOf(cluster, source.pools.constFirst()), n,
                  QStringLiteral("data-restored"), capacityOf(cluster, source),
                  source.name + QLatin1Char('@') + snapshot});
    return SituationScript{
        {QStringLiteral("snapshot %1 as %2").arg(source.name, snapshot),
         [=](SimCluster &c) {
             return c.poolManager()->takeSnapshot(source.name, snapshot,
                                                  consistencyFactor(c, source));
         },
         [=](SimCluster &c) { return snapshotListed(c, source, snapshot); }},
        {QStringLiteral("clone %1 from %2@%3").arg(clone.name, source.name, snapshot),
         [=](SimCluster &c) { return create(c, kCvc, cvc); },
         [=](SimCluster &c) { return bound(c, clone.name) && allHealthy(c, clone, n); }},
    };
}

} // namespace

QList<Situation> snapshotSituations()
{
    return {
        {QStringLiteral("clones-on-pool"),
         QStringLiteral("a volume cloned from a snapshot of another: the clone's replicas sit on "
                        "the source's pools, and removing the source's replica from one of them "
                        "destroys the clone's replica there (zfs destroy -R)"),
         clonesOnPool},
    };
}

} // namespace Sim
