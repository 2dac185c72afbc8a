#include "schedulerun.h"

#include "models/kube/clusterwatcher.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/migration/migrationstate.h"
#include "models/migration/restcvcwriter.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace FaultSchedules {

namespace {

QString phaseOf(const std::optional<QJsonObject> &object)
{
    return object ? object->value(QLatin1String("status"))
                        .toObject()
                        .value(QLatin1String("phase"))
                        .toString()
                  : QString();
}

bool beingDeleted(const std::optional<QJsonObject> &object)
{
    return object && object->value(QLatin1String("metadata"))
                         .toObject()
                         .contains(QLatin1String("deletionTimestamp"));
}

QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

QString replicaName(const QString &pool)
{
    return kVolume + QLatin1Char('-') + pool;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

void ScheduleRun::start()
{
    m_journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
    m_audit = m_dir.filePath(QStringLiteral("audit.jsonl"));
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("no end after %1 s: %2 (%3)")
                 .arg(kScheduleTimeoutMs / 1000)
                 .arg(m_finished ? QStringLiteral("settling")
                      : m_console
                          ? MigrationStates::toString(m_console->engine.status(m_id).state) +
                                QStringLiteral(", ") + m_console->engine.status(m_id).step
                          : QStringLiteral("console down"),
                      QString::number(healthyReplicas())) +
             // What the simulator holds (rebuilds and their stall reasons, each target's view
             // of its replicas), to tell a stuck cluster from a slow one.
             (m_sim ? QStringLiteral("\n  simulator: ") +
                          QString::fromUtf8(
                              QJsonDocument(m_sim->sim()->truth()).toJson(QJsonDocument::Compact))
                    : QString()));
        end();
    });
    m_watchdog.start(kScheduleTimeoutMs);

    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = kSpeed;
    QString error;
    if (!m_sim->start(options, &error)) {
        fail(error);
        return end();
    }
    Sim::SimCluster *sim = m_sim->sim();
    sim->setSeed(m_schedule.seed);
    sim->setRebuildThroughput(kRebuildBytesPerSecond);
    m_initialHealthy = healthyReplicas();
    connect(sim->store(), &Sim::ObjectStore::changed, this,
            [this](const Sim::StoreEvent &event) { onStoreEvent(event); });

    if (!openConsole())
        return end();
    m_id = m_console->engine.start({kVolume, kSource, kTarget});
    m_t0 = sim->clock()->nowMs();
    entered(MigrationState::Planned);
}

// The move entered a step: the faults timed from it are set off.
void ScheduleRun::entered(MigrationState state)
{
    m_timeline << QStringLiteral("%1 at %2s")
                      .arg(MigrationStates::toString(state))
                      .arg((m_sim->sim()->clock()->nowMs() - m_t0) / 1000.0, 0, 'f', 1);
    Sim::SimClock *clock = m_sim->sim()->clock();
    for (const Fault &fault : std::as_const(m_schedule.faults)) {
        if (fault.step != state)
            continue;
        clock->callAfter(fault.atMs / 1000.0, this, [this, fault, clock] {
            if (m_pastDeadline || !applyFault(fault, true) || fault.forMs < 0)
                return;
            clock->callAfter(fault.forMs / 1000.0, this,
                             [this, fault] { applyFault(fault, false); });
        });
    }
    if (m_schedule.restartAtMs >= 0 && m_schedule.restartStep == state) {
        clock->callAfter(m_schedule.restartAtMs / 1000.0, this, [this, clock] {
            if (m_pastDeadline || !killConsole())
                return;
            clock->callAfter(m_schedule.restartDownMs / 1000.0, this, [this] { restartConsole(); });
        });
    }
    if (state == MigrationState::ScalingUp)
        clock->callAfter(kDeadlineSeconds, this, [this] { deadline(); });
}

