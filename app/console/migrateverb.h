#pragma once

#include "app/console/verbcommandline.h"
#include "models/planning/preflight.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class MigrationSession;

// `cstor-console migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes] [--wait]
// [--kubeconfig FILE] [--context NAME] [-n NS]`: moves one replica of a volume the seed's
// two-step way through the migration engine: shows the plan (preflight checks, capacity
// before and after), asks, adds the target pool, waits for the new replica and the volume to
// be Healthy, removes the source pool. Always waits for the end; Ctrl-C before the old replica
// is removed rolls the move back.
class MigrateVerb
{
    Q_DECLARE_TR_FUNCTIONS(MigrateVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "migrate"

private:
    struct Request
    {
        QString volume;
        QString from; // POOL|NODE
        QString to;   // POOL|NODE
        bool dryRun = false;
        bool yes = false;
    };

    static VerbCommandLine::Synopsis synopsis();
    // The command line read; nullopt (after printing why) on a usage error.
    static std::optional<Request> parse(VerbCommandLine *commandLine, const QStringList &arguments);
    // Resumes what an earlier console left half done; true (after saying so) when that was
    // this very move and it is now done.
    static bool resumedThisMove(MigrationSession &session, const Request &request);
    static void showPlan(const MigrationSession &session, const Migration::ReplicaMove &move,
                         const QList<Migration::PreflightCheck> &checks);
    // Runs the move and says how it ended; its exit code.
    static int migrate(MigrationSession &session, const Migration::ReplicaMove &move);
};
