#include "app/console/evacuateverb.h"

#include "app/console/exitcode.h"
#include "app/console/lostnodedrain.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/planoptions.h"
#include "app/console/planrun.h"
#include "app/console/texttable.h"
#include "models/cstor/capacity.h"
#include "models/migration/migrationengine.h"
#include "models/planning/namesuggestions.h"
#include "models/planning/nodelossimpact.h"
#include "models/recovery/lostnodeplanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using Migration::EvacuationPlanner;

namespace {
// How many times an evacuation plans what its pools still hold.
constexpr int kRounds = 3;
} // namespace

int EvacuateVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis(false));
    const std::optional<Request> request = parse(&commandLine, arguments, false);
    return request ? evacuate(commandLine, *request) : int(ExitCode::UsageError);
}

int EvacuateVerb::runDrain(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis(true));
    const std::optional<Request> request = parse(&commandLine, arguments, true);
    return request ? evacuate(commandLine, *request) : int(ExitCode::UsageError);
}

int EvacuateVerb::evacuate(const VerbCommandLine &commandLine, const Request &request)
{
    const std::unique_ptr<MigrationSession> opened =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!opened)
        return ExitCode::Failed;
    MigrationSession &session = *opened;
    session.setProgressBesideDocument(request.run.json);
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    if (request.run.dryRun || !session.mayPatch()) {
        session.noteUnfinished();
    } else {
        session.resumeUnfinished();
        if (session.wasInterrupted() || !session.queueClear())
            return ExitCode::Failed;
    }

    if (const QString unknown = unknownInGoal(session, request.goal); !unknown.isEmpty()) {
        Output::error(unknown);
        return ExitCode::Failed;
    }
    const Migration::EvacuationPlanner::Goal &goal = request.goal;
    for (const QString &node : goal.nodes) {
        if (!Recovery::LostNodePlanner::isLost(snapshot, node))
            continue;
        if (goal.nodes.size() == 1 && goal.pools.isEmpty() && !request.run.json)
            return LostNodeDrain::run(session, node, request.run.dryRun, request.run.yes,
                                      request.run.queue);
        Output::error(tr("error: node %1 is lost: its replicas cannot be moved off, only "
                         "replaced; run `drain %1` on it alone first")
                          .arg(node));
        return ExitCode::Failed;
    }
    session.readForecast();
    const EvacuationPlanner::Plan plan = EvacuationPlanner::plan(snapshot, goal);
    const QString failure = PlanRun::firstFailure(session, plan.moves);
    if (request.run.json)
        Output::write(QString::fromUtf8(
            QJsonDocument(json(session, plan, request.run.queue)).toJson(QJsonDocument::Indented)));
    if (plan.moves.isEmpty() && plan.isComplete()) {
        Output::progress(
            tr("The pools of %1 hold no replicas: nothing to move.\n").arg(goal.text()),
            request.run.json);
        return ExitCode::Done;
    }
    if (!request.run.json)
        showPlan(session, plan, request.run.queue);
    if (request.run.dryRun && !request.run.json)
        showIfLost(session, goal);
    if (refuses(session, plan, failure))
        return ExitCode::Failed;
    if (request.run.dryRun) {
        const bool accepted = session.dryRun(plan.moves);
        Output::dryRun(request.run.json);
        return accepted ? ExitCode::Done : ExitCode::Failed;
    }
    if (!MigrationSession::confirm(request.run.yes))
        return ExitCode::Failed;
    return empty(session, request, plan);
}

int EvacuateVerb::empty(MigrationSession &session, const Request &request,
                        const Migration::EvacuationPlanner::Plan &plan)
{
    const Migration::EvacuationPlanner::Goal &goal = request.goal;
    QList<Migration::MigrationStatus> ended;
    int moved = PlanRun::run(session, QStringLiteral("evacuate"), goal.text(), plan.moves,
                             request.run.queue, &ended);
    // Another console may have moved replicas onto these pools meanwhile, or taken a move the
    // plan counted on: what is left is planned again, a few times at most; never after the
    // operator cancelled a move (it stays where it is).
    for (int round = 2;
         round <= kRounds && !session.wasInterrupted() && !session.engine()->isBusy() &&
         !cancelledByOperator(ended) && !holdsNone(session, goal);
         ++round) {
        const EvacuationPlanner::Plan again = EvacuationPlanner::plan(session.cluster(), goal);
        if (again.moves.isEmpty() || !again.isComplete() ||
            !PlanRun::firstFailure(session, again.moves).isEmpty())
            break;
        session.note(tr("%1 still holds replicas (another console moved some there, or a move "
                        "failed): planning %n more move(s), round %2 of %3.\n",
                        nullptr, int(again.moves.size()))
                         .arg(goal.text())
                         .arg(round)
                         .arg(kRounds));
        moved = PlanRun::run(session, QStringLiteral("evacuate"), goal.text(), again.moves,
                             request.run.queue, &ended);
    }
    if (session.wasInterrupted() || session.engine()->isBusy())
        return moved; // paused: the moves left wait in the journal's queue
    return goalHolds(session, goal);
}

