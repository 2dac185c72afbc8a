#pragma once

#include "models/sim/apiserver/apirequest.h"

#include <optional>

namespace Sim {

struct AccessReview;
class ResourceCatalog;

// What a caller may do (the simulated RBAC): admin everything, read-only get/list/watch,
// anonymous nothing. Answers SelfSubjectAccessReviews (kubectl auth can-i) the same way.
class Authorizer
{
public:
    explicit Authorizer(const ResourceCatalog &catalog);

    // nullopt when allowed, else the 403 kube-apiserver answers. collection: the request is
    // about the resource as a whole, not the object target.name.
    static std::optional<ApiError> check(const ApiUser &user, const QString &verb,
                                         const ApiTarget &target, bool collection);

    // POST .../selfsubjectaccessreviews, in JSON or protobuf.
    ApiReply accessReview(const ApiRequest &request) const;

private:
    const ResourceCatalog &m_catalog;

    bool allows(const ApiUser &user, const AccessReview &review) const;
};

} // namespace Sim
