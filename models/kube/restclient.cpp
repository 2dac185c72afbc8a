#include "models/kube/restclient.h"

#include "models/kube/boundedread.h"
#include "models/kube/execplugin.h"
#include "models/kube/execplugintrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcKube, "cstor.kube")

namespace Kube {

namespace {
constexpr int kMaxAttempts = 5;
// The reply property holding why RestClient aborted it (a limit it exceeded), and the one
// saying which kind of limit (Reply::reason: "Timeout" or "TooLarge").
constexpr char kLimitProperty[] = "cstorLimitError";
constexpr char kLimitReasonProperty[] = "cstorLimitReason";

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) == 0 ? 0 : 1);
}

QString describeSslErrors(const QList<QSslError> &errors, const QString &host)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("Kube::RestClient",
                                               "x509: the server's certificate has expired");
        case QSslError::HostNameMismatch:
            return QCoreApplication::translate("Kube::RestClient",
                                               "x509: the server's certificate is not valid for "
                                               "%1 (wrong host name)")
                .arg(host);
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToGetIssuerCertificate:
            return QCoreApplication::translate("Kube::RestClient",
                                               "x509: certificate signed by unknown authority "
                                               "(check the cluster's certificate-authority)");
        default:
            break;
        }
    }
    return errors.isEmpty() ? QString() : errors.first().errorString();
}
} // namespace

QJsonObject RestClient::Reply::json() const
{
    return isParsed ? parsed : QJsonDocument::fromJson(body).object();
}

RestClient::RestClient(const ClusterConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    if (config.server.scheme() == QLatin1String("https")) {
        QString error;
        if (!config.sslConfiguration(&m_ssl, &error))
            m_configError = error;
    } else if (config.hasCredentials()) {
        m_configError = tr("refusing to send credentials over plain http to %1: use https")
                            .arg(config.server.toString());
    }
    configure(m_network);
    if (config.requestTimeoutMs >= 0)
        m_limits.totalTimeoutMs = config.requestTimeoutMs; // kubectl's --request-timeout
    m_useExec = config.usesExecPlugin();
    if (m_useExec) {
        m_execKey = config.exec.cacheKey();
        const QString refused = ExecPlugin::refusal(config.exec, config.userName);
        if (m_configError.isEmpty())
            m_configError = refused;
    }
    m_refill.start();
    m_tokens = m_burst;
    m_pump.setSingleShot(true);
    connect(&m_pump, &QTimer::timeout, this, &RestClient::pump);
}

RestClient::~RestClient()
{
    // The watches' networks go first, and without retireStreamNetwork (their replies' ends).
    std::vector<std::unique_ptr<QNetworkAccessManager>> streamNetworks =
        std::move(m_streamNetworks);
    m_streamNetworks.clear();
    streamNetworks.clear();
    if (m_execWaiting)
        ExecCredentials::leaveRun(m_execKey, this);
    if (m_execPlugin) {
        delete m_execPlugin; // before the members its answer would use
        ExecCredentials::endRun(m_execKey, std::nullopt, {}); // the clients waiting run it
    }
}

bool RestClient::isUsable(QString *why) const
{
    QString error = m_configError;
    // Asked each time: the operator may trust the plugin while this client lives.
    if (error.isEmpty() && m_useExec && !ExecPluginTrust::isTrusted(m_config.exec))
        error = ExecPluginTrust::untrustedMessage(m_config.exec);
    if (error.isEmpty())
        return true;
    if (why)
        *why = error;
    return false;
}

void RestClient::setRateLimit(double qps, int burst)
{
    // A new limit starts with a full bucket, as client-go's limiter does: a client made for a
    // first list of hundreds of pages gets its burst at once, not the default's 10.
    m_qps = qps;
    m_burst = burst;
    m_tokens = burst;
    m_refill.restart();
}

QString RestClient::cstorPath(const QString &namespaceName, const QString &plural,
                              const QString &name)
{
    QString path = QStringLiteral("/apis/cstor.openebs.io/v1");
    if (!namespaceName.isEmpty())
        path += QStringLiteral("/namespaces/") + namespaceName;
    path += QLatin1Char('/') + plural;
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return path;
}

