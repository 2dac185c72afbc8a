#pragma once

#include "models/cstor/objectmeta.h"
#include "models/json/document.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Cstor {

// A policy/v1 PodDisruptionBudget, as much as the doctor reads: the cStor pools whose pods it
// guards (the CVC operator's selector for an HA volume's pools, pdb.go getPDBSelector:
// openebs.io/cstor-pool-instance In [pools]) and how many of those pods may be evicted now (the
// disruption controller's status).
struct DisruptionBudget
{
    ObjectMeta meta;
    QStringList pools;          // empty: the budget guards no cStor pool
    bool hasStatus = false;     // the disruption controller has written its status
    int disruptionsAllowed = 0; // status.disruptionsAllowed
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int expectedPods = 0;

    static bool fromJson(const QJsonObject &object, DisruptionBudget *out, QString *error);
    // An informer's object (a watch event, a list page's item).
    static bool fromJson(const Json::Value &object, DisruptionBudget *out, QString *error)
    {
        return fromJson(object.toQJson().toObject(), out, error);
    }
};

} // namespace Cstor
