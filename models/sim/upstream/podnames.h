#pragma once

#include <QString>

namespace Sim::PodNames {

// The name of a Deployment's pod, as Kubernetes forms it: `<deployment>-<10>-<5>` from its
// suffix alphabet, here derived from `seed` so that a simulated cluster is reproducible.
QString ofDeployment(const QString &deployment, const QString &seed);

// The pod of the application that mounts a claim. A claim named as a StatefulSet's
// volumeClaimTemplate `data` names it (`data-<set>-<ordinal>`) belongs to that set's pod
// `<set>-<ordinal>` (`data-<rest>` with no ordinal: `<rest>-0`); any other claim to a pod of the
// Deployment `<claim>-app`.
struct ClaimUser
{
    QString pod;
    QString statefulSet; // empty for a Deployment's pod
    QString deployment;  // empty for a StatefulSet's pod
};
ClaimUser ofClaimUser(const QString &ns, const QString &claim);

// A hash that is the same on every machine and in every run (FNV-1a), for placements that a
// seed must reproduce.
quint64 stableHash(const QString &text);

} // namespace Sim::PodNames
