#pragma once

#include "models/migration/claimkeeper.h"
#include "models/migration/cvcwriter.h"
#include "models/migration/migrationrecorder.h"
#include "models/migration/migrationstate.h"
#include "models/migration/migrationstatus.h"
#include "models/migration/movelimits.h"
#include "models/migration/queueprogress.h"
#include "models/migration/queuesettings.h"
#include "models/migration/rebuildestimator.h"
#include "models/migration/rebuildsampler.h"
#include "models/migration/stepevaluation.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/preflight.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Migration {

// Drives replica moves through the seed's two steps, safely: preflight, scale up (add the
// target pool to the CVC), wait for the new replica and the volume to be Healthy and promoted,
// scale down (remove the source pool), wait for the old replica to go. The journal is written
// before each step; a new engine on the same journal resumes from the cluster's real state.
// Writes carry resourceVersion preconditions (JSON patch `test` ops) and are retried on
// conflicts. The source replica is never removed before its replacement is Healthy and the
// volume is Healthy: the gate is checked on the informers' snapshot and again on fresh reads.
class MigrationEngine : public QObject
{
    Q_OBJECT

public:
    using Limits = MoveLimits;

    MigrationEngine(CvcWriter *writer, const QString &journalPath, const QString &auditPath,
                    QObject *parent = nullptr);
    ~MigrationEngine() override;

    // The queue the operator controls: paused or not, a maintenance window, the caps and the
    // order of the waiting moves. Each change is journalled whole, and the engine follows
    // what others write to the journal, so a console, a script and a restarted console share
    // one queue per context. Running moves always finish; these only hold back waiting ones.
    const QueueSettings &queue() const { return m_queue; }
    void setLimits(Limits limits);
    Limits limits() const { return m_queue.limits; }
    void pauseQueue(const QString &reason);
    void resumeQueue();
    void setWindow(const MaintenanceWindow &window);
    // Moves a waiting move to `index` among the waiting moves (0 starts first); false when
    // it is not waiting.
    bool reorder(const QString &id, int index);
    // Cancels every move not yet started; how many.
    int cancelWaiting();
    // Done / running / waiting / failed, bytes and ETA of the moves since the queue was last
    // empty (the plan being run).
    QueueProgress progress() const;
    void setMayPatch(bool mayPatch); // from a SelfSubjectAccessReview; refuses moves when false
    // Nothing moves until the informers have listed everything once (a resumed move must not
    // act on an empty picture of the cluster).
    void setSynced(bool synced);
    bool isSynced() const { return m_synced; }
    const ClusterSnapshot &cluster() const { return m_cluster; }
    // The pools' capacity trends, for the plans' read-only dates (ClusterSnapshot::poolTrend).
    // Those who read cluster() hear of it as of a change (clusterChanged).
    void setPoolTrends(const QHash<QString, PoolTrend> &trends)
    {
        m_cluster.setPoolTrends(trends);
        emit clusterChanged();
    }

    // The informers' changes; every delta re-evaluates the running moves.
    void applyDelta(const Kube::ClusterDelta &delta);

    // Checks against the current snapshot, for the plan dialog and --dry-run.
    QList<PreflightCheck> plan(const ReplicaMove &move) const;
    // Server-side dry run of the scale-up patch: the webhook's verdict without changing anything.
    void dryRun(const ReplicaMove &move, std::function<void(bool ok, QString message)> done);

    // Queues a move; returns its id. It starts when the limits allow.
    QString start(const ReplicaMove &move);
    // Before the scale-down: removes the new replica again and keeps the source (RolledBack);
    // a move not yet scaled up is just Cancelled. Returns false (with *why) when too late.
    bool cancel(const QString &id, QString *why = nullptr);
    // Re-adopts every move the journal has not seen finish and no live console runs: those
    // that had started carry on; when some had not, the queue is paused (the operator resumes
    // it after looking). How many were adopted.
    int resume();

    // Moves other consoles run on this cluster (their claims on the CVCs): they count towards
    // the caps, and no move of their volumes starts here until they end.
    QList<ClaimedMove> movesElsewhere() const;
    // Takes over the move another console left on `volume`, whose claim is exactly
    // `claimText` and whose console has gone silent (ClaimKeeper::isSilent): this engine
    // finishes it (or finishes its rollback). Its id, or empty (and *why) when it cannot.
    QString adopt(const QString &volume, const QString &claimText, QString *why = nullptr);