bool EvacuateVerb::cancelledByOperator(const QList<Migration::MigrationStatus> &ended)
{
    return std::any_of(ended.cbegin(), ended.cend(), [](const Migration::MigrationStatus &status) {
        return !status.doneElsewhere && (status.state == Migration::MigrationState::Cancelled ||
                                         status.state == Migration::MigrationState::RolledBack);
    });
}

bool EvacuateVerb::holdsNone(const MigrationSession &session,
                             const Migration::EvacuationPlanner::Goal &goal)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    const QStringList pools = EvacuationPlanner::poolsOf(snapshot, goal);
    return std::none_of(pools.cbegin(), pools.cend(), [&](const QString &pool) {
        return !snapshot.replicasOnPool(pool).isEmpty();
    });
}

VerbCommandLine::Synopsis EvacuateVerb::synopsis(bool drain)
{
    const QString how =
        tr("Plans every move at once: each replica goes to the pool of its pool cluster with the "
           "most free space once the moves already planned land, never to a node that holds a "
           "replica of the same volume, never past a pool's read-only threshold, only to ONLINE, "
           "writable pools on live nodes, a clone only to a pool holding its source, and never "
           "beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan "
           "with each pool's capacity before and after, and asks unless --yes is given. The "
           "moves then run as a queue within the caps, and the verb waits until every move has "
           "ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the "
           "moves running then finish and the others stay in the journal for `cstor-console "
           "queue resume`. Moves left running in the journal are resumed first; a plan is "
           "refused while the journal's queue holds moves waiting to start.\n");
    const QString exits = tr("Exit codes: 0 emptied (or nothing to change in a dry run), 1 "
                             "refused, failed or not emptied, 2 usage error.");
    if (drain)
        return {QStringLiteral("drain"),
                tr("The verb."),
                tr("Moves every cStor replica off the pools of a node: the same as evacuate "
                   "--node NODE.\n") +
                    how +
                    tr("A lost node (NotReady or gone) is recovered instead: each volume with a "
                       "replica there gets a new replica on another pool, rebuilt from its "
                       "Healthy replicas; volumes with no Healthy replica left are reported as "
                       "lost and left alone; once no volume uses the node's pools, the steps "
                       "that remove the dead pool are printed.\n") +
                    exits,
                QStringLiteral("node"),
                tr("The node to move replicas off."),
                QStringLiteral("NODE")};
    return {QStringLiteral("evacuate"),
            tr("The verb."),
            tr("Moves every cStor replica off the pools of the nodes given with --node and off "
               "the pools given with --pool (a node going back to the vendor, a pool whose disks "
               "fail).\n") +
                how + exits,
            QString(),
            QString(),
            QString()};
}

std::optional<EvacuateVerb::Request> EvacuateVerb::parse(VerbCommandLine *commandLine,
                                                         const QStringList &arguments, bool drain)
{
    const PlanOptions options;
    options.addTo(commandLine);
    const QCommandLineOption nodes(QStringLiteral("node"),
                                   tr("A node whose pools to empty (repeat for several)."),
                                   QStringLiteral("NODE"));
    const QCommandLineOption pools(QStringLiteral("pool"),
                                   tr("A pool to empty (its CStorPoolInstance name; repeat for "
                                      "several)."),
                                   QStringLiteral("POOL"));
    if (!drain) {
        commandLine->addOption(nodes);
        commandLine->addOption(pools);
    }
    if (!commandLine->parse(arguments))
        return std::nullopt;
    Request request;
    if (drain) {
        const std::optional<QString> operand =
            commandLine->operand(tr("The node to drain is missing: drain NODE"));
        if (!operand)
            return std::nullopt;
        request.goal.nodes = {*operand};
    } else {
        if (const QStringList words = commandLine->parser().positionalArguments();
            words.size() > 1) {
            Output::error(tr("Unknown argument: %1 (name nodes with --node, pools with --pool)")
                              .arg(words.at(1)));
            return std::nullopt;
        }
        request.goal.nodes = commandLine->parser().values(nodes);
        request.goal.pools = commandLine->parser().values(pools);
        request.goal.nodes.removeDuplicates();
        request.goal.pools.removeDuplicates();
        if (request.goal.nodes.isEmpty() && request.goal.pools.isEmpty()) {
            Output::error(tr("What to empty is missing: evacuate --node NODE... or --pool "
                             "POOL..."));
            return std::nullopt;
        }
    }
    const std::optional<PlanOptions::Values> values = options.read(*commandLine);
    if (!values)
        return std::nullopt;
    request.run = *values;
    return request;
}

