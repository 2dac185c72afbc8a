#include "models/sim/apiserver/apiserver.h"

#include "models/sim/apiserver/accessreview.h"
#include "models/sim/apiserver/certificateauthority.h"
#include "models/sim/apiserver/discoverydocuments.h"
#include "models/sim/apiserver/fieldselector.h"
#include "models/sim/apiserver/jsonpatch.h"
#include "models/sim/apiserver/labelselector.h"
#include "models/sim/apiserver/mergepatch.h"
#include "models/sim/apiserver/resourcecatalog.h"
#include "models/sim/apiserver/tablerenderer.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSimApi, "cstor.sim.api")

namespace Sim {

namespace {

constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;
constexpr int kMaxSnapshots = 32;
constexpr int kSnapshotSeconds = 300;
const QByteArray kJson = QByteArrayLiteral("application/json");

struct Reply
{
    int code = 200;
    QByteArray body;
    QByteArray contentType = kJson;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool omitBody = false; // the answer to a HEAD request: headers only
};

Reply jsonReply(int code, const QJsonObject &object)
{
    return Reply{code, QJsonDocument(object).toJson(QJsonDocument::Compact), kJson, {}};
}

Reply statusReply(const ApiError &error)
{
    return jsonReply(error.code, error.toStatus());
}

ApiError notFoundPath()
{
    return {404, QStringLiteral("NotFound"),
            QStringLiteral("the server could not find the requested resource"), QJsonObject()};
}

ApiError methodNotAllowed()
{
    return {405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the server does not allow this method on the requested resource"),
            QJsonObject()};
}

// Query values as Go encodes them: '+' is a space, then percent-decoding.
QHash<QString, QString> parseQuery(const QByteArray &raw)
{
    QHash<QString, QString> values;
    for (QByteArray pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        values.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return values;
}

QString patchVersion(const QString &minor)
{
    static const QHash<QString, QString> patches{
        {QStringLiteral("27"), QStringLiteral("16")}, {QStringLiteral("28"), QStringLiteral("15")},
        {QStringLiteral("29"), QStringLiteral("14")}, {QStringLiteral("30"), QStringLiteral("13")},
        {QStringLiteral("31"), QStringLiteral("9")},  {QStringLiteral("32"), QStringLiteral("4")},
        {QStringLiteral("33"), QStringLiteral("1")}};
    return patches.value(minor, QStringLiteral("0"));
}

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString nameOf(const QJsonObject &object)
{
    return metadataOf(object).value(QStringLiteral("name")).toString();
}

// A PUT or PATCH may not turn the object into another kind (a missing kind or apiVersion is
// filled in from the stored object).
std::optional<ApiError> typeMismatch(const ResourceInfo &resource, const QJsonObject &object)
{
    const auto text = [](const QJsonValue &value) {
        return value.isString() ? value.toString()
                                : QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                        .toJson(QJsonDocument::Compact)
                                                        .mid(1)
                                                        .chopped(1));
    };
    const auto kind = object.constFind(QStringLiteral("kind"));
    if (kind != object.constEnd() && kind.value() != QJsonValue(resource.kind))
        return ApiError::badRequest(
            QStringLiteral("the kind of the provided object (%1) does not match the resource (%2)")
                .arg(text(kind.value()), resource.kind));
    const auto apiVersion = object.constFind(QStringLiteral("apiVersion"));
    if (apiVersion != object.constEnd() && apiVersion.value() != QJsonValue(resource.apiVersion()))
        return ApiError::badRequest(QStringLiteral("the API version of the provided object (%1) "
                                                   "does not match the resource (%2)")
                                        .arg(text(apiVersion.value()), resource.apiVersion()));
    return std::nullopt;
}

// The authenticated caller.
struct User
{
    enum class Kind { Anonymous, Admin, ReadOnly } kind = Kind::Anonymous;
    QString name;
    QStringList groups;
};

// One parsed request.
struct Request
{
    QString method;
    QString path;
    QStringList segments;
    QHash<QString, QString> query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    User user;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool wantsTable() const { return header("accept").contains("as=Table"); }
    bool dryRun() const { return query.value(QStringLiteral("dryRun")) == QLatin1String("All"); }
};

// Where a resource request points.
struct Target
{
    const ResourceInfo *resource = nullptr;
    QString namespaceName;
    QString name;
    QString subresource;
};

} // namespace

// An open watch stream.
struct WatchStream
{
    QPointer<QTcpSocket> socket;
    std::shared_ptr<QHttpServerResponder> responder;
    const ResourceInfo *resource = nullptr;
    QString namespaceName;
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    bool table = false;
    TableRenderer::IncludeObject include = TableRenderer::IncludeObject::Metadata;
    bool columnsSent = false;
    bool ended = false;
    QTimer *timeout = nullptr;
    QTimer *bookmarks = nullptr;
};

class ApiServer::Private
{
public:
    ApiServer *q;
    ObjectStore *store;
    FaultPlan *faults;
    ResourceCatalog catalog;
    DiscoveryDocuments discovery{catalog};
    QString kubeVersion = QStringLiteral("1.32");
    AdminHandler admin;
    CertificateAuthority ca;
    CertificateAuthority::Issued serverCertificate;
    CertificateAuthority::Issued clientCertificate;
    QString adminToken = randomToken();
    QString readOnlyToken = randomToken();
    quint16 port = 0;
    QList<WatchStream *> watches;
    // Ended watches wait one event-loop turn before deletion (a queued lambda may still use
    // them); the destructor deletes those whose turn never came.
    QList<WatchStream *> endedWatches;

    struct Snapshot
    {
        QList<StoredObject> items;
        QString resourceVersion;
        QDateTime created;
    };
    QHash<QString, Snapshot> snapshots;
    QStringList snapshotOrder;

    Private(ApiServer *server, ObjectStore *objectStore, FaultPlan *faultPlan)
        : q(server)
        , store(objectStore)
        , faults(faultPlan)
    {
    }

