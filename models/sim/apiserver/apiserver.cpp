#include "models/sim/apiserver/apiserver.h"

#include "models/sim/apiserver/apirequest.h"
#include "models/sim/apiserver/apirouter.h"
#include "models/sim/apiserver/authenticator.h"
#include "models/sim/apiserver/authorizer.h"
#include "models/sim/apiserver/clustercredentials.h"
#include "models/sim/apiserver/controlendpoint.h"
#include "models/sim/apiserver/discoveryendpoint.h"
#include "models/sim/apiserver/faultinjector.h"
#include "models/sim/apiserver/objectverbs.h"
#include "models/sim/apiserver/podeviction.h"
#include "models/sim/apiserver/proxyroute.h"
#include "models/sim/apiserver/resourcecatalog.h"
#include "models/sim/apiserver/watchhub.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcSimApi, "cstor.sim.api")

namespace Sim {

namespace {

constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

} // namespace

class ApiServer::Private
{
public:
    ApiServer *q;
    ResourceCatalog catalog;
    ClusterCredentials credentials;
    Authenticator authenticator{credentials};
    Authorizer authorizer{catalog};
    ApiRouter router{catalog};
    DiscoveryEndpoint discovery{catalog};
    ControlEndpoint control;
    FaultInjector faults;
    ObjectVerbs verbs;
    WatchHub watches;
    PodEviction eviction;
    ProxyHandler proxyHandler;
    quint16 port = 0;

    Private(ApiServer *server, ObjectStore *store, FaultPlan *faultPlan)
        : q(server)
        , faults(store, faultPlan)
        , verbs(store, authorizer)
        , watches(store, faultPlan, server)
        , eviction(store)
    {
    }