QString EvacuateVerb::unknownInGoal(const MigrationSession &session,
                                    const Migration::EvacuationPlanner::Goal &goal)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    QStringList nodes;
    QStringList pools;
    for (const Cstor::PoolInstance *pool : snapshot.pools()) {
        nodes.append(pool->hostName);
        pools.append(pool->meta.name);
    }
    for (const QString &node : goal.nodes) {
        if (snapshot.poolsOnNode(node).isEmpty())
            return tr("error: no cStor pool runs on a node named %1 in namespace \"%2\"")
                       .arg(node, session.namespaceName()) +
                   Migration::NameSuggestions::didYouMean(node, nodes);
    }
    for (const QString &pool : goal.pools) {
        if (!snapshot.pool(pool))
            return tr("error: no cStor pool named %1 in namespace \"%2\"")
                       .arg(pool, session.namespaceName()) +
                   Migration::NameSuggestions::didYouMean(pool, pools);
    }
    return {};
}

void EvacuateVerb::showPlan(const MigrationSession &session,
                            const Migration::EvacuationPlanner::Plan &plan,
                            const Migration::QueueSettings &queue)
{
    // The plan: every move with its checks, then every affected pool's capacity.
    Output::write(
        tr("Evacuate %1: move %n replica(s), %2 to copy\n\n", nullptr, int(plan.moves.size()))
            .arg(plan.goal.text(), Cstor::Capacity::formatBytes(plan.bytesToCopy)));
    if (const QString moves = PlanRun::movesTable(session, plan.moves); !moves.isEmpty())
        Output::write(moves + QLatin1Char('\n'));
    if (!plan.isComplete()) {
        QString text =
            tr("%n replica(s) have nowhere to go:", nullptr, int(plan.unplaceable.size())) +
            QLatin1Char('\n');
        for (const QString &why : plan.unplaceableTexts())
            text += QStringLiteral("  ") + why + QLatin1Char('\n');
        Output::write(text + QLatin1Char('\n'));
    }
    if (!plan.moves.isEmpty())
        Output::write(session.capacityTable(plan.moves) + QLatin1Char('\n') +
                      PlanRun::queueText(session, plan.moves, queue) + QLatin1Char('\n'));
    QStringList open;
    for (const QString &node : plan.goal.nodes) {
        const Cstor::Node *found = session.cluster().node(node);
        if (found && !found->cordoned)
            open << node;
    }
    if (!open.isEmpty())
        Output::write(tr("Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, "
                         "of this console or another, puts replicas back on them.\n\n")
                          .arg(open.join(QStringLiteral(", "))));
}

void EvacuateVerb::showIfLost(const MigrationSession &session,
                              const Migration::EvacuationPlanner::Goal &goal)
{
    for (const QString &node : goal.nodes) {
        const Migration::NodeLossImpact::Impact impact =
            Migration::NodeLossImpact::of(session.cluster(), node);
        QString text = impact.summary() + QLatin1Char('\n');
        if (!impact.volumes.isEmpty()) {
            TextTable table(
                {tr("VOLUME"), tr("EFFECT"), tr("HEALTHY LEFT"), tr("REPLACEMENT"), tr("WHY")});
            for (const Migration::NodeLossImpact::Volume &volume : impact.volumes)
                table.addRow({volume.volume, Migration::NodeLossImpact::effectText(volume.effect),
                              QStringLiteral("%1/%2").arg(volume.healthyAfter).arg(volume.replicas),
                              volume.targetPool.isEmpty() ? QStringLiteral("-") : volume.targetPool,
                              volume.why});
            text += table.render();
        }
        Output::write(text + QLatin1Char('\n'));
    }
}

