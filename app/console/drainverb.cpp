#include "app/console/drainverb.h"

#include "app/console/clusteroptions.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/texttable.h"
#include "app/console/verbarguments.h"
#include "models/cstor/capacity.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"
#include "models/planning/drainplanner.h"

#include <QCommandLineParser>

using Migration::MigrationState;

namespace {

QString size(qint64 bytes)
{
    return Cstor::Capacity::formatBytes(bytes).remove(QLatin1Char(' '));
}

// The drain itself in the audit log, next to the moves the engine records.
void audit(const MigrationSession &session, const QString &node, const QString &result)
{
    Migration::AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.user = session.identity();
    record.context = session.contextName();
    record.server = session.serverUrl();
    record.action = QStringLiteral("drain");
    record.target = node;
    record.result = result;
    QString error;
    if (!Migration::AuditLog(Migration::DataPaths::audit()).record(record, &error))
        Output::error(DrainVerb::tr("warning: %1").arg(error));
}

} // namespace

int DrainVerb::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves every cStor replica off the pools of a node, one replica move per volume, "
           "each to the pool of the same pool cluster with the most free space on a node "
           "that holds no replica of that volume. Shows the plan first and asks unless --yes "
           "is given. It always waits until every move has ended (--wait is accepted and "
           "changes nothing); Ctrl-C rolls back the moves whose old replica is still there. "
           "Moves left unfinished in the journal are resumed first.\n"
           "Exit codes: 0 drained (or nothing to change in a dry run), 1 refused or failed, "
           "2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("drain"), tr("The verb."), QStringLiteral("drain"));
    parser.addPositionalArgument(QStringLiteral("node"), tr("The node to move replicas off."),
                                 QStringLiteral("NODE"));
    const ClusterOptions cluster(ClusterOptions::Scope::Cluster);
    cluster.addTo(&parser);
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Show the plan and ask the server to dry-run each change; change nothing."));
    const QCommandLineOption yesOption(QStringList{QStringLiteral("y"), QStringLiteral("yes")},
                                       tr("Do not ask before moving."));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        tr("Wait until every move has ended (always done; for "
                                           "scripts written for kubectl-like tools)."));
    parser.addOption(dryRunOption);
    parser.addOption(yesOption);
    parser.addOption(waitOption);
    if (!VerbArguments::parse(&parser, arguments))
        return 2;
    const std::optional<QString> operand =
        VerbArguments::operand(parser, tr("The node to drain is missing: drain NODE"));
    if (!operand)
        return 2;
    const QString node = *operand;
    const bool dryRun = parser.isSet(dryRunOption);

    const std::unique_ptr<MigrationSession> opened = MigrationSession::openFor(cluster, parser);
    if (!opened)
        return 1;
    MigrationSession &session = *opened;
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    if (dryRun || !session.mayPatch())
        session.noteUnfinished();
    else
        session.resumeUnfinished();
    if (session.wasInterrupted())
        return 1;

    if (snapshot.poolsOnNode(node).isEmpty()) {
        Output::error(tr("error: no cStor pool runs on a node named %1 in namespace \"%2\"")
                          .arg(node, session.namespaceName()));
        return 1;
    }
    const Migration::DrainPlanner::Plan plan = Migration::DrainPlanner::plan(snapshot, node);
    if (plan.moves.isEmpty() && plan.isComplete()) {
        Output::write(tr("The pools of node %1 hold no replicas: nothing to move.\n").arg(node));
        return 0;
    }

    // The plan: every move with its checks, then every affected pool's capacity.
    Output::write(
        tr("Drain node %1: move %n replica(s)\n\n", nullptr, int(plan.moves.size())).arg(node));
    TextTable moves({tr("VOLUME"), tr("SIZE"), tr("FROM"), tr("TO"), tr("TO NODE"), tr("CHECKS")});
    QString firstFailure;
    for (const Migration::ReplicaMove &move : plan.moves) {
        const QList<Migration::PreflightCheck> checks = session.engine()->plan(move);
        const bool passed = Migration::Preflight::passed(checks);
        if (!passed && firstFailure.isEmpty())
            firstFailure =
                tr("%1: %2").arg(move.volume, Migration::Preflight::firstFailure(checks));
        const Cstor::PoolInstance *to = snapshot.pool(move.targetPool);
        moves.addRow(
            {move.volume, size(snapshot.volumeSize(move.volume)), move.sourcePool, move.targetPool,
             to ? to->hostName : QStringLiteral("-"),
             passed ? tr("ok") : tr("FAIL: %1").arg(Migration::Preflight::firstFailure(checks))});
    }
    if (moves.rowCount() > 0)
        Output::write(moves.render() + QLatin1Char('\n'));
    if (!plan.isComplete()) {
        QString text =
            tr("%n replica(s) have nowhere to go:", nullptr, int(plan.unplaceable.size())) +
            QLatin1Char('\n');
        for (const QString &why : plan.unplaceable)
            text += QStringLiteral("  ") + why + QLatin1Char('\n');
        Output::write(text + QLatin1Char('\n'));
    }
    if (!plan.moves.isEmpty())
        Output::write(session.capacityTable(plan.moves) + QLatin1Char('\n'));

    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return 1;
    }
    if (!plan.isComplete()) {
        QStringList replicas;
        for (const QString &why : plan.unplaceable)
            replicas << why.section(QStringLiteral(": "), 0, 0);
        Output::error(tr("error: refusing to drain %1: %n replica(s) have nowhere to go (%2). "
                         "Add a pool on another node, or move or remove those replicas first.",
                         nullptr, int(replicas.size()))
                          .arg(node, replicas.join(QStringLiteral(", "))));
        return 1;
    }
    if (!firstFailure.isEmpty()) {
        Output::error(tr("error: refusing to drain %1: %2").arg(node, firstFailure));
        return 1;
    }
    if (dryRun) {
        const bool accepted = session.dryRun(plan.moves);
        Output::write(tr("Dry run: nothing was changed.\n"));
        return accepted ? 0 : 1;
    }
    if (!MigrationSession::confirm(parser.isSet(yesOption)))
        return 1;

    audit(session, node, QStringLiteral("started"));
    const QList<Migration::MigrationStatus> statuses = session.run(plan.moves);
    int done = 0;
    QStringList failures;
    for (const Migration::MigrationStatus &status : statuses) {
        if (status.state == MigrationState::Done)
            ++done;
        else
            failures << MigrationSession::outcome(status);
    }
    if (failures.isEmpty()) {
        audit(session, node, QStringLiteral("Done"));
        Output::write(tr("Drained node %1: %n replica(s) moved.\n", nullptr, done).arg(node));
        return 0;
    }
    audit(session, node,
          QStringLiteral("Failed: %1 of %2 moves ended otherwise")
              .arg(failures.size())
              .arg(statuses.size()));
    QString text = tr("error: node %1 was not drained: %2 of %3 move(s) did not finish:")
                       .arg(node)
                       .arg(failures.size())
                       .arg(statuses.size());
    for (const QString &failure : std::as_const(failures))
        text += QStringLiteral("\n  ") + failure;
    Output::error(text);
    return 1;
}