QNetworkRequest RestClient::request(const QString &path, const QUrlQuery &query,
                                    const QByteArray &accept) const
{
    QUrl url = m_config.server;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/$"))) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setRawHeader("User-Agent", QByteArrayLiteral("cstor-console/" CSTOR_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy); // never carry a token elsewhere
    if (url.scheme() == QLatin1String("https")) {
        request.setSslConfiguration(m_ssl);
        if (!m_config.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_config.tlsServerName);
        if (m_useExec) {
            if (m_execCredential) {
                const ExecCredential &credential = *m_execCredential;
                if (!credential.token.isEmpty())
                    request.setRawHeader("Authorization", "Bearer " + credential.token.toUtf8());
                if (!credential.clientCertificatePem.isEmpty()) {
                    QSslConfiguration ssl = m_ssl;
                    QSslKey key(credential.clientKeyPem, QSsl::Ec, QSsl::Pem);
                    if (key.isNull())
                        key = QSslKey(credential.clientKeyPem, QSsl::Rsa, QSsl::Pem);
                    ssl.setLocalCertificate(QSslCertificate(credential.clientCertificatePem));
                    ssl.setPrivateKey(key);
                    request.setSslConfiguration(ssl);
                }
                // Which credential this request carried, for an answer 401.
                request.setAttribute(QNetworkRequest::User, credential.fingerprint());
            }
            return request;
        }
        const QString token = m_config.bearerToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        else if (!m_config.username.isEmpty())
            request.setRawHeader(
                "Authorization",
                "Basic " +
                    (m_config.username + QLatin1Char(':') + m_config.password).toUtf8().toBase64());
    }
    return request;
}

void RestClient::get(const QString &path, const QUrlQuery &query, Callback done,
                     const QByteArray &accept)
{
    enqueue(Call{"GET", path, query, {}, {}, accept, std::move(done), 0});
}

void RestClient::getUnparsed(const QString &path, const QUrlQuery &query, Callback done)
{
    Call call{"GET",           path, query, {}, {}, QByteArrayLiteral("application/json"),
              std::move(done), 0};
    call.parseJson = false;
    enqueue(std::move(call));
}

void RestClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QByteArray &contentType, Callback done, bool dryRun)
{
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    if (verb != "DELETE")
        query.addQueryItem(QStringLiteral("fieldManager"), m_fieldManager);
    enqueue(Call{verb, path, query, body, contentType, QByteArrayLiteral("application/json"),
                 std::move(done), 0});
}

void RestClient::jsonPatch(const QString &path, const QJsonArray &patch, Callback done, bool dryRun)
{
    send("PATCH", path, QJsonDocument(patch).toJson(QJsonDocument::Compact),
         QByteArrayLiteral("application/json-patch+json"), std::move(done), dryRun);
}

void RestClient::jsonPatchUntil(const QString &path, const QJsonArray &patch,
                                QDeadlineTimer notAfter, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldManager"), m_fieldManager);
    Call call{"PATCH",
              path,
              query,
              QJsonDocument(patch).toJson(QJsonDocument::Compact),
              QByteArrayLiteral("application/json-patch+json"),
              QByteArrayLiteral("application/json"),
              std::move(done),
              0};
    call.notAfter = notAfter;
    enqueue(std::move(call));
}

void RestClient::expired(const Call &call) const
{
    Reply reply;
    reply.reason = QStringLiteral("Expired");
    reply.message = tr("%1 %2 was not sent: what it was decided on is no longer fresh")
                        .arg(QString::fromLatin1(call.verb), call.path);
    call.done(reply);
}

void RestClient::mergePatch(const QString &path, const QJsonObject &patch, Callback done,
                            bool dryRun)
{
    send("PATCH", path, QJsonDocument(patch).toJson(QJsonDocument::Compact),
         QByteArrayLiteral("application/merge-patch+json"), std::move(done), dryRun);
}

void RestClient::configure(QNetworkAccessManager &network) const
{
    network.setAutoDeleteReplies(false);
    const QUrl &proxy = m_config.proxyUrl;
    if (proxy.isValid() && !proxy.isEmpty()) {
        network.setProxy(QNetworkProxy(
            proxy.scheme().startsWith(QLatin1String("socks")) ? QNetworkProxy::Socks5Proxy
                                                              : QNetworkProxy::HttpProxy,
            proxy.host(), quint16(proxy.port(80)), proxy.userName(), proxy.password()));
    } else {
        network.setProxy(QNetworkProxy::NoProxy);
    }
}

