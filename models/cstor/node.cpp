#include "models/cstor/node.h"

#include <QJsonArray>

namespace Cstor {

bool Node::fromJson(const QJsonObject &object, Node *out, QString *error)
{
    Node node;
    if (!ObjectMeta::decode(object.value(QLatin1String("metadata")).toObject(), &node.meta, error))
        return false;
    const QJsonArray conditions = object.value(QLatin1String("status"))
                                      .toObject()
                                      .value(QLatin1String("conditions"))
                                      .toArray();
    for (const QJsonValue &value : conditions) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QLatin1String("type")).toString() != QLatin1String("Ready"))
            continue;
        node.readyStatus = condition.value(QLatin1String("status")).toString();
        node.readyReason = condition.value(QLatin1String("reason")).toString();
        node.lastHeartbeat = QDateTime::fromString(
            condition.value(QLatin1String("lastHeartbeatTime")).toString(), Qt::ISODate);
        node.lastTransition = QDateTime::fromString(
            condition.value(QLatin1String("lastTransitionTime")).toString(), Qt::ISODate);
    }
    node.ready = node.readyStatus == QLatin1String("True");
    node.cordoned = object.value(QLatin1String("spec"))
                        .toObject()
                        .value(QLatin1String("unschedulable"))
                        .toBool();
    node.zone = node.meta.labels.value(QString(kZoneLabel));
    if (node.zone.isEmpty())
        node.zone = node.meta.labels.value(QString(kLegacyZoneLabel));
    *out = std::move(node);
    return true;
}

} // namespace Cstor