QJsonArray EvacuateVerb::ifLostJson(const MigrationSession &session,
                                    const Migration::EvacuationPlanner::Goal &goal)
{
    QJsonArray nodes;
    for (const QString &node : goal.nodes) {
        const Migration::NodeLossImpact::Impact impact =
            Migration::NodeLossImpact::of(session.cluster(), node);
        QJsonArray volumes;
        for (const Migration::NodeLossImpact::Volume &volume : impact.volumes) {
            static const char *const effects[] = {"LosesData", "LosesQuorum", "LosesReplica"};
            volumes.append(
                QJsonObject{{QStringLiteral("volume"), volume.volume},
                            {QStringLiteral("pool"), volume.pool},
                            {QStringLiteral("effect"), QLatin1String(effects[int(volume.effect)])},
                            {QStringLiteral("healthyLeft"), volume.healthyAfter},
                            {QStringLiteral("replicas"), volume.replicas},
                            {QStringLiteral("quorum"), volume.quorum},
                            {QStringLiteral("replacement"), volume.targetPool},
                            {QStringLiteral("why"), volume.why}});
        }
        nodes.append(QJsonObject{{QStringLiteral("node"), node},
                                 {QStringLiteral("summary"), impact.summary()},
                                 {QStringLiteral("volumes"), volumes}});
    }
    return nodes;
}

QJsonObject EvacuateVerb::json(const MigrationSession &session,
                               const Migration::EvacuationPlanner::Plan &plan,
                               const Migration::QueueSettings &queue)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    QJsonArray unplaceable;
    for (const EvacuationPlanner::Unplaceable &replica : plan.unplaceable)
        unplaceable.append(QJsonObject{{QStringLiteral("replica"), replica.replica},
                                       {QStringLiteral("volume"), replica.volume},
                                       {QStringLiteral("pool"), replica.pool},
                                       {QStringLiteral("why"), replica.why}});
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("EvacuationPlan")},
        {QStringLiteral("nodes"), QJsonArray::fromStringList(plan.goal.nodes)},
        {QStringLiteral("pools"), QJsonArray::fromStringList(plan.goal.pools)},
        {QStringLiteral("emptied"),
         QJsonArray::fromStringList(EvacuationPlanner::poolsOf(snapshot, plan.goal))},
        {QStringLiteral("moves"), PlanRun::movesJson(session, plan.moves)},
        {QStringLiteral("unplaceable"), unplaceable},
        {QStringLiteral("capacity"), PlanRun::capacityJson(session, plan.moves)},
        {QStringLiteral("bytesToCopy"), double(plan.bytesToCopy)},
        {QStringLiteral("ifLost"), ifLostJson(session, plan.goal)},
        {QStringLiteral("caps"), QueueOptions::capsJson(queue.limits)},
        {QStringLiteral("window"), queue.window.text()},
        {QStringLiteral("estimate"), PlanRun::estimateJson(session, plan.moves, queue)}};
}

bool EvacuateVerb::refuses(const MigrationSession &session,
                           const Migration::EvacuationPlanner::Plan &plan,
                           const QString &firstFailure)
{
    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return true;
    }
    if (!plan.isComplete()) {
        QStringList replicas;
        for (const EvacuationPlanner::Unplaceable &replica : plan.unplaceable)
            replicas << replica.replica;
        Output::error(tr("error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). "
                         "Add a pool on another node, or move or remove those replicas first.",
                         nullptr, int(replicas.size()))
                          .arg(plan.goal.text(), replicas.join(QStringLiteral(", "))));
        return true;
    }
    if (!firstFailure.isEmpty()) {
        Output::error(tr("error: refusing to evacuate %1: %2").arg(plan.goal.text(), firstFailure));
        return true;
    }
    return false;
}

int EvacuateVerb::goalHolds(const MigrationSession &session,
                            const Migration::EvacuationPlanner::Goal &goal)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    QStringList left;
    for (const QString &pool : EvacuationPlanner::poolsOf(snapshot, goal)) {
        for (const Cstor::VolumeReplica *replica : snapshot.replicasOnPool(pool))
            left << replica->meta.name;
    }
    if (left.isEmpty())
        return ExitCode::Done;
    Output::error(tr("error: %1 still holds %n replica(s): %2", nullptr, int(left.size()))
                      .arg(goal.text(), left.join(QStringLiteral(", "))));
    return ExitCode::Failed;
}