    // --- request handling ---
    User authenticate(const Request &request, QTcpSocket *socket, bool *rejected) const;
    std::optional<ApiError> authorize(const User &user, const QString &verb, const Target &target,
                                      bool collection) const;
    Reply handle(Request &request, QTcpSocket *socket,
                 const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    Reply discoveryReply(const Request &request, bool *handled);
    Reply openApiReply(const Request &request);
    std::optional<Target> parseTarget(const QStringList &segments, QString *error) const;
    Reply resourceReply(Request &request, const Target &target, QTcpSocket *socket,
                        const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    Reply getObject(const Request &request, const Target &target);
    Reply listObjects(const Request &request, const Target &target);
    Reply createObject(const Request &request, const Target &target);
    Reply updateObject(const Request &request, const Target &target);
    Reply patchObject(const Request &request, const Target &target);
    Reply deleteObjects(const Request &request, const Target &target);
    Reply accessReview(const Request &request);
    Reply selfReview(const Request &request) const;
    Reply adminReply(const Request &request);
    QList<QJsonObject> namespaces() const;
    std::optional<QJsonObject> findObject(const Target &target) const;
    std::optional<ApiError> selectors(const Request &request, const Target &target,
                                      LabelSelector *labels,
                                      std::optional<FieldSelector> *fields) const;

    // --- watches ---
    void startWatch(const Request &request, const Target &target, QTcpSocket *socket,
                    const std::shared_ptr<QHttpServerResponder> &responder);
    // json: object's compact JSON when known.
    void sendEvent(WatchStream *watch, const QString &type, const QJsonObject &object,
                   const QByteArray &json = QByteArray());
    void sendChunk(WatchStream *watch, const QByteArray &line);
    void endWatch(WatchStream *watch, bool abort);
    void onStoreChanged(const StoreEvent &event);
    void onFaultsChanged();
    void editAsSecondWriter(const QString &ns, const QString &name);
    bool watchMatches(const WatchStream *watch, const QJsonObject &object) const;

    // --- output ---
    static void send(const std::shared_ptr<QHttpServerResponder> &responder, const Reply &reply);
};

// ---------------------------------------------------------------------------------------------

ApiServer::ApiServer(ObjectStore *store, FaultPlan *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(new Private(this, store, faults))
{
    for (const ResourceInfo &resource : d->catalog.resources())
        store->registerResource(resource.plural, resource.group);
    connect(store, &ObjectStore::changed, this,
            [this](const StoreEvent &event) { d->onStoreChanged(event); });
    connect(faults, &FaultPlan::changed, this, [this] { d->onFaultsChanged(); });
}

ApiServer::~ApiServer()
{
    qDeleteAll(d->watches);
    qDeleteAll(d->endedWatches);
    delete d;
}

void ApiServer::setKubeVersion(const QString &version)
{
    d->kubeVersion = version;
}

void ApiServer::setAdminHandler(AdminHandler handler)
{
    d->admin = std::move(handler);
}

bool ApiServer::listenTls(const QHostAddress &address, quint16 port, QString *error)
{
    if (!d->ca.generate(QStringLiteral("cstor-sim-ca"), error))
        return false;
    CertificateAuthority::Subject server;
    server.commonName = QStringLiteral("cstor-sim");
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    if (!d->ca.issue(server, &d->serverCertificate, error))
        return false;
    CertificateAuthority::Subject client;
    client.commonName = QStringLiteral("cert-user");
    client.organizations = {QStringLiteral("system:masters")};
    client.clientAuth = true;
    if (!d->ca.issue(client, &d->clientCertificate, error))
        return false;

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(d->serverCertificate.certificatePem));
    config.setPrivateKey(QSslKey(d->serverCertificate.keyPem, QSsl::Ec));
    config.setCaCertificates({QSslCertificate(d->ca.caCertificatePem())});
    config.setPeerVerifyMode(QSslSocket::QueryPeer); // client certificates are optional
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (config.privateKey().isNull()) {
        *error = QStringLiteral("cannot load the generated server key");
        return false;
    }
    sslSetup(config);
    d->port = listen(address, port);
    if (d->port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    return true;
}

quint16 ApiServer::port() const
{
    return d->port;
}

QString ApiServer::serverUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(d->port);
}

QByteArray ApiServer::caCertificatePem() const
{
    return d->ca.caCertificatePem();
}

QString ApiServer::adminToken() const
{
    return d->adminToken;
}

QString ApiServer::readOnlyToken() const
{
    return d->readOnlyToken;
}

QByteArray ApiServer::clientCertificatePem() const
{
    return d->clientCertificate.certificatePem;
}

QByteArray ApiServer::clientKeyPem() const
{
    return d->clientCertificate.keyPem;
}

CertificateAuthority *ApiServer::certificateAuthority() const
{
    return &d->ca;
}

bool ApiServer::writeKubeconfig(const QString &path, QString *error) const
{
    const auto b64 = [](const QByteArray &data) { return data.toBase64().toStdString(); };
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Config";
    out << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "cstor-sim";
    out << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "server" << YAML::Value << serverUrl().toStdString();
    out << YAML::Key << "certificate-authority-data" << YAML::Value << b64(caCertificatePem());
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

    out << YAML::Key << "users" << YAML::Value << YAML::BeginSeq;
    const auto tokenUser = [&out](const char *name, const QString &token) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
        out << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "token" << YAML::Value << token.toStdString();
        out << YAML::EndMap << YAML::EndMap;
    };
    tokenUser("admin", d->adminToken);
    tokenUser("read-only", d->readOnlyToken);
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "cert-user";
    out << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "client-certificate-data" << YAML::Value << b64(clientCertificatePem());
    out << YAML::Key << "client-key-data" << YAML::Value << b64(clientKeyPem());
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

    out << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq;
    const auto context = [&out](const char *name, const char *user) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name;
        out << YAML::Key << "context" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "cluster" << YAML::Value << "cstor-sim";
        out << YAML::Key << "user" << YAML::Value << user;
        out << YAML::Key << "namespace" << YAML::Value << "openebs";
        out << YAML::EndMap << YAML::EndMap;
    };
    context("cstor-sim", "admin");
    context("cstor-sim-read-only", "read-only");
    context("cstor-sim-cert", "cert-user");
    out << YAML::EndSeq;
    out << YAML::Key << "current-context" << YAML::Value << "cstor-sim";
    out << YAML::Key << "preferences" << YAML::Value << YAML::BeginMap << YAML::EndMap;
    out << YAML::EndMap;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(out.c_str());
    file.write("\n");
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // As Go's servers do: no Nagle delay on the last, partial segment of a response.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    Request request;
    switch (httpRequest.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        request.method = QStringLiteral("POST");
        break;
    case QHttpServerRequest::Method::Put:
        request.method = QStringLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Patch:
        request.method = QStringLiteral("PATCH");
        break;
    case QHttpServerRequest::Method::Delete:
        request.method = QStringLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Head:
        request.method = QStringLiteral("HEAD");
        break;
    default:
        request.method = QStringLiteral("OTHER");
        break;
    }
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    request.query = parseQuery(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &[key, value] : httpRequest.headers())
        request.headers.insert(key.toLower(), value);
    request.body = httpRequest.body();

