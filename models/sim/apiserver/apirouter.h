#pragma once

#include "models/sim/apiserver/apirequest.h"

#include <optional>

namespace Sim {

class ResourceCatalog;

// Where a resource path points and which verb a request is:
// /api/<version>/... and /apis/<group>/<version>/..., then
// [namespaces/<ns>/]<resource>[/<name>[/<subresource>]].
class ApiRouter
{
public:
    explicit ApiRouter(const ResourceCatalog &catalog);

    // nullopt for a path that names no known resource (404).
    std::optional<ApiTarget> target(const QStringList &segments) const;
    // "get", "list", "watch", "create", "update", "patch", "delete" or "deletecollection";
    // empty when the method does not apply to the target (405).
    static QString verb(const ApiRequest &request, const ApiTarget &target);

private:
    const ResourceCatalog &m_catalog;
};

} // namespace Sim
