#pragma once

#include "models/migration/queuesettings.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

class MigrationSession;

// What the verbs that run a plan of many moves (evacuate, rebalance, a lost node's drain)
// share: the moves as a table and as JSON with their checks, the pools' capacity as JSON, the
// first failed check, and the run itself with an audit record of the plan around the engine's
// records of its moves.
class PlanRun
{
    Q_DECLARE_TR_FUNCTIONS(PlanRun)

public:
    // Every move with its size, target node and checks, as a table; empty for no moves.
    static QString movesTable(const MigrationSession &session,
                              const QList<Migration::ReplicaMove> &moves);
    static QJsonArray movesJson(const MigrationSession &session,
                                const QList<Migration::ReplicaMove> &moves);
    // Each affected pool's capacity before and after the moves.
    static QJsonArray capacityJson(const MigrationSession &session,
                                   const QList<Migration::ReplicaMove> &moves);
    // The queue's caps and window, and how long the moves should take within them (PlanDuration
    // at the throughput measured on the cluster), in words; the estimate as JSON.
    static QString queueText(const MigrationSession &session,
                             const QList<Migration::ReplicaMove> &moves,
                             const Migration::QueueSettings &queue);
    // How the moves of a plan ended, said and audited as run() does: ExitCode::Done when every
    // one is Done or was done by another console (MigrationStatus::doneElsewhere); paused ones are
    // left in the queue, saying how to go on.
    static int conclude(MigrationSession &session, const QString &action, const QString &what,
                        const QList<Migration::MigrationStatus> &statuses);
    static QJsonObject estimateJson(const MigrationSession &session,
                                    const QList<Migration::ReplicaMove> &moves,
                                    const Migration::QueueSettings &queue);

    // The first failed check of the moves ("VOLUME: why"), or empty.
    static QString firstFailure(const MigrationSession &session,
                                const QList<Migration::ReplicaMove> &moves);

    // Runs the moves on a queue with `queue`'s caps and window (`action` and `what` name the
    // plan in the audit log, "evacuate" and "node a, node b") and says how they ended;
    // ExitCode::Done when every move is Done. Ctrl-C pauses the queue: the moves running then
    // finish, the others stay in the journal, and it says how to go on.
    // `ended` (when given) gets how each move ended.
    static int run(MigrationSession &session, const QString &action, const QString &what,
                   const QList<Migration::ReplicaMove> &moves,
                   const Migration::QueueSettings &queue,
                   QList<Migration::MigrationStatus> *ended = nullptr);
};