    // What Go's server answers itself, before any handler: 400 in plain text and the connection
    // closed, reading nothing more from it (a body not read must not pass for a request).
    const auto refuseConnection = [&] {
        Private::send(responder,
                      Reply{400,
                            QByteArrayLiteral("400 Bad Request"),
                            QByteArrayLiteral("text/plain; charset=utf-8"),
                            {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}}});
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        socket->disconnectFromHost();
        return true;
    };
    // No header fields: none were sent (HTTP/1.1 requires Host), or the parser dropped them all,
    // one being malformed or over its limits (100 fields, 8 KiB each).
    if (httpRequest.headers().isEmpty())
        return refuseConnection();
    // A Content-Length that is not a number: the parser took it for "no body".
    if (request.headers.contains("content-length")) {
        bool lengthOk = false;
        request.header("content-length").trimmed().toULongLong(&lengthOk);
        if (!lengthOk)
            return refuseConnection();
    }
    // A WebSocket upgrade (kubectl uses none here): unhandled, so that the server's own
    // refusal is the only answer on the connection.
    if (request.header("connection").toLower().contains("upgrade") &&
        request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return false;

    const bool simPath = request.path.startsWith(QLatin1String("/sim/"));
    if (!simPath && d->faults->takeDrop()) {
        socket->abort(); // as if the connection broke: no reply at all
        return true;
    }
    Reply reply;
    bool streaming = false;
    if (request.body.size() > kMaxBodyBytes) {
        reply =
            statusReply({413, QStringLiteral("RequestEntityTooLarge"),
                         QStringLiteral("Request entity too large: limit is %1").arg(kMaxBodyBytes),
                         QJsonObject()});
    } else if (!simPath && d->faults->takeThrottle()) {
        reply = statusReply(
            {429, QStringLiteral("TooManyRequests"),
             QStringLiteral("too many requests, please try again later"),
             QJsonObject{{QStringLiteral("retryAfterSeconds"), d->faults->retryAfterSeconds}}});
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(d->faults->retryAfterSeconds)});
    } else if (!simPath && d->faults->takeFailure()) {
        reply = statusReply(ApiError::internal(QStringLiteral("injected fault")));
    } else {
        bool rejected = false;
        request.user = d->authenticate(request, socket, &rejected);
        if (rejected)
            reply = statusReply({401, QStringLiteral("Unauthorized"),
                                 QStringLiteral("Unauthorized"), QJsonObject()});
        else
            reply = d->handle(request, socket, responder, &streaming);
    }
    if (streaming)
        return true;
    if (!simPath && reply.code == 200 && request.method == QLatin1String("GET") &&
        request.segments.size() == 7 &&
        request.segments.at(5) == QLatin1String("cstorvolumeconfigs") &&
        d->faults->takeSecondWrite())
        d->editAsSecondWriter(request.segments.at(4), request.segments.at(6));
    reply.omitBody = request.method == QLatin1String("HEAD");
    const int latency = simPath ? 0 : d->faults->latencyMs;
    if (latency > 0) {
        // The responder writes to the socket: not after the client went away.
        QTimer::singleShot(latency, this, [responder, reply, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                Private::send(responder, reply);
        });
    } else {
        Private::send(responder, reply);
    }
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Private::send(std::make_shared<QHttpServerResponder>(makeResponder(request, socket)),
                  statusReply(notFoundPath()));
}

// ---------------------------------------------------------------------------------------------

void ApiServer::Private::send(const std::shared_ptr<QHttpServerResponder> &responder,
                              const Reply &reply)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.code));
    responder->writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder->writeHeader(QByteArrayLiteral("Cache-Control"),
                           QByteArrayLiteral("no-cache, private"));
    responder->writeHeader(QByteArrayLiteral("Audit-Id"),
                           QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    for (const auto &[key, value] : reply.headers)
        responder->writeHeader(key, value);
    responder->writeHeader(QByteArrayLiteral("Content-Length"),
                           QByteArray::number(reply.body.size()));
    responder->writeBody(reply.omitBody ? QByteArray() : reply.body);
}

User ApiServer::Private::authenticate(const Request &request, QTcpSocket *socket,
                                      bool *rejected) const
{
    User user;
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        if (token == adminToken) {
            user.kind = User::Kind::Admin;
            user.name = QStringLiteral("admin");
            user.groups = {QStringLiteral("system:masters"),
                           QStringLiteral("system:authenticated")};
        } else if (token == readOnlyToken) {
            user.kind = User::Kind::ReadOnly;
            user.name = QStringLiteral("read-only");
            user.groups = {QStringLiteral("system:authenticated")};
        } else {
            *rejected = true;
        }
        return user;
    }
    if (!authorization.isEmpty()) {
        *rejected = true; // basic auth and anything else: not accepted here
        return user;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        const QSslCertificate certificate = tls->peerCertificate();
        if (!certificate.isNull()) {
            QString commonName;
            QStringList groups;
            if (!ca.verifyClient(certificate.toDer(), &commonName, &groups)) {
                *rejected = true;
                return user;
            }
            user.kind = groups.contains(QStringLiteral("system:masters")) ? User::Kind::Admin
                                                                          : User::Kind::ReadOnly;
            user.name = commonName;
            user.groups = groups << QStringLiteral("system:authenticated");
            return user;
        }
    }
    user.name = QStringLiteral("system:anonymous");
    user.groups = {QStringLiteral("system:unauthenticated")};
    return user;
}

std::optional<ApiError> ApiServer::Private::authorize(const User &user, const QString &verb,
                                                      const Target &target, bool collection) const
{
    bool allowed = false;
    switch (user.kind) {
    case User::Kind::Admin:
        allowed = true;
        break;
    case User::Kind::ReadOnly:
        allowed = verb == QLatin1String("get") || verb == QLatin1String("list") ||
                  verb == QLatin1String("watch");
        break;
    case User::Kind::Anonymous:
        allowed = false;
        break;
    }
    if (allowed)
        return std::nullopt;
    const ResourceInfo &resource = *target.resource;
    QString where = target.namespaceName.isEmpty()
                        ? QStringLiteral("at the cluster scope")
                        : QStringLiteral("in the namespace \"%1\"").arg(target.namespaceName);
    const QString subject =
        collection || target.name.isEmpty()
            ? resource.groupResource()
            : QStringLiteral("%1 \"%2\"").arg(resource.groupResource(), target.name);
    QJsonObject details{{QStringLiteral("kind"), resource.plural}};
    if (!resource.group.isEmpty())
        details.insert(QStringLiteral("group"), resource.group);
    if (!collection && !target.name.isEmpty())
        details.insert(QStringLiteral("name"), target.name);
    return ApiError{403, QStringLiteral("Forbidden"),
                    QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API "
                                   "group \"%5\" %6")
                        .arg(subject, user.name, verb, resource.plural, resource.group, where),
                    details};
}

