#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QString>

#include <functional>

namespace Sim {

// Plain HTTP on 127.0.0.1 (a free port) for a real Prometheus to scrape: GET /metrics answers
// with the text the render function gives (the cluster's exporters, identity labels included,
// for a scrape job with honor_labels: true); anything else 404. Renders only when asked.
class ScrapeEndpoint : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ScrapeEndpoint(std::function<QByteArray()> render, QObject *parent = nullptr);

    // Listens on a free port of 127.0.0.1; false when it cannot.
    bool listenOnLoopback();
    quint16 port() const { return m_port; }
    QString url() const; // http://127.0.0.1:<port>/metrics

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::function<QByteArray()> m_render;
    quint16 m_port = 0;
};

} // namespace Sim
