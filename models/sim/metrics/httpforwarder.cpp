#include "models/sim/metrics/httpforwarder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Sim {

HttpForwarder::HttpForwarder(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void HttpForwarder::forward(const ProxyCall &call, const QUrl &base, ProxyResponder respond)
{
    QUrl url = base;
    QString path = base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + call.path);
    url.setQuery(call.query.isEmpty() ? QString() : QString::fromLatin1(call.query),
                 QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    const QString address = QStringLiteral("%1:%2")
                                .arg(url.host())
                                .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method.toLatin1(), call.body);
    // Unlike kube-apiserver, which streams, the simulator holds a whole answer: not beyond this.
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, respond](qint64 received) {
        if (received <= kMaxAnswerBytes || reply->property("cut").toBool())
            return;
        reply->setProperty("cut", true);
        respond(ProxyAnswer::unavailable(
            QStringLiteral("error trying to reach service: the simulator passes on answers of at "
                           "most %1 MB")
                .arg(kMaxAnswerBytes >> 20)));
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, address, respond] {
        reply->deleteLater();
        if (reply->property("cut").toBool())
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            ProxyAnswer answer;
            answer.code = status.toInt();
            answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            answer.body = reply->readAll();
            respond(answer);
            return;
        }
        QString cause;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            cause = QStringLiteral("dial tcp %1: connect: connection refused").arg(address);
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            cause = QStringLiteral("dial tcp %1: i/o timeout").arg(address);
            break;
        case QNetworkReply::HostNotFoundError:
            cause = QStringLiteral("dial tcp: lookup %1: no such host")
                        .arg(address.section(QLatin1Char(':'), 0, 0));
            break;
        default:
            cause = reply->errorString();
            break;
        }
        respond(
            ProxyAnswer::unavailable(QStringLiteral("error trying to reach service: ") + cause));
    });
}

} // namespace Sim
