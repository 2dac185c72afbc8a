#include "models/sim/apiserver/proxyroute.h"

namespace Sim {

std::optional<ProxyRoute> ProxyRoute::parse(const QStringList &segments, bool trailingSlash)
{
    // api v1 namespaces NS KIND ID proxy ...
    if (segments.size() < 7 || segments.at(0) != QLatin1String("api") ||
        segments.at(1) != QLatin1String("v1") || segments.at(2) != QLatin1String("namespaces") ||
        segments.at(6) != QLatin1String("proxy"))
        return std::nullopt;
    const QString &kind = segments.at(4);
    if (kind != QLatin1String("pods") && kind != QLatin1String("services"))
        return std::nullopt;
    ProxyRoute route;
    route.resource = kind;
    route.namespaceName = segments.at(3);
    route.id = segments.at(5);
    const QStringList parts = route.id.split(QLatin1Char(':'));
    switch (parts.size()) {
    case 1:
        route.name = parts.at(0);
        break;
    case 2:
        route.name = parts.at(0);
        route.port = parts.at(1);
        break;
    case 3:
        route.scheme = parts.at(0);
        route.name = parts.at(1);
        route.port = parts.at(2);
        break;
    default:
        break;
    }
    route.validId =
        !route.name.isEmpty() && (route.scheme.isEmpty() || route.scheme == QLatin1String("http") ||
                                  route.scheme == QLatin1String("https"));
    route.path = QLatin1Char('/') + segments.mid(7).join(QLatin1Char('/'));
    if (trailingSlash && segments.size() > 7)
        route.path += QLatin1Char('/');
    return route;
}

} // namespace Sim
