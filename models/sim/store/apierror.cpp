#include "models/sim/store/apierror.h"

#include <QJsonArray>

namespace Sim {

namespace {
QString qualified(const QString &resource, const QString &group)
{
    return group.isEmpty() ? resource : resource + QLatin1Char('.') + group;
}

QJsonObject nameDetails(const QString &resource, const QString &group, const QString &name)
{
    QJsonObject details{{QStringLiteral("name"), name}, {QStringLiteral("kind"), resource}};
    if (!group.isEmpty())
        details.insert(QStringLiteral("group"), group);
    return details;
}
} // namespace

QJsonObject ApiError::toStatus() const
{
    QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("code"), code}};
    if (!reason.isEmpty())
        status.insert(QStringLiteral("reason"), reason);
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return status;
}

ApiError ApiError::notFound(const QString &resource, const QString &group, const QString &name)
{
    return {404, QStringLiteral("NotFound"),
            QStringLiteral("%1 \"%2\" not found").arg(qualified(resource, group), name),
            nameDetails(resource, group, name)};
}

ApiError ApiError::conflict(const QString &resource, const QString &group, const QString &name)
{
    return {409, QStringLiteral("Conflict"),
            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been "
                           "modified; please apply your changes to the latest version and try "
                           "again")
                .arg(qualified(resource, group), name),
            nameDetails(resource, group, name)};
}

ApiError ApiError::alreadyExists(const QString &resource, const QString &group, const QString &name)
{
    return {409, QStringLiteral("AlreadyExists"),
            QStringLiteral("%1 \"%2\" already exists").arg(qualified(resource, group), name),
            nameDetails(resource, group, name)};
}

ApiError ApiError::badRequest(const QString &message)
{
    return {400, QStringLiteral("BadRequest"), message, {}};
}

ApiError ApiError::internal(const QString &message)
{
    return {500, QStringLiteral("InternalError"),
            QStringLiteral("Internal error occurred: %1").arg(message),
            QJsonObject{{QStringLiteral("causes"),
                         QJsonArray{QJsonObject{{QStringLiteral("message"), message}}}}}};
}

ApiError ApiError::admissionDenied(const QString &webhookReason)
{
    return {400,
            QStringLiteral("BadRequest"),
            QStringLiteral("admission webhook \"admission-webhook.cstor.openebs.io\" denied the "
                           "request: %1")
                .arg(webhookReason),
            {}};
}

} // namespace Sim
