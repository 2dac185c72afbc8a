#include "models/migration/migrationengine.h"

#include "models/migration/cvcpatch.h"
#include "models/migration/freshread.h"
#include "models/migration/migrationlog.h"
#include "models/migration/moveowner.h"
#include "models/migration/stepevaluation.h"
#include "models/migration/strandedscaledown.h"
#include "models/planning/placement.h"

#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigration, "cstor.migration")

namespace Migration {

namespace {
constexpr int kMaxConflictRetries = 5;
// The scale-down's patch goes out within this long of the answers to the reads it was decided
// on, or not at all: a replica that fails later is the volume target's to refuse (volume-mgmt
// lowers the replication factor only with every kept replica Healthy).
constexpr int kScaleDownFreshMs = 2000;
constexpr int kScaleDownRetryMs = 2000; // reading again after a patch not sent in time
// How long after its own scale-up the engine waits for the informers to show the new pool
// before it trusts a picture without it.
constexpr int kCatchUpSeconds = 30;
// How long after another console's move of a volume ended a waiting move lets the volume
// settle (the CVC controller catching up, the new replica turning Healthy) before its checks
// count.
constexpr int kSettleSeconds = 120;
// How many times a planner's move may be given another target.
constexpr int kMaxRetargets = 3;
} // namespace

MigrationEngine::MigrationEngine(CvcWriter *writer, const QString &journalPath,
                                 const QString &auditPath, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_records(writer, journalPath, auditPath)
    , m_queue(m_records.queueSettings())
    , m_claims(writer)
{
    m_queue.order.clear(); // the order names moves of an earlier run until resume() adopts them
    m_records.followJournal();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { evaluate(); });
}

MigrationEngine::~MigrationEngine() = default;

void MigrationEngine::setLimits(Limits limits)
{
    if (limits == m_queue.limits)
        return;
    m_queue.limits = limits;
    changeQueue(QStringLiteral("caps"), QStringLiteral("%1 per pool, %2 per source node, %3 in "
                                                       "the cluster")
                                            .arg(limits.perPool)
                                            .arg(limits.perSourceNode)
                                            .arg(limits.perCluster));
}

void MigrationEngine::pauseQueue(const QString &reason)
{
    if (m_queue.paused && m_queue.reason == reason)
        return;
    m_queue.paused = true;
    m_queue.reason = reason;
    changeQueue(QStringLiteral("pause"), reason);
}

void MigrationEngine::resumeQueue()
{
    if (!m_queue.paused)
        return;
    m_queue.paused = false;
    m_queue.reason.clear();
    changeQueue(QStringLiteral("resume"), QString());
}

void MigrationEngine::setWindow(const MaintenanceWindow &window)
{
    if (window == m_queue.window)
        return;
    m_queue.window = window;
    changeQueue(QStringLiteral("window"), window.isSet() ? window.text() : QStringLiteral("none"));
}

bool MigrationEngine::reorder(const QString &id, int index)
{
    QStringList waiting = waitingIds();
    const qsizetype at = waiting.indexOf(id);
    if (at < 0)
        return false;
    waiting.move(at, std::clamp<qsizetype>(index, 0, waiting.size() - 1));
    orderWaiting(waiting);
    changeQueue(QStringLiteral("order"), tr("%1 to place %2").arg(id).arg(index + 1));
    return true;
}

int MigrationEngine::cancelWaiting()
{
    int cancelled = 0;
    for (const QString &id : waitingIds()) {
        if (Running *move = find(id)) {
            finish(*move, MigrationState::Cancelled, tr("cancelled before it started"));
            ++cancelled;
        }
    }
    if (cancelled > 0)
        evaluate();
    return cancelled;
}

QueueProgress MigrationEngine::progress() const
{
    QList<MigrationStatus> batch;
    for (const QString &id : m_order) {
        const MigrationStatus &status = m_moves.value(id).status;
        if (!MigrationStates::isFinal(status.state) ||
            (m_batchStarted.isValid() && status.finished >= m_batchStarted))
            batch.append(status);
    }
    return QueueProgress::of(batch, m_cluster, QDateTime::currentDateTimeUtc(),
                             m_queue.holdsBack(QDateTime::currentDateTime()));
}

bool MigrationEngine::isWaiting(const Running &move)
{
    return MigrationStates::isWaiting(move.status.state);
}

QStringList MigrationEngine::waitingIds() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        if (isWaiting(m_moves[id]))
            ids << id;
    }
    return ids;
}

void MigrationEngine::orderWaiting(const QStringList &order)
{
    QStringList waiting = waitingIds();
    QStringList ordered;
    for (const QString &id : order) {
        if (waiting.removeOne(id))
            ordered << id;
    }
    ordered += waiting;
    QStringList result;
    for (const QString &id : std::as_const(m_order)) {
        if (!isWaiting(m_moves[id]))
            result << id;
    }
    m_order = result + ordered;
    m_queue.order = ordered;
}

void MigrationEngine::changeQueue(const QString &action, const QString &detail)
{
    m_queue.order = waitingIds();
    m_records.journalQueue(m_queue, action, detail);
    emit queueChanged();
    evaluate();
}

