#include "models/cstor/poolinstance.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool PoolInstance::fromJson(const Json::Value &object, PoolInstance *out, QString *error)
{
    FieldReader reader(QLatin1String("CStorPoolInstance"), error);
    PoolInstance pool;
    Json::Value spec, poolConfig, status, capacity, conditions;
    if (!reader.readMeta(object, &pool.meta) ||
        !reader.object(object.value(QLatin1String("spec")), QLatin1String("spec"), &spec) ||
        !reader.object(spec.value(QLatin1String("poolConfig")), QLatin1String("spec.poolConfig"),
                       &poolConfig) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.object(status.value(QLatin1String("capacity")), QLatin1String("status.capacity"),
                       &capacity) ||
        !reader.array(status.value(QLatin1String("conditions")), QLatin1String("status.conditions"),
                      &conditions))
        return false;

    pool.poolCluster = pool.meta.labels.value(QStringLiteral("openebs.io/cstor-pool-cluster"));
    if (!reader.string(spec.value(QLatin1String("hostName")), QLatin1String("spec.hostName"),
                       &pool.hostName) ||
        !reader.string(poolConfig.value(QLatin1String("dataRaidGroupType")),
                       QLatin1String("spec.poolConfig.dataRaidGroupType"), &pool.raidType) ||
        !reader.integer(poolConfig.value(QLatin1String("roThresholdLimit")),
                        QLatin1String("spec.poolConfig.roThresholdLimit"), &pool.roThresholdLimit))
        return false;
    if (pool.hostName.isEmpty())
        pool.hostName = pool.meta.labels.value(QStringLiteral("kubernetes.io/hostname"));

    if (!reader.string(status.value(QLatin1String("phase")), QLatin1String("status.phase"),
                       &pool.phaseText) ||
        !reader.quantity(capacity.value(QLatin1String("used")),
                         QLatin1String("status.capacity.used"), &pool.usedBytes) ||
        !reader.quantity(capacity.value(QLatin1String("free")),
                         QLatin1String("status.capacity.free"), &pool.freeBytes) ||
        !reader.quantity(capacity.value(QLatin1String("total")),
                         QLatin1String("status.capacity.total"), &pool.totalBytes) ||
        !reader.boolean(status.value(QLatin1String("readOnly")), QLatin1String("status.readOnly"),
                        &pool.readOnly) ||
        !reader.integer(status.value(QLatin1String("provisionedReplicas")),
                        QLatin1String("status.provisionedReplicas"), &pool.provisionedReplicas) ||
        !reader.integer(status.value(QLatin1String("healthyReplicas")),
                        QLatin1String("status.healthyReplicas"), &pool.healthyReplicas))
        return false;
    // CO pool_operations Update: DiskReplacement is True while a replaced disk resilvers;
    // cspi-controller reconcile: PoolLost True when the import fails.
    qsizetype i = 0;
    for (const Json::Value item : conditions) {
        const QString path = QStringLiteral("status.conditions[%1]").arg(i++);
        Json::Value condition;
        QString type, conditionStatus;
        if (!reader.object(item, path, &condition) ||
            !reader.string(condition.value(QLatin1String("type")), path + QStringLiteral(".type"),
                           &type) ||
            !reader.string(condition.value(QLatin1String("status")),
                           path + QStringLiteral(".status"), &conditionStatus))
            return false;
        if (type == QLatin1String("DiskReplacement"))
            pool.resilvering = conditionStatus == QLatin1String("True");
        if (type == QLatin1String("PoolLost") && conditionStatus == QLatin1String("True") &&
            !reader.time(condition.value(QLatin1String("lastUpdateTime")),
                         path + QStringLiteral(".lastUpdateTime"), &pool.poolLostAt))
            return false;
    }
    pool.phase = Phases::poolPhase(pool.phaseText);
    *out = std::move(pool);
    return true;
}

} // namespace Cstor
