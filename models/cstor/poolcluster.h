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

    static bool fromJson(const Json::Value &object, PoolCluster *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, PoolCluster *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::PoolCluster, Q_RELOCATABLE_TYPE);