void MigrationEngine::followJournal()
{
    const Journal::Appended appended = m_records.followJournal();
    const QueueRecord *latest = nullptr;
    for (const QueueRecord &record : appended.queue) {
        if (record.context == m_records.contextName())
            latest = &record;
    }
    if (latest && !MoveOwner::isCurrent(latest->owner) && !(latest->settings == m_queue)) {
        const QStringList order = latest->settings.order;
        m_queue = latest->settings;
        orderWaiting(order);
        qCInfo(lcMigration).noquote()
            << "queue" << latest->action << "from another console:" << latest->detail;
        emit queueChanged();
    }
    // Moves cancelled elsewhere (this engine never journals a cancel request, and a move it
    // ended itself is final here already).
    for (const JournalEntry &entry : appended.entries) {
        Running *move = find(entry.migrationId);
        if (!move || MigrationStates::isFinal(move->status.state))
            continue;
        if (entry.state == MigrationState::Cancelled && isWaiting(*move))
            finish(*move, MigrationState::Cancelled, entry.detail);
        else if (entry.action == QLatin1String("cancel"))
            cancel(entry.migrationId);
    }
}

void MigrationEngine::setMayPatch(bool mayPatch)
{
    m_mayPatch = mayPatch;
}

void MigrationEngine::setSynced(bool synced)
{
    m_synced = synced;
    evaluate();
    emit clusterChanged();
}

void MigrationEngine::applyDelta(const Kube::ClusterDelta &delta)
{
    m_cluster.apply(delta);
    evaluate();
    emit clusterChanged();
}

QList<PreflightCheck> MigrationEngine::plan(const ReplicaMove &move) const
{
    return Preflight::beforeScaleUp(m_cluster, move, m_mayPatch);
}

void MigrationEngine::dryRun(const ReplicaMove &move,
                             std::function<void(bool ok, QString message)> done)
{
    if (!m_writer) {
        done(false, tr("not connected"));
        return;
    }
    QPointer<MigrationEngine> self(this);
    m_writer->get(kCvcResource, move.volume, [self, move, done](const CvcWriter::Reply &reply) {
        if (!self || !self->m_writer)
            return;
        if (!reply.ok) {
            done(false, reply.message);
            return;
        }
        self->m_writer->patchCvc(move.volume, CvcPatch::addPool(reply.object, move.targetPool),
                                 true, [done](const CvcWriter::Reply &patched) {
                                     done(patched.ok, patched.ok ? tr("accepted by the server")
                                                                 : patched.message);
                                 });
    });
}

QString MigrationEngine::start(const ReplicaMove &move)
{
    if (!isBusy())
        m_batchStarted = QDateTime::currentDateTimeUtc();
    Running running;
    running.status.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    running.status.move = move;
    running.status.state = MigrationState::Planned;
    running.status.step = tr("queued");
    running.status.started = QDateTime::currentDateTimeUtc();
    const QString id = running.status.id;
    m_moves.insert(id, running);
    m_order.append(id);
    journal(m_moves[id], QStringLiteral("plan"), MigrationRecorder::describe(move));
    audit(m_moves[id], QStringLiteral("migrate"), QStringLiteral("started"));
    emit migrationChanged(id);
    evaluate();
    return id;
}

bool MigrationEngine::cancel(const QString &id, QString *why)
{
    Running *move = find(id);
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!move)
        return refuse(tr("no migration %1").arg(id));
    switch (move->status.state) {
    case MigrationState::Planned:
    case MigrationState::Preflight:
        finish(*move, MigrationState::Cancelled, tr("cancelled before it started"));
        return true;
    case MigrationState::ScalingUp:
    case MigrationState::Rebuilding:
        if (!move->status.cancelRequested) {
            move->status.cancelRequested = true;
            audit(*move, QStringLiteral("cancel"), QStringLiteral("requested"));
        }
        evaluate();
        return true;
    case MigrationState::ScalingDown:
        return refuse(tr("the old replica is already being removed; the move can only finish"));
    default:
        return refuse(tr("the migration has already ended"));
    }
}

int MigrationEngine::resume()
{
    if (!isBusy())
        m_batchStarted = QDateTime::currentDateTimeUtc();
    int resumed = 0;
    int waiting = 0;
    for (const JournalEntry &entry : m_records.unfinished()) {
        if (m_moves.contains(entry.migrationId))
            continue;
        if (MoveOwner::runsElsewhere(entry.owner))
            continue; // another console runs it
        Running running;
        running.status.id = entry.migrationId;
        running.status.move = entry.move;
        running.status.state =
            entry.state == MigrationState::Preflight ? MigrationState::Planned : entry.state;
        running.status.started = entry.time;
        running.status.step = tr("resuming");
        running.rollingBack = entry.action == QLatin1String("rollback");
        running.status.cancelRequested =
            running.rollingBack || entry.action == QLatin1String("cancel");
        if (isWaiting(running))
            ++waiting;
        m_moves.insert(entry.migrationId, running);
        m_order.append(entry.migrationId);
        audit(running, QStringLiteral("resume"), MigrationStates::toString(running.status.state));
        emit migrationChanged(entry.migrationId);
        ++resumed;
    }
    const QueueSettings saved = m_records.queueSettings();
    orderWaiting(saved.order);
    if (waiting > 0 && !m_queue.paused)
        pauseQueue(tr("the console restarted with %n move(s) waiting; resume the queue to go on",
                      nullptr, waiting));
    else if (resumed > 0)
        emit queueChanged();
    evaluate();
    return resumed;
}

QList<MigrationStatus> MigrationEngine::migrations() const
{
    QList<MigrationStatus> result;
    for (const QString &id : m_order)
        result.append(m_moves.value(id).status);
    return result;
}

