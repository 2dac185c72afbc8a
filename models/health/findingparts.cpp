#include "models/health/findingparts.h"

#include "models/cstor/age.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/planning/clustersnapshot.h"

namespace Doctor::Parts {

QString object(const char *shortKind, const QString &name)
{
    return QLatin1String(shortKind) + QLatin1Char('/') + name;
}

QString namespaceOf(const Cstor::ObjectMeta &meta)
{
    return meta.namespaceName.isEmpty() ? QStringLiteral("openebs") : meta.namespaceName;
}

QString getYaml(const char *resource, const QString &name, const QString &ns)
{
    return QStringLiteral("kubectl get %1 %2 -n %3 -o yaml").arg(QLatin1String(resource), name, ns);
}

QString replicasOf(const QString &volume, const QString &ns)
{
    return QStringLiteral("kubectl get cvr -n %1 -l cstorvolume.openebs.io/name=%2")
        .arg(ns, volume);
}

QString replicasOn(const QString &pool, const QString &ns)
{
    return QStringLiteral("kubectl get cvr -n %1 -l cstorpoolinstance.openebs.io/name=%2")
        .arg(ns, pool);
}

QString eventsOf(const QString &name, const QString &ns)
{
    return QStringLiteral("kubectl get events -n %1 --field-selector involvedObject.name=%2")
        .arg(ns, name);
}

QStringList poolsWithoutReplica(const Migration::ClusterSnapshot &cluster,
                                const Cstor::VolumeConfig &cvc)
{
    QStringList pools;
    for (const QString &pool : cvc.specPools) {
        if (cvc.statusPools.contains(pool) && !cluster.replica(cvc.meta.name, pool))
            pools << pool;
    }
    return pools;
}

int usedPercent(const Cstor::PoolInstance &pool)
{
    return pool.totalBytes > 0 ? qRound(double(pool.usedBytes) * 100 / double(pool.totalBytes)) : 0;
}

QString ago(const QDateTime &time, const QDateTime &now)
{
    return time.isValid() ? Cstor::formatAge(time.msecsTo(now)) : QStringLiteral("-");
}

} // namespace Doctor::Parts
