#pragma once

#include "models/sim/store/apierror.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Sim {

// A request kube-apiserver proxies to a pod or a service (`.../pods|services/ID/proxy/PATH`),
// once authorized: what the backend behind it is asked.
struct ProxyCall
{
    QString method;   // GET, POST, PUT, PATCH, DELETE, HEAD
    QString resource; // "pods" or "services"
    QString namespaceName;
    QString scheme; // "", "http" or "https"
    QString name;
    QString port;     // a number, a port name or empty
    QString path;     // after "proxy", starting with '/'
    QByteArray query; // the raw query string, without '?'
    QByteArray body;
    QByteArray contentType;
};

// The backend's answer, passed back as it is; or the Status kube-apiserver answers instead
// (404 for a missing object, 503 when nothing can be reached).
struct ProxyAnswer
{
    int code = 200;
    QByteArray contentType;
    QByteArray body;
    std::optional<ApiError> error;

    static ProxyAnswer failure(const ApiError &error)
    {
        ProxyAnswer answer;
        answer.error = error;
        return answer;
    }
    // 503 ServiceUnavailable with this message (apimachinery errors.NewServiceUnavailable).
    static ProxyAnswer unavailable(const QString &message)
    {
        return failure(ApiError{503, QStringLiteral("ServiceUnavailable"), message, {}});
    }
};

using ProxyResponder = std::function<void(const ProxyAnswer &answer)>;

} // namespace Sim