Reply ApiServer::Private::handle(Request &request, QTcpSocket *socket,
                                 const std::shared_ptr<QHttpServerResponder> &responder,
                                 bool *streaming)
{
    const QStringList &s = request.segments;
    const bool anonymous = request.user.kind == User::Kind::Anonymous;
    if (request.path.startsWith(QLatin1String("/sim/")))
        return adminReply(request);
    if (request.method == QLatin1String("GET")) {
        if (request.path == QLatin1String("/version")) {
            return jsonReply(
                200, {{QStringLiteral("major"), QStringLiteral("1")},
                      {QStringLiteral("minor"), kubeVersion.section(u'.', 1)},
                      {QStringLiteral("gitVersion"),
                       QStringLiteral("v%1.%2").arg(kubeVersion,
                                                    patchVersion(kubeVersion.section(u'.', 1)))},
                      {QStringLiteral("gitCommit"), QStringLiteral("cstor-sim")},
                      {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                      {QStringLiteral("buildDate"), QStringLiteral("2025-04-22T16:03:41Z")},
                      {QStringLiteral("goVersion"), QStringLiteral("go1.23.6")},
                      {QStringLiteral("compiler"), QStringLiteral("gc")},
                      {QStringLiteral("platform"), QStringLiteral("linux/amd64")}});
        }
        if (request.path == QLatin1String("/healthz") || request.path == QLatin1String("/livez") ||
            request.path == QLatin1String("/readyz"))
            return Reply{200, QByteArrayLiteral("ok"), QByteArrayLiteral("text/plain"), {}};
    }
    if (anonymous) {
        return statusReply({403, QStringLiteral("Forbidden"),
                            QStringLiteral("forbidden: User \"system:anonymous\" cannot get path "
                                           "\"%1\"")
                                .arg(request.path),
                            QJsonObject()});
    }
    if (!s.isEmpty() && s.first() == QLatin1String("openapi"))
        return openApiReply(request);
    bool handled = false;
    Reply discovered = discoveryReply(request, &handled);
    if (handled)
        return discovered;

    if (request.method == QLatin1String("POST") &&
        request.path == QLatin1String("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"))
        return accessReview(request);
    if (request.method == QLatin1String("POST") &&
        (request.path == QLatin1String("/apis/authentication.k8s.io/v1/selfsubjectreviews") ||
         request.path == QLatin1String("/apis/authentication.k8s.io/v1beta1/selfsubjectreviews")))
        return selfReview(request);

    QString error;
    const std::optional<Target> target = parseTarget(s, &error);
    if (!target)
        return statusReply(notFoundPath());
    return resourceReply(request, *target, socket, responder, streaming);
}

Reply ApiServer::Private::discoveryReply(const Request &request, bool *handled)
{
    *handled = false;
    const QStringList &s = request.segments;
    if (request.method != QLatin1String("GET") || s.isEmpty() || s.size() > 3)
        return {};
    const auto aggregated = DiscoveryDocuments::negotiateAggregated(request.header("accept"));
    const auto documentReply = [&](const std::optional<QJsonObject> &document) {
        *handled = true;
        return document ? jsonReply(200, *document) : statusReply(notFoundPath());
    };
    if (s == QStringList{QStringLiteral("api")} || s == QStringList{QStringLiteral("apis")}) {
        *handled = true;
        const bool core = s.first() == QLatin1String("api");
        if (aggregated) {
            Reply reply = jsonReply(200, core ? discovery.aggregatedCore(*aggregated)
                                              : discovery.aggregatedGroups(*aggregated));
            reply.contentType = DiscoveryDocuments::aggregatedContentType(*aggregated);
            return reply;
        }
        return jsonReply(200, core ? discovery.apiVersions() : discovery.apiGroupList());
    }
    if (s.size() == 2 && s.at(0) == QLatin1String("api"))
        return documentReply(discovery.apiResourceList(QString(), s.at(1)));
    if (s.size() == 2 && s.at(0) == QLatin1String("apis"))
        return documentReply(discovery.apiGroup(s.at(1)));
    if (s.size() == 3 && s.at(0) == QLatin1String("apis"))
        return documentReply(discovery.apiResourceList(s.at(1), s.at(2)));
    return {};
}

Reply ApiServer::Private::openApiReply(const Request &request)
{
    const QStringList &s = request.segments;
    if (request.method != QLatin1String("GET") || s.size() < 2 || s.at(1) != QLatin1String("v3"))
        return statusReply(notFoundPath());
    if (s.size() == 2)
        return jsonReply(200, discovery.openApiRoot());
    QString group;
    QString version;
    if (s.size() == 4 && s.at(2) == QLatin1String("api")) {
        version = s.at(3);
    } else if (s.size() == 5 && s.at(2) == QLatin1String("apis")) {
        group = s.at(3);
        version = s.at(4);
    } else {
        return statusReply(notFoundPath());
    }
    const auto document = discovery.openApiDocument(group, version);
    if (!document)
        return statusReply(notFoundPath());
    const QString hash = discovery.openApiHash(group, version);
    const QString asked = request.query.value(QStringLiteral("hash"));
    if (!asked.isEmpty() && asked != hash) {
        Reply moved{301, QByteArray(), kJson, {}};
        moved.headers.append({QByteArrayLiteral("Location"),
                              QStringLiteral("/openapi/v3/%1?hash=%2")
                                  .arg(DiscoveryDocuments::openApiPath(group, version), hash)
                                  .toUtf8()});
        return moved;
    }
    Reply reply = jsonReply(200, *document);
    if (!asked.isEmpty())
        reply.headers.append({QByteArrayLiteral("Etag"), hash.toUtf8()});
    return reply;
}

std::optional<Target> ApiServer::Private::parseTarget(const QStringList &segments,
                                                      QString *error) const
{
    QString group;
    QString version;
    QStringList rest;
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("api")) {
        version = segments.at(1);
        rest = segments.mid(2);
    } else if (segments.size() >= 4 && segments.at(0) == QLatin1String("apis")) {
        group = segments.at(1);
        version = segments.at(2);
        rest = segments.mid(3);
    } else {
        *error = QStringLiteral("not a resource path");
        return std::nullopt;
    }
    Target target;
    // namespaces/<ns>/<resource>[/<name>[/<subresource>]]
    if (rest.size() >= 3 && rest.at(0) == QLatin1String("namespaces")) {
        target.namespaceName = rest.at(1);
        rest = rest.mid(2);
    }
    const ResourceInfo *resource = catalog.find(group, rest.value(0));
    if (!resource || resource->version != version) {
        *error = QStringLiteral("unknown resource");
        return std::nullopt;
    }
    if (resource->namespaced == false && !target.namespaceName.isEmpty())
        return std::nullopt;
    if (rest.size() > 3)
        return std::nullopt;
    target.resource = resource;
    target.name = rest.value(1);
    target.subresource = rest.value(2);
    if (!target.subresource.isEmpty() && !resource->subresources.contains(target.subresource))
        return std::nullopt;
    if (resource->namespaced && !target.name.isEmpty() && target.namespaceName.isEmpty())
        return std::nullopt; // a namespaced object needs its namespace
    return target;
}

