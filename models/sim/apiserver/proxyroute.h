#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sim {

// A proxy subresource path, which has more segments than a resource path:
// /api/v1/namespaces/NS/pods|services/ID/proxy[/PATH...], ID being [scheme:]name[:port]
// (apimachinery utilnet.SplitSchemeNamePort: the scheme "", "http" or "https").
struct ProxyRoute
{
    QString resource; // "pods" or "services"
    QString namespaceName;
    QString id; // as written: "prometheus-operated:web"
    QString scheme;
    QString name;
    QString port;
    bool validId = false; // false: kube-apiserver answers 400 "invalid service request"
    QString path;         // after "proxy", starting with '/'

    // nullopt for a path that is not a pod's or a service's proxy subresource.
    static std::optional<ProxyRoute> parse(const QStringList &segments, bool trailingSlash);
};

} // namespace Sim
