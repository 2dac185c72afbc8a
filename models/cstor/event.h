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

    static bool fromJson(const Json::Value &object, Event *out, QString *error);
    // An object built in memory (a test's, a reply read whole).
    static bool fromJson(const QJsonObject &object, Event *out, QString *error)
    {
        return fromJson(Json::Document::fromObject(object).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::Event, Q_RELOCATABLE_TYPE);
