#pragma once

#include "models/cstor/objectmeta.h"
#include "models/json/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Cstor {

// A core/v1 Node, as much as the console reads: its Ready condition and where it stands (its
// zone label).
struct Node
{
    // The well-known label a cloud provider (or an operator) puts the node's zone in.
    static constexpr QLatin1StringView kZoneLabel{"topology.kubernetes.io/zone"};
    // Its deprecated predecessor, still set on older clusters.
    static constexpr QLatin1StringView kLegacyZoneLabel{"failure-domain.beta.kubernetes.io/zone"};

    ObjectMeta meta;
    bool ready = false;       // condition Ready is "True"
    QString readyStatus;      // "True", "False", "Unknown" (empty: no Ready condition)
    QString readyReason;      // e.g. NodeStatusUnknown
    QDateTime lastHeartbeat;  // the Ready condition's lastHeartbeatTime
    QDateTime lastTransition; // the Ready condition's lastTransitionTime
    bool cordoned = false;    // spec.unschedulable (kubectl cordon): being taken out of service
    QString zone;             // its zone label ("" when it has none)

    static bool fromJson(const QJsonObject &object, Node *out, QString *error);
    // An informer's object (a watch event, a list page's item).
    static bool fromJson(const Json::Value &object, Node *out, QString *error)
    {
        return fromJson(object.toQJson().toObject(), out, error);
    }
};

} // namespace Cstor
