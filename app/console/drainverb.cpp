#include "app/console/drainverb.h"

#include "app/console/exitcode.h"
#include "app/console/lostnodedrain.h"
#include "app/console/migrationsession.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "app/console/texttable.h"
#include "app/console/verbcommandline.h"
#include "models/cstor/capacity.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"
#include "models/planning/namesuggestions.h"
#include "models/recovery/lostnodeplanner.h"

using Migration::MigrationState;

namespace {

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
    VerbCommandLine commandLine(synopsis());
    const std::optional<Request> request = parse(&commandLine, arguments);
    if (!request)
        return ExitCode::UsageError;
    const QString &node = request->node;

    const std::unique_ptr<MigrationSession> opened =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!opened)
        return ExitCode::Failed;
    MigrationSession &session = *opened;
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    if (request->dryRun || !session.mayPatch())
        session.noteUnfinished();
    else
        session.resumeUnfinished();
    if (session.wasInterrupted())
        return ExitCode::Failed;

    if (snapshot.poolsOnNode(node).isEmpty()) {
        QStringList nodes;
        for (const Cstor::PoolInstance *pool : snapshot.pools())
            nodes.append(pool->hostName);
        Output::error(tr("error: no cStor pool runs on a node named %1 in namespace \"%2\"")
                          .arg(node, session.namespaceName()) +
                      Migration::NameSuggestions::didYouMean(node, nodes));
        return ExitCode::Failed;
    }
    if (Recovery::LostNodePlanner::isLost(snapshot, node))
        return LostNodeDrain::run(session, node, request->dryRun, request->yes);
    const Migration::DrainPlanner::Plan plan = Migration::DrainPlanner::plan(snapshot, node);
    if (plan.moves.isEmpty() && plan.isComplete()) {
        Output::write(tr("The pools of node %1 hold no replicas: nothing to move.\n").arg(node));
        return ExitCode::Done;
    }
    const QString firstFailure = showPlan(session, node, plan);
    if (refuses(session, node, plan, firstFailure))
        return ExitCode::Failed;
    if (request->dryRun) {
        const bool accepted = session.dryRun(plan.moves);
        Output::dryRun();
        return accepted ? ExitCode::Done : ExitCode::Failed;
    }
    if (!MigrationSession::confirm(request->yes))
        return ExitCode::Failed;
    return drain(session, node, plan.moves);
}

VerbCommandLine::Synopsis DrainVerb::synopsis()
{
    return {QStringLiteral("drain"),
            tr("The verb."),
            tr("Moves every cStor replica off the pools of a node, one replica move per volume, "
               "each to the pool of the same pool cluster with the most free space on a node "
               "that holds no replica of that volume. Shows the plan first and asks unless --yes "
               "is given. It always waits until every move has ended (--wait is accepted and "
               "changes nothing); Ctrl-C rolls back the moves whose old replica is still there. "
               "Moves left unfinished in the journal are resumed first.\n"
               "A lost node (NotReady or gone) is recovered instead: each volume with a replica "
               "there gets a new replica on another pool, rebuilt from its Healthy replicas; "
               "volumes with no Healthy replica left are reported as lost and left alone; once no "
               "volume uses the node's pools, the steps that remove the dead pool are printed.\n"
               "Exit codes: 0 drained (or nothing to change in a dry run), 1 refused or failed, "
               "2 usage error."),
            QStringLiteral("node"),
            tr("The node to move replicas off."),
            QStringLiteral("NODE")};
}

std::optional<DrainVerb::Request> DrainVerb::parse(VerbCommandLine *commandLine,
                                                   const QStringList &arguments)
{
    const MoveOptions options(
        tr("Show the plan and ask the server to dry-run each change; change nothing."),
        tr("Do not ask before moving."),
        tr("Wait until every move has ended (always done; for "
           "scripts written for kubectl-like tools)."));
    options.addTo(commandLine);
    if (!commandLine->parse(arguments))
        return std::nullopt;
    const std::optional<QString> operand =
        commandLine->operand(tr("The node to drain is missing: drain NODE"));
    if (!operand)
        return std::nullopt;
    return Request{*operand, commandLine->isSet(options.dryRun), commandLine->isSet(options.yes)};
}

QString DrainVerb::showPlan(const MigrationSession &session, const QString &node,
                            const Migration::DrainPlanner::Plan &plan)
{
    // The plan: every move with its checks, then every affected pool's capacity.
    const Migration::ClusterSnapshot &snapshot = session.cluster();
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
            {move.volume, Cstor::Capacity::formatBytesCompact(snapshot.volumeSize(move.volume)),
             move.sourcePool, move.targetPool, to ? to->hostName : QStringLiteral("-"),
             passed ? tr("ok") : tr("FAIL: %1").arg(Migration::Preflight::firstFailure(checks))});
    }
    if (moves.rowCount() > 0)
        Output::write(moves.render() + QLatin1Char('\n'));
    if (!plan.isComplete()) {
        QString text =
            tr("%n replica(s) have nowhere to go:", nullptr, int(plan.unplaceable.size())) +
            QLatin1Char('\n');
        for (const QString &why : plan.unplaceableTexts())
            text += QStringLiteral("  ") + why + QLatin1Char('\n');
        Output::write(text + QLatin1Char('\n'));
    }
    if (!plan.moves.isEmpty())
        Output::write(session.capacityTable(plan.moves) + QLatin1Char('\n'));
    return firstFailure;
}

bool DrainVerb::refuses(const MigrationSession &session, const QString &node,
                        const Migration::DrainPlanner::Plan &plan, const QString &firstFailure)
{
    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return true;
    }
    if (!plan.isComplete()) {
        QStringList replicas;
        for (const Migration::DrainPlanner::Unplaceable &replica : plan.unplaceable)
            replicas << replica.replica;
        Output::error(tr("error: refusing to drain %1: %n replica(s) have nowhere to go (%2). "
                         "Add a pool on another node, or move or remove those replicas first.",
                         nullptr, int(replicas.size()))
                          .arg(node, replicas.join(QStringLiteral(", "))));
        return true;
    }
    if (!firstFailure.isEmpty()) {
        Output::error(tr("error: refusing to drain %1: %2").arg(node, firstFailure));
        return true;
    }
    return false;
}

int DrainVerb::drain(MigrationSession &session, const QString &node,
                     const QList<Migration::ReplicaMove> &moves)
{
    audit(session, node, QStringLiteral("started"));
    const QList<Migration::MigrationStatus> statuses = session.run(moves);
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
        return ExitCode::Done;
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
    return ExitCode::Failed;
}
