#pragma once

#include "models/sim/apiserver/apirequest.h"
#include "models/sim/apiserver/discoverydocuments.h"

#include <optional>

namespace Sim {

// The requests about the API rather than its objects: /version and the health checks
// (open to anyone), discovery (/api, /apis, ...) and /openapi/v3.
class DiscoveryEndpoint
{
public:
    explicit DiscoveryEndpoint(const ResourceCatalog &catalog);

    // What /version reports, "1.27" ... "1.33" (default "1.32").
    void setKubeVersion(const QString &version);

    // GET /version, /healthz, /livez, /readyz; nullopt for any other request.
    std::optional<ApiReply> publicReply(const ApiRequest &request) const;
    // Discovery and openapi documents; nullopt for a request that asks for neither.
    std::optional<ApiReply> reply(const ApiRequest &request) const;

private:
    DiscoveryDocuments m_discovery;
    QString m_kubeVersion = QStringLiteral("1.32");

    ApiReply versionReply() const;
    std::optional<ApiReply> discoveryReply(const ApiRequest &request) const;
    ApiReply openApiReply(const ApiRequest &request) const;
};

} // namespace Sim
