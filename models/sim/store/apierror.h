#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

// A failed API call, as the apiserver reports it: an HTTP code and a meta/v1 Status.
struct ApiError
{
    int code = 500;
    QString reason;      // NotFound, Conflict, AlreadyExists, Invalid, BadRequest, Forbidden, ...
    QString message;     // shown by kubectl verbatim
    QJsonObject details; // optional Status.details

    QJsonObject
    toStatus() const; // {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",...}

    static ApiError notFound(const QString &resource, const QString &group, const QString &name);
    static ApiError conflict(const QString &resource, const QString &group, const QString &name);
    static ApiError alreadyExists(const QString &resource, const QString &group,
                                  const QString &name);
    static ApiError badRequest(const QString &message);
    static ApiError internal(const QString &message);
    // What kube-apiserver returns for a webhook denial: 400 BadRequest,
    // "admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: <reason>".
    static ApiError admissionDenied(const QString &webhookReason);
};

} // namespace Sim
