#include "app/console/rebalanceverb.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/planoptions.h"
#include "app/console/planrun.h"
#include "models/cstor/capacity.h"
#include "models/migration/migrationengine.h"
#include "models/planning/namesuggestions.h"

#include <QJsonDocument>
#include <QSet>

using Migration::RebalancePlanner;

namespace {
// Pools report their capacity at every resync (30 s): two of them, and some slack.
constexpr int kCapacityLagMs = 75000;
} // namespace

int RebalanceVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const std::optional<Request> request = parse(&commandLine, arguments);
    return request ? rebalance(commandLine, *request) : int(ExitCode::UsageError);
}

VerbCommandLine::Synopsis RebalanceVerb::synopsis()
{
    return {QStringLiteral("rebalance"),
            tr("The verb."),
            tr("Brings the used capacity of a pool cluster's pools (of each pool cluster, "
               "without --pool-cluster) within --max-spread percentage points of each other, "
               "moving few bytes: again and again a replica leaves the fullest pool for the pool "
               "that stays emptiest with it, replicas of volumes whose replicas are all Healthy "
               "and small ones first, no replica twice, under every rule of a single move. Only "
               "ONLINE, writable pools on live nodes count. Shows the plan with each pool's "
               "capacity before and after, and asks unless --yes is given; the moves then run "
               "as a queue within the caps, and the verb waits until every move has ended and "
               "the pools report their new capacity. A plan that cannot reach the spread is "
               "refused, naming the spread it would reach.\n"
               "Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, "
               "failed or not within the spread, 2 usage error."),
            QString(),
            QString(),
            QString()};
}

std::optional<RebalanceVerb::Request> RebalanceVerb::parse(VerbCommandLine *commandLine,
                                                           const QStringList &arguments)
{
    const PlanOptions options;
    options.addTo(commandLine);
    const QCommandLineOption poolCluster(
        QStringLiteral("pool-cluster"),
        tr("The pool cluster (CStorPoolCluster) to rebalance; every one when not given."),
        QStringLiteral("CSPC"));
    const QCommandLineOption maxSpread(
        QStringLiteral("max-spread"),
        tr("The most percentage points of used capacity between the fullest and the emptiest "
           "pool (default 10)."),
        QStringLiteral("PCT"));
    commandLine->addOption(poolCluster);
    commandLine->addOption(maxSpread);
    if (!commandLine->parse(arguments))
        return std::nullopt;
    if (const QStringList words = commandLine->parser().positionalArguments(); words.size() > 1) {
        Output::error(
            tr("Unknown argument: %1 (name a pool cluster with --pool-cluster)").arg(words.at(1)));
        return std::nullopt;
    }
    Request request;
    request.goal.poolCluster = commandLine->value(poolCluster);
    if (commandLine->isSet(maxSpread)) {
        bool ok = false;
        request.goal.maxSpreadPoints = commandLine->value(maxSpread).toInt(&ok);
        if (!ok || request.goal.maxSpreadPoints < 1 || request.goal.maxSpreadPoints > 100) {
            Output::error(tr("error: --max-spread takes a whole number of points from 1 to 100, "
                             "not \"%1\"")
                              .arg(commandLine->value(maxSpread)));
            return std::nullopt;
        }
    }
    const std::optional<PlanOptions::Values> values = options.read(*commandLine);
    if (!values)
        return std::nullopt;
    request.run = *values;
    return request;
}

QString RebalanceVerb::goalText(const Migration::RebalancePlanner::Goal &goal)
{
    return goal.poolCluster.isEmpty() ? tr("every pool cluster")
                                      : tr("pool cluster %1").arg(goal.poolCluster);
}

int RebalanceVerb::rebalance(const VerbCommandLine &commandLine, const Request &request)
{
    const std::unique_ptr<MigrationSession> opened =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!opened)
        return ExitCode::Failed;
    MigrationSession &session = *opened;
    session.setProgressBesideDocument(request.run.json);
    if (request.run.dryRun || !session.mayPatch()) {
        session.noteUnfinished();
    } else {
        session.resumeUnfinished();
        if (session.wasInterrupted() || !session.queueClear())
            return ExitCode::Failed;
    }

    const Migration::ClusterSnapshot &snapshot = session.cluster();
    if (!request.goal.poolCluster.isEmpty()) {
        QSet<QString> known;
        for (const Cstor::PoolInstance *pool : snapshot.pools())
            known.insert(pool->poolCluster);
        if (!known.contains(request.goal.poolCluster)) {
            Output::error(tr("error: no cStor pool belongs to a pool cluster named %1 in "
                             "namespace \"%2\"")
                              .arg(request.goal.poolCluster, session.namespaceName()) +
                          Migration::NameSuggestions::didYouMean(
                              request.goal.poolCluster, QStringList(known.cbegin(), known.cend())));
            return ExitCode::Failed;
        }
    }
    session.readForecast();
    const RebalancePlanner::Plan plan = RebalancePlanner::plan(snapshot, request.goal);
    if (request.run.json)
        Output::write(QString::fromUtf8(
            QJsonDocument(json(session, plan, request.run.queue)).toJson(QJsonDocument::Indented)));
    else
        showPlan(session, plan, request.run.queue);
    if (plan.moves.isEmpty() && plan.reachesGoal()) {
        Output::progress(tr("The pools of %1 are within %2 points already: nothing to move.\n")
                             .arg(goalText(request.goal))
                             .arg(request.goal.maxSpreadPoints),
                         request.run.json);
        return ExitCode::Done;
    }
    if (refuses(session, plan, PlanRun::firstFailure(session, plan.moves)))
        return ExitCode::Failed;
    if (request.run.dryRun) {
        const bool accepted = session.dryRun(plan.moves);
        Output::dryRun(request.run.json);
        return accepted ? ExitCode::Done : ExitCode::Failed;
    }
    if (!MigrationSession::confirm(request.run.yes))
        return ExitCode::Failed;
    const int moved = PlanRun::run(session, QStringLiteral("rebalance"), goalText(request.goal),
                                   plan.moves, request.run.queue);
    return moved == ExitCode::Done ? goalHolds(session, request.goal) : moved;
}

