#pragma once

#include "models/sim/apiserver/apirequest.h"

namespace Sim {

class ObjectStore;

// POST /api/v1/namespaces/NS/pods/NAME/eviction (a policy/v1 Eviction), as kube-apiserver's
// EvictionREST.Create (pkg/registry/core/pod/storage/eviction.go) answers it: a pod that is
// not running or already going is deleted at once; otherwise the one PodDisruptionBudget
// selecting it must allow a disruption (checkAndDecrement: disruptionsAllowed - 1, the pod in
// status.disruptedPods), else 429 TooManyRequests with the budget named in details.causes.
class PodEviction
{
public:
    explicit PodEviction(ObjectStore *store);

    ApiReply evict(const ApiRequest &request, const ApiTarget &target);

private:
    std::optional<ApiError> checkAndDecrement(QJsonObject pdb, const QJsonObject &pod, bool dryRun);
    ApiReply deletePod(const ApiTarget &target, bool dryRun);

    ObjectStore *m_store;
};

} // namespace Sim
