#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP(S) server on loopback that answers the way a test tells it to: huge or endless
// bodies, slow drips, wrong content types, redirects. It runs in its own thread, so that the
// client under test shares its event loop with nothing else. Each connection carries one
// request; the handler writes the whole answer (or keeps writing) on the socket.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QByteArray head;   // the request line and every header line, as received
        QByteArray header(const QByteArray &name) const;
    };
    struct Tls
    {
        bool enabled = true;
        QByteArray certificatePem;
        QByteArray keyPem;             // ECDSA or RSA, PEM
        int protocol = -1;             // a QSsl::SslProtocol value; -1: Qt's default
        bool answerFirstBytes = false; // call the handler on the first bytes, HTTP or not
    };
    // Called in the server's thread with the socket (a QSslSocket when TLS is on).
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool start(const Tls &tls, Handler handler, QString *error);
    quint16 port() const { return m_port; }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;
    QList<Request> requests() const;

    // Writes a kubeconfig at `path` for a server at `server` whose certificate `caPem` signs
    // (context "hostile", user "admin" with `token`, namespace openebs); false when it cannot.
    static bool writeKubeconfig(const QString &path, const QUrl &server, const QByteArray &caPem,
                                const QString &token);

    // Answer helpers, for handlers.
    // Status line and headers; contentLength < 0 writes none (the body ends with the connection).
    static void writeHead(QTcpSocket *socket, int status, const QByteArray &contentType,
                          qint64 contentLength, const QByteArray &extraHeaders = {});
    static void writeAndClose(QTcpSocket *socket, int status, const QByteArray &contentType,
                              const QByteArray &body, const QByteArray &extraHeaders = {});
    // Keeps writing next() while the peer reads (at most ~1 MB queued), every intervalMs
    // (0: as fast as the peer reads, refilled whenever bytes went out), until next() is empty
    // (then closes) or the peer goes away.
    static void pump(QTcpSocket *socket, std::function<QByteArray()> next, int intervalMs);

private:
    class Listener;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    Listener *m_listener = nullptr;
    bool m_tlsEnabled = true;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    friend class Listener;
};
