#include "models/sim/metrics/exporterinventory.h"

#include "models/cstor/capacity.h"
#include "models/sim/metrics/exportedfields.h"
#include "models/sim/store/objectstore.h"

#include <QJsonArray>

#include <algorithm>

namespace Sim {

using namespace ExportedFields;

namespace {

double quantity(const QJsonValue &value)
{
    return double(Cstor::Capacity::parseQuantity(value.toString()).value_or(0));
}

double zfsSize(const QJsonValue &value)
{
    return double(Cstor::Capacity::parseZfsSize(value.toString()).value_or(0));
}

struct PodSeen
{
    QString name;
    bool running = false;
};

// The pod that runs, else the newest one seen (pods come sorted by name).
void keepPod(QHash<QString, PodSeen> &pods, const QString &owner, const QJsonObject &pod)
{
    const bool running = podRuns(pod);
    PodSeen &seen = pods[owner];
    if (seen.running && !running)
        return;
    seen = PodSeen{meta(pod, "name"), running};
}

} // namespace

ExporterInventory ExporterInventory::ofCluster(const ObjectStore &store)
{
    return build(store, Filter());
}

ExporterInventory ExporterInventory::ofPool(const ObjectStore &store, const QString &ns,
                                            const QString &cspi)
{
    return build(store, Filter{ns, cspi, QString()});
}

ExporterInventory ExporterInventory::ofVolume(const ObjectStore &store, const QString &ns,
                                              const QString &pv)
{
    return build(store, Filter{ns, QString(), pv});
}

ExporterInventory ExporterInventory::build(const ObjectStore &store, const Filter &filter)
{
    ExporterInventory inventory;
    const bool wantPools = filter.pv.isEmpty();
    const bool wantVolumes = filter.cspi.isEmpty();

    QHash<QString, PodSeen> poolPods;   // by CSPI
    QHash<QString, PodSeen> targetPods; // by PV
    for (const QJsonObject &pod : store.list(QStringLiteral("pods"), filter.ns)) {
        const QString app = labelOf(pod, QStringLiteral("app"));
        if (wantPools && app == QLatin1String("cstor-pool"))
            keepPod(poolPods, labelOf(pod, QStringLiteral("openebs.io/cstor-pool-instance")), pod);
        else if (wantVolumes && app == QLatin1String("cstor-volume-manager"))
            keepPod(targetPods, labelOf(pod, QStringLiteral("openebs.io/persistent-volume")), pod);
    }

    // The volumes' replication factors and used sizes, their replicas by pool.
    QHash<QString, int> factors;
    for (const QJsonObject &cv : store.list(QStringLiteral("cstorvolumes"), filter.ns)) {
        const QString pv = meta(cv, "name");
        if (!filter.pv.isEmpty() && pv != filter.pv)
            continue;
        const QJsonObject spec = part(cv, QStringLiteral("spec"));
        const QJsonObject status = part(cv, QStringLiteral("status"));
        const int factor = std::max(1, spec.value(QLatin1String("replicationFactor")).toInt());
        factors.insert(pv, factor);
        if (!wantVolumes)
            continue;
        Volume volume;
        volume.ns = meta(cv, "namespace");
        volume.pv = pv;
        volume.pvc = labelOf(cv, QStringLiteral("openebs.io/persistent-volume-claim"));
        const PodSeen pod = targetPods.value(pv);
        volume.pod = pod.name;
        volume.podRunning = pod.running;
        volume.capacityBytes = quantity(spec.value(QLatin1String("capacity")));
        volume.phase = status.value(QLatin1String("phase")).toString();
        volume.replicationFactor = factor;
        for (const QJsonValue &replica : status.value(QLatin1String("replicaStatuses")).toArray()) {
            const QString mode = replica.toObject().value(QLatin1String("mode")).toString();
            if (mode == QLatin1String("Healthy"))
                ++volume.healthyReplicas;
            else
                ++volume.degradedReplicas;
        }
        inventory.m_volumes.append(volume);
    }

    QHash<QString, QList<Replica>> replicasByPool;
    QHash<QString, double> usedByVolume;
    for (const QJsonObject &cvr : store.list(QStringLiteral("cstorvolumereplicas"), filter.ns)) {
        const QString pool = labelOf(cvr, QStringLiteral("cstorpoolinstance.openebs.io/name"));
        const QString pv = labelOf(cvr, QStringLiteral("cstorvolume.openebs.io/name"));
        if ((!filter.cspi.isEmpty() && pool != filter.cspi) ||
            (!filter.pv.isEmpty() && pv != filter.pv))
            continue;
        const QJsonObject status = part(cvr, QStringLiteral("status"));
        Replica replica;
        replica.volume = pv;
        replica.usedBytes =
            zfsSize(part(status, QStringLiteral("capacity")).value(QLatin1String("used")));
        replica.phase = status.value(QLatin1String("phase")).toString();
        replica.replicationFactor = factors.value(pv, 1);
        double &used = usedByVolume[pv];
        used = std::max(used, replica.usedBytes);
        replicasByPool[pool].append(replica);
    }
    for (Volume &volume : inventory.m_volumes)
        volume.usedBytes = usedByVolume.value(volume.pv);
    if (!wantPools)
        return inventory;

    QHash<QString, QString> cspcUids; // by namespace/name
    for (const QJsonObject &cspc : store.list(QStringLiteral("cstorpoolclusters"), filter.ns))
        cspcUids.insert(meta(cspc, "namespace") + QLatin1Char('/') + meta(cspc, "name"),
                        meta(cspc, "uid"));
    for (const QJsonObject &cspi : store.list(QStringLiteral("cstorpoolinstances"), filter.ns)) {
        const QString name = meta(cspi, "name");
        if (!filter.cspi.isEmpty() && name != filter.cspi)
            continue;
        const QJsonObject status = part(cspi, QStringLiteral("status"));
        const QJsonObject capacity = part(status, QStringLiteral("capacity"));
        Pool pool;
        pool.ns = meta(cspi, "namespace");
        pool.cspi = name;
        pool.cspc = labelOf(cspi, QStringLiteral("openebs.io/cstor-pool-cluster"));
        pool.cspcUid = cspcUids.value(pool.ns + QLatin1Char('/') + pool.cspc);
        const PodSeen pod = poolPods.value(name);
        pool.pod = pod.name;
        pool.podRunning = pod.running;
        pool.sizeBytes = quantity(capacity.value(QLatin1String("total")));
        pool.usedBytes = quantity(capacity.value(QLatin1String("used")));
        pool.freeBytes = quantity(capacity.value(QLatin1String("free")));
        pool.phase = status.value(QLatin1String("phase")).toString();
        pool.replicas = replicasByPool.value(name);
        inventory.m_pools.append(pool);
    }
    return inventory;
}

} // namespace Sim
