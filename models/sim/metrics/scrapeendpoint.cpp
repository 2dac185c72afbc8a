#include "models/sim/metrics/scrapeendpoint.h"

#include "models/sim/metrics/exposition.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace Sim {

ScrapeEndpoint::ScrapeEndpoint(std::function<QByteArray()> render, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_render(std::move(render))
{
}

bool ScrapeEndpoint::listenOnLoopback()
{
    if (m_port == 0)
        m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString ScrapeEndpoint::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port);
}

bool ScrapeEndpoint::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path != QLatin1String("/metrics") && path != QLatin1String("/metrics/"))
        return false;
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.method() != QHttpServerRequest::Method::Get &&
        request.method() != QHttpServerRequest::Method::Head) {
        responder.write(QByteArrayLiteral("Method Not Allowed\n"),
                        QByteArrayLiteral("text/plain; charset=utf-8"),
                        QHttpServerResponder::StatusCode::MethodNotAllowed);
        return true;
    }
    responder.write(m_render(), Exposition::contentType);
    return true;
}

void ScrapeEndpoint::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QByteArrayLiteral("404 page not found\n"),
               QByteArrayLiteral("text/plain; charset=utf-8"),
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Sim