QList<QJsonObject> ApiServer::Private::namespaces() const
{
    QStringList names{QStringLiteral("default"), QStringLiteral("kube-node-lease"),
                      QStringLiteral("kube-public"), QStringLiteral("kube-system"),
                      QStringLiteral("openebs")};
    QHash<QString, QJsonObject> stored;
    for (const QJsonObject &ns : store->list(QStringLiteral("namespaces"))) {
        stored.insert(nameOf(ns), ns);
        names.append(nameOf(ns));
    }
    names.removeDuplicates();
    names.sort();
    QList<QJsonObject> result;
    for (const QString &name : names) {
        if (stored.contains(name)) {
            result.append(stored.value(name));
            continue;
        }
        result.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("Namespace")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("uid"),
                          QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces)},
                         {QStringLiteral("resourceVersion"), QStringLiteral("5")},
                         {QStringLiteral("creationTimestamp"),
                          ObjectStore::formatTimestamp(store->now().addDays(-1))},
                         {QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("kubernetes.io/metadata.name"), name}}}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")}}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}});
    }
    return result;
}

std::optional<QJsonObject> ApiServer::Private::findObject(const Target &target) const
{
    if (target.resource->plural == QLatin1String("namespaces")) {
        for (const QJsonObject &ns : namespaces()) {
            if (nameOf(ns) == target.name)
                return ns;
        }
        return std::nullopt;
    }
    return store->get(target.resource->plural, target.namespaceName, target.name);
}

std::optional<ApiError> ApiServer::Private::selectors(const Request &request, const Target &target,
                                                      LabelSelector *labels,
                                                      std::optional<FieldSelector> *fields) const
{
    const QString labelText = request.query.value(QStringLiteral("labelSelector"));
    const QString fieldText = request.query.value(QStringLiteral("fieldSelector"));
    const auto failure = [&](const QString &why) {
        return ApiError::badRequest(
            QStringLiteral("Unable to find \"%1, Resource=%2\" that match label selector \"%3\", "
                           "field selector \"%4\": %5")
                .arg(target.resource->apiVersion(), target.resource->plural, labelText, fieldText,
                     why));
    };
    QString error;
    const auto parsedLabels = LabelSelector::parse(labelText, &error);
    if (!parsedLabels)
        return failure(error);
    *labels = *parsedLabels;
    if (!fieldText.isEmpty()) {
        *fields = FieldSelector::parse(fieldText, target.resource->plural, &error);
        if (!*fields)
            return failure(error);
    }
    return std::nullopt;
}

Reply ApiServer::Private::resourceReply(Request &request, const Target &target, QTcpSocket *socket,
                                        const std::shared_ptr<QHttpServerResponder> &responder,
                                        bool *streaming)
{
    const bool collection = target.name.isEmpty();
    const QString &method = request.method;
    QString verb;
    if (method == QLatin1String("GET"))
        verb = collection
                   ? (request.query.value(QStringLiteral("watch")) == QLatin1String("true") ||
                              request.query.value(QStringLiteral("watch")) == QLatin1String("1")
                          ? QStringLiteral("watch")
                          : QStringLiteral("list"))
                   : QStringLiteral("get");
    else if (method == QLatin1String("POST") && collection)
        verb = QStringLiteral("create");
    else if (method == QLatin1String("PUT") && !collection)
        verb = QStringLiteral("update");
    else if (method == QLatin1String("PATCH") && !collection)
        verb = QStringLiteral("patch");
    else if (method == QLatin1String("DELETE"))
        verb = collection ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    if (verb.isEmpty() || !target.resource->verbs.contains(verb))
        return statusReply(methodNotAllowed());
    if (auto denied = authorize(request.user, verb, target, collection))
        return statusReply(*denied);

    if (verb == QLatin1String("get"))
        return getObject(request, target);
    if (verb == QLatin1String("list"))
        return listObjects(request, target);
    if (verb == QLatin1String("watch")) {
        if (!request.query.value(QStringLiteral("sendInitialEvents")).isEmpty())
            return statusReply({422, QStringLiteral("Invalid"),
                                QStringLiteral("sendInitialEvents is not supported by this server"),
                                QJsonObject()});
        bool ok = true;
        const QString rv = request.query.value(QStringLiteral("resourceVersion"));
        if (!rv.isEmpty())
            rv.toLongLong(&ok);
        if (!ok)
            return statusReply(
                ApiError::badRequest(QStringLiteral("invalid resourceVersion \"%1\"").arg(rv)));
        LabelSelector labels;
        std::optional<FieldSelector> fields;
        if (auto error = selectors(request, target, &labels, &fields))
            return statusReply(*error);
        *streaming = true;
        const int latency = faults->latencyMs;
        if (latency > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(latency, q, [this, request, target, guard, responder] {
                if (guard)
                    startWatch(request, target, guard, responder);
            });
        } else {
            startWatch(request, target, socket, responder);
        }
        return {};
    }
    if (verb == QLatin1String("create"))
        return createObject(request, target);
    if (verb == QLatin1String("update"))
        return updateObject(request, target);
    if (verb == QLatin1String("patch"))
        return patchObject(request, target);
    return deleteObjects(request, target);
}

Reply ApiServer::Private::getObject(const Request &request, const Target &target)
{
    const std::optional<QJsonObject> object = findObject(target);
    if (!object)
        return statusReply(
            ApiError::notFound(target.resource->plural, target.resource->group, target.name));
    if (request.wantsTable()) {
        const auto include =
            TableRenderer::parseIncludeObject(request.query.value(QStringLiteral("includeObject")));
        return jsonReply(
            200, TableRenderer::table(
                     *target.resource, {*object}, store->now(),
                     metadataOf(*object).value(QStringLiteral("resourceVersion")).toString(),
                     QString(), -1, include));
    }
    return jsonReply(200, *object);
}

