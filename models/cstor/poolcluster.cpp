#include "models/cstor/poolcluster.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool PoolCluster::fromJson(const Json::Value &object, PoolCluster *out, QString *error)
{
    FieldReader reader(QLatin1String("CStorPoolCluster"), error);
    PoolCluster cluster;
    Json::Value status;
    // The three counts are omitted by the API when they are 0.
    if (!reader.readMeta(object, &cluster.meta) ||
        !reader.object(object.value(QLatin1String("status")), QLatin1String("status"), &status) ||
        !reader.integer(status.value(QLatin1String("desiredInstances")),
                        QLatin1String("status.desiredInstances"), &cluster.desiredInstances) ||
        !reader.integer(status.value(QLatin1String("provisionedInstances")),
                        QLatin1String("status.provisionedInstances"),
                        &cluster.provisionedInstances) ||
        !reader.integer(status.value(QLatin1String("healthyInstances")),
                        QLatin1String("status.healthyInstances"), &cluster.healthyInstances))
        return false;
    *out = std::move(cluster);
    return true;
}

} // namespace Cstor
