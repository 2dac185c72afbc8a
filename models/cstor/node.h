#pragma once

#include "models/cstor/objectmeta.h"
#include "models/json/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Cstor {

// A core/v1 Node, as much as the doctor reads: its Ready condition.
struct Node
{
    ObjectMeta meta;
    bool ready = false;       // condition Ready is "True"
    QString readyStatus;      // "True", "False", "Unknown" (empty: no Ready condition)
    QString readyReason;      // e.g. NodeStatusUnknown
    QDateTime lastHeartbeat;  // the Ready condition's lastHeartbeatTime
    QDateTime lastTransition; // the Ready condition's lastTransitionTime
    bool cordoned = false;    // spec.unschedulable (kubectl cordon): being taken out of service

    static bool fromJson(const QJsonObject &object, Node *out, QString *error);
    // An informer's object (a watch event, a list page's item).
    static bool fromJson(const Json::Value &object, Node *out, QString *error)
    {
        return fromJson(object.toQJson().toObject(), out, error);
    }
};

} // namespace Cstor