Reply ApiServer::Private::listObjects(const Request &request, const Target &target)
{
    const ResourceInfo &resource = *target.resource;
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    if (auto error = selectors(request, target, &labels, &fields))
        return statusReply(*error);
    bool limitOk = true;
    const QString limitText = request.query.value(QStringLiteral("limit"));
    const qsizetype limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&limitOk);
    if (!limitOk || limit < 0)
        return statusReply(
            ApiError::badRequest(QStringLiteral("invalid limit \"%1\"").arg(limitText)));

    QString snapshotId;
    qsizetype start = 0;
    Snapshot snapshot;
    const QString continueToken = request.query.value(QStringLiteral("continue"));
    if (!continueToken.isEmpty()) {
        const QJsonObject token =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(continueToken.toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        snapshotId = token.value(QStringLiteral("id")).toString();
        start = qsizetype(token.value(QStringLiteral("start")).toInteger(-1));
        if (!snapshots.contains(snapshotId) || start < 0) {
            return statusReply(
                {410, QStringLiteral("Expired"),
                 QStringLiteral("The provided continue parameter is too old to display a "
                                "consistent list result. You can start a new list without the "
                                "continue parameter."),
                 QJsonObject()});
        }
        snapshot = snapshots.value(snapshotId);
    } else {
        QList<StoredObject> all;
        if (resource.plural == QLatin1String("namespaces")) {
            for (const QJsonObject &object : namespaces())
                all.append({object, QByteArray()});
        } else {
            all = store->listStored(resource.plural, target.namespaceName);
        }
        snapshot.items.reserve(all.size());
        for (const StoredObject &stored : std::as_const(all)) {
            if (labels.matchesObject(stored.object) && (!fields || fields->matches(stored.object)))
                snapshot.items.append(stored);
        }
        snapshot.resourceVersion = QString::number(store->resourceVersion());
        snapshot.created = QDateTime::currentDateTimeUtc();
    }

    const qsizetype total = snapshot.items.size();
    const qsizetype end = limit > 0 ? std::min(total, start + limit) : total;
    QString nextToken;
    qsizetype remaining = -1;
    if (end < total) {
        if (snapshotId.isEmpty()) {
            snapshotId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            snapshots.insert(snapshotId, snapshot);
            snapshotOrder.append(snapshotId);
            while (snapshotOrder.size() > kMaxSnapshots)
                snapshots.remove(snapshotOrder.takeFirst());
        }
        nextToken = QString::fromLatin1(
            QJsonDocument(QJsonObject{{QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1")},
                                      {QStringLiteral("rv"), snapshot.resourceVersion.toLongLong()},
                                      {QStringLiteral("id"), snapshotId},
                                      {QStringLiteral("start"), qint64(end)}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        remaining = total - end;
    }
    // Forget snapshots older than a few minutes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!snapshotOrder.isEmpty() &&
           snapshots.value(snapshotOrder.first()).created.secsTo(now) > kSnapshotSeconds)
        snapshots.remove(snapshotOrder.takeFirst());

    const QList<StoredObject> page = snapshot.items.mid(start, end - start);
    if (request.wantsTable()) {
        QList<QJsonObject> objects;
        objects.reserve(page.size());
        for (const StoredObject &stored : page)
            objects.append(stored.object);
        const auto include =
            TableRenderer::parseIncludeObject(request.query.value(QStringLiteral("includeObject")));
        return jsonReply(200, TableRenderer::table(resource, objects, store->now(),
                                                   snapshot.resourceVersion, nextToken, remaining,
                                                   include));
    }
    QJsonObject metadata{{QStringLiteral("resourceVersion"), snapshot.resourceVersion}};
    if (!nextToken.isEmpty()) {
        metadata.insert(QStringLiteral("continue"), nextToken);
        metadata.insert(QStringLiteral("remainingItemCount"), qint64(remaining));
    }
    // Item by item, from the JSON the store keeps: a 30,000-object list is tens of megabytes.
    qsizetype size = 256;
    for (const StoredObject &stored : page)
        size += stored.json.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"apiVersion\":\"" + resource.apiVersion().toUtf8() + "\",\"items\":[";
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i > 0)
            body += ',';
        const StoredObject &stored = page.at(i);
        body += stored.json.isEmpty() ? QJsonDocument(stored.object).toJson(QJsonDocument::Compact)
                                      : stored.json;
    }
    body += "],\"kind\":\"" + resource.listKind.toUtf8() +
            "\",\"metadata\":" + QJsonDocument(metadata).toJson(QJsonDocument::Compact) + '}';
    return Reply{200, body, kJson, {}};
}

Reply ApiServer::Private::createObject(const Request &request, const Target &target)
{
    const ResourceInfo &resource = *target.resource;
    if (resource.plural == QLatin1String("selfsubjectaccessreviews"))
        return accessReview(request);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return statusReply(ApiError::badRequest(
            QStringLiteral("the body of the request could not be decoded as a JSON object: %1")
                .arg(parseError.errorString())));
    QJsonObject object = document.object();
    QJsonObject metadata = metadataOf(object);
    const QString bodyNamespace = metadata.value(QStringLiteral("namespace")).toString();
    if (resource.namespaced) {
        if (!bodyNamespace.isEmpty() && bodyNamespace != target.namespaceName)
            return statusReply(ApiError::badRequest(
                QStringLiteral("the namespace of the provided object does not match the "
                               "namespace sent on the request")));
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    }
    if (metadata.value(QStringLiteral("name")).toString().isEmpty() &&
        metadata.value(QStringLiteral("generateName")).toString().isEmpty())
        return statusReply({422, QStringLiteral("Invalid"),
                            QStringLiteral("%1 \"\" is invalid: metadata.name: Required value: "
                                           "name or generateName is required")
                                .arg(resource.kind),
                            QJsonObject()});
    object.insert(QStringLiteral("metadata"), metadata);
    if (!object.contains(QStringLiteral("apiVersion")))
        object.insert(QStringLiteral("apiVersion"), resource.apiVersion());
    if (!object.contains(QStringLiteral("kind")))
        object.insert(QStringLiteral("kind"), resource.kind);
    if (object.value(QStringLiteral("kind")).toString() != resource.kind)
        return statusReply(ApiError::badRequest(
            QStringLiteral("the kind of the provided object (%1) does not match the resource (%2)")
                .arg(object.value(QStringLiteral("kind")).toString(), resource.kind)));
    const ObjectStore::Result result = store->create(resource.plural, object, request.dryRun());
    if (const ApiError *error = std::get_if<ApiError>(&result))
        return statusReply(*error);
    return jsonReply(201, std::get<QJsonObject>(result));
}

Reply ApiServer::Private::updateObject(const Request &request, const Target &target)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return statusReply(ApiError::badRequest(
            QStringLiteral("the body of the request could not be decoded as a JSON object: %1")
                .arg(parseError.errorString())));
    QJsonObject object = document.object();
    QJsonObject metadata = metadataOf(object);
    if (metadata.value(QStringLiteral("name")).toString() != target.name)
        return statusReply(ApiError::badRequest(
            QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                .arg(metadata.value(QStringLiteral("name")).toString(), target.name)));
    if (!findObject(target))
        return statusReply(
            ApiError::notFound(target.resource->plural, target.resource->group, target.name));
    if (auto mismatch = typeMismatch(*target.resource, object))
        return statusReply(*mismatch);
    if (target.resource->namespaced)
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    object.insert(QStringLiteral("metadata"), metadata);
    const ObjectStore::Result result =
        store->update(target.resource->plural, object, request.dryRun());
    if (const ApiError *error = std::get_if<ApiError>(&result))
        return statusReply(*error);
    return jsonReply(200, std::get<QJsonObject>(result));
}

