#pragma once

#include "models/cstor/objectmeta.h"

namespace Cstor {

// A CStorPoolCluster (cspc): a set of pools, one spec per node.
struct PoolCluster
{
    ObjectMeta meta;
    int desiredInstances = 0;
    int provisionedInstances = 0;
    int healthyInstances = 0;

    static bool fromJson(const QJsonObject &object, PoolCluster *out, QString *error);
};

} // namespace Cstor