MigrationStatus MigrationEngine::status(const QString &id) const
{
    return m_moves.value(id).status;
}

bool MigrationEngine::isBusy() const
{
    for (const Running &move : m_moves) {
        if (!MigrationStates::isFinal(move.status.state))
            return true;
    }
    return false;
}

MigrationEngine::Running *MigrationEngine::find(const QString &id)
{
    auto it = m_moves.find(id);
    return it == m_moves.end() ? nullptr : &it.value();
}

void MigrationEngine::evaluate()
{
    followJournal();
    if (m_synced) {
        m_elsewhere.clear();
        for (const ClaimedMove &claimed : claimedMoves(m_cluster)) {
            if (!m_moves.contains(claimed.claim.id))
                m_elsewhere.append(claimed);
        }
        for (const QString &id : std::as_const(m_order)) {
            Running *move = find(id);
            if (move && !MigrationStates::isFinal(move->status.state))
                evaluate(*move);
        }
    }
    if (isBusy() && !m_tick.isActive())
        m_tick.start();
    else if (!isBusy())
        m_tick.stop();
}

bool MigrationEngine::slotFree(const Running &move) const
{
    QList<MigrationStatus> others;
    for (const Running &other : m_moves) {
        if (&other != &move)
            others.append(other.status);
    }
    for (const ClaimedMove &claimed : m_elsewhere) {
        MigrationStatus elsewhere;
        elsewhere.state = MigrationState::Rebuilding;
        elsewhere.move = {claimed.volume, claimed.claim.fromPool, claimed.claim.toPool};
        others.append(elsewhere);
    }
    return m_queue.limits.allowStart(move.status, others, [this](const QString &pool) {
        const Cstor::PoolInstance *instance = m_cluster.pool(pool);
        return instance ? instance->hostName : QString();
    });
}

void MigrationEngine::evaluate(Running &move)
{
    if (move.writing)
        return;
    switch (move.status.state) {
    case MigrationState::Planned:
    case MigrationState::Preflight:
        evaluateQueued(move);
        return;
    case MigrationState::ScalingUp:
        // Resumed after the intent was journalled: the fresh read in patchScaleUp decides
        // whether the patch already landed.
        patchScaleUp(move.status.id);
        return;
    case MigrationState::Rebuilding:
        evaluateRebuilding(move);
        return;
    case MigrationState::ScalingDown:
        evaluateScalingDown(move);
        return;
    default:
        return;
    }
}

void MigrationEngine::evaluateQueued(Running &move)
{
    if (move.status.cancelRequested) {
        finish(move, MigrationState::Cancelled, tr("cancelled before it started"));
        return;
    }
    if (const QString other = claimedElsewhere(move); !other.isEmpty()) {
        move.otherMoveSeen = QDateTime::currentDateTimeUtc();
        if (move.status.step != other) {
            move.status.step = other;
            emit migrationChanged(move.status.id);
        }
        return;
    }
    if (const QString held = m_queue.holdsBack(QDateTime::currentDateTime()); !held.isEmpty()) {
        if (move.status.step != held) {
            move.status.step = held;
            emit migrationChanged(move.status.id);
        }
        return;
    }
    if (!slotFree(move)) {
        move.status.step = tr("queued: waiting for a free slot");
        return;
    }
    const QList<PreflightCheck> checks =
        Preflight::beforeScaleUp(m_cluster, move.status.move, m_mayPatch);
    if (!Preflight::passed(checks) && settling(move, checks)) {
        const QString settling =
            move.otherMoveSeen.isValid()
                ? tr("waiting for the volume to settle after another console's move")
                : tr("waiting for the change of the volume's pools under way to finish");
        if (move.status.step != settling) {
            move.status.step = settling;
            emit migrationChanged(move.status.id);
        }
        return;
    }
    if (!Preflight::passed(checks) && move.status.move.anyTarget && retarget(move, checks)) {
        evaluateQueued(move);
        return;
    }
    if (!Preflight::passed(checks)) {
        // The replica left the source pool and the volume kept its count: someone else (another
        // console's plan, kubectl) did this move while it waited.
        const ReplicaMove &m = move.status.move;
        const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(m.volume);
        const bool movedMeanwhile = cvc && !cvc->specPools.contains(m.sourcePool) &&
                                    cvc->specPools.size() >= cvc->replicaCount;
        move.status.doneElsewhere = movedMeanwhile;
        if (movedMeanwhile)
            finish(move, MigrationState::Cancelled,
                   tr("the replica is no longer on %1: another console moved it meanwhile")
                       .arg(m.sourcePool));
        else
            finish(move, MigrationState::Failed, Preflight::firstFailure(checks));
        return;
    }
    beginScaleUp(move);
}

bool MigrationEngine::caughtUp(Running &move)
{
    // The informers may not have delivered this engine's own scale-up yet: a picture from
    // before it looks as if the target pool had been removed again, or a rollback done.
    const ReplicaMove &m = move.status.move;
    const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(m.volume);
    if (cvc && cvc->specPools.contains(m.targetPool))
        move.targetSeen = true;
    if (!move.targetSeen && move.scaledUp.isValid() &&
        move.scaledUp.secsTo(QDateTime::currentDateTimeUtc()) < kCatchUpSeconds) {
        move.status.step = tr("waiting for the cluster view to show the new pool");
        return false;
    }
    move.targetSeen = true;
    return true;
}

