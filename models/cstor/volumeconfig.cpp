#include "models/cstor/volumeconfig.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

namespace {
QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item))
            result << item;
    }
    return result;
}
} // namespace

QStringList VolumeConfig::poolsBeingAdded() const
{
    return minus(specPools, statusPools);
}

QStringList VolumeConfig::poolsBeingRemoved() const
{
    return minus(statusPools, specPools);
}

bool VolumeConfig::isScaling() const
{
    // Order does not matter: the controller appends to status.poolInfo in its own order.
    if (specPools.size() != statusPools.size())
        return true;
    for (const QString &pool : specPools) {
        if (!statusPools.contains(pool))
            return true;
    }
    return false;
}

bool VolumeConfig::fromJson(const Json::Value &object, VolumeConfig *out, QString *error)
{
    FieldReader reader(QLatin1String("CStorVolumeConfig"), error);
    VolumeConfig config;
    Json::Value spec, provision, provisionCapacity, specCapacity, policy, status;
    Json::Value replicaPoolInfo, poolInfo;
    if (!reader.readMeta(object, &config.meta) ||
        !reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.object(spec.value(QLatin1String("provision")), QLatin1String("spec.provision"),
                       &provision) ||
        !reader.object(provision.value(QLatin1String("capacity")),
                       QLatin1String("spec.provision.capacity"), &provisionCapacity) ||
        !reader.object(spec.value(QLatin1String("capacity")), QLatin1String("spec.capacity"),
                       &specCapacity) ||
        !reader.object(spec.value(QLatin1String("policy")), QLatin1String("spec.policy"),
                       &policy) ||
        !reader.array(policy.value(QLatin1String("replicaPoolInfo")),
                      QLatin1String("spec.policy.replicaPoolInfo"), &replicaPoolInfo) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.array(status.value(QLatin1String("poolInfo")), QLatin1String("status.poolInfo"),
                      &poolInfo))
        return false;

    config.poolCluster = config.meta.labels.value(QStringLiteral("openebs.io/cstor-pool-cluster"));
    if (!reader.integer(provision.value(QLatin1String("replicaCount")),
                        QLatin1String("spec.provision.replicaCount"), &config.replicaCount))
        return false;
    const Json::Value provisioned = provisionCapacity.value(QLatin1String("storage"));
    if (!provisioned.isUndefined() && !provisioned.isNull()) {
        if (!reader.quantity(provisioned, QLatin1String("spec.provision.capacity.storage"),
                             &config.capacityBytes))
            return false;
    } else if (!reader.quantity(specCapacity.value(QLatin1String("storage")),
                                QLatin1String("spec.capacity.storage"), &config.capacityBytes)) {
        return false;
    }

    qsizetype i = 0;
    for (const Json::Value item : replicaPoolInfo) {
        const QString path = QStringLiteral("spec.policy.replicaPoolInfo[%1]").arg(i++);
        Json::Value entry;
        QString poolName;
        if (!reader.object(item, path, &entry) ||
            !reader.string(entry.value(QLatin1String("poolName")),
                           path + QLatin1String(".poolName"), &poolName))
            return false;
        if (poolName.isEmpty())
            return reader.fail(path + QLatin1String(".poolName"), QStringLiteral("is missing"));
        config.specPools.append(poolName);
    }
    i = 0;
    for (const Json::Value item : poolInfo) {
        QString poolName;
        if (!reader.string(item, QStringLiteral("status.poolInfo[%1]").arg(i++), &poolName))
            return false;
        config.statusPools.append(poolName);
    }

    if (!reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                       &config.phaseText))
        return false;
    config.phase = Phases::volumeConfigPhase(config.phaseText);
    *out = std::move(config);
    return true;
}

} // namespace Cstor