bool ScheduleRun::openConsole()
{
    QString error;
    const auto config = m_sim->clusterConfig(QStringLiteral("cstor-sim"), &error);
    if (!config) {
        fail(error);
        return false;
    }
    m_console = std::make_unique<Console>(*config, m_journal, m_audit);
    connect(&m_console->engine, &Migration::MigrationEngine::migrationFinished, this,
            &ScheduleRun::onFinished);
    connect(&m_console->engine, &Migration::MigrationEngine::migrationChanged, this,
            [this](const QString &id) {
                const MigrationState state = m_console->engine.status(id).state;
                if (state == m_lastState)
                    return;
                m_lastState = state;
                entered(state);
            });
    return true;
}

bool ScheduleRun::applyFault(const Fault &fault, bool on)
{
    if (m_ending)
        return false;
    if (on)
        ++m_hits[m_finished  ? QStringLiteral("after the end")
                 : m_console ? MigrationStates::toString(m_console->engine.status(m_id).state)
                             : QStringLiteral("console down")];
    Sim::FaultPlan *faults = m_sim->sim()->faults();
    QString error;
    bool ok = true;
    switch (fault.kind) {
    case Fault::Kind::NodeDown:
    case Fault::Kind::PoolOffline:
    case Fault::Kind::PoolReadOnly:
    case Fault::Kind::DiskFailed: {
        // Once the move ended, only clearing goes on (the cluster settles for the checks).
        if (on && m_settling)
            return false;
        if (fault.kind == Fault::Kind::NodeDown && fault.forMs < 0) {
            if (fault.name == kSourceNode)
                m_sourceLost = true;
            else
                m_lostForever = true;
        }
        const QString key = QString::number(int(fault.kind)) + fault.name;
        const int count = (m_downCount[key] += on ? 1 : -1);
        QSet<QString> &set = fault.kind == Fault::Kind::NodeDown       ? m_down
                             : fault.kind == Fault::Kind::PoolOffline  ? m_offline
                             : fault.kind == Fault::Kind::PoolReadOnly ? m_readOnly
                                                                       : m_diskFailed;
        if (count > 0)
            set.insert(fault.name);
        else
            set.remove(fault.name);
        applySets();
        return true;
    }
    case Fault::Kind::FailNext:
        ok = faults->apply({{QStringLiteral("failNext"), faults->failNext + fault.count}}, &error);
        break;
    case Fault::Kind::DropNext:
        ok = faults->apply({{QStringLiteral("dropNext"), faults->dropNext + fault.count}}, &error);
        break;
    case Fault::Kind::ThrottleNext:
        ok = faults->apply({{QStringLiteral("throttleNext"), faults->throttleNext + fault.count},
                            {QStringLiteral("retryAfterSeconds"), 1}},
                           &error);
        break;
    case Fault::Kind::DropWatches:
        ok = faults->apply({{QStringLiteral("dropWatches"), true}}, &error);
        break;
    case Fault::Kind::ExpireWatches:
        ok = faults->apply({{QStringLiteral("expireWatches"), true}}, &error);
        break;
    case Fault::Kind::SecondWriter:
        ok = faults->apply({{QStringLiteral("secondWriter"), faults->secondWriter + fault.count}},
                           &error);
        break;
    case Fault::Kind::ControllerConflicts:
        ok = faults->apply(
            {{QStringLiteral("controllerConflicts"), faults->controllerConflicts + fault.count}},
            &error);
        break;
    }
    if (!ok)
        fail(error);
    return ok;
}

