#include "models/sim/upstream/rebuildscheduler.h"

#include "models/sim/upstream/uzfs.h"

#include <algorithm>

namespace Sim {

namespace {

// count_of_replicas_helping_rebuild without a healthy replica: MAX_OF(RF - CF + 1, CF) - 1.
int meshHelpers(const RebuildScheduler::Factors &f)
{
    return std::max(f.replicationFactor - f.consistencyFactor + 1, f.consistencyFactor) - 1;
}

// The downgraded replica with the highest initial_checkpointed_io_seq (`max <=`: the last one
// of equals in the queue wins); the simulator's io sequence is the data written.
Zvol *mostAdvanced(const QList<Zvol *> &candidates)
{
    Zvol *best = nullptr;
    for (Zvol *z : candidates) {
        if (!best || best->logicalBytes <= z->logicalBytes)
            best = z;
    }
    return best;
}

} // namespace

bool RebuildScheduler::ready(int healthy, int degraded, const Factors &f)
{
    // update_volstate
    return (healthy + degraded >= f.consistencyFactor && healthy >= 1) ||
           (healthy + degraded >=
            std::max(f.replicationFactor - f.consistencyFactor + 1, f.consistencyFactor));
}

RebuildScheduler::Factors RebuildScheduler::fromReplicas(const QList<Zvol *> &zvols)
{
    const int rf =
        int(std::count_if(zvols.begin(), zvols.end(), [](Zvol *z) { return z->quorum; }));
    return {rf, rf / 2 + 1};
}

RebuildScheduler::Decision RebuildScheduler::next(const QList<Zvol *> &zvols, const Factors &f)
{
    QList<Zvol *> sorted = zvols;
    std::sort(sorted.begin(), sorted.end(),
              [](Zvol *a, Zvol *b) { return a->connectedAtMs < b->connectedAtMs; });
    int healthy = 0;
    Zvol *healthyReplica = nullptr;
    QList<Zvol *> degraded;  // spec->rq, not Healthy
    QList<Zvol *> nonQuorum; // spec->non_quorum_rq
    for (Zvol *z : std::as_const(sorted)) {
        if (!z->connected)
            continue;
        if (z->rebuilding && z->stallReason != kNoHelperStall)
            return {}; // "Rebuild is already in progress on volume"
        // A rebuild whose helper went has failed (ZVOL_REBUILDING_FAILED): its replica is one
        // more that is not Healthy, counted towards the volume's readiness and a candidate
        // again, for a mesh rebuild when no replica is Healthy.
        if (!z->quorum) {
            nonQuorum.append(z);
        } else if (z->healthy) {
            ++healthy;
            healthyReplica = healthyReplica ? healthyReplica : z;
        } else {
            degraded.append(z);
        }
    }
    if (!ready(healthy, int(degraded.size()), f))
        return {}; // "Volume(%s) is not ready to accept IOs"
    Zvol *dw = mostAdvanced(degraded);
    if (!dw) {
        if (!healthyReplica)
            return {}; // "rebuilding non_quorum needs healthy replica"
        dw = mostAdvanced(nonQuorum);
        if (!dw)
            return {}; // "No downgraded replicas on volume, rebuild will not be attempted"
    }
    Decision decision;
    decision.replica = dw;
    decision.mesh = !healthyReplica;
    decision.direct = !healthyReplica && meshHelpers(f) == 0;
    return decision;
}

} // namespace Sim