void MigrationEngine::evaluateRebuilding(Running &move)
{
    if (!caughtUp(move))
        return;
    if (claimDue(move)) {
        holdClaim(move);
        return;
    }
    if (move.rollingBack || move.status.cancelRequested) {
        if (!move.rollingBack)
            beginRollback(move);
        evaluateRollback(move);
        return;
    }
    const StepVerdict verdict = StepEvaluation::rebuilding(m_cluster, move.status.move);
    if (verdict.next == StepVerdict::Next::Fail) {
        finish(move, MigrationState::Failed, verdict.text);
        return;
    }
    move.status.progress = move.rebuild.sample(m_cluster, move.status.move);
    const QList<PreflightCheck> gate = Preflight::beforeScaleDown(m_cluster, move.status.move);
    if (!Preflight::passed(gate)) {
        move.status.step =
            move.status.progress.stalled ? tr("rebuilding (stalled)") : tr("rebuilding");
        emit migrationChanged(move.status.id);
        return;
    }
    verifyAndPatchScaleDown(move.status.id);
}

void MigrationEngine::evaluateScalingDown(Running &move)
{
    const StepVerdict verdict =
        StepEvaluation::scalingDown(m_cluster, move.status.move, move.scaleDownAccepted);
    switch (verdict.next) {
    case StepVerdict::Next::Act:
        verifyAndPatchScaleDown(move.status.id);
        return;
    case StepVerdict::Next::Finish:
        finish(move, MigrationState::Done, verdict.text);
        return;
    case StepVerdict::Next::Repair:
        move.status.step = verdict.text;
        repairStrandedScaleDown(move.status.id);
        return;
    default:
        move.status.step = verdict.text;
        return;
    }
}

void MigrationEngine::repairStrandedScaleDown(const QString &id)
{
    Running *running = find(id);
    if (!running || !m_writer)
        return;
    running->writing = true;
    const ReplicaMove m = running->status.move;
    QPointer<MigrationEngine> self(this);
    StrandedScaleDown::repair(
        QPointer<QObject>(this), m_writer, m.volume, m.sourcePool,
        [self, id, m](StrandedScaleDown::Outcome outcome, const QString &message) {
            Running *move = self ? self->find(id) : nullptr;
            if (!move)
                return;
            move->writing = false;
            switch (outcome) {
            case StrandedScaleDown::Outcome::Repaired:
                self->journal(*move, QStringLiteral("repair"),
                              tr("the CVC controller could not finish removing pool %1 (its "
                                 "replica was already gone): removed it from the "
                                 "CStorVolumeConfig's status")
                                  .arg(m.sourcePool));
                self->recordEvent(m.volume, QStringLiteral("Warning"),
                                  tr("cstor-console: the CVC controller could not finish "
                                     "removing pool %1 (its replica was already gone); removed "
                                     "it from status.poolInfo")
                                      .arg(m.sourcePool));
                move->status.step = tr("waiting for the volume to settle");
                break;
            case StrandedScaleDown::Outcome::NotStranded:
                move->status.step = tr("waiting for the volume to settle");
                break;
            case StrandedScaleDown::Outcome::Failed:
                // Tried again after a pause, not at every change the informers bring.
                move->writing = true;
                move->status.step = tr("waiting: %1").arg(message);
                QTimer::singleShot(kScaleDownRetryMs, self, [self, id] {
                    if (Running *later = self ? self->find(id) : nullptr) {
                        later->writing = false;
                        self->evaluate(*later);
                    }
                });
                break;
            }
            emit self->migrationChanged(id);
        });
}

void MigrationEngine::beginScaleUp(Running &move)
{
    transition(move, MigrationState::ScalingUp, tr("adding the target pool"),
               QStringLiteral("scale-up"), MigrationRecorder::describe(move.status.move));
    recordEvent(move.status.move.volume, QStringLiteral("Normal"),
                tr("cstor-console: adding pool %1 to move the replica on %2")
                    .arg(move.status.move.targetPool, move.status.move.sourcePool));
    patchScaleUp(move.status.id);
}