void ScheduleRun::applySets()
{
    const auto list = [](const QSet<QString> &set) {
        return QJsonArray::fromStringList(sorted(QStringList(set.begin(), set.end())));
    };
    if (m_lostForever)
        m_down.insert(kTargetNode);
    if (m_sourceLost)
        m_down.insert(kSourceNode);
    // A pool's disks by their block device names, as its CSPI's spec lists them.
    QSet<QString> disks;
    for (const QString &pool : std::as_const(m_diskFailed)) {
        const auto cspi =
            m_sim->sim()->store()->get(QStringLiteral("cstorpoolinstances"), kNamespace, pool);
        const QJsonArray groups = cspi ? cspi->value(QLatin1String("spec"))
                                             .toObject()
                                             .value(QLatin1String("dataRaidGroups"))
                                             .toArray()
                                       : QJsonArray();
        for (const QJsonValue &group : groups) {
            for (const QJsonValue &device :
                 group.toObject().value(QLatin1String("blockDevices")).toArray())
                disks.insert(device.toObject().value(QLatin1String("blockDeviceName")).toString());
        }
    }
    QString error;
    if (!m_sim->sim()->faults()->apply({{QStringLiteral("downNodes"), list(m_down)},
                                        {QStringLiteral("offlinePools"), list(m_offline)},
                                        {QStringLiteral("readOnlyPools"), list(m_readOnly)},
                                        {QStringLiteral("failedDisks"), list(disks)}},
                                       &error))
        fail(error);
}

bool ScheduleRun::killConsole()
{
    if (m_finished || m_ending || !m_console)
        return false; // nothing left to resume
    m_console.reset();
    return true;
}

void ScheduleRun::restartConsole()
{
    if (m_console || m_ending)
        return;
    if (!openConsole())
        return end();
    const int resumed = m_console->engine.resume();
    if (resumed != 1)
        fail(QStringLiteral("a restarted console resumed %1 moves, not 1").arg(resumed));
    // A move that had not started comes back paused: the operator looks, then resumes.
    m_console->engine.resumeQueue();
    if (m_cancelPending)
        requestCancel();
}

void ScheduleRun::deadline()
{
    m_pastDeadline = true;
    if (m_ending || m_finished)
        return;
    // Everything back except a node that never returns; then the move can end.
    m_offline.clear();
    m_readOnly.clear();
    m_diskFailed.clear();
    m_down.clear();
    m_downCount.clear();
    applySets();
    clearRequestFaults();
    if (m_schedule.cancelAtDeadline) {
        m_cancelPending = true;
        if (m_console)
            requestCancel();
    }
}

void ScheduleRun::clearRequestFaults()
{
    QString error;
    m_sim->sim()->faults()->apply({{QStringLiteral("failNext"), 0},
                                   {QStringLiteral("dropNext"), 0},
                                   {QStringLiteral("throttleNext"), 0},
                                   {QStringLiteral("secondWriter"), 0},
                                   {QStringLiteral("controllerConflicts"), 0}},
                                  &error);
}

void ScheduleRun::requestCancel()
{
    m_cancelPending = false;
    QString why;
    if (m_console->engine.cancel(m_id, &why))
        return;
    // Refused: the scale-down began. Removing the source waits for every kept replica to be
    // Healthy at the target (as upstream's scale-down does), so with the new replica's node
    // gone the move can only end once the node is back: the operator repairs it.
    if (m_lostForever && m_console->engine.status(m_id).state == MigrationState::ScalingDown) {
        m_lostForever = false;
        m_repaired = true;
        m_down.remove(kTargetNode);
        applySets();
    }
}

void ScheduleRun::onFinished(const QString &id, MigrationState state, const QString &reason)
{
    if (id != m_id) {
        fail(QStringLiteral("a migration %1 that was never started finished").arg(id));
        return;
    }
    if (m_finished) {
        fail(QStringLiteral("the move finished twice: %1 then %2")
                 .arg(MigrationStates::toString(m_outcome), MigrationStates::toString(state)));
        return;
    }
    m_finished = true;
    m_outcome = state;
    m_reason = reason;
    // The cluster settles with every fault cleared (a node that never returns excepted).
    m_settling = true;
    // Done, and then (or as the source went, which checkSourceRemoval judged) the new replica's
    // node was lost for good: the move did its part, the loss is the fault's. The operator
    // brings the node back, so that the end state can be checked.
    if (m_lostForever && state == MigrationState::Done) {
        m_lostForever = false;
        m_repaired = true;
    }
    m_offline.clear();
    m_readOnly.clear();
    m_diskFailed.clear();
    m_down.clear();
    applySets();
    clearRequestFaults();
    m_sim->sim()->clock()->callAfter(kSettleSeconds, this, [this] {
        if (!m_ending)
            verifyEnd();
    });
    // Not from inside the engine's own signal.
    QTimer::singleShot(0, this, [this] {
        if (!m_ending && settled())
            verifyEnd();
    });
}

