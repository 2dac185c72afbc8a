#pragma once

#include "models/cstor/stringmap.h"
#include "models/json/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Cstor {

// The parts of metadata the console keeps for every object (compact, no JSON kept).
struct ObjectMeta
{
    QString uid;
    QString name;
    QString namespaceName;
    QString resourceVersion;
    qint64 generation = 0;
    QDateTime creationTimestamp;
    QDateTime deletionTimestamp; // invalid when not being deleted
    StringMap labels;
    StringMap annotations;

    // Reads metadata; false and *error naming the field when required parts are missing.
    static bool decode(const Json::Value &metadata, ObjectMeta *out, QString *error);
    static bool decode(const QJsonObject &metadata, ObjectMeta *out, QString *error)
    {
        return decode(Json::Document::fromObject(metadata).root(), out, error);
    }
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::ObjectMeta, Q_RELOCATABLE_TYPE);
