#include "app/console/planrun.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/queueoptions.h"
#include "app/console/texttable.h"
#include "models/cstor/capacity.h"
#include "models/migration/auditlog.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/migration/planduration.h"
#include "models/planning/capacityprojection.h"

#include <QJsonObject>

namespace {

// The plan itself in the audit log, next to the moves the engine records.
void recordPlan(const MigrationSession &session, const QString &action, const QString &what,
                const QString &result)
{
    Migration::AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.user = session.identity();
    record.context = session.contextName();
    record.server = session.serverUrl();
    record.action = action;
    record.target = what;
    record.result = result;
    QString error;
    if (!Migration::AuditLog(Migration::DataPaths::audit()).record(record, &error))
        Output::error(PlanRun::tr("warning: %1").arg(error));
}

// A move's checks in one cell: ok, the move waits for another console's move of its volume,
// or the first failure.
QString checkText(const QList<Migration::PreflightCheck> &checks)
{
    if (Migration::Preflight::passed(checks))
        return PlanRun::tr("ok");
    const QString failure = Migration::Preflight::firstFailure(checks);
    return Migration::Preflight::waitsForAnotherMove(checks) ? PlanRun::tr("waits: %1").arg(failure)
                                                             : PlanRun::tr("FAIL: %1").arg(failure);
}

QString nodeOfPool(const MigrationSession &session, const QString &pool)
{
    const Cstor::PoolInstance *instance = session.cluster().pool(pool);
    return instance ? instance->hostName : QString();
}

} // namespace

QString PlanRun::movesTable(const MigrationSession &session,
                            const QList<Migration::ReplicaMove> &moves)
{
    const Migration::ClusterSnapshot &snapshot = session.cluster();
    TextTable table({tr("VOLUME"), tr("SIZE"), tr("FROM"), tr("TO"), tr("TO NODE"), tr("CHECKS")});
    for (const Migration::ReplicaMove &move : moves) {
        const QList<Migration::PreflightCheck> checks = session.engine()->plan(move);
        const QString toNode = nodeOfPool(session, move.targetPool);
        table.addRow({move.volume,
                      Cstor::Capacity::formatBytesCompact(snapshot.volumeSize(move.volume)),
                      move.sourcePool, move.targetPool,
                      toNode.isEmpty() ? QStringLiteral("-") : toNode, checkText(checks)});
    }
    return table.rowCount() > 0 ? table.render() : QString();
}

QJsonArray PlanRun::movesJson(const MigrationSession &session,
                              const QList<Migration::ReplicaMove> &moves)
{
    QJsonArray rows;
    for (const Migration::ReplicaMove &move : moves) {
        const QList<Migration::PreflightCheck> checks = session.engine()->plan(move);
        rows.append(QJsonObject{
            {QStringLiteral("volume"), move.volume},
            {QStringLiteral("from"), move.sourcePool},
            {QStringLiteral("fromNode"), nodeOfPool(session, move.sourcePool)},
            {QStringLiteral("to"), move.targetPool},
            {QStringLiteral("toNode"), nodeOfPool(session, move.targetPool)},
            {QStringLiteral("bytes"), double(session.cluster().volumeSize(move.volume))},
            {QStringLiteral("check"), Migration::Preflight::passed(checks)
                                          ? QStringLiteral("ok")
                                          : Migration::Preflight::firstFailure(checks)},
            {QStringLiteral("waitsForAnotherMove"),
             Migration::Preflight::waitsForAnotherMove(checks)}});
    }
    return rows;
}

QJsonArray PlanRun::capacityJson(const MigrationSession &session,
                                 const QList<Migration::ReplicaMove> &moves)
{
    QJsonArray rows;
    for (const Migration::PoolProjection &pool :
         Migration::CapacityProjection::project(session.cluster(), moves)) {
        QJsonObject row{{QStringLiteral("pool"), pool.pool},
                        {QStringLiteral("node"), pool.node},
                        {QStringLiteral("totalBytes"), double(pool.totalBytes)},
                        {QStringLiteral("usedBefore"), double(pool.usedBefore)},
                        {QStringLiteral("usedAfter"), double(pool.usedAfter)},
                        {QStringLiteral("percentBefore"), pool.percentBefore()},
                        {QStringLiteral("percentAfter"), pool.percentAfter()},
                        {QStringLiteral("readOnlyAt"), pool.thresholdPercent}};
        if (pool.trendKnown) { // days to the threshold; null when the pool does not grow
            const auto days = [](const std::optional<double> &value) {
                return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
            };
            row.insert(QStringLiteral("readOnlyInDaysBefore"), days(pool.readOnlyDaysBefore));
            row.insert(QStringLiteral("readOnlyInDaysAfter"), days(pool.readOnlyDaysAfter));
        }
        rows.append(row);
    }
    return rows;
}

