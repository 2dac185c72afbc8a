#include "models/sim/apiserver/discoveryendpoint.h"

namespace Sim {

namespace {

QString patchVersion(const QString &minor)
{
    static const QHash<QString, QString> patches{
        {QStringLiteral("27"), QStringLiteral("16")}, {QStringLiteral("28"), QStringLiteral("15")},
        {QStringLiteral("29"), QStringLiteral("14")}, {QStringLiteral("30"), QStringLiteral("13")},
        {QStringLiteral("31"), QStringLiteral("9")},  {QStringLiteral("32"), QStringLiteral("4")},
        {QStringLiteral("33"), QStringLiteral("1")}};
    return patches.value(minor, QStringLiteral("0"));
}

ApiReply documentReply(const std::optional<QJsonObject> &document)
{
    return document ? ApiReply::json(200, *document) : ApiReply::pathNotFound();
}

} // namespace

DiscoveryEndpoint::DiscoveryEndpoint(const ResourceCatalog &catalog)
    : m_discovery(catalog)
{
}

void DiscoveryEndpoint::setKubeVersion(const QString &version)
{
    m_kubeVersion = version;
}

std::optional<ApiReply> DiscoveryEndpoint::publicReply(const ApiRequest &request) const
{
    if (request.method != QLatin1String("GET"))
        return std::nullopt;
    // kube-apiserver's routes.Version is a go-restful WebService rooted at /version with the
    // route "/", so /version/ (the official Python client's path) answers the same.
    if (request.path == QLatin1String("/version") || request.path == QLatin1String("/version/"))
        return versionReply();
    if (request.path == QLatin1String("/healthz") || request.path == QLatin1String("/livez") ||
        request.path == QLatin1String("/readyz"))
        return ApiReply{200, QByteArrayLiteral("ok"), QByteArrayLiteral("text/plain"), {}};
    return std::nullopt;
}

ApiReply DiscoveryEndpoint::versionReply() const
{
    return ApiReply::json(
        200, {{QStringLiteral("major"), QStringLiteral("1")},
              {QStringLiteral("minor"), m_kubeVersion.section(u'.', 1)},
              {QStringLiteral("gitVersion"),
               QStringLiteral("v%1.%2").arg(m_kubeVersion,
                                            patchVersion(m_kubeVersion.section(u'.', 1)))},
              {QStringLiteral("gitCommit"), QStringLiteral("cstor-sim")},
              {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
              {QStringLiteral("buildDate"), QStringLiteral("2025-04-22T16:03:41Z")},
              {QStringLiteral("goVersion"), QStringLiteral("go1.23.6")},
              {QStringLiteral("compiler"), QStringLiteral("gc")},
              {QStringLiteral("platform"), QStringLiteral("linux/amd64")}});
}

std::optional<ApiReply> DiscoveryEndpoint::reply(const ApiRequest &request) const
{
    const QStringList &s = request.segments;
    if (!s.isEmpty() && s.first() == QLatin1String("openapi"))
        return openApiReply(request);
    return discoveryReply(request);
}

std::optional<ApiReply> DiscoveryEndpoint::discoveryReply(const ApiRequest &request) const
{
    const QStringList &s = request.segments;
    if (request.method != QLatin1String("GET") || s.isEmpty() || s.size() > 3)
        return std::nullopt;
    if (s == QStringList{QStringLiteral("api")} || s == QStringList{QStringLiteral("apis")}) {
        const auto aggregated = DiscoveryDocuments::negotiateAggregated(request.header("accept"));
        const bool core = s.first() == QLatin1String("api");
        if (aggregated) {
            ApiReply reply = ApiReply::json(200, core ? m_discovery.aggregatedCore(*aggregated)
                                                      : m_discovery.aggregatedGroups(*aggregated));
            reply.contentType = DiscoveryDocuments::aggregatedContentType(*aggregated);
            return reply;
        }
        return ApiReply::json(200, core ? m_discovery.apiVersions() : m_discovery.apiGroupList());
    }
    if (s.size() == 2 && s.at(0) == QLatin1String("api"))
        return documentReply(m_discovery.apiResourceList(QString(), s.at(1)));
    if (s.size() == 2 && s.at(0) == QLatin1String("apis"))
        return documentReply(m_discovery.apiGroup(s.at(1)));
    if (s.size() == 3 && s.at(0) == QLatin1String("apis"))
        return documentReply(m_discovery.apiResourceList(s.at(1), s.at(2)));
    return std::nullopt;
}

ApiReply DiscoveryEndpoint::openApiReply(const ApiRequest &request) const
{
    const QStringList &s = request.segments;
    if (request.method != QLatin1String("GET") || s.size() < 2 || s.at(1) != QLatin1String("v3"))
        return ApiReply::pathNotFound();
    if (s.size() == 2)
        return ApiReply::json(200, m_discovery.openApiRoot());
    QString group;
    QString version;
    if (s.size() == 4 && s.at(2) == QLatin1String("api")) {
        version = s.at(3);
    } else if (s.size() == 5 && s.at(2) == QLatin1String("apis")) {
        group = s.at(3);
        version = s.at(4);
    } else {
        return ApiReply::pathNotFound();
    }
    const auto document = m_discovery.openApiDocument(group, version);
    if (!document)
        return ApiReply::pathNotFound();
    const QString hash = m_discovery.openApiHash(group, version);
    const QString asked = request.query.value(QStringLiteral("hash"));
    if (!asked.isEmpty() && asked != hash) {
        ApiReply moved{301, QByteArray(), ApiReply::jsonType, {}};
        moved.headers.append({QByteArrayLiteral("Location"),
                              QStringLiteral("/openapi/v3/%1?hash=%2")
                                  .arg(DiscoveryDocuments::openApiPath(group, version), hash)
                                  .toUtf8()});
        return moved;
    }
    ApiReply reply = ApiReply::json(200, *document);
    if (!asked.isEmpty())
        reply.headers.append({QByteArrayLiteral("Etag"), hash.toUtf8()});
    return reply;
}

} // namespace Sim
