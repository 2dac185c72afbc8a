#pragma once

#include "app/console/planoptions.h"
#include "app/console/verbcommandline.h"
#include "models/migration/movelimits.h"
#include "models/planning/evacuationplanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class MigrationSession;

// `cstor-console evacuate (--node NODE... | --pool POOL...) [--max-per-pool N]
// [--max-per-node N] [--max-total N] [--dry-run] [--yes] [-o json]`, and `drain NODE`, the
// same as `evacuate --node NODE`: moves every replica off some nodes' pools or some pools.
// Plans all moves at once (EvacuationPlanner), shows them with each pool's capacity before
// and after, asks, then runs them through the migration engine as a queue within the caps and
// waits until all have ended; exits 0 only when the emptied pools hold no replica. A lost node
// (NotReady or gone) drained on its own is recovered instead (LostNodeDrain).
class EvacuateVerb
{
    Q_DECLARE_TR_FUNCTIONS(EvacuateVerb)

public:
    static int run(const QStringList &arguments);      // arguments[1] "evacuate"
    static int runDrain(const QStringList &arguments); // arguments[1] "drain"

    // The plan as `-o json` prints it.
    static QJsonObject json(const MigrationSession &session,
                            const Migration::EvacuationPlanner::Plan &plan,
                            const Migration::QueueSettings &queue);

private:
    struct Request
    {
        Migration::EvacuationPlanner::Goal goal;
        PlanOptions::Values run;
    };

    static VerbCommandLine::Synopsis synopsis(bool drain);
    // The command line read; nullopt (after printing why) on a usage error.
    static std::optional<Request> parse(VerbCommandLine *commandLine, const QStringList &arguments,
                                        bool drain);
    static int evacuate(const VerbCommandLine &commandLine, const Request &request);
    // An error naming what the goal names that the cluster does not have; empty when all is.
    static QString unknownInGoal(const MigrationSession &session,
                                 const Migration::EvacuationPlanner::Goal &goal);
    // --dry-run of nodes: what each would cost if it were lost now instead (NodeLossImpact).
    static void showIfLost(const MigrationSession &session,
                           const Migration::EvacuationPlanner::Goal &goal);
    static QJsonArray ifLostJson(const MigrationSession &session,
                                 const Migration::EvacuationPlanner::Goal &goal);
    // Runs the plan, then plans what the pools still hold again (another console moved
    // replicas there, or did a move this plan counted on) a few times at most; the exit code.
    static int empty(MigrationSession &session, const Request &request,
                     const Migration::EvacuationPlanner::Plan &plan);
    // Whether a move ended cancelled or rolled back by an operator (not left to another
    // console).
    static bool cancelledByOperator(const QList<Migration::MigrationStatus> &ended);
    // Whether the goal's pools hold no replica.
    static bool holdsNone(const MigrationSession &session,
                          const Migration::EvacuationPlanner::Goal &goal);
    // Prints every move with its checks, the replicas with nowhere to go, the pools' capacity
    // and the caps.
    static void showPlan(const MigrationSession &session,
                         const Migration::EvacuationPlanner::Plan &plan,
                         const Migration::QueueSettings &queue);
    // True (after printing why) when the evacuation must not start.
    static bool refuses(const MigrationSession &session,
                        const Migration::EvacuationPlanner::Plan &plan,
                        const QString &firstFailure);
    // Exit 0 when no pool of the goal holds a replica any more, else 1 naming them.
    static int goalHolds(const MigrationSession &session,
                         const Migration::EvacuationPlanner::Goal &goal);
};