Reply ApiServer::Private::patchObject(const Request &request, const Target &target)
{
    const ResourceInfo &resource = *target.resource;
    const QByteArray type = request.header("content-type").split(';').first().trimmed();
    const bool merge = type == "application/merge-patch+json";
    const bool json = type == "application/json-patch+json";
    if (!merge && !json) {
        return statusReply({415, QStringLiteral("UnsupportedMediaType"),
                            QStringLiteral("the body of the request was in an unknown format - "
                                           "accepted media types include: "
                                           "application/json-patch+json, "
                                           "application/merge-patch+json, "
                                           "application/apply-patch+yaml"),
                            QJsonObject()});
    }
    const std::optional<QJsonObject> current = findObject(target);
    if (!current)
        return statusReply(ApiError::notFound(resource.plural, resource.group, target.name));
    const auto patched = merge ? MergePatch::applyToObject(*current, request.body)
                               : JsonPatch::applyToObject(*current, request.body);
    if (const ApiError *error = std::get_if<ApiError>(&patched))
        return statusReply(*error);
    QJsonObject object = std::get<QJsonObject>(patched);
    if (auto mismatch = typeMismatch(resource, object))
        return statusReply(*mismatch);
    // A patch may not rename or move the object.
    QJsonObject metadata = metadataOf(object);
    metadata.insert(QStringLiteral("name"), target.name);
    if (resource.namespaced)
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    object.insert(QStringLiteral("metadata"), metadata);
    const ObjectStore::Result result = store->update(resource.plural, object, request.dryRun());
    if (const ApiError *error = std::get_if<ApiError>(&result))
        return statusReply(*error);
    return jsonReply(200, std::get<QJsonObject>(result));
}

Reply ApiServer::Private::deleteObjects(const Request &request, const Target &target)
{
    const ResourceInfo &resource = *target.resource;
    if (!target.name.isEmpty()) {
        const ObjectStore::Result result =
            store->remove(resource.plural, target.namespaceName, target.name, request.dryRun());
        if (const ApiError *error = std::get_if<ApiError>(&result))
            return statusReply(*error);
        return jsonReply(200, std::get<QJsonObject>(result));
    }
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    if (auto error = selectors(request, target, &labels, &fields))
        return statusReply(*error);
    QJsonArray deleted;
    for (const QJsonObject &object : store->list(resource.plural, target.namespaceName)) {
        if (!labels.matchesObject(object) || (fields && !fields->matches(object)))
            continue;
        const ObjectStore::Result result = store->remove(
            resource.plural, metadataOf(object).value(QStringLiteral("namespace")).toString(),
            nameOf(object), request.dryRun());
        if (const ApiError *error = std::get_if<ApiError>(&result))
            return statusReply(*error);
        deleted.append(std::get<QJsonObject>(result));
    }
    return jsonReply(200, {{QStringLiteral("apiVersion"), resource.apiVersion()},
                           {QStringLiteral("kind"), resource.listKind},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("resourceVersion"),
                                         QString::number(store->resourceVersion())}}},
                           {QStringLiteral("items"), deleted}});
}

Reply ApiServer::Private::accessReview(const Request &request)
{
    QString error;
    std::optional<AccessReview> review;
    if (request.header("content-type").startsWith("application/vnd.kubernetes.protobuf")) {
        review = AccessReview::fromProtobuf(request.body, &error);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return statusReply(ApiError::badRequest(
                QStringLiteral("the body of the request could not be decoded as a JSON object: %1")
                    .arg(parseError.errorString())));
        review = AccessReview::fromJson(document.object(), &error);
    }
    if (!review)
        return statusReply(ApiError::badRequest(error));
    bool allowed = false;
    QString reason;
    if (!review->nonResourcePath.isEmpty()) {
        allowed = request.user.kind == User::Kind::Admin || review->verb == QLatin1String("get");
    } else {
        Target target;
        const ResourceInfo *resource = catalog.find(review->group, review->resource);
        ResourceInfo unknown;
        if (!resource) {
            unknown.plural = review->resource;
            unknown.group = review->group;
            resource = &unknown;
        }
        target.resource = resource;
        target.namespaceName = review->namespaceName;
        target.name = review->name;
        allowed = !authorize(request.user, review->verb, target, review->name.isEmpty());
    }
    if (allowed) {
        reason = request.user.kind == User::Kind::Admin
                     ? QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of "
                                      "ClusterRole \"cluster-admin\" to Group \"system:masters\"")
                     : QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cstor-read-only\" of "
                                      "ClusterRole \"view\" to User \"%1\"")
                           .arg(request.user.name);
    }
    QJsonObject status{{QStringLiteral("allowed"), allowed}};
    if (!reason.isEmpty())
        status.insert(QStringLiteral("reason"), reason);
    return jsonReply(201,
                     {{QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                      {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
                      {QStringLiteral("spec"), review->specJson()},
                      {QStringLiteral("status"), status}});
}

Reply ApiServer::Private::selfReview(const Request &request) const
{
    const QString apiVersion = request.path.contains(QLatin1String("v1beta1"))
                                   ? QStringLiteral("authentication.k8s.io/v1beta1")
                                   : QStringLiteral("authentication.k8s.io/v1");
    return jsonReply(
        201, {{QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")},
              {QStringLiteral("apiVersion"), apiVersion},
              {QStringLiteral("metadata"),
               QJsonObject{{QStringLiteral("creationTimestamp"), QJsonValue::Null}}},
              {QStringLiteral("status"),
               QJsonObject{{QStringLiteral("userInfo"),
                            QJsonObject{{QStringLiteral("username"), request.user.name},
                                        {QStringLiteral("groups"),
                                         QJsonArray::fromStringList(request.user.groups)}}}}}});
}

Reply ApiServer::Private::adminReply(const Request &request)
{
    if (request.user.kind != User::Kind::Admin)
        return statusReply({403, QStringLiteral("Forbidden"),
                            QStringLiteral("forbidden: User \"%1\" cannot use the simulator's "
                                           "control endpoint %2")
                                .arg(request.user.name, request.path),
                            QJsonObject()});
    if (!request.path.startsWith(QLatin1String("/sim/v1/")) || !admin)
        return statusReply(notFoundPath());
    const AdminReply reply = admin(request.method, request.path.mid(8), request.body);
    return jsonReply(reply.code, reply.body);
}

// --- watches -----------------------------------------------------------------------------------

bool ApiServer::Private::watchMatches(const WatchStream *watch, const QJsonObject &object) const
{
    if (!watch->namespaceName.isEmpty() &&
        metadataOf(object).value(QStringLiteral("namespace")).toString() != watch->namespaceName)
        return false;
    return watch->labels.matchesObject(object) &&
           (!watch->fields || watch->fields->matches(object));
}

void ApiServer::Private::startWatch(const Request &request, const Target &target,
                                    QTcpSocket *socket,
                                    const std::shared_ptr<QHttpServerResponder> &responder)
{
    auto *watch = new WatchStream;
    watch->socket = socket;
    watch->responder = responder;
    watch->resource = target.resource;
    watch->namespaceName = target.namespaceName;
    selectors(request, target, &watch->labels, &watch->fields);
    watch->table = request.wantsTable();
    watch->include =
        TableRenderer::parseIncludeObject(request.query.value(QStringLiteral("includeObject")));
    watches.append(watch);

    responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    responder->writeHeader(QByteArrayLiteral("Content-Type"), kJson);
    responder->writeHeader(QByteArrayLiteral("Cache-Control"),
                           QByteArrayLiteral("no-cache, private"));
    responder->writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    responder->writeHeader(QByteArrayLiteral("Audit-Id"),
                           QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    // Ends the header block now (the responder does so with the first body bytes): the client
    // sees the 200 at once, as kube-apiserver flushes it, even when no event follows for long.
    responder->writeBody(QByteArray());

    QObject::connect(socket, &QTcpSocket::disconnected, q,
                     [this, watch] { endWatch(watch, true); });

    const QString rvText = request.query.value(QStringLiteral("resourceVersion"));
    if (rvText.isEmpty() || rvText == QLatin1String("0")) {
        // The current state first, as synthetic ADDED events.
        for (const StoredObject &stored :
             store->listStored(target.resource->plural, target.namespaceName)) {
            if (watchMatches(watch, stored.object))
                sendEvent(watch, QStringLiteral("ADDED"), stored.object, stored.json);
        }
    } else {
        const qint64 rv = rvText.toLongLong();
        const auto history = store->eventsSince(rv, target.resource->plural);
        if (!history) {
            sendEvent(watch, QStringLiteral("ERROR"),
                      ApiError{410, QStringLiteral("Expired"),
                               QStringLiteral("too old resource version: %1 (%2)")
                                   .arg(rv)
                                   .arg(store->resourceVersion()),
                               QJsonObject()}
                          .toStatus());
            endWatch(watch, false);
            return;
        }
        for (const StoreEvent &event : *history) {
            if (watchMatches(watch, event.object))
                sendEvent(watch, event.typeName(), event.object, event.json);
        }
    }
    bool ok = false;
    const int timeoutSeconds = request.query.value(QStringLiteral("timeoutSeconds")).toInt(&ok);
    if (ok && timeoutSeconds > 0) {
        watch->timeout = new QTimer(q);
        watch->timeout->setSingleShot(true);
        QObject::connect(watch->timeout, &QTimer::timeout, q,
                         [this, watch] { endWatch(watch, false); });
        watch->timeout->start(timeoutSeconds * 1000);
    }
    if (request.query.value(QStringLiteral("allowWatchBookmarks")) == QLatin1String("true")) {
        watch->bookmarks = new QTimer(q);
        QObject::connect(watch->bookmarks, &QTimer::timeout, q, [this, watch] {
            sendEvent(watch, QStringLiteral("BOOKMARK"),
                      {{QStringLiteral("kind"), watch->resource->kind},
                       {QStringLiteral("apiVersion"), watch->resource->apiVersion()},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("resourceVersion"),
                                     QString::number(store->resourceVersion())}}}});
        });
        watch->bookmarks->start(1000);
    }
}

