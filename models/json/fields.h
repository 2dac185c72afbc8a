#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// The fields of a decoded JSON object as the console's readers take them: a missing or wrongly
// typed field is empty.
namespace Json {

inline QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

inline QJsonObject child(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

} // namespace Json