void MigrationEngine::patchScaleUp(const QString &id)
{
    Running *running = find(id);
    if (!running || !m_writer)
        return;
    running->writing = true;
    const ReplicaMove m = running->status.move;
    QPointer<MigrationEngine> self(this);
    m_writer->get(kCvcResource, m.volume, [self, id, m](const CvcWriter::Reply &reply) {
        Running *move = self ? self->find(id) : nullptr;
        if (!move)
            return;
        if (!reply.ok) {
            move->writing = false;
            self->finish(*move, MigrationState::Failed,
                         tr("cannot read the volume's CStorVolumeConfig: %1").arg(reply.message));
            return;
        }
        const QString claimed = MoveClaim::textOn(reply.object);
        if (!claimed.isEmpty() && !ClaimKeeper::isMove(claimed, id)) {
            // Another console claimed the volume since the queue let this move start: wait.
            move->writing = false;
            move->otherMoveSeen = QDateTime::currentDateTimeUtc();
            const std::optional<MoveClaim> other = MoveClaim::fromText(claimed);
            self->transition(*move, MigrationState::Planned,
                             tr("waiting: %1").arg(other ? other->what() : claimed),
                             QStringLiteral("wait"), claimed);
            return;
        }
        const QStringList pools = CvcPatch::specPools(reply.object);
        if (pools.contains(m.targetPool)) {
            move->writing = false; // already added (a resumed move whose patch had landed)
            move->scaledUp = QDateTime::currentDateTimeUtc();
            self->transition(*move, MigrationState::Rebuilding, tr("rebuilding"));
            return;
        }
        if (!pools.contains(m.sourcePool)) {
            // Gone from the source since the checks (which read the informers' picture, a
            // moment behind): another console finished this move first. Adding the target now
            // would give the volume a replica more.
            move->writing = false;
            const Cstor::VolumeConfig *cvc = self->m_cluster.volumeConfig(m.volume);
            const bool movedMeanwhile = !cvc || pools.size() >= cvc->replicaCount;
            move->status.doneElsewhere = movedMeanwhile;
            self->finish(*move, movedMeanwhile ? MigrationState::Cancelled : MigrationState::Failed,
                         movedMeanwhile
                             ? tr("the replica is no longer on %1: another console moved it "
                                  "meanwhile")
                                   .arg(m.sourcePool)
                             : tr("the replica is no longer on %1 and the volume lists %2 of its "
                                  "%3 pools")
                                   .arg(m.sourcePool)
                                   .arg(pools.size())
                                   .arg(cvc->replicaCount));
            return;
        }
        // The claim goes in the same patch as the new pool: no moment where one is on the CVC
        // without the other.
        const QString claim =
            self->m_claims.claimFor(move->status, MoveClaim::kRebuilding).toText();
        QJsonArray patch = CvcPatch::addPool(reply.object, m.targetPool);
        if (!claimed.isEmpty())
            patch = CvcPatch::withoutClaim(patch, claimed); // this move's, left by a crash
        patch = CvcPatch::withClaim(patch, reply.object, claim);
        self->m_writer->patchCvc(
            m.volume, patch, false, [self, id, claim](const CvcWriter::Reply &patched) {
                Running *current = self ? self->find(id) : nullptr;
                if (!current)
                    return;
                current->writing = false;
                if (patched.ok) {
                    current->conflictRetries = 0;
                    current->claimText = claim;
                    current->claimHeld = QDateTime::currentDateTimeUtc();
                    current->scaledUp = QDateTime::currentDateTimeUtc();
                    self->transition(*current, MigrationState::Rebuilding, tr("rebuilding"));
                    return;
                }
                if (self->retryOnConflict(*current, patched,
                                          [self, id] { self->patchScaleUp(id); }))
                    return;
                self->finish(*current, MigrationState::Failed,
                             tr("adding the target pool was refused: %1").arg(patched.message));
            });
    });
}

void MigrationEngine::verifyAndPatchScaleDown(const QString &id)
{
    Running *running = find(id);
    if (!running || !m_writer)
        return;
    running->writing = true;
    const ReplicaMove m = running->status.move;
    const Cstor::VolumeReplica *created = m_cluster.replica(m.volume, m.targetPool);
    // The new replica and every other one the volume keeps: the gate judges them all.
    QStringList replicaNames{created ? created->meta.name
                                     : m.volume + QLatin1Char('-') + m.targetPool};
    for (const Cstor::VolumeReplica *replica : m_cluster.replicasOfVolume(m.volume)) {
        if (replica->pool != m.sourcePool && replica->pool != m.targetPool)
            replicaNames << replica->meta.name;
    }
    QPointer<MigrationEngine> self(this);
    const auto fail = [self, id](const QString &why) {
        Running *move = self ? self->find(id) : nullptr;
        if (!move)
            return;
        move->writing = false;
        move->status.step = tr("waiting: %1").arg(why);
        emit self->migrationChanged(id);
    };
    // Fresh reads of the CVC, the CV and the CVRs kept: the informers may lag, and this is the
    // step that can lose data.
    FreshRead::moveObjects(
        QPointer<QObject>(this), m_writer, m.volume, replicaNames, fail,
        [self, id, fail](const Kube::ClusterDelta &fresh, const QJsonObject &cvc) {
            const QDeadlineTimer notAfter(kScaleDownFreshMs);
            Running *move = self ? self->find(id) : nullptr;
            if (!move)
                return;
            ClusterSnapshot checked = self->m_cluster;
            checked.apply(fresh);
            const QList<PreflightCheck> gate =
                Preflight::beforeScaleDown(checked, move->status.move);
            if (!Preflight::passed(gate))
                return fail(Preflight::firstFailure(gate));
            self->scaleDown(*move, cvc, notAfter);
        });
}

void MigrationEngine::scaleDown(Running &move, const QJsonObject &cvcDocument,
                                QDeadlineTimer notAfter)
{
    const ReplicaMove &m = move.status.move;
    if (move.status.state == MigrationState::Rebuilding && move.status.cancelRequested) {
        // Cancelled while the reads were in flight: roll back.
        move.writing = false;
        evaluate(move);
        return;
    }
    if (move.status.state == MigrationState::Rebuilding) {
        move.status.progress = move.rebuild.finish();
        transition(move, MigrationState::ScalingDown, tr("removing the old replica"),
                   QStringLiteral("scale-down"), MigrationRecorder::describe(m));
        recordEvent(m.volume, QStringLiteral("Normal"),
                    tr("cstor-console: replica on %1 is Healthy; removing pool %2")
                        .arg(m.targetPool, m.sourcePool));
    }
    patchScaleDown(move.status.id, cvcDocument, notAfter);
}