QNetworkAccessManager &RestClient::newStreamNetwork()
{
    m_streamNetworks.push_back(std::make_unique<QNetworkAccessManager>());
    configure(*m_streamNetworks.back());
    return *m_streamNetworks.back();
}

void RestClient::retireStreamNetwork(QNetworkAccessManager *network)
{
    const auto it = std::find_if(m_streamNetworks.begin(), m_streamNetworks.end(),
                                 [network](const auto &held) { return held.get() == network; });
    if (it == m_streamNetworks.end())
        return;
    it->release()->deleteLater(); // its reply is still being destroyed
    m_streamNetworks.erase(it);
}

QNetworkReply *RestClient::stream(const QString &path, const QUrlQuery &query)
{
    if (!isUsable(nullptr))
        return nullptr;
    // A watch cannot wait for the plugin: it goes out with the credential at hand (an expired
    // one is answered 401 and the caller retries) while a fresh one is fetched.
    if (m_useExec && !haveExecCredential())
        runExecPlugin();
    QNetworkRequest request = this->request(path, query, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(0);
    // Each watch has a network of its own, which goes with it. Qt's HTTP connection hands the
    // TLS context of its first channel to each later one, and OpenSSL's session cache there
    // keeps every session, the server's certificates decoded with it, until it expires (real
    // time, two hours): a network kept for a watch's reconnections piled them up.
    QNetworkAccessManager &network = newStreamNetwork();
    QNetworkReply *reply = network.get(request);
    connect(reply, &QObject::destroyed, this,
            [this, network = &network] { retireStreamNetwork(network); });
    rememberSslErrors(reply);
    enforceLimits(reply, nullptr);
    if (m_useExec) {
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
                ExecCredentials::invalidate(
                    m_execKey, reply->request().attribute(QNetworkRequest::User).toByteArray());
        });
    }
    return reply;
}

void RestClient::rememberSslErrors(QNetworkReply *reply) const
{
    const QString host =
        m_config.tlsServerName.isEmpty() ? m_config.server.host() : m_config.tlsServerName;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, host](const QList<QSslError> &errors) {
        reply->setProperty("cstorSslError", describeSslErrors(errors, host));
    });
}

