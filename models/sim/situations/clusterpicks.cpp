#include "models/sim/situations/clusterpicks.h"

#include "models/sim/simcluster.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/poolmanager.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Sim::ClusterPicks {

using namespace ObjectFields;

namespace {
QJsonObject cvOf(SimCluster &cluster, const Volume &volume)
{
    return cluster.store()->get(kCv, volume.ns, volume.name).value_or(QJsonObject());
}
} // namespace

QList<Volume> volumes(SimCluster &cluster)
{
    QList<Volume> result;
    for (const QJsonObject &cvc : cluster.store()->list(kCvc)) {
        Volume volume{metaString(cvc, QStringLiteral("namespace")),
                      metaString(cvc, QStringLiteral("name")),
                      {}};
        for (const QJsonValue &pool :
             child(cvc, QStringLiteral("status")).value(QLatin1String("poolInfo")).toArray())
            volume.pools.append(pool.toString());
        result.append(volume);
    }
    std::sort(result.begin(), result.end(),
              [](const Volume &a, const Volume &b) { return a.name < b.name; });
    return result;
}

QStringList pools(SimCluster &cluster)
{
    QStringList names;
    for (const QJsonObject &cspi : cluster.store()->list(kCspi))
        names.append(metaString(cspi, QStringLiteral("name")));
    names.sort();
    return names;
}

QString nodeOf(SimCluster &cluster, const QString &pool)
{
    for (const QJsonObject &cspi : cluster.store()->list(kCspi)) {
        if (metaString(cspi, QStringLiteral("name")) == pool)
            return child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
    }
    return QString();
}

QStringList replicaModes(SimCluster &cluster, const Volume &volume)
{
    QStringList modes;
    for (const QJsonValue &replica : child(cvOf(cluster, volume), QStringLiteral("status"))
                                         .value(QLatin1String("replicaStatuses"))
                                         .toArray())
        modes.append(replica.toObject().value(QLatin1String("mode")).toString());
    return modes;
}

int replicationFactor(SimCluster &cluster, const Volume &volume)
{
    return child(cvOf(cluster, volume), QStringLiteral("spec"))
        .value(QLatin1String("replicationFactor"))
        .toInt();
}

int desiredReplicationFactor(SimCluster &cluster, const Volume &volume)
{
    return child(cvOf(cluster, volume), QStringLiteral("spec"))
        .value(QLatin1String("desiredReplicationFactor"))
        .toInt();
}

bool allHealthy(SimCluster &cluster, const Volume &volume, int count)
{
    const QStringList modes = replicaModes(cluster, volume);
    return modes.size() == count &&
           modes.count(QStringLiteral("Healthy")) == qsizetype(modes.size());
}

QString spareFor(SimCluster &cluster, const Volume &volume)
{
    QSet<QString> usedNodes;
    for (const QString &pool : volume.pools)
        usedNodes.insert(nodeOf(cluster, pool));
    const QSet<QString> &down = cluster.faults()->downNodes;
    for (const QString &pool : pools(cluster)) {
        const QString node = nodeOf(cluster, pool);
        if (!usedNodes.contains(node) && !down.contains(node) &&
            !cluster.faults()->offlinePools.contains(pool))
            return pool;
    }
    return QString();
}

std::optional<QJsonObject> replicaOn(SimCluster &cluster, const Volume &volume, const QString &pool)
{
    for (const QJsonObject &cvr : cluster.store()->list(kCvr, volume.ns)) {
        if (label(cvr, kVolumeLabel) == volume.name && label(cvr, kPoolLabel) == pool)
            return cvr;
    }
    return std::nullopt;
}

QString removeFinalizers(SimCluster &cluster, const QString &ns, const QString &cvr)
{
    auto current = cluster.store()->get(kCvr, ns, cvr);
    if (!current)
        return QStringLiteral("the replica %1 is gone").arg(cvr);
    QJsonObject object = *current;
    QJsonObject metadata = child(object, QStringLiteral("metadata"));
    metadata.remove(QStringLiteral("finalizers"));
    object.insert(QStringLiteral("metadata"), metadata);
    removeResourceVersion(object);
    const auto result = cluster.store()->update(kCvr, object);
    if (const auto *refused = std::get_if<ApiError>(&result))
        return refused->message;
    return QString();
}

double usedPercent(SimCluster &cluster, const QString &pool)
{
    for (const QJsonValue &value : cluster.poolManager()->poolTruth()) {
        const QJsonObject truth = value.toObject();
        if (truth.value(QLatin1String("pool")).toString() == pool) {
            const double size = truth.value(QLatin1String("sizeBytes")).toDouble();
            return size > 0 ? truth.value(QLatin1String("usedBytes")).toDouble() * 100 / size : 0;
        }
    }
    return 0;
}

