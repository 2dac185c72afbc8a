#include "tests/common/hostileserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {
constexpr qint64 kMaxQueued = 1 << 20;
}

class HostileServer::Listener : public QTcpServer
{
public:
    Listener(HostileServer *owner, const Tls &tls, Handler handler)
        : m_owner(owner)
        , m_tls(tls)
        , m_handler(std::move(handler))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_tls.enabled) {
            auto *ssl = new QSslSocket(this);
            if (!ssl->setSocketDescriptor(descriptor)) {
                delete ssl;
                return;
            }
            ssl->setLocalCertificate(QSslCertificate(m_tls.certificatePem));
            QSslKey key(m_tls.keyPem, QSsl::Ec);
            if (key.isNull())
                key = QSslKey(m_tls.keyPem, QSsl::Rsa);
            ssl->setPrivateKey(key);
            if (m_tls.protocol >= 0)
                ssl->setProtocol(QSsl::SslProtocol(m_tls.protocol));
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            // A failed handshake is the client's verdict to test, not this server's problem.
            connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->ignoreSslErrors(); });
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype end = buffer->indexOf("\r\n\r\n");
            if (m_tls.answerFirstBytes && end < 0)
                end = buffer->size();
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            Request request;
            request.head = buffer->left(end);
            const QList<QByteArray> words =
                request.head.left(request.head.indexOf('\r')).split(' ');
            request.method = words.value(0);
            request.target = words.value(1);
            {
                QMutexLocker locker(&m_owner->m_mutex);
                m_owner->m_requests.append(request);
            }
            m_handler(socket, request);
        });
    }

private:
    HostileServer *m_owner;
    Tls m_tls;
    Handler m_handler;
};

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
}

HostileServer::~HostileServer()
{
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_listener;
                m_listener = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool HostileServer::start(const Tls &tls, Handler handler, QString *error)
{
    m_tlsEnabled = tls.enabled;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_listener = new Listener(this, tls, std::move(handler));
            listening = m_listener->listen(QHostAddress::LocalHost, 0);
            if (listening)
                m_port = m_listener->serverPort();
            else if (error)
                *error = m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl HostileServer::url(const QString &host) const
{
    QUrl url;
    url.setScheme(m_tlsEnabled ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_port);
    return url;
}

QList<HostileServer::Request> HostileServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

void HostileServer::writeHead(QTcpSocket *socket, int status, const QByteArray &contentType,
                              qint64 contentLength, const QByteArray &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += extraHeaders;
    head += "Connection: close\r\n\r\n";
    socket->write(head);
}

void HostileServer::writeAndClose(QTcpSocket *socket, int status, const QByteArray &contentType,
                                  const QByteArray &body, const QByteArray &extraHeaders)
{
    writeHead(socket, status, contentType, body.size(), extraHeaders);
    socket->write(body);
    socket->disconnectFromHost();
}

void HostileServer::pump(QTcpSocket *socket, std::function<QByteArray()> next, int intervalMs)
{
    auto *timer = new QTimer(socket);
    timer->setInterval(std::max(intervalMs, 1)); // never a busy loop while the peer is slow
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    // Writes one chunk, or (at full speed) chunks until ~1 MB is queued; false once done.
    // Shared by the connections below: one source, whatever state it keeps.
    auto source = std::make_shared<std::function<QByteArray()>>(std::move(next));
    const auto write = [socket, ssl, timer, source, fill = intervalMs <= 0] {
        do {
            const qint64 queued = socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
            if (socket->state() != QAbstractSocket::ConnectedState || queued > kMaxQueued)
                return;
            const QByteArray chunk = (*source)();
            if (chunk.isEmpty()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(chunk);
        } while (fill && timer->isActive());
    };
    QObject::connect(timer, &QTimer::timeout, socket, write);
    if (intervalMs <= 0) {
        // As fast as loopback takes it: more as soon as the last bytes went out.
        QObject::connect(socket, &QTcpSocket::bytesWritten, timer, write);
        if (ssl)
            QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, timer, write);
    }
    timer->start();
}

bool HostileServer::writeKubeconfig(const QString &path, const QUrl &server,
                                    const QByteArray &caPem, const QString &token)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: hostile\n  cluster:\n"
               "    server: " +
               server.toString().toUtf8() + "\n    certificate-authority-data: " +
               caPem.toBase64() + "\nusers:\n- name: admin\n  user:\n    token: " + token.toUtf8() +
               "\ncontexts:\n- name: hostile\n  context:\n    cluster: hostile\n"
               "    user: admin\n    namespace: openebs\ncurrent-context: hostile\n");
    return file.flush();
}
