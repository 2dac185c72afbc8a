#include "models/sim/apiserver/apirouter.h"

#include "models/sim/apiserver/resourcecatalog.h"

namespace Sim {

ApiRouter::ApiRouter(const ResourceCatalog &catalog)
    : m_catalog(catalog)
{
}

std::optional<ApiTarget> ApiRouter::target(const QStringList &segments) const
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
        return std::nullopt; // not a resource path
    }
    ApiTarget target;
    // namespaces/<ns>/<resource>[/<name>[/<subresource>]]
    if (rest.size() >= 3 && rest.at(0) == QLatin1String("namespaces")) {
        target.namespaceName = rest.at(1);
        rest = rest.mid(2);
    }
    const ResourceInfo *resource = m_catalog.find(group, rest.value(0));
    if (!resource || resource->version != version)
        return std::nullopt; // unknown resource
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

QString ApiRouter::verb(const ApiRequest &request, const ApiTarget &target)
{
    const bool collection = target.name.isEmpty();
    const QString &method = request.method;
    if (method == QLatin1String("GET")) {
        if (!collection)
            return QStringLiteral("get");
        const QString watch = request.query.value(QStringLiteral("watch"));
        return watch == QLatin1String("true") || watch == QLatin1String("1")
                   ? QStringLiteral("watch")
                   : QStringLiteral("list");
    }
    if (method == QLatin1String("POST") && collection)
        return QStringLiteral("create");
    if (method == QLatin1String("PUT") && !collection)
        return QStringLiteral("update");
    if (method == QLatin1String("PATCH") && !collection)
        return QStringLiteral("patch");
    if (method == QLatin1String("DELETE"))
        return collection ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    return QString();
}

} // namespace Sim