int ScheduleRun::healthyReplicas(const QString &except) const
{
    int healthy = 0;
    for (const QJsonObject &cvr : m_sim->sim()->store()->list(kCvr, kNamespace)) {
        const QString name = nameOf(cvr);
        if (name.startsWith(kVolume) && name != except &&
            phaseOf(cvr) == QLatin1String("Healthy") && !beingDeleted(cvr))
            ++healthy;
    }
    return healthy;
}

void ScheduleRun::onStoreEvent(const Sim::StoreEvent &event)
{
    if (m_ending)
        return;
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QString name = nameOf(event.object);
    if (event.resource == kCvr || event.resource == kCv) {
        // The state the source may go from: the new replica and the volume Healthy, and as
        // many Healthy replicas besides the source as the volume had before the move.
        const auto target = store->get(kCvr, kNamespace, replicaName(kTarget));
        if (!target || beingDeleted(target))
            m_readySeen = false;
        else if (phaseOf(target) == QLatin1String("Healthy") &&
                 phaseOf(store->get(kCv, kNamespace, kVolume)) == QLatin1String("Healthy") &&
                 healthyReplicas(replicaName(kSource)) >= m_initialHealthy)
            m_readySeen = true;
    }
    if (event.resource == kCvc && name == kVolume) {
        const bool inSpec = specPools(event.object).contains(kSource);
        if (m_sourceInSpec && !inSpec)
            checkSourceRemoval(QStringLiteral("the source pool left the CVC"));
        m_sourceInSpec = inSpec;
    } else if (event.resource == kCvr && name == replicaName(kSource)) {
        const bool marked =
            event.type == Sim::StoreEvent::Type::Deleted || beingDeleted(event.object);
        if (marked && !m_sourceMarked)
            checkSourceRemoval(QStringLiteral("the source replica was deleted"));
        m_sourceMarked = marked;
    }
    if (m_finished && settled())
        verifyEnd();
}

// The source goes: before that the new replica and the volume must have been Healthy together,
// with as many Healthy replicas besides the source as before the move, and the new replica
// must still be part of the volume. A pool or node fault may take a replica away between the
// engine's last fresh reads and this instant; that is counted, not failed (the end state is
// checked once the faults are cleared).
void ScheduleRun::checkSourceRemoval(const QString &what)
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    if (!m_readySeen)
        fail(QStringLiteral("%1 before the new replica (%2) and the volume (%3) were Healthy with "
                            "%4 Healthy replicas besides the source")
                 .arg(what, phaseOf(store->get(kCvr, kNamespace, replicaName(kTarget))),
                      phaseOf(store->get(kCv, kNamespace, kVolume)))
                 .arg(m_initialHealthy));
    if (!specPools(store->get(kCvc, kNamespace, kVolume)).contains(kTarget))
        fail(QStringLiteral("%1 while the target pool was not in the CVC").arg(what));
    if (healthyReplicas(replicaName(kSource)) < m_initialHealthy)
        ++m_raced;
}

// The cluster has come to rest after the move's end: what the checks need to see.
bool ScheduleRun::settled() const
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    if (healthyReplicas() < m_initialHealthy)
        return false;
    const auto target = store->get(kCvr, kNamespace, replicaName(kTarget));
    const auto source = store->get(kCvr, kNamespace, replicaName(kSource));
    switch (m_outcome) {
    case MigrationState::Done:
        return phaseOf(target) == QLatin1String("Healthy") && (!source || sourceLeftWithItsNode());
    case MigrationState::RolledBack:
    case MigrationState::Cancelled:
        return !target || (beingDeleted(target) && m_schedule.cancelAtDeadline);
    default:
        return true;
    }
}

