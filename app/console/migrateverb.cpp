#include "app/console/migrateverb.h"

#include "app/console/clusteroptions.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/verbarguments.h"
#include "models/planning/moveresolver.h"

#include <QCommandLineParser>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves one replica of a cStor volume to another pool: adds the target pool to the "
           "volume, waits until the new replica and the volume are Healthy, then removes the "
           "source pool. Shows the plan first and asks unless --yes is given. It always waits "
           "until the move has ended (--wait is accepted and changes nothing); Ctrl-C before "
           "the old replica is removed rolls the move back. Moves left unfinished in the "
           "journal are resumed first.\n"
           "Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, "
           "2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("migrate"), tr("The verb."),
                                 QStringLiteral("migrate"));
    parser.addPositionalArgument(QStringLiteral("volume"),
                                 tr("The volume (PV name, the name of its CStorVolumeConfig)."),
                                 QStringLiteral("VOLUME"));
    const ClusterOptions cluster(ClusterOptions::Scope::Cluster);
    cluster.addTo(&parser);
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("The pool (CStorPoolInstance) holding the replica to move, or its node."),
        tr("POOL|NODE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("The target pool, or a node (its pool of the volume's pool cluster with the most "
           "free space)."),
        tr("POOL|NODE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Show the plan and ask the server to dry-run the change; change nothing."));
    const QCommandLineOption yesOption(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                       tr("Do not ask before moving."));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"), tr("Wait until the move has ended (always done; for scripts "
                                   "written for kubectl-like tools)."));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addOption(dryRunOption);
    parser.addOption(yesOption);
    parser.addOption(waitOption);
    if (!VerbArguments::parse(&parser, arguments))
        return 2;
    const std::optional<QString> operand = VerbArguments::operand(
        parser, tr("The volume to migrate is missing: migrate VOLUME --from POOL|NODE "
                   "--to POOL|NODE"));
    if (!operand)
        return 2;
    const QString volume = *operand;
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    if (from.isEmpty() || to.isEmpty()) {
        Output::error(tr("Both --from POOL|NODE and --to POOL|NODE are needed."));
        return 2;
    }
    const bool dryRun = parser.isSet(dryRunOption);

    const std::unique_ptr<MigrationSession> opened = MigrationSession::openFor(cluster, parser);
    if (!opened)
        return 1;
    MigrationSession &session = *opened;
    const Migration::ClusterSnapshot &snapshot = session.cluster();

    // What an earlier console left half done comes first; it may have been this very move.
    if (dryRun || !session.mayPatch()) {
        session.noteUnfinished();
    } else {
        for (const Migration::MigrationStatus &resumed : session.resumeUnfinished()) {
            const Migration::ReplicaMove &m = resumed.move;
            if (resumed.state == MigrationState::Done && m.volume == volume &&
                names(snapshot, from, m.sourcePool) && names(snapshot, to, m.targetPool)) {
                Output::write(tr("The move of %1 from %2 to %3 was already under way and is "
                                 "now done.\n")
                                  .arg(volume, m.sourcePool, m.targetPool));
                return 0;
            }
        }
        if (session.wasInterrupted())
            return 1;
    }

    QString error;
    const std::optional<Migration::ReplicaMove> move =
        Migration::MoveResolver::resolve(snapshot, volume, from, to, &error);
    if (!move) {
        Output::error(tr("error: %1").arg(error));
        return 1;
    }
    const QList<Migration::PreflightCheck> checks = session.engine()->plan(*move);
    Output::write(tr("Move a replica of %1\n  from pool %2 on node %3\n  to pool %4 on node %5\n"
                     "Steps: add the target pool (a new replica rebuilds from its peers), wait "
                     "until the new replica and the volume are Healthy, remove the source pool "
                     "(the old replica is deleted).\n\n")
                      .arg(move->volume, move->sourcePool, nodeOf(snapshot, move->sourcePool),
                           move->targetPool, nodeOf(snapshot, move->targetPool)));
    Output::write(MigrationSession::checksTable(checks) + QLatin1Char('\n'));
    Output::write(session.capacityTable({*move}) + QLatin1Char('\n'));

    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return 1;
    }
    if (!Migration::Preflight::passed(checks)) {
        Output::error(tr("error: refusing to move the replica: %1")
                          .arg(Migration::Preflight::firstFailure(checks)));
        return 1;
    }
    if (dryRun) {
        const bool accepted = session.dryRun({*move});
        Output::write(tr("Dry run: nothing was changed.\n"));
        return accepted ? 0 : 1;
    }
    if (!MigrationSession::confirm(parser.isSet(yesOption)))
        return 1;

    const Migration::MigrationStatus status = session.run({*move}).value(0);
    if (status.state == MigrationState::Done) {
        Output::write(tr("Moved the replica of %1 from %2 to %3.\n")
                          .arg(move->volume, move->sourcePool, move->targetPool));
        return 0;
    }
    Output::error(tr("error: %1").arg(MigrationSession::outcome(status)));
    return 1;
}
