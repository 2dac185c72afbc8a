// Situations of pools and the nodes under them.
#include "models/sim/situations/clusterpicks.h"
#include "models/sim/situations/situationcatalog.h"

namespace Sim {

QList<Situation> poolSituations()
{
    return {};
}

} // namespace Sim