void MigrationEngine::patchScaleDown(const QString &id, const QJsonObject &cvc,
                                     QDeadlineTimer notAfter)
{
    Running *move = find(id);
    if (!move || !m_writer)
        return;
    const ReplicaMove m = move->status.move;
    const int index = CvcPatch::specPools(cvc).indexOf(m.sourcePool);
    if (index < 0) {
        move->writing = false;
        move->scaleDownAccepted = true; // already removed (resumed after the patch landed)
        evaluate(*move);
        return;
    }
    QJsonArray patch = CvcPatch::removePool(cvc, index, m.sourcePool);
    if (!withClaimReleased(*move, cvc, &patch))
        return;
    QPointer<MigrationEngine> self(this);
    m_writer->patchCvcUntil(m.volume, patch, notAfter, [self, id](const CvcWriter::Reply &patched) {
        Running *current = self ? self->find(id) : nullptr;
        if (!current)
            return;
        current->writing = false;
        if (patched.ok) {
            current->conflictRetries = 0;
            current->claimText.clear(); // removed with the pool
            current->scaleDownAccepted = true;
            current->status.step = tr("removing the old replica");
            emit self->migrationChanged(id);
            return;
        }
        if (self->retryOnConflict(*current, patched,
                                  [self, id] { self->verifyAndPatchScaleDown(id); }))
            return;
        if (patched.isTransient()) {
            // Not sent while its reads were fresh (throttled, a server error, no answer):
            // nothing was refused; read again and decide again. A patch whose answer was lost
            // may have landed: the next read tells.
            current->writing = true;
            current->status.step = tr("waiting: %1; reading the volume again").arg(patched.message);
            emit self->migrationChanged(id);
            QTimer::singleShot(kScaleDownRetryMs, self,
                               [self, id] { self->verifyAndPatchScaleDown(id); });
            return;
        }
        // Nothing was removed; the new replica stays as an extra copy.
        self->finish(*current, MigrationState::Failed,
                     tr("removing the old replica was refused: %1; both "
                        "replicas were kept")
                         .arg(patched.message));
    });
}

void MigrationEngine::beginRollback(Running &move)
{
    move.rollingBack = true;
    move.settling.drfRefusalsBefore = m_cluster.drfRefusals(move.status.move.volume);
    journal(move, QStringLiteral("rollback"),
            tr("cancelled: removing the new replica on %1").arg(move.status.move.targetPool));
    move.status.step = tr("rolling back: removing the new replica");
    emit migrationChanged(move.status.id);
}

void MigrationEngine::evaluateRollback(Running &move)
{
    const StepVerdict verdict = StepEvaluation::rollingBack(m_cluster, move.status.move);
    switch (verdict.next) {
    case StepVerdict::Next::Act:
        patchRemovePool(move.status.id, move.status.move.targetPool);
        return;
    case StepVerdict::Next::Finish:
        finishRollback(move, verdict.text);
        return;
    default:
        if (!verdict.text.isNull())
            move.status.step = verdict.text;
        return;
    }
}

void MigrationEngine::finishRollback(Running &move, const QString &reason)
{
    const StepVerdict verdict = StepEvaluation::rollbackSettled(
        m_cluster, move.status.move, &move.settling, reason, QDateTime::currentDateTimeUtc());
    if (verdict.next == StepVerdict::Next::Finish) {
        finish(move, MigrationState::RolledBack, verdict.text);
    } else if (move.status.step != verdict.text) {
        move.status.step = verdict.text;
        emit migrationChanged(move.status.id);
    }
}

void MigrationEngine::patchRemovePool(const QString &id, const QString &pool)
{
    Running *running = find(id);
    if (!running || !m_writer)
        return;
    running->writing = true;
    const QString volume = running->status.move.volume;
    QPointer<MigrationEngine> self(this);
    m_writer->get(kCvcResource, volume, [self, id, pool, volume](const CvcWriter::Reply &reply) {
        Running *move = self ? self->find(id) : nullptr;
        if (!move)
            return;
        const int index = reply.ok ? CvcPatch::specPools(reply.object).indexOf(pool) : -1;
        if (index < 0) {
            move->writing = false;
            return;
        }
        QJsonArray patch = CvcPatch::removePool(reply.object, index, pool);
        if (!self->withClaimReleased(*move, reply.object, &patch))
            return;
        self->m_writer->patchCvc(
            volume, patch, false, [self, id, pool](const CvcWriter::Reply &patched) {
                Running *current = self ? self->find(id) : nullptr;
                if (!current)
                    return;
                current->writing = false;
                if (patched.ok)
                    current->claimText.clear(); // removed with the pool
                if (!patched.ok && !self->retryOnConflict(*current, patched, [self, id, pool] {
                        self->patchRemovePool(id, pool);
                    })) {
                    current->status.step = tr("rolling back: %1").arg(patched.message);
                    emit self->migrationChanged(id);
                }
            });
    });
}

QString MigrationEngine::claimedElsewhere(const Running &move) const
{
    for (const ClaimedMove &claimed : m_elsewhere) {
        if (claimed.volume == move.status.move.volume)
            return tr("waiting: %1").arg(claimed.claim.what());
    }
    return {};
}