namespace {

Migration::PlanDuration::Estimate estimate(const MigrationSession &session,
                                           const QList<Migration::ReplicaMove> &moves,
                                           const Migration::QueueSettings &queue)
{
    const Migration::PlanDuration::Throughput throughput = Migration::PlanDuration::measured(
        Migration::Journal(Migration::DataPaths::journal()).entries(), session.cluster(),
        session.contextName());
    return Migration::PlanDuration::estimate(moves, session.cluster(), queue.limits, throughput);
}

} // namespace

QString PlanRun::queueText(const MigrationSession &session,
                           const QList<Migration::ReplicaMove> &moves,
                           const Migration::QueueSettings &queue)
{
    return QueueOptions::text(queue) +
           tr("Estimated duration: %1.\n").arg(estimate(session, moves, queue).text());
}

QJsonObject PlanRun::estimateJson(const MigrationSession &session,
                                  const QList<Migration::ReplicaMove> &moves,
                                  const Migration::QueueSettings &queue)
{
    const Migration::PlanDuration::Estimate result = estimate(session, moves, queue);
    return {{QStringLiteral("seconds"), double(result.seconds)},
            {QStringLiteral("bytesPerSecond"), result.throughput.bytesPerSecond},
            {QStringLiteral("measuredMoves"), result.throughput.samples}};
}

QString PlanRun::firstFailure(const MigrationSession &session,
                              const QList<Migration::ReplicaMove> &moves)
{
    for (const Migration::ReplicaMove &move : moves) {
        const QList<Migration::PreflightCheck> checks = session.engine()->plan(move);
        if (!Migration::Preflight::passed(checks) &&
            !Migration::Preflight::waitsForAnotherMove(checks))
            return tr("%1: %2").arg(move.volume, Migration::Preflight::firstFailure(checks));
    }
    return {};
}

int PlanRun::run(MigrationSession &session, const QString &action, const QString &what,
                 const QList<Migration::ReplicaMove> &moves, const Migration::QueueSettings &queue,
                 QList<Migration::MigrationStatus> *ended)
{
    Migration::MigrationEngine *engine = session.engine();
    engine->setLimits(queue.limits);
    engine->setWindow(queue.window);
    recordPlan(session, action, what, QStringLiteral("started"));
    // The planner chose the targets: one that no longer fits when its move's turn comes may be
    // replaced by another under the same rules.
    QList<Migration::ReplicaMove> planned = moves;
    for (Migration::ReplicaMove &move : planned)
        move.anyTarget = true;
    const QList<Migration::MigrationStatus> statuses =
        session.run(planned, MigrationSession::OnInterrupt::Pause);
    if (ended)
        *ended = statuses;
    return conclude(session, action, what, statuses);
}

int PlanRun::conclude(MigrationSession &session, const QString &action, const QString &what,
                      const QList<Migration::MigrationStatus> &statuses)
{
    int done = 0;
    int left = 0;
    int elsewhere = 0;
    QStringList failures;
    for (const Migration::MigrationStatus &status : statuses) {
        if (status.state == Migration::MigrationState::Done)
            ++done;
        else if (status.doneElsewhere)
            ++elsewhere;
        else if (!Migration::MigrationStates::isFinal(status.state))
            ++left;
        else
            failures << MigrationSession::outcome(status);
    }
    if (left > 0) {
        recordPlan(session, action, what,
                   QStringLiteral("Paused: %1 of %2 moves done, %3 left in the queue")
                       .arg(done)
                       .arg(statuses.size())
                       .arg(left));
        Output::error(tr("Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the "
                         "journal (`cstor-console queue` lists them). `cstor-console queue "
                         "resume` runs them; `cstor-console queue cancel --all` drops them.")
                          .arg(done)
                          .arg(statuses.size())
                          .arg(failures.size())
                          .arg(left));
        return ExitCode::Failed;
    }
    if (elsewhere > 0)
        session.note(tr("%n move(s) were left to another console, which moved those replicas "
                        "first or took the moves over.\n",
                        nullptr, elsewhere));
    if (failures.isEmpty()) {
        recordPlan(session, action, what, QStringLiteral("Done"));
        session.note(tr("%1: %n replica(s) moved.\n", nullptr, done).arg(what));
        return ExitCode::Done;
    }
    recordPlan(session, action, what,
               QStringLiteral("Failed: %1 of %2 moves ended otherwise")
                   .arg(failures.size())
                   .arg(statuses.size()));
    QString text = tr("error: %1: %2 of %3 move(s) did not finish:")
                       .arg(what)
                       .arg(failures.size())
                       .arg(statuses.size());
    for (const QString &failure : std::as_const(failures))
        text += QStringLiteral("\n  ") + failure;
    Output::error(text);
    return ExitCode::Failed;
}