int readOnlyThreshold(SimCluster &cluster, const QString &pool)
{
    const auto cspi = cluster.store()->get(kCspi, QStringLiteral("openebs"), pool);
    return cspi ? child(child(*cspi, QStringLiteral("spec")), QStringLiteral("poolConfig"))
                      .value(QLatin1String("roThresholdLimit"))
                      .toInt(85)
                : 85;
}

QString setPools(SimCluster &cluster, const Volume &volume, const QStringList &pools)
{
    auto current = cluster.store()->get(kCvc, volume.ns, volume.name);
    if (!current)
        return QStringLiteral("the volume %1 is gone").arg(volume.name);
    QJsonObject cvc = *current;
    QJsonObject spec = child(cvc, QStringLiteral("spec"));
    QJsonObject policy = child(spec, QStringLiteral("policy"));
    QJsonArray poolInfo;
    for (const QString &pool : pools)
        poolInfo.append(QJsonObject{{QStringLiteral("poolName"), pool}});
    policy.insert(QStringLiteral("replicaPoolInfo"), poolInfo);
    spec.insert(QStringLiteral("policy"), policy);
    cvc.insert(QStringLiteral("spec"), spec);
    removeResourceVersion(cvc);
    const auto result = cluster.store()->update(kCvc, cvc);
    if (const auto *refused = std::get_if<ApiError>(&result))
        return refused->message;
    return QString();
}

QString addFault(SimCluster &cluster, const QString &field, const QString &name)
{
    QJsonArray names = cluster.faults()->toJson().value(field).toArray();
    if (!names.contains(name))
        names.append(name);
    QString error;
    cluster.faults()->apply(QJsonObject{{field, names}}, &error);
    return error;
}

QString removeFault(SimCluster &cluster, const QString &field, const QString &name)
{
    QJsonArray names;
    for (const QJsonValue &value : cluster.faults()->toJson().value(field).toArray()) {
        if (value.toString() != name)
            names.append(value);
    }
    QString error;
    cluster.faults()->apply(QJsonObject{{field, names}}, &error);
    return error;
}

QJsonObject newClaim(const Claim &claim)
{
    const QJsonObject capacity{{QStringLiteral("storage"), claim.capacity}};
    QJsonObject spec{{QStringLiteral("capacity"), capacity},
                     {QStringLiteral("provision"),
                      QJsonObject{{QStringLiteral("capacity"), capacity},
                                  {QStringLiteral("replicaCount"), claim.replicas}}}};
    if (!claim.source.isEmpty())
        spec.insert(QStringLiteral("cstorVolumeSource"), claim.source);
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), claim.name},
             {QStringLiteral("namespace"), QStringLiteral("openebs")},
             {QStringLiteral("annotations"),
              QJsonObject{{QStringLiteral("openebs.io/volumeID"), claim.name},
                          {QStringLiteral("openebs.io/persistent-volume-claim"), claim.claimName}}},
             {QStringLiteral("labels"), QJsonObject{{kCspcLabel, claim.cspc}}},
             {QStringLiteral("finalizers"), QJsonArray{QStringLiteral("cvc.openebs.io/finalizer")}},
         }},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Pending")}}},
    };
}

QString capacityOf(SimCluster &cluster, const Volume &volume)
{
    const auto cvc = cluster.store()->get(kCvc, volume.ns, volume.name);
    return cvc ? child(child(*cvc, QStringLiteral("spec")), QStringLiteral("capacity"))
                     .value(QLatin1String("storage"))
                     .toString()
               : QString();
}

QString create(SimCluster &cluster, const QString &resource, const QJsonObject &object)
{
    const auto result = cluster.store()->create(resource, object);
    if (const auto *refused = std::get_if<ApiError>(&result))
        return refused->message;
    return QString();
}

QString remove(SimCluster &cluster, const QString &resource, const QString &ns, const QString &name)
{
    const auto result = cluster.store()->remove(resource, ns, name);
    if (const auto *refused = std::get_if<ApiError>(&result))
        return refused->message;
    return QString();
}

QString poolClusterOf(SimCluster &cluster, const QString &pool)
{
    const auto cspi = cluster.store()->get(kCspi, QStringLiteral("openebs"), pool);
    return cspi ? label(*cspi, kCspcLabel) : QString();
}

bool hasEvent(SimCluster &cluster, const QString &objectName, const QString &reason,
              const QString &part)
{
    for (const QJsonObject &event : cluster.store()->list(QStringLiteral("events"))) {
        if (event.value(QLatin1String("reason")).toString() == reason &&
            child(event, QStringLiteral("involvedObject"))
                    .value(QLatin1String("name"))
                    .toString() == objectName &&
            event.value(QLatin1String("message")).toString().contains(part))
            return true;
    }
    return false;
}

} // namespace Sim::ClusterPicks