    QList<MigrationStatus> migrations() const;
    MigrationStatus status(const QString &id) const;
    bool isBusy() const; // any move not final

signals:
    void migrationChanged(const QString &id);
    // A batch of the informers' changes was applied to cluster(), or it became synced, or the
    // pools' trends were set.
    void clusterChanged();
    void migrationFinished(const QString &id, Migration::MigrationState state,
                           const QString &reason);
    // The queue's settings changed (here or in another console), or its order.
    void queueChanged();

private:
    struct Running
    {
        MigrationStatus status;
        RebuildSampler rebuild;
        bool writing = false; // a write is in flight: no new step until it answers
        int conflictRetries = 0;
        bool rollingBack = false;
        bool scaleDownAccepted = false;
        // When this engine's scale-up was accepted, and whether the informers have shown the
        // target pool in the CVC since: until they do, their picture may predate the patch.
        QDateTime scaledUp;
        bool targetSeen = false;
        RollbackSettling settling;
        // The claim this engine holds on the CVC (empty: none yet), when it last wrote it and
        // when to try again after a failed write; an adopted move's claim to take over.
        QString claimText;
        QDateTime claimHeld;
        QDateTime claimRetry;
        QString claimExpected;
        bool claimMoot = false;  // the CVC no longer lists both pools: nothing to claim
        QDateTime otherMoveSeen; // when it last waited for another console's move
        QDateTime scalingSeen;   // since when it has found the volume's pools changing
        int retargets = 0;       // targets it was given in place of the planner's
    };

    void evaluate();
    void evaluate(Running &move);
    // The steps of evaluate(Running &), one per state.
    void evaluateQueued(Running &move);
    void evaluateRebuilding(Running &move);
    void evaluateScalingDown(Running &move);
    // False (and waiting) while the informers may not yet show this engine's own scale-up.
    bool caughtUp(Running &move);
    bool slotFree(const Running &move) const;
    // Another console's claim on the move's volume, said as the step it waits on; empty when
    // the volume is free.
    QString claimedElsewhere(const Running &move) const;
    // Whether a queued move whose checks fail only because the volume is changing or settling
    // (after another console's move, or a change of its pools under way) waits, up to
    // kSettleSeconds, instead of failing.
    static bool settling(Running &move, const QList<PreflightCheck> &checks);
    // A planner's move whose target no longer fits (only target checks fail): another pool
    // under the same rules, never one that a move of this engine or another console's is
    // emptying; true (journalled) when it found one.
    bool retarget(Running &move, const QList<PreflightCheck> &checks);
    bool claimDue(const Running &move) const;
    void holdClaim(Running &move);
    // A scale-down or rollback patch of the CVC document `cvc`, with the claim removed too when
    // it is this move's; false (after ending the move) when another console has taken it over.
    bool withClaimReleased(Running &move, const QJsonObject &cvc, QJsonArray *patch);
    void takenOver(Running &move, const QString &claimText);
    static bool isWaiting(const Running &move);
    QStringList waitingIds() const;
    // Puts the waiting moves in `order` (ids not waiting are ignored; waiting ones it does not
    // name keep their place after it).
    void orderWaiting(const QStringList &order);
    void changeQueue(const QString &action, const QString &detail);
    // Applies what others wrote to the journal: queue settings, cancels of moves held here.
    void followJournal();
    void beginScaleUp(Running &move);
    void patchScaleUp(const QString &id);
    void beginScaleDown(Running &move);
    // Fresh reads, the gate on them, and the patch that removes the source pool, sent only
    // while those reads are fresh (within kScaleDownFreshMs of their answers).
    void repairStrandedScaleDown(const QString &id);
    void verifyAndPatchScaleDown(const QString &id);
    // The fresh reads passed the gate: enter ScalingDown (once) and patch.
    void scaleDown(Running &move, const QJsonObject &cvcDocument, QDeadlineTimer notAfter);
    void patchScaleDown(const QString &id, const QJsonObject &cvc, QDeadlineTimer notAfter);
    void beginRollback(Running &move);
    void evaluateRollback(Running &move);
    void finishRollback(Running &move, const QString &reason);
    void patchRemovePool(const QString &id, const QString &pool);
    void transition(Running &move, MigrationState state, const QString &step,
                    const QString &action = {}, const QString &detail = {});
    void finish(Running &move, MigrationState state, const QString &reason);
    void journal(const Running &move, const QString &action, const QString &detail);
    void audit(const Running &move, const QString &action, const QString &result);
    void recordEvent(const QString &volume, const QString &type, const QString &message);
    bool retryOnConflict(Running &move, const CvcWriter::Reply &reply,
                         const std::function<void()> &again);
    Running *find(const QString &id);

    QPointer<CvcWriter> m_writer;
    MigrationRecorder m_records;
    ClusterSnapshot m_cluster;
    QueueSettings m_queue;
    QDateTime m_batchStarted; // when the queue last went from empty to busy
    bool m_mayPatch = true;
    bool m_synced = false;
    QHash<QString, Running> m_moves;
    QStringList m_order; // ids in start order (the queue)
    ClaimKeeper m_claims;
    QList<ClaimedMove> m_elsewhere; // other consoles' moves, as of the last evaluate()
    QTimer m_tick;                  // re-evaluates when no delta comes (stall detection, retries)
};

} // namespace Migration