bool MigrationEngine::settling(Running &move, const QList<PreflightCheck> &checks)
{
    // The target's findings may change too once the volume has settled (the other move's new
    // replica is where this move's target was): a planner's move takes another target then.
    const bool anySettling =
        std::any_of(checks.cbegin(), checks.cend(), [](const PreflightCheck &check) {
            return !check.passed && Preflight::isSettling(check);
        });
    const bool onlySettling =
        anySettling && std::all_of(checks.cbegin(), checks.cend(), [&](const PreflightCheck &c) {
            return c.passed || !c.blocking || Preflight::isSettling(c) ||
                   (Preflight::isAboutTarget(c) && move.status.move.anyTarget);
        });
    const bool scaling = std::any_of(checks.cbegin(), checks.cend(), [](const PreflightCheck &c) {
        return !c.passed && c.id == PreflightCheck::Id::NoScalingInProgress;
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!onlySettling || !scaling)
        move.scalingSeen = {};
    if (!onlySettling)
        return false;
    // A change of the volume's pools under way (spec and status differ) ends by itself within a
    // resync or two, whoever made it: also a console whose move began and ended between two of
    // this console's looks, so that its claim was never seen here.
    if (scaling && !move.scalingSeen.isValid())
        move.scalingSeen = now;
    const auto recent = [&now](const QDateTime &since) {
        return since.isValid() && since.secsTo(now) <= kSettleSeconds;
    };
    return recent(move.otherMoveSeen) || recent(move.scalingSeen);
}

bool MigrationEngine::retarget(Running &move, const QList<PreflightCheck> &checks)
{
    const bool onlyTarget =
        std::all_of(checks.cbegin(), checks.cend(), [](const PreflightCheck &check) {
            return check.passed || !check.blocking || Preflight::isAboutTarget(check);
        });
    const ReplicaMove &m = move.status.move;
    const Cstor::VolumeReplica *replica = m_cluster.replica(m.volume, m.sourcePool);
    if (!onlyTarget || !replica || move.retargets >= kMaxRetargets)
        return false;
    Placement placement(m_cluster);
    QSet<QString> emptied{m.targetPool};
    for (const Running &other : std::as_const(m_moves)) {
        if (!MigrationStates::isFinal(other.status.state))
            emptied.insert(other.status.move.sourcePool);
    }
    for (const ClaimedMove &claimed : std::as_const(m_elsewhere))
        emptied.insert(claimed.claim.fromPool);
    placement.excludePools(emptied);
    QString why;
    const Cstor::PoolInstance *target = placement.bestTarget(*replica, &why);
    if (!target)
        return false;
    const QString before = m.targetPool;
    ++move.retargets;
    move.status.move.targetPool = target->meta.name;
    journal(move, QStringLiteral("retarget"),
            tr("%1 no longer fits (%2); moving to %3 instead")
                .arg(before, Preflight::firstFailure(checks), target->meta.name));
    emit migrationChanged(move.status.id);
    return true;
}

bool MigrationEngine::claimDue(const Running &move) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (move.claimMoot || (move.claimRetry.isValid() && now < move.claimRetry))
        return false;
    return move.claimText.isEmpty() || move.claimHeld.secsTo(now) >= MoveClaim::kRenewSeconds;
}

void MigrationEngine::holdClaim(Running &move)
{
    move.writing = true;
    const QString id = move.status.id;
    const MoveClaim claim = m_claims.claimFor(
        move.status, move.rollingBack ? MoveClaim::kRollingBack : MoveClaim::kRebuilding);
    const QString expected = move.claimText.isEmpty() ? move.claimExpected : move.claimText;
    QPointer<MigrationEngine> self(this);
    m_claims.hold(move.status.move.volume, claim, expected,
                  [self, id](ClaimKeeper::Outcome outcome, const QString &text) {
                      Running *current = self ? self->find(id) : nullptr;
                      if (!current)
                          return;
                      current->writing = false;
                      const QDateTime now = QDateTime::currentDateTimeUtc();
                      switch (outcome) {
                      case ClaimKeeper::Outcome::Held:
                          current->claimText = text;
                          current->claimHeld = now;
                          current->claimExpected.clear();
                          current->claimRetry = {};
                          self->evaluate(*current);
                          return;
                      case ClaimKeeper::Outcome::Lost:
                          self->takenOver(*current, text);
                          return;
                      case ClaimKeeper::Outcome::Moot:
                          current->claimMoot = true;
                          if (text == ClaimKeeper::kFinished && !current->rollingBack) {
                              // Resumed after another console adopted and finished it.
                              current->status.doneElsewhere = true;
                              self->finish(*current, MigrationState::Cancelled,
                                           tr("another console finished this move"));
                          } else {
                              self->evaluate(*current);
                          }
                          return;
                      case ClaimKeeper::Outcome::Failed:
                          current->claimRetry = now.addSecs(10);
                          if (!current->claimText.isEmpty()) {
                              self->evaluate(*current); // still ours; renew again later
                          } else {
                              current->status.step =
                                  tr("waiting: cannot claim the volume: %1").arg(text);
                              emit self->migrationChanged(id);
                          }
                          return;
                      }
                  });
}

bool MigrationEngine::withClaimReleased(Running &move, const QJsonObject &cvc, QJsonArray *patch)
{
    const QString current = MoveClaim::textOn(cvc);
    if (current.isEmpty())
        return true;
    if (!ClaimKeeper::isMove(current, move.status.id) ||
        (!move.claimText.isEmpty() && current != move.claimText)) {
        move.writing = false;
        takenOver(move, current);
        return false;
    }
    *patch = CvcPatch::withoutClaim(*patch, current);
    return true;
}

