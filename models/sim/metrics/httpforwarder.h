#pragma once

#include "models/sim/store/proxycall.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Sim {

// Passes a proxied request on over HTTP, as kube-apiserver's proxy passes it to a service's
// endpoint: the method, the path after "proxy", the query, the body and its Content-Type; the
// answer's status, Content-Type and body come back as they are. A backend that cannot be
// reached (refused, or no answer in 30 s) gives 503 "error trying to reach service: dial tcp
// ADDR: ..." (apimachinery pkg/util/proxy transport.go and Go's net errors). Asynchronous.
class HttpForwarder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 30000;
    static constexpr qint64 kMaxAnswerBytes = qint64(256) << 20;

    explicit HttpForwarder(QObject *parent = nullptr);

    // base: the backend's URL (its path, if any, prefixes the call's).
    void forward(const ProxyCall &call, const QUrl &base, ProxyResponder respond);

private:
    QNetworkAccessManager *m_network;
};

} // namespace Sim
