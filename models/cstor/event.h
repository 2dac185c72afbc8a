#pragma once

#include "models/cstor/objectmeta.h"

namespace Cstor {

// A core/v1 Event about some object.
struct Event
{
    ObjectMeta meta;
    QString type; // Normal | Warning
    QString reason;
    QString message;
    QString sourceComponent;
    QString involvedKind;
    QString involvedName;
    QString involvedUid;
    int count = 1;
    QDateTime firstTimestamp;
    QDateTime lastTimestamp;

    static bool fromJson(const QJsonObject &object, Event *out, QString *error);
};

} // namespace Cstor
