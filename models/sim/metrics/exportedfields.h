#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim::ExportedFields {

// The fields of a stored object the exporters read: a missing one is empty.
inline QJsonObject part(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

inline QString meta(const QJsonObject &object, const char *key)
{
    return part(object, QStringLiteral("metadata")).value(QLatin1String(key)).toString();
}

inline QString labelOf(const QJsonObject &object, const QString &key)
{
    return part(part(object, QStringLiteral("metadata")), QStringLiteral("labels"))
        .value(key)
        .toString();
}

// A pod whose containers run: Running and not being deleted.
inline bool podRuns(const QJsonObject &pod)
{
    return part(pod, QStringLiteral("status")).value(QLatin1String("phase")).toString() ==
               QLatin1String("Running") &&
           !part(pod, QStringLiteral("metadata")).contains(QLatin1String("deletionTimestamp"));
}

} // namespace Sim::ExportedFields
