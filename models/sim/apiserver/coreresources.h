#pragma once

#include "models/sim/apiserver/resourcecatalog.h"

#include <QList>

namespace Sim::CoreResources {

// The built-in Kubernetes resource types the simulator serves, as kube-apiserver's discovery
// lists them: core v1 events, namespaces, nodes, persistentvolumeclaims (pvc),
// persistentvolumes (pv, cluster-scoped; both with their status subresource) and pods (with
// pods/eviction, a policy/v1 Eviction), authorization.k8s.io/v1 selfsubjectaccessreviews.
QList<ResourceInfo> core();
ResourceInfo selfSubjectAccessReviews();
// policy/v1 poddisruptionbudgets (pdb), with its status subresource.
ResourceInfo podDisruptionBudgets();

} // namespace Sim::CoreResources
