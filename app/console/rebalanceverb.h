#pragma once

#include "app/console/planoptions.h"
#include "app/console/verbcommandline.h"
#include "models/migration/movelimits.h"
#include "models/planning/rebalanceplanner.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class MigrationSession;

// `cstor-console rebalance [--pool-cluster CSPC] [--max-spread PCT] [--max-per-pool N]
// [--max-per-node N] [--max-total N] [--dry-run] [--yes] [-o json]`: brings the used % of a
// pool cluster's pools (each pool cluster's, without --pool-cluster) within PCT points of each
// other (default 10), moving few bytes (RebalancePlanner). Shows the plan with each pool's
// capacity before and after, asks, runs the moves as a queue within the caps, and exits 0
// only when the pools' used % are within the spread on the cluster. A plan that cannot reach
// the spread is refused, with why and the spread it would reach.
class RebalanceVerb
{
    Q_DECLARE_TR_FUNCTIONS(RebalanceVerb)

public:
    static int run(const QStringList &arguments); // arguments[1] "rebalance"

    // The plan as `-o json` prints it.
    static QJsonObject json(const MigrationSession &session,
                            const Migration::RebalancePlanner::Plan &plan,
                            const Migration::QueueSettings &queue);

private:
    struct Request
    {
        Migration::RebalancePlanner::Goal goal;
        PlanOptions::Values run;
    };

    static VerbCommandLine::Synopsis synopsis();
    static std::optional<Request> parse(VerbCommandLine *commandLine, const QStringList &arguments);
    static int rebalance(const VerbCommandLine &commandLine, const Request &request);
    // What the goal's words are ("pool cluster cspc-x", "every pool cluster").
    static QString goalText(const Migration::RebalancePlanner::Goal &goal);
    static void showPlan(const MigrationSession &session,
                         const Migration::RebalancePlanner::Plan &plan,
                         const Migration::QueueSettings &queue);
    // True (after printing why) when the plan must not start.
    static bool refuses(const MigrationSession &session,
                        const Migration::RebalancePlanner::Plan &plan, const QString &firstFailure);
    // Waits (at most two resyncs) for the pools' status to show the moves; exit 0 when the
    // spread holds on the cluster, else 1 saying what it is.
    static int goalHolds(MigrationSession &session, const Migration::RebalancePlanner::Goal &goal);
};
