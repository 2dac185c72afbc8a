#include "app/console/migrateverb.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "app/console/verbcommandline.h"
#include "models/planning/moveresolver.h"

using Migration::MigrationState;

namespace {

// Whether an operator's POOL|NODE names this pool.
bool names(const Migration::ClusterSnapshot &cluster, const QString &word, const QString &pool)
{
    if (word == pool)
        return true;
    const Cstor::PoolInstance *instance = cluster.pool(pool);
    return instance && instance->hostName == word;
}

QString nodeOf(const Migration::ClusterSnapshot &cluster, const QString &pool)
{
    const Cstor::PoolInstance *instance = cluster.pool(pool);
    return instance && !instance->hostName.isEmpty() ? instance->hostName : QStringLiteral("?");
}

} // namespace

int MigrateVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const std::optional<Request> request = parse(&commandLine, arguments);
    if (!request)
        return ExitCode::UsageError;

    const std::unique_ptr<MigrationSession> opened =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!opened)
        return ExitCode::Failed;
    MigrationSession &session = *opened;
    // What an earlier console left half done comes first; it may have been this very move.
    if (request->dryRun || !session.mayPatch()) {
        session.noteUnfinished();
    } else {
        if (resumedThisMove(session, *request))
            return ExitCode::Done;
        if (session.wasInterrupted() || !session.queueClear())
            return ExitCode::Failed;
    }

    QString error;
    const std::optional<Migration::ReplicaMove> move = Migration::MoveResolver::resolve(
        session.cluster(), request->volume, request->from, request->to, &error);
    if (!move) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    session.readForecast();
    const QList<Migration::PreflightCheck> checks = session.engine()->plan(*move);
    showPlan(session, *move, checks);
    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return ExitCode::Failed;
    }
    if (!Migration::Preflight::passed(checks)) {
        Output::error(tr("error: refusing to move the replica: %1")
                          .arg(Migration::Preflight::firstFailure(checks)));
        return ExitCode::Failed;
    }
    if (request->dryRun) {
        const bool accepted = session.dryRun({*move});
        Output::dryRun();
        return accepted ? ExitCode::Done : ExitCode::Failed;
    }
    if (!MigrationSession::confirm(request->yes))
        return ExitCode::Failed;
    return migrate(session, *move);
}

VerbCommandLine::Synopsis MigrateVerb::synopsis()
{
    return {QStringLiteral("migrate"),
            tr("The verb."),
            tr("Moves one replica of a cStor volume to another pool: adds the target pool to the "
               "volume, waits until the new replica and the volume are Healthy, then removes the "
               "source pool. Shows the plan first and asks unless --yes is given. It always waits "
               "until the move has ended (--wait is accepted and changes nothing); Ctrl-C before "
               "the old replica is removed rolls the move back. Moves left unfinished in the "
               "journal are resumed first.\n"
               "Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, "
               "2 usage error."),
            QStringLiteral("volume"),
            tr("The volume (PV name, the name of its CStorVolumeConfig)."),
            QStringLiteral("VOLUME")};
}

std::optional<MigrateVerb::Request> MigrateVerb::parse(VerbCommandLine *commandLine,
                                                       const QStringList &arguments)
{
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("The pool (CStorPoolInstance) holding the replica to move, or its node."),
        tr("POOL|NODE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("The target pool, or a node (its pool of the volume's pool cluster with the most "
           "free space)."),
        tr("POOL|NODE"));
    const MoveOptions options(
        tr("Show the plan and ask the server to dry-run the change; change nothing."),
        tr("Do not ask before moving."),
        tr("Wait until the move has ended (always done; for scripts "
           "written for kubectl-like tools)."));
    commandLine->addOption(fromOption);
    commandLine->addOption(toOption);
    options.addTo(commandLine);
    if (!commandLine->parse(arguments))
        return std::nullopt;
    const std::optional<QString> operand =
        commandLine->operand(tr("The volume to migrate is missing: migrate VOLUME --from POOL|NODE "
                                "--to POOL|NODE"));
    if (!operand)
        return std::nullopt;
    const Request request{*operand, commandLine->value(fromOption), commandLine->value(toOption),
                          commandLine->isSet(options.dryRun), commandLine->isSet(options.yes)};
    if (request.from.isEmpty() || request.to.isEmpty()) {
        Output::error(tr("Both --from POOL|NODE and --to POOL|NODE are needed."));
        return std::nullopt;
    }
    return request;
}

bool MigrateVerb::resumedThisMove(MigrationSession &session, const Request &request)
{
    session.resumeUnfinished();
    // Every move resumed: also one that ended as it was resumed, the cluster having done its
    // last step already (a console killed after the source left, before it wrote Done).
    for (const Migration::MigrationStatus &resumed : session.engine()->migrations()) {
        const Migration::ReplicaMove &m = resumed.move;
        if (resumed.state == MigrationState::Done && m.volume == request.volume &&
            names(session.cluster(), request.from, m.sourcePool) &&
            names(session.cluster(), request.to, m.targetPool)) {
            Output::write(tr("The move of %1 from %2 to %3 was already under way and is "
                             "now done.\n")
                              .arg(request.volume, m.sourcePool, m.targetPool));
            return true;
        }
    }
    return false;
}

void MigrateVerb::showPlan(const MigrationSession &session, const Migration::ReplicaMove &move,
                           const QList<Migration::PreflightCheck> &checks)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    Output::write(tr("Move a replica of %1\n  from pool %2 on node %3\n  to pool %4 on node %5\n"
                     "Steps: add the target pool (a new replica rebuilds from its peers), wait "
                     "until the new replica and the volume are Healthy, remove the source pool "
                     "(the old replica is deleted).\n\n")
                      .arg(move.volume, move.sourcePool, nodeOf(snapshot, move.sourcePool),
                           move.targetPool, nodeOf(snapshot, move.targetPool)));
    Output::write(MigrationSession::checksTable(checks) + QLatin1Char('\n'));
    Output::write(session.capacityTable({move}) + QLatin1Char('\n'));
}

int MigrateVerb::migrate(MigrationSession &session, const Migration::ReplicaMove &move)
{
    const Migration::MigrationStatus status = session.run({move}).value(0);
    if (status.state == MigrationState::Done) {
        Output::write(tr("Moved the replica of %1 from %2 to %3.\n")
                          .arg(move.volume, move.sourcePool, move.targetPool));
        return ExitCode::Done;
    }
    Output::error(tr("error: %1").arg(MigrationSession::outcome(status)));
    return ExitCode::Failed;
}
