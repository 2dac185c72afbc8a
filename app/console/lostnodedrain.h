#pragma once

#include "models/migration/queuesettings.h"
#include "models/recovery/lostnodeplan.h"

#include <QCoreApplication>

class MigrationSession;

// `drain NODE` when the node is lost (NotReady or gone): its replicas cannot be moved off, only
// replaced. Shows each affected volume's fate (re-replicated to a pool, or why not: lost, no
// quorum, no room), runs the re-replications that pass their checks, and then prints the manual
// steps that remove the dead pool (Terminating replicas' finalizers, the CSPC pool spec, the
// CSPI's pool-protection finalizer). Exit 0 only when every affected volume is back at its
// replica count without the node.
class LostNodeDrain
{
    Q_DECLARE_TR_FUNCTIONS(LostNodeDrain)

public:
    static int run(MigrationSession &session, const QString &node, bool dryRun, bool yes,
                   const Migration::QueueSettings &queue);

private:
    // The volumes' table and why each that cannot be re-replicated cannot; the moves that
    // passed their checks (a failed check turns a volume's fate into a reason).
    static QList<Migration::ReplicaMove> showPlan(MigrationSession &session,
                                                  Recovery::LostNodePlan *plan);
    // What is left after the moves: the volumes not recovered, and the dead pool's removal.
    static int conclude(MigrationSession &session, const QString &node, int movesExit);
};