// The source's node was lost for good: only its pool manager removes the CVR's finalizer, so the
// source stays Terminating, out of the volume.
bool ScheduleRun::sourceLeftWithItsNode() const
{
    const auto source = m_sim->sim()->store()->get(kCvr, kNamespace, replicaName(kSource));
    const auto cvc = m_sim->sim()->store()->get(kCvc, kNamespace, kVolume);
    return m_sourceLost && source && beingDeleted(source) && !specPools(cvc).contains(kSource);
}

void ScheduleRun::verifyEnd()
{
    if (m_ending)
        return;
    Sim::ObjectStore *store = m_sim->sim()->store();
    const auto cvc = store->get(kCvc, kNamespace, kVolume);
    const QStringList pools = sorted(specPools(cvc));
    const auto target = store->get(kCvr, kNamespace, replicaName(kTarget));
    const auto source = store->get(kCvr, kNamespace, replicaName(kSource));
    const QString outcome = MigrationStates::toString(m_outcome);

    // The journal's last word on the move is the outcome the engine announced.
    const Migration::JournalEntry last = Migration::Journal(m_journal).latest().value(m_id);
    if (last.migrationId != m_id || last.state != m_outcome)
        fail(QStringLiteral("the journal ends the move %1, the engine said %2")
                 .arg(MigrationStates::toString(last.state), outcome));
    if (m_outcome != MigrationState::Done && m_reason.isEmpty())
        fail(QStringLiteral("the move ended %1 without a reason").arg(outcome));

    const auto expect = [&](bool holds, const QString &what) {
        if (!holds)
            fail(QStringLiteral("ended %1 (%2) but %3; CVC pools %4, new replica %5, source "
                                "replica %6")
                     .arg(outcome, m_reason, what, pools.join(QLatin1Char(',')),
                          target ? phaseOf(target) : QStringLiteral("absent"),
                          source ? phaseOf(source) : QStringLiteral("absent")));
    };
    switch (m_outcome) {
    case MigrationState::Done:
        expect(pools == sorted({kKeep, kTarget}), QStringLiteral("the CVC is not keep+target"));
        expect(phaseOf(target) == QLatin1String("Healthy"),
               QStringLiteral("the new replica is not Healthy"));
        expect(!source || sourceLeftWithItsNode(),
               QStringLiteral("the source replica is still there"));
        if (m_sourceLost && source)
            expect(m_reason.contains(QLatin1String("stays Terminating while its node")),
                   QStringLiteral("the move did not say its source stays Terminating"));
        break;
    case MigrationState::RolledBack:
    case MigrationState::Cancelled:
        expect(pools == sorted({kKeep, kSource}), QStringLiteral("the CVC is not keep+source"));
        expect(source && !beingDeleted(source), QStringLiteral("the source replica is gone"));
        expect(!target || beingDeleted(target), QStringLiteral("the new replica stayed"));
        break;
    case MigrationState::Failed:
        expect(pools.contains(kKeep) && pools.contains(kSource),
               QStringLiteral("the CVC lost keep or source"));
        expect(source && !beingDeleted(source), QStringLiteral("the source replica is gone"));
        break;
    default:
        fail(QStringLiteral("the move ended %1, not a final state").arg(outcome));
    }
    if (m_outcome != MigrationState::Done && (m_sourceMarked || !m_sourceInSpec))
        fail(QStringLiteral("the move ended %1 but its source was removed").arg(outcome));
    const int healthy = healthyReplicas();
    if (healthy < m_initialHealthy)
        fail(QStringLiteral("ended %1 with %2 Healthy replicas, fewer than the %3 before")
                 .arg(outcome)
                 .arg(healthy)
                 .arg(m_initialHealthy));
    end();
}

void ScheduleRun::end()
{
    if (m_ending)
        return;
    m_ending = true;
    m_watchdog.stop();
    // Torn down outside of whatever signal got here.
    QTimer::singleShot(0, this, [this] {
        m_console.reset();
        m_sim.reset();
        emit ended();
    });
}

} // namespace FaultSchedules