void RestClient::enforceLimits(QNetworkReply *reply, const std::shared_ptr<QByteArray> &body) const
{
    const bool streaming = !body;
    const QString server = m_config.server.toString();
    const Limits limits = m_limits;
    // `tooLarge`: a size limit, else a timeout.
    const auto fail = [reply, body](const QString &message, bool tooLarge = false) {
        if (!reply->property(kLimitProperty).toString().isEmpty() || reply->isFinished())
            return;
        qCWarning(lcKube).noquote() << message;
        reply->setProperty(kLimitProperty, message);
        reply->setProperty(kLimitReasonProperty,
                           tooLarge ? QStringLiteral("TooLarge") : QStringLiteral("Timeout"));
        if (body)
            *body = QByteArray(); // let go of it at once, not when the reply is deleted
        reply->abort();
    };
    // Qt's network thread reads the socket only while this reply's buffer has room.
    if (limits.readBufferBytes > 0)
        reply->setReadBufferSize(limits.readBufferBytes);
    // Which deadline a timeout message names: the operator's --request-timeout, or ours.
    const bool requested = m_config.requestTimeoutMs > 0;
    auto *idle = new QTimer(reply);
    idle->setSingleShot(true);
    if (limits.idleTimeoutMs > 0) {
        connect(idle, &QTimer::timeout, reply, [fail, server, limits, streaming] {
            fail(streaming ? tr("%1 did not answer the watch within %2 s (idle timeout)")
                                 .arg(server)
                                 .arg(limits.idleTimeoutMs / 1000.0)
                           : tr("%1 sent nothing for %2 s (idle timeout)")
                                 .arg(server)
                                 .arg(limits.idleTimeoutMs / 1000.0));
        });
        idle->start(limits.idleTimeoutMs);
    }
    if (streaming && limits.totalTimeoutMs > 0 &&
        (limits.idleTimeoutMs <= 0 || limits.totalTimeoutMs < limits.idleTimeoutMs)) {
        // A watch has no end, but its answer has to start within the deadline.
        auto *start = new QTimer(reply);
        start->setSingleShot(true);
        connect(start, &QTimer::timeout, reply, [fail, server, limits, requested] {
            fail(requested ? tr("%1 did not answer the watch within %2 s (request timeout)")
                                 .arg(server)
                                 .arg(limits.totalTimeoutMs / 1000.0)
                           : tr("%1 did not answer the watch within %2 s (total timeout)")
                                 .arg(server)
                                 .arg(limits.totalTimeoutMs / 1000.0));
        });
        connect(reply, &QNetworkReply::metaDataChanged, start, &QTimer::stop);
        start->start(limits.totalTimeoutMs);
    }
    connect(reply, &QNetworkReply::metaDataChanged, reply,
            [reply, idle, fail, server, limits, streaming, body] {
                if (streaming) {
                    idle->stop(); // a watch may be quiet for long; its lines are bounded instead
                    return;
                }
                if (limits.idleTimeoutMs > 0)
                    idle->start(limits.idleTimeoutMs);
                const qint64 announced =
                    reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                if (limits.maxResponseBytes > 0 && announced > limits.maxResponseBytes) {
                    fail(tr("the answer from %1 is too large: it announces %2 MB, more than the "
                            "limit of %3 MB")
                             .arg(server, megabytes(announced), megabytes(limits.maxResponseBytes)),
                         true);
                    return;
                }
                if (announced > 0 && body->capacity() < announced)
                    body->reserve(announced); // no doubling past what is coming
                // Again now that Qt's network thread surely has its reply: a request that
                // started later than the call (one with a body) missed the first setting.
                if (limits.readBufferBytes > 0)
                    reply->setReadBufferSize(limits.readBufferBytes);
            });
    if (streaming) {
        // A watch's lines are read and bounded by its reader (Informer); the buffer above
        // bounds what waits for it.
        return;
    }
    // The body is taken as it arrives, which frees Qt's buffer for the next bytes; the limit is
    // checked on every piece.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, idle, fail, server, limits, body] {
        if (!reply->property(kLimitProperty).toString().isEmpty())
            return;
        if (limits.idleTimeoutMs > 0)
            idle->start(limits.idleTimeoutMs);
        const qint64 room = limits.maxResponseBytes > 0 ? limits.maxResponseBytes - body->size()
                                                        : std::numeric_limits<qint64>::max();
        const qint64 available = reply->bytesAvailable();
        if (available > room) {
            fail(tr("the answer from %1 is too large: more than the limit of %2 MB")
                     .arg(server, megabytes(limits.maxResponseBytes)),
                 true);
            return;
        }
        reserveWithin(body.get(), body->size() + available, limits.maxResponseBytes);
        body->append(reply->read(available));
    });
    if (limits.totalTimeoutMs > 0) {
        QTimer::singleShot(limits.totalTimeoutMs, reply, [fail, server, limits, requested] {
            fail(requested ? tr("%1 did not complete its answer within %2 s (request timeout)")
                                 .arg(server)
                                 .arg(limits.totalTimeoutMs / 1000.0)
                           : tr("%1 did not complete its answer within %2 s (total timeout)")
                                 .arg(server)
                                 .arg(limits.totalTimeoutMs / 1000.0));
        });
    }
}

QString RestClient::failureOf(QNetworkReply *reply) const
{
    const QString limit = reply->property(kLimitProperty).toString();
    if (!limit.isEmpty())
        return limit;
    const QString ssl = reply->property("cstorSslError").toString();
    if (!ssl.isEmpty())
        return ssl;
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return tr("TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)")
            .arg(m_config.server.toString(), reply->errorString());
    return tr("cannot reach %1: %2").arg(m_config.server.toString(), reply->errorString());
}

void RestClient::enqueue(Call call)
{
    QString why;
    if (!isUsable(&why)) {
        Reply reply;
        reply.message = why;
        if (m_configError.isEmpty())
            reply.reason = QStringLiteral("ExecPluginNotTrusted");
        call.done(reply);
        return;
    }
    m_queue.append(std::move(call));
    pump();
}

bool RestClient::haveExecCredential()
{
    if (std::optional<ExecCredential> cached = ExecCredentials::cached(m_execKey)) {
        m_execCredential = std::move(cached);
        return true;
    }
    return m_execJustIssued && m_execCredential;
}