void MigrationEngine::takenOver(Running &move, const QString &claimText)
{
    move.claimText.clear(); // not ours to release
    move.claimExpected.clear();
    const std::optional<MoveClaim> other = MoveClaim::fromText(claimText);
    move.status.doneElsewhere = true;
    finish(move, MigrationState::Cancelled,
           tr("taken over by another console, which finishes it: %1")
               .arg(other ? other->describe(QDateTime::currentDateTimeUtc()) : claimText));
}

QList<ClaimedMove> MigrationEngine::movesElsewhere() const
{
    return m_elsewhere;
}

QString MigrationEngine::adopt(const QString &volume, const QString &claimText, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    const Cstor::VolumeConfig *cvc = m_cluster.volumeConfig(volume);
    if (!cvc)
        return refuse(tr("no volume %1").arg(volume));
    const std::optional<MoveClaim> claim = MoveClaim::on(*cvc);
    if (!claim || cvc->meta.annotations.value(MoveClaim::kAnnotation) != claimText)
        return refuse(tr("the move of %1 changed meanwhile; look again").arg(volume));
    if (m_moves.contains(claim->id))
        return refuse(tr("this console already runs the move of %1").arg(volume));
    if (!cvc->specPools.contains(claim->toPool))
        return refuse(
            tr("%1 no longer lists %2: the move is not under way").arg(volume, claim->toPool));
    Running running;
    running.status.id = claim->id;
    running.status.move = {volume, claim->fromPool, claim->toPool};
    running.status.started =
        claim->started.isValid() ? claim->started : QDateTime::currentDateTimeUtc();
    running.claimExpected = claimText;
    running.targetSeen = true;
    running.rollingBack = claim->step == MoveClaim::kRollingBack;
    running.status.cancelRequested = running.rollingBack;
    if (cvc->specPools.contains(claim->fromPool)) {
        running.status.state = MigrationState::Rebuilding;
    } else {
        running.status.state = MigrationState::ScalingDown;
        running.scaleDownAccepted = true;
    }
    running.status.step = tr("adopted");
    if (!isBusy())
        m_batchStarted = QDateTime::currentDateTimeUtc();
    const QString id = running.status.id;
    m_moves.insert(id, running);
    m_order.append(id);
    m_elsewhere.removeIf([&](const ClaimedMove &claimed) { return claimed.volume == volume; });
    journal(m_moves[id], QStringLiteral("adopt"),
            tr("adopted from %1").arg(claim->describe(QDateTime::currentDateTimeUtc())));
    audit(m_moves[id], QStringLiteral("adopt"), claimText);
    emit migrationChanged(id);
    evaluate();
    return id;
}

bool MigrationEngine::retryOnConflict(Running &move, const CvcWriter::Reply &reply,
                                      const std::function<void()> &again)
{
    if (!reply.isConflict() || move.conflictRetries >= kMaxConflictRetries)
        return false;
    ++move.conflictRetries;
    qCInfo(lcMigration) << "conflict on" << move.status.move.volume << "retrying"
                        << move.conflictRetries;
    move.status.step = tr("the volume changed meanwhile; reading it again");
    // Still writing until the retry runs: a change seen meanwhile must not start the same
    // step a second time (two scale-ups, or a stale one taking the move back a step).
    move.writing = true;
    QTimer::singleShot(100 * move.conflictRetries, this, again);
    return true;
}

void MigrationEngine::transition(Running &move, MigrationState state, const QString &step,
                                 const QString &action, const QString &detail)
{
    move.status.state = state;
    move.status.step = step;
    journal(move, action, detail);
    emit migrationChanged(move.status.id);
}

void MigrationEngine::finish(Running &move, MigrationState state, const QString &reason)
{
    move.status.state = state;
    move.status.reason = reason;
    move.status.finished = QDateTime::currentDateTimeUtc();
    move.status.step = MigrationStates::toString(state);
    if (state == MigrationState::Done)
        move.status.progress.fraction = 1.0;
    journal(move, QString(), reason);
    if (const QString claim = move.claimText.isEmpty() ? move.claimExpected : move.claimText;
        !claim.isEmpty()) {
        // Ended without the patch that removes the claim (failed after the scale-up, or an
        // adopted move whose old pool had gone): no console drives the move any more, so
        // nothing should claim the volume.
        m_claims.release(move.status.move.volume, claim);
        move.claimText.clear();
        move.claimExpected.clear();
    }
    const QString result =
        reason.isEmpty() ? MigrationStates::toString(state)
                         : QStringLiteral("%1: %2").arg(MigrationStates::toString(state), reason);
    audit(move, QStringLiteral("migrate"), result);
    recordEvent(move.status.move.volume,
                state == MigrationState::Done ? QStringLiteral("Normal")
                                              : QStringLiteral("Warning"),
                tr("cstor-console: moving the replica from %1 to %2 ended %3")
                    .arg(move.status.move.sourcePool, move.status.move.targetPool, result));
    const QString id = move.status.id;
    emit migrationChanged(id);
    emit migrationFinished(id, state, reason);
}

void MigrationEngine::journal(const Running &move, const QString &action, const QString &detail)
{
    m_records.journal(move.status.id, move.status.state, move.status.move, action, detail);
}

void MigrationEngine::audit(const Running &move, const QString &action, const QString &result)
{
    m_records.audit(move.status.move, action, result);
}

void MigrationEngine::recordEvent(const QString &volume, const QString &type,
                                  const QString &message)
{
    m_records.event(m_cluster, volume, type, message);
}

} // namespace Migration