void RebalanceVerb::showPlan(const MigrationSession &session,
                             const Migration::RebalancePlanner::Plan &plan,
                             const Migration::QueueSettings &queue)
{
    Output::write(tr("Rebalance %1: spread %2 -> %3 points (at most %4): move %n replica(s), %5 "
                     "to copy\n\n",
                     nullptr, int(plan.moves.size()))
                      .arg(goalText(plan.goal))
                      .arg(plan.spreadBefore)
                      .arg(plan.spreadAfter)
                      .arg(plan.goal.maxSpreadPoints)
                      .arg(Cstor::Capacity::formatBytes(plan.bytesToCopy)));
    if (const QString moves = PlanRun::movesTable(session, plan.moves); !moves.isEmpty())
        Output::write(moves + QLatin1Char('\n'));
    if (!plan.notes.isEmpty()) {
        QString text;
        for (const QString &note : plan.notes)
            text += QStringLiteral("  ") + note + QLatin1Char('\n');
        Output::write(tr("Notes:\n") + text + QLatin1Char('\n'));
    }
    if (!plan.moves.isEmpty())
        Output::write(session.capacityTable(plan.moves) + QLatin1Char('\n') +
                      PlanRun::queueText(session, plan.moves, queue) + QLatin1Char('\n'));
}

QJsonObject RebalanceVerb::json(const MigrationSession &session,
                                const Migration::RebalancePlanner::Plan &plan,
                                const Migration::QueueSettings &queue)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("RebalancePlan")},
        {QStringLiteral("poolCluster"), plan.goal.poolCluster},
        {QStringLiteral("maxSpread"), plan.goal.maxSpreadPoints},
        {QStringLiteral("spreadBefore"), plan.spreadBefore},
        {QStringLiteral("spreadAfter"), plan.spreadAfter},
        {QStringLiteral("moves"), PlanRun::movesJson(session, plan.moves)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
        {QStringLiteral("capacity"), PlanRun::capacityJson(session, plan.moves)},
        {QStringLiteral("bytesToCopy"), double(plan.bytesToCopy)},
        {QStringLiteral("caps"), QueueOptions::capsJson(queue.limits)},
        {QStringLiteral("window"), queue.window.text()},
        {QStringLiteral("estimate"), PlanRun::estimateJson(session, plan.moves, queue)}};
}

bool RebalanceVerb::refuses(const MigrationSession &session,
                            const Migration::RebalancePlanner::Plan &plan,
                            const QString &firstFailure)
{
    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return true;
    }
    if (!plan.reachesGoal()) {
        Output::error(tr("error: refusing to rebalance %1: the best plan leaves a spread of %2 "
                         "points, more than %3 (%4); nothing was changed. Run with --max-spread "
                         "%2 to apply that plan.")
                          .arg(goalText(plan.goal))
                          .arg(plan.spreadAfter)
                          .arg(plan.goal.maxSpreadPoints)
                          .arg(plan.notes.join(QStringLiteral("; "))));
        return true;
    }
    if (!firstFailure.isEmpty()) {
        Output::error(
            tr("error: refusing to rebalance %1: %2").arg(goalText(plan.goal), firstFailure));
        return true;
    }
    return false;
}

int RebalanceVerb::goalHolds(MigrationSession &session,
                             const Migration::RebalancePlanner::Goal &goal)
{
    const auto spreadNow = [&] {
        return RebalancePlanner::plan(session.cluster(), goal).spreadBefore;
    };
    if (session.waitFor([&] { return spreadNow() <= goal.maxSpreadPoints; }, kCapacityLagMs))
        return ExitCode::Done;
    Output::error(tr("error: the pools of %1 report a spread of %2 points, more than %3")
                      .arg(goalText(goal))
                      .arg(spreadNow())
                      .arg(goal.maxSpreadPoints));
    return ExitCode::Failed;
}