void RestClient::runExecPlugin()
{
    if (m_execPlugin || m_execWaiting)
        return; // the calls queued meanwhile wait for the same run
    const bool first = ExecCredentials::startRun(m_execKey, this, [this] {
        m_execWaiting = false;
        if (std::optional<ExecCredential> credential = ExecCredentials::cached(m_execKey)) {
            execPluginEnded(credential, {});
            return;
        }
        const QString error = ExecCredentials::runError(m_execKey);
        if (error.isEmpty())
            runExecPlugin(); // that run was abandoned, or what it gave has expired already
        else
            execPluginEnded(std::nullopt, error);
    });
    if (!first) {
        qCDebug(lcKube) << "waiting for the exec credential plugin another client runs";
        m_execWaiting = true;
        return;
    }
    qCDebug(lcKube) << "running the exec credential plugin" << m_config.exec.command;
    m_execPlugin = new ExecPlugin(m_config.exec, m_config, this);
    m_execPlugin->run(
        [this](const std::optional<ExecCredential> &credential, const QString &error) {
            m_execPlugin->deleteLater();
            m_execPlugin = nullptr;
            ExecCredentials::endRun(m_execKey, credential, error);
            execPluginEnded(credential, error);
        });
}

void RestClient::execPluginEnded(const std::optional<ExecCredential> &credential,
                                 const QString &error)
{
    if (credential) {
        m_execCredential = credential;
        m_execJustIssued = true;
        pump();
        return;
    }
    const QQueue<Call> failed = std::move(m_queue);
    m_queue.clear();
    for (const Call &call : failed) {
        Reply reply;
        reply.message = error;
        call.done(reply);
    }
}

void RestClient::pump()
{
    if (m_useExec && !m_queue.isEmpty() && !haveExecCredential()) {
        runExecPlugin();
        return;
    }
    // Calls that went stale while they waited fail now, wherever they are in the queue.
    QList<Call> stale;
    for (qsizetype i = 0; i < m_queue.size();) {
        if (m_queue.at(i).notAfter.hasExpired())
            stale.append(m_queue.takeAt(i));
        else
            ++i;
    }
    const double elapsed = m_refill.restart() / 1000.0;
    m_tokens = std::min<double>(m_burst, m_tokens + elapsed * m_qps);
    while (!m_queue.isEmpty() && m_tokens >= 1) {
        m_tokens -= 1;
        start(m_queue.takeFirst());
    }
    if (!m_queue.isEmpty()) {
        qint64 wait = qint64(std::ceil((1 - m_tokens) / m_qps * 1000));
        for (const Call &call : std::as_const(m_queue)) {
            if (!call.notAfter.isForever())
                wait = std::min(wait, call.notAfter.remainingTime() + 1);
        }
        wait = std::clamp<qint64>(wait, 1, std::numeric_limits<int>::max());
        if (!m_pump.isActive() || m_pump.remainingTime() > wait)
            m_pump.start(int(wait));
    }
    m_execJustIssued = false;
    for (const Call &call : std::as_const(stale))
        expired(call);
}

