#include "app/console/lostnodedrain.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/planrun.h"
#include "app/console/texttable.h"
#include "models/cstor/capacity.h"
#include "models/recovery/lostnodeplanner.h"

using Fate = Recovery::LostNodeVolume::Fate;

namespace {

QString fateText(const Recovery::LostNodeVolume &volume, const Migration::ClusterSnapshot &cluster)
{
    switch (volume.fate) {
    case Fate::Rereplicate: {
        const Cstor::PoolInstance *to = cluster.pool(volume.targetPool);
        return LostNodeDrain::tr("new replica on %1 (%2)")
            .arg(volume.targetPool, to ? to->hostName : QStringLiteral("-"));
    }
    case Fate::Waiting:
        return LostNodeDrain::tr("WAIT");
    case Fate::NoRoom:
        return LostNodeDrain::tr("NO ROOM");
    case Fate::NoQuorum:
        return LostNodeDrain::tr("NO QUORUM");
    case Fate::Lost:
        return LostNodeDrain::tr("LOST");
    }
    return {};
}

} // namespace

int LostNodeDrain::run(MigrationSession &session, const QString &node, bool dryRun, bool yes,
                       const Migration::QueueSettings &queue)
{
    Recovery::LostNodePlan plan = Recovery::LostNodePlanner::plan(session.cluster(), node);
    Output::write(tr("Node %1 is lost: %2. Its replicas cannot be moved off, only replaced "
                     "from the Healthy replicas on other nodes.\n")
                      .arg(node, plan.state));
    const QList<Migration::ReplicaMove> moves = showPlan(session, &plan);
    if (dryRun) {
        const bool accepted = moves.isEmpty() || session.dryRun(moves);
        Output::dryRun();
        return accepted ? ExitCode::Done : ExitCode::Failed;
    }
    int movesExit = ExitCode::Done;
    if (!moves.isEmpty()) {
        if (!session.mayPatch()) {
            Output::error(session.refusal());
            return ExitCode::Failed;
        }
        if (!MigrationSession::confirm(yes))
            return ExitCode::Failed;
        movesExit =
            PlanRun::run(session, QStringLiteral("drain"), tr("node %1").arg(node), moves, queue);
    }
    return conclude(session, node, movesExit);
}

QList<Migration::ReplicaMove> LostNodeDrain::showPlan(MigrationSession &session,
                                                      Recovery::LostNodePlan *plan)
{
    const Migration::ClusterSnapshot &cluster = session.cluster();
    QList<Migration::ReplicaMove> moves;
    for (Recovery::LostNodeVolume &volume : plan->volumes) {
        if (volume.fate != Fate::Rereplicate)
            continue;
        const Migration::ReplicaMove move{volume.volume, volume.pool, volume.targetPool};
        const QList<Migration::PreflightCheck> checks = session.engine()->plan(move);
        if (Migration::Preflight::passed(checks)) {
            moves << move;
            continue;
        }
        volume.fate = Fate::NoRoom;
        volume.why = tr("a new replica on %1 fails its checks: %2")
                         .arg(volume.targetPool, Migration::Preflight::firstFailure(checks));
    }
    TextTable table(
        {tr("VOLUME"), tr("SIZE"), tr("REPLICA ON"), tr("HEALTHY ELSEWHERE"), tr("ACTION")});
    QString reasons;
    for (const Recovery::LostNodeVolume &volume : std::as_const(plan->volumes)) {
        table.addRow({volume.volume,
                      Cstor::Capacity::formatBytes(cluster.volumeSize(volume.volume))
                          .remove(QLatin1Char(' ')),
                      volume.pool,
                      tr("%1 of %2").arg(volume.healthyCopies).arg(volume.replicaCount),
                      fateText(volume, cluster)});
        if (volume.fate != Fate::Rereplicate)
            reasons += QStringLiteral("  %1: %2\n").arg(volume.volume, volume.why);
    }
    if (table.rowCount() == 0) {
        Output::write(tr("No volume counts on a replica there.\n"));
        return moves;
    }
    Output::write(QLatin1Char('\n') + table.render() + QLatin1Char('\n'));
    if (!reasons.isEmpty()) {
        Output::write(tr("%n volume(s) cannot be brought back here:", nullptr,
                         int(plan->volumes.size() - moves.size())) +
                      QLatin1Char('\n') + reasons + QLatin1Char('\n'));
    }
    if (!moves.isEmpty())
        Output::write(session.capacityTable(moves) + QLatin1Char('\n'));
    return moves;
}

int LostNodeDrain::conclude(MigrationSession &session, const QString &node, int movesExit)
{
    // A fresh plan: what the moves left behind.
    const Recovery::LostNodePlan after = Recovery::LostNodePlanner::plan(session.cluster(), node);
    // Each pool's entry in its CSPC, read fresh (once per CSPC) only when the steps are shown.
    QHash<QString, int> specIndex;
    if (Recovery::LostNodePlanner::poolsUnused(session.cluster(), after)) {
        QHash<QString, QJsonObject> cspcs;
        for (int i = 0; i < after.pools.size(); ++i) {
            const QString &name = after.clusters.at(i);
            if (!cspcs.contains(name)) {
                QString error;
                cspcs.insert(name, session.read(QStringLiteral("cstorpoolclusters"), name, &error));
            }
            specIndex.insert(after.pools.at(i),
                             Recovery::LostNodePlanner::poolSpecIndex(cspcs.value(name), node));
        }
    }
    const QStringList steps = Recovery::LostNodePlanner::removalSteps(
        session.cluster(), after, session.namespaceName(), specIndex);
    if (!steps.isEmpty()) {
        QString text = tr("No volume uses the pools of %1 any more. If the node is gone for "
                          "good (if it comes back, its pools still hold these datasets), remove "
                          "the dead pool by hand:")
                           .arg(node) +
                       QLatin1Char('\n');
        for (int i = 0; i < steps.size(); ++i)
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(steps.at(i));
        Output::write(QLatin1Char('\n') + text);
    }
    if (after.volumes.isEmpty())
        return movesExit;
    QStringList left;
    for (const Recovery::LostNodeVolume &volume : after.volumes)
        left << tr("%1 (%2)").arg(volume.volume, fateText(volume, session.cluster()));
    Output::error(tr("error: node %1 is not recovered: %n volume(s) still count on a replica "
                     "there: %2",
                     nullptr, int(left.size()))
                      .arg(node, left.join(QStringLiteral(", "))));
    return ExitCode::Failed;
}