    // What Go's server answers itself, before any handler: 400 in plain text and the
    // connection closed, reading nothing more from it (a body not read must not pass for a
    // request).
    void refuseConnection(QHttpServerResponder &responder, QTcpSocket *socket);
    // The faults, the body limit and authentication, then the route.
    ApiReply answer(ApiRequest &request, bool simPath, QTcpSocket *socket,
                    const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    ApiReply route(const ApiRequest &request, QTcpSocket *socket,
                   const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    ApiReply resourceReply(const ApiRequest &request, const ApiTarget &target, QTcpSocket *socket,
                           const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    // pods/proxy and services/proxy: authorized as the method's verb on the subresource, then
    // answered by the proxy handler, asynchronously.
    ApiReply proxyReply(const ApiRequest &request, const ProxyRoute &route, QTcpSocket *socket,
                        const std::shared_ptr<QHttpServerResponder> &responder, bool *streaming);
    // Sends the reply after latencyMs, if the client is still there then.
    void deliver(const std::shared_ptr<QHttpServerResponder> &responder, const ApiReply &reply,
                 QTcpSocket *socket, int latencyMs);
};

namespace {

// A request the HTTP parser could not make sense of: no header fields (none were sent while
// HTTP/1.1 requires Host, or the parser dropped them all, one being malformed or over its
// limits of 100 fields and 8 KiB each), or a Content-Length that is not a number (the parser
// took it for "no body").
bool isMalformed(const QHttpServerRequest &httpRequest, const ApiRequest &request)
{
    if (httpRequest.headers().isEmpty())
        return true;
    if (request.headers.contains("content-length")) {
        bool lengthOk = false;
        request.header("content-length").trimmed().toULongLong(&lengthOk);
        if (!lengthOk)
            return true;
    }
    return false;
}

// A WebSocket upgrade (kubectl uses none here).
bool isWebSocketUpgrade(const ApiRequest &request)
{
    return request.header("connection").toLower().contains("upgrade") &&
           request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

} // namespace

// ---------------------------------------------------------------------------------------------

ApiServer::ApiServer(ObjectStore *store, FaultPlan *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(new Private(this, store, faults))
{
    for (const ResourceInfo &resource : d->catalog.resources())
        store->registerResource(resource.plural, resource.group);
    connect(store, &ObjectStore::changed, this,
            [this](const StoreEvent &event) { d->watches.onStoreChanged(event); });
    connect(faults, &FaultPlan::changed, this, [this] { d->watches.onFaultsChanged(); });
}

ApiServer::~ApiServer()
{
    delete d; // the watch hub deletes the open watches and those ended but not yet deleted
}

void ApiServer::setKubeVersion(const QString &version)
{
    d->discovery.setKubeVersion(version);
}

void ApiServer::setAdminHandler(AdminHandler handler)
{
    d->control.setHandler(std::move(handler));
}

void ApiServer::setProxyHandler(ProxyHandler handler)
{
    d->proxyHandler = std::move(handler);
}

bool ApiServer::listenTls(const QHostAddress &address, quint16 port, QString *error)
{
    if (!d->credentials.generate(error))
        return false;
    const QSslConfiguration config = d->credentials.serverConfiguration();
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
    return d->credentials.caCertificatePem();
}

QString ApiServer::adminToken() const
{
    return d->credentials.adminToken();
}

QString ApiServer::readOnlyToken() const
{
    return d->credentials.readOnlyToken();
}

QByteArray ApiServer::clientCertificatePem() const
{
    return d->credentials.clientCertificatePem();
}

QByteArray ApiServer::clientKeyPem() const
{
    return d->credentials.clientKeyPem();
}

CertificateAuthority *ApiServer::certificateAuthority() const
{
    return d->credentials.certificateAuthority();
}

bool ApiServer::writeKubeconfig(const QString &path, QString *error) const
{
    return d->credentials.writeKubeconfig(path, serverUrl(), error);
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    // As Go's servers do: no Nagle delay on the last, partial segment of a response.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
    ApiRequest request = ApiRequest::fromHttp(httpRequest);
    if (isMalformed(httpRequest, request)) {
        d->refuseConnection(*responder, socket);
        return true;
    }
    // Unhandled, so that the server's own refusal is the only answer on the connection.
    if (isWebSocketUpgrade(request))
        return false;

    const bool simPath = request.path.startsWith(QLatin1String("/sim/"));
    if (!simPath && d->faults.dropsConnection()) {
        socket->abort(); // as if the connection broke: no reply at all
        return true;
    }
    bool streaming = false;
    ApiReply reply = d->answer(request, simPath, socket, responder, &streaming);
    if (streaming)
        return true;
    if (!simPath)
        d->faults.afterReply(request, reply);
    reply.omitBody = request.method == QLatin1String("HEAD");
    d->deliver(responder, reply, socket, simPath ? 0 : d->faults.latencyMs());
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    ApiReply::pathNotFound().send(responder);
}

// ---------------------------------------------------------------------------------------------

void ApiServer::Private::refuseConnection(QHttpServerResponder &responder, QTcpSocket *socket)
{
    ApiReply{400,
             QByteArrayLiteral("400 Bad Request"),
             QByteArrayLiteral("text/plain; charset=utf-8"),
             {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}}}
        .send(responder);
    QObject::disconnect(socket, &QTcpSocket::readyRead, q, nullptr);
    socket->disconnectFromHost();
}

ApiReply ApiServer::Private::answer(ApiRequest &request, bool simPath, QTcpSocket *socket,
                                    const std::shared_ptr<QHttpServerResponder> &responder,
                                    bool *streaming)
{
    if (request.body.size() > kMaxBodyBytes) {
        return ApiReply::status(
            {413, QStringLiteral("RequestEntityTooLarge"),
             QStringLiteral("Request entity too large: limit is %1").arg(kMaxBodyBytes),
             QJsonObject()});
    }
    if (!simPath) {
        if (std::optional<ApiReply> injected = faults.injectedReply())
            return *injected;
    }
    bool rejected = false;
    request.user = authenticator.authenticate(request, socket, &rejected);
    if (rejected)
        return ApiReply::status(
            {401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"), QJsonObject()});
    return route(request, socket, responder, streaming);
}

ApiReply ApiServer::Private::route(const ApiRequest &request, QTcpSocket *socket,
                                   const std::shared_ptr<QHttpServerResponder> &responder,
                                   bool *streaming)
{
    if (request.path.startsWith(QLatin1String("/sim/")))
        return control.reply(request);
    if (std::optional<ApiReply> reply = discovery.publicReply(request))
        return *reply;
    if (request.user.kind == ApiUser::Kind::Anonymous) {
        return ApiReply::status({403, QStringLiteral("Forbidden"),
                                 QStringLiteral("forbidden: User \"system:anonymous\" cannot get "
                                                "path \"%1\"")
                                     .arg(request.path),
                                 QJsonObject()});
    }
    if (std::optional<ApiReply> reply = discovery.reply(request))
        return *reply;

    if (request.method == QLatin1String("POST") &&
        request.path == QLatin1String("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"))
        return authorizer.accessReview(request);
    if (request.method == QLatin1String("POST") &&
        (request.path == QLatin1String("/apis/authentication.k8s.io/v1/selfsubjectreviews") ||
         request.path == QLatin1String("/apis/authentication.k8s.io/v1beta1/selfsubjectreviews")))
        return Authenticator::selfReview(request);

    if (const auto proxy =
            ProxyRoute::parse(request.segments, request.path.endsWith(QLatin1Char('/'))))
        return proxyReply(request, *proxy, socket, responder, streaming);
    const std::optional<ApiTarget> target = router.target(request.segments);
    if (!target)
        return ApiReply::pathNotFound();
    return resourceReply(request, *target, socket, responder, streaming);
}

ApiReply ApiServer::Private::resourceReply(const ApiRequest &request, const ApiTarget &target,
                                           QTcpSocket *socket,
                                           const std::shared_ptr<QHttpServerResponder> &responder,
                                           bool *streaming)
{
    if (target.subresource == QLatin1String("eviction")) {
        if (request.method != QLatin1String("POST"))
            return ApiReply::methodNotAllowed();
        if (auto denied = Authorizer::check(request.user, QStringLiteral("create"), target, false))
            return ApiReply::status(*denied);
        return eviction.evict(request, target);
    }
    const QString verb = ApiRouter::verb(request, target);
    if (verb.isEmpty() || !target.resource->verbs.contains(verb))
        return ApiReply::methodNotAllowed();
    if (auto denied = Authorizer::check(request.user, verb, target, target.name.isEmpty()))
        return ApiReply::status(*denied);

    if (verb == QLatin1String("get"))
        return verbs.get(request, target);
    if (verb == QLatin1String("list"))
        return verbs.list(request, target);
    if (verb == QLatin1String("watch"))
        return watches.watch(request, target, socket, responder, streaming);
    if (verb == QLatin1String("create"))
        return verbs.create(request, target);
    if (verb == QLatin1String("update"))
        return verbs.update(request, target);
    if (verb == QLatin1String("patch"))
        return verbs.patch(request, target);
    return verbs.remove(request, target);
}

ApiReply ApiServer::Private::proxyReply(const ApiRequest &request, const ProxyRoute &route,
                                        QTcpSocket *socket,
                                        const std::shared_ptr<QHttpServerResponder> &responder,
                                        bool *streaming)
{
    // The verb of the method (apiserver RequestInfoFactory), on the subresource.
    static const QHash<QString, QString> verbs{
        {QStringLiteral("GET"), QStringLiteral("get")},
        {QStringLiteral("HEAD"), QStringLiteral("get")},
        {QStringLiteral("POST"), QStringLiteral("create")},
        {QStringLiteral("PUT"), QStringLiteral("update")},
        {QStringLiteral("PATCH"), QStringLiteral("patch")},
        {QStringLiteral("DELETE"), QStringLiteral("delete")}};
    const QString verb = verbs.value(request.method);
    if (verb.isEmpty())
        return ApiReply::methodNotAllowed();
    ApiTarget target;
    target.resource = catalog.find(QString(), route.resource);
    target.namespaceName = route.namespaceName;
    target.name = route.id;
    target.subresource = QStringLiteral("proxy");
    if (auto denied = Authorizer::check(request.user, verb, target, false))
        return ApiReply::status(*denied);
    const QString singular =
        route.resource == QLatin1String("pods") ? QStringLiteral("pod") : QStringLiteral("service");
    if (!route.validId)
        return ApiReply::status(ApiError::badRequest(
            QStringLiteral("invalid %1 request \"%2\"").arg(singular, route.id)));
    if (!proxyHandler)
        return ApiReply::status(
            {503, QStringLiteral("ServiceUnavailable"),
             QStringLiteral("no endpoints available for service \"%1\"").arg(route.name),
             QJsonObject()});

    ProxyCall call;
    call.method = request.method;
    call.resource = route.resource;
    call.namespaceName = route.namespaceName;
    call.scheme = route.scheme;
    call.name = route.name;
    call.port = route.port;
    call.path = route.path;
    call.query = request.rawQuery;
    call.body = request.body;
    call.contentType = request.header("content-type");
    *streaming = true;
    const bool head = request.method == QLatin1String("HEAD");
    proxyHandler(call, [responder, head,
                        guard = QPointer<QTcpSocket>(socket)](const ProxyAnswer &answer) {
        if (!guard)
            return; // the client went away
        ApiReply reply = answer.error ? ApiReply::status(*answer.error)
                                      : ApiReply{answer.code, answer.body, answer.contentType, {}};
        reply.omitBody = head;
        reply.send(*responder);
    });
    return ApiReply();
}

void ApiServer::Private::deliver(const std::shared_ptr<QHttpServerResponder> &responder,
                                 const ApiReply &reply, QTcpSocket *socket, int latencyMs)
{
    if (latencyMs > 0) {
        // The responder writes to the socket: not after the client went away.
        QTimer::singleShot(latencyMs, q, [responder, reply, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                reply.send(*responder);
        });
    } else {
        reply.send(*responder);
    }
}

} // namespace Sim