void RestClient::start(Call call)
{
    const QNetworkRequest request = [&] {
        QNetworkRequest r = this->request(call.path, call.query, call.accept);
        if (!call.contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        return r;
    }();
    // A GET goes out at once (a request with a body waits for Qt to buffer it first).
    QNetworkReply *reply = call.verb == "GET" && call.body.isEmpty()
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, call.verb, call.body);
    rememberSslErrors(reply);
    auto body = std::make_shared<QByteArray>();
    enforceLimits(reply, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, body]() mutable {
        reply->deleteLater();
        Reply result = finish(reply, std::exchange(*body, QByteArray()), call.parseJson);
        const int status = result.httpStatus;
        if (status == 401 && m_useExec && !call.reauthenticated) {
            // The plugin's credential was refused: run it again once, then retry once.
            call.reauthenticated = true;
            ExecCredentials::invalidate(
                m_execKey, reply->request().attribute(QNetworkRequest::User).toByteArray());
            m_execJustIssued = false;
            enqueue(std::move(call));
            return;
        }
        const bool limited = !reply->property(kLimitProperty).toString().isEmpty();
        const bool retryable =
            !limited && (status == 429 || (status >= 500 && status <= 504) ||
                         (status == 0 && call.verb == "GET" &&
                          reply->error() != QNetworkReply::SslHandshakeFailedError));
        if (retryable && call.attempt + 1 < kMaxAttempts) {
            int delayMs = 0;
            const QByteArray retryAfter = reply->rawHeader("Retry-After");
            if (!retryAfter.isEmpty())
                delayMs = retryAfter.toInt() * 1000;
            else
                delayMs = int((100 << (call.attempt + 1)) *
                              (1.0 + QRandomGenerator::global()->bounded(0.5)));
            if (!call.notAfter.isForever() && call.notAfter.remainingTime() <= delayMs) {
                call.done(result); // its retry would go out too late
                return;
            }
            ++call.attempt;
            qCDebug(lcKube) << "retrying" << call.verb << call.path << "after" << delayMs << "ms";
            // Precise: a coarse timer may fire up to 5% early, before Retry-After has passed.
            QTimer::singleShot(delayMs, Qt::PreciseTimer, this,
                               [this, call]() mutable { enqueue(std::move(call)); });
            return;
        }
        call.done(result);
    });
}

RestClient::Reply RestClient::finish(QNetworkReply *reply, QByteArray body, bool parseJson) const
{
    Reply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString limit = reply->property(kLimitProperty).toString();
    if (!limit.isEmpty()) {
        result.httpStatus = 0; // no complete answer
        result.reason = reply->property(kLimitReasonProperty).toString();
        result.message = limit;
        return result;
    }
    // What the last readyRead left, if any (bounded by the read buffer).
    body.append(reply->readAll());
    if (body.capacity() - body.size() > (qsizetype(1) << 20))
        body.squeeze(); // room reserved for the limit, not used
    result.body = std::move(body);
    result.ok = result.httpStatus >= 200 && result.httpStatus < 300;
    if (result.ok && reply->request().rawHeader("Accept").contains("json")) {
        // A Kubernetes API server answers JSON; anything else is a proxy, a login page or a
        // broken server, and must not reach the callers as an empty object.
        const QString server = m_config.server.toString();
        const QByteArray type = reply->rawHeader("Content-Type").trimmed();
        if (!type.isEmpty() && !type.contains("json")) {
            result.ok = false;
            result.message = tr("%1 answered with %2 instead of JSON: is it a Kubernetes API "
                                "server?")
                                 .arg(server, QString::fromLatin1(type.left(100)));
            return result;
        }
        if (parseJson && !result.body.isEmpty()) {
            QJsonDocument document;
            result.message = jsonProblem(result.body, &document);
            result.ok = result.message.isEmpty();
            if (result.ok) {
                result.parsed = document.object();
                result.isParsed = true;
            }
        }
        return result;
    }
    if (result.ok)
        return result;
    const QJsonObject status = QJsonDocument::fromJson(result.body).object();
    if (status.value(QStringLiteral("kind")).toString() == QLatin1String("Status")) {
        result.reason = status.value(QStringLiteral("reason")).toString();
        result.message = status.value(QStringLiteral("message")).toString();
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        // Never followed: a redirect could carry the credentials to another server.
        result.message =
            tr("%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect")
                .arg(m_config.server.toString(),
                     QString::fromUtf8(reply->rawHeader("Location").left(300)))
                .arg(result.httpStatus);
    } else if (result.httpStatus > 0) {
        result.message = tr("the server answered %1: %2")
                             .arg(result.httpStatus)
                             .arg(QString::fromUtf8(result.body.left(200)).trimmed());
    } else {
        result.message = failureOf(reply);
    }
    return result;
}

QString RestClient::jsonProblem(const QByteArray &body, QJsonDocument *document) const
{
    QJsonParseError error;
    QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::DeepNesting)
        return tr("the answer from %1 is nested too deeply (more than 1024 levels)")
            .arg(m_config.server.toString());
    if (error.error != QJsonParseError::NoError)
        return tr("the answer from %1 is not valid JSON: %2 at byte %3")
            .arg(m_config.server.toString(), error.errorString())
            .arg(error.offset);
    if (document)
        *document = std::move(parsed);
    return QString();
}

} // namespace Kube
