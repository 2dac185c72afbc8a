#pragma once

#include <QList>

namespace Sim {

struct Zvol;

// Which replica of a volume the target rebuilds next: istgt's trigger_rebuild (replication.c),
// run on every replica status update. Nothing while the volume is not ready for I/O
// (update_volstate: too few quorum replicas connected), one rebuild per volume at a time
// (rebuild_info.rebuild_in_progress), degraded quorum replicas before non-quorum (scale-up)
// ones, and a mesh rebuild from the other replicas when none is Healthy (CSTOR-CONTROLLERS.md
// §9.3).
class RebuildScheduler
{
public:
    struct Factors
    {
        int replicationFactor = 0;
        int consistencyFactor = 0;
    };
    struct Decision
    {
        Zvol *replica = nullptr; // dw_replica, or none
        bool mesh = false;       // no Healthy replica: rebuilt from the others
        bool direct = false;     // no replica helps (RF 1): start_rebuild at once
    };

    // update_volstate: healthy and degraded count the connected quorum replicas.
    static bool ready(int healthy, int degraded, const Factors &factors);
    // trigger_rebuild over the volume's replicas (connected or not).
    static Decision next(const QList<Zvol *> &zvols, const Factors &factors);
    // The factors of a volume whose target is not known: its quorum replicas vote.
    static Factors fromReplicas(const QList<Zvol *> &zvols);
};

} // namespace Sim