void ApiServer::Private::sendChunk(WatchStream *watch, const QByteArray &line)
{
    if (watch->ended || !watch->socket)
        return;
    QByteArray chunk = QByteArray::number(line.size(), 16);
    chunk += "\r\n";
    chunk += line;
    chunk += "\r\n";
    watch->responder->writeBody(chunk);
}

void ApiServer::Private::sendEvent(WatchStream *watch, const QString &type,
                                   const QJsonObject &object, const QByteArray &json)
{
    const bool table =
        watch->table && type != QLatin1String("ERROR") && type != QLatin1String("BOOKMARK");
    QByteArray line;
    if (!table && !json.isEmpty()) {
        // The keys in the order QJsonDocument writes them.
        line.reserve(json.size() + type.size() + 24);
        line += "{\"object\":";
        line += json;
        line += ",\"type\":\"";
        line += type.toLatin1();
        line += "\"}";
    } else {
        QJsonObject payload = object;
        if (table) {
            payload = TableRenderer::watchTable(*watch->resource, object, store->now(),
                                                !watch->columnsSent, watch->include);
            watch->columnsSent = true;
        }
        line = QJsonDocument(
                   QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("object"), payload}})
                   .toJson(QJsonDocument::Compact);
    }
    line += '\n';
    sendChunk(watch, line);
}

void ApiServer::Private::endWatch(WatchStream *watch, bool abort)
{
    if (!watches.contains(watch))
        return;
    watches.removeOne(watch);
    if (!watch->ended && watch->socket) {
        watch->ended = true;
        if (abort) {
            watch->socket->abort();
        } else {
            watch->responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
            watch->socket->disconnectFromHost();
        }
    }
    delete watch->timeout;
    delete watch->bookmarks;
    // The responder may still be referenced by a queued lambda; shared_ptr keeps it alive.
    endedWatches.append(watch);
    QTimer::singleShot(0, q, [this, watch] {
        if (endedWatches.removeOne(watch))
            delete watch;
    });
}

void ApiServer::Private::onStoreChanged(const StoreEvent &event)
{
    const QList<WatchStream *> open = watches;
    for (WatchStream *watch : open) {
        if (watch->resource->plural != event.resource || !watchMatches(watch, event.object))
            continue;
        sendEvent(watch, event.typeName(), event.object, event.json);
    }
}

// Someone else (another operator's kubectl edit, a controller) changes the CVC just after a
// client read it.
void ApiServer::Private::editAsSecondWriter(const QString &ns, const QString &name)
{
    std::optional<QJsonObject> object = store->get(QStringLiteral("cstorvolumeconfigs"), ns, name);
    if (!object)
        return;
    QJsonObject metadata = object->value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    const QString key = QStringLiteral("sim.cstor.openebs.io/second-writer");
    annotations.insert(key, QString::number(annotations.value(key).toString().toInt() + 1));
    metadata.insert(QStringLiteral("annotations"), annotations);
    metadata.remove(QStringLiteral("resourceVersion"));
    object->insert(QStringLiteral("metadata"), metadata);
    store->update(QStringLiteral("cstorvolumeconfigs"), *object);
}

void ApiServer::Private::onFaultsChanged()
{
    if (faults->dropWatches) {
        faults->dropWatches = false;
        const QList<WatchStream *> open = watches;
        for (WatchStream *watch : open)
            endWatch(watch, true);
    }
    if (faults->expireWatches) {
        faults->expireWatches = false;
        const QList<WatchStream *> open = watches;
        for (WatchStream *watch : open) {
            sendEvent(watch, QStringLiteral("ERROR"),
                      ApiError{410, QStringLiteral("Expired"),
                               QStringLiteral("too old resource version: %1 (%2)")
                                   .arg(store->resourceVersion() - 1)
                                   .arg(store->resourceVersion()),
                               QJsonObject()}
                          .toStatus());
            endWatch(watch, false);
        }
    }
}

} // namespace Sim
