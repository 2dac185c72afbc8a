#pragma once

#include "app/console/verbcommandline.h"
#include "models/planning/drainplanner.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class MigrationSession;

// `cstor-console drain NODE [--dry-run] [--yes] [--wait] [--kubeconfig FILE] [--context NAME]
// [-n NS]`: moves every replica off the pools of a node. Plans all moves at once (targets by
// free space, never two replicas of a volume on one node, never past a read-only threshold),
// shows them with each pool's capacity before and after, asks, then runs them through the
// migration engine as a queue within its limits and waits until all have ended. A lost node
// (NotReady or gone) is recovered instead (LostNodeDrain).
class DrainVerb
{
    Q_DECLARE_TR_FUNCTIONS(DrainVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "drain"

    // Runs the moves of a drain and says how it ended, with an audit record of the drain
    // around the engine's; its exit code.
    static int drain(MigrationSession &session, const QString &node,
                     const QList<Migration::ReplicaMove> &moves);

private:
    struct Request
    {
        QString node;
        bool dryRun = false;
        bool yes = false;
    };

    static VerbCommandLine::Synopsis synopsis();
    // The command line read; nullopt (after printing why) on a usage error.
    static std::optional<Request> parse(VerbCommandLine *commandLine, const QStringList &arguments);
    // Prints every move with its checks, the replicas with nowhere to go and the pools'
    // capacity; the first failed check ("VOLUME: why"), or empty.
    static QString showPlan(const MigrationSession &session, const QString &node,
                            const Migration::DrainPlanner::Plan &plan);
    // True (after printing why) when the drain must not start.
    static bool refuses(const MigrationSession &session, const QString &node,
                        const Migration::DrainPlanner::Plan &plan, const QString &firstFailure);
};
