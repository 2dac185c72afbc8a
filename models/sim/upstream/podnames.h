#pragma once

#include <QString>

namespace Sim::PodNames {

// The name of a Deployment's pod, as Kubernetes forms it: `<deployment>-<10>-<5>` from its
// suffix alphabet, here derived from `seed` so that a simulated cluster is reproducible.
QString ofDeployment(const QString &deployment, const QString &seed);

} // namespace Sim::PodNames
