// Seeded random fault schedules against the migration engine. Each schedule is a seed that
// draws a sequence of timed faults (a node lost and maybe back, a pool offline or read-only,
// API errors, dropped connections and watches, a second writer, a console killed and started
// again on the same journal), runs the seed's replica move through them on a simulated
// cluster, and then checks that the move ended Done, RolledBack or Failed with a reason, that
// the source replica never went before its replacement and the volume were Healthy, that the
// volume never lost a Healthy replica to the move, and that the journal agrees with the
// cluster.
//
// CSTOR_FAULT_SEED sets the base seed (default: from the clock, printed); schedule i uses
// seed base + i, so CSTOR_FAULT_SEED=<seed of a failing schedule> CSTOR_FAULT_SCHEDULES=1
// replays that one alone. CSTOR_FAULT_SCHEDULES sets how many run (default 200);
// CSTOR_FAULT_LANES how many run at once, each on its own simulated cluster (default 4).

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
#include "tests/common/migrationconsole.h"
#include "tests/common/simharness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using Migration::MigrationState;
using Migration::MigrationStates;

namespace {

const QString kNamespace = QStringLiteral("openebs");
const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
const QString kKeep = QStringLiteral("cspc-stripe-pool-6qkw");   // on e2e1-node1
const QString kSource = QStringLiteral("cspc-stripe-pool-pn9p"); // on e2e1-node2
const QString kTarget = QStringLiteral("cspc-stripe-pool-psz5"); // on e2e1-node3
const QString kKeepNode = QStringLiteral("e2e1-node1");
const QString kSourceNode = QStringLiteral("e2e1-node2");
const QString kTargetNode = QStringLiteral("e2e1-node3");
const QString kCvc = QStringLiteral("cstorvolumeconfigs");
const QString kCv = QStringLiteral("cstorvolumes");
const QString kCvr = QStringLiteral("cstorvolumereplicas");

// Simulated time runs this much faster than real time; a rebuild of the volume's 1.47G at
// this throughput takes about 15 simulated seconds.
constexpr double kSpeed = 200;
constexpr qint64 kRebuildBytesPerSecond = 100'000'000;
// Every fault is timed from the moment the move enters one of its steps, so that the faults land
// in every step whatever the ratio of real to simulated time. Everything is cleared this many
// simulated seconds after the scale-up began (a node that never comes back excepted), and no
// fault starts after that, so that the move can end.
constexpr int kDeadlineSeconds = 300;
// After the move ended: how long (simulated) the cluster gets to settle before the checks.
constexpr int kSettleSeconds = 300;
// A schedule that has not ended after this much real time is a failure (a move that hangs).
constexpr int kScheduleTimeoutMs = 90000;

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

using Console = MigrationConsole;

// --- schedules ---

struct Fault
{
    enum class Kind {
        NodeDown,      // name: node; until < 0: it never comes back
        PoolOffline,   // name: pool
        PoolReadOnly,  // name: pool
        FailNext,      // count: 500s
        DropNext,      // count: connections closed without a reply
        ThrottleNext,  // count: 429s with Retry-After
        DropWatches,   // every watch stream closed abruptly
        ExpireWatches, // every watch stream ends with 410 Expired
        SecondWriter,  // count: CVC reads followed by another writer's edit
    };
    Kind kind = Kind::FailNext;
    MigrationState step = MigrationState::Rebuilding; // timed from the move entering this step
    qint64 atMs = 0;                                  // simulated, after entering the step
    qint64 forMs = -1; // NodeDown, PoolOffline, PoolReadOnly: back after; -1 never
    QString name;
    int count = 0;

    QString describe() const
    {
        const QString at = MigrationStates::toString(step) + QLatin1Char('+') +
                           QString::number(atMs / 1000.0, 'f', 1);
        const QString until = forMs < 0 ? QStringLiteral("never")
                                        : QStringLiteral("%1s").arg(forMs / 1000.0, 0, 'f', 1);
        switch (kind) {
        case Kind::NodeDown:
            return QStringLiteral("%1s node %2 down for %3").arg(at, name, until);
        case Kind::PoolOffline:
            return QStringLiteral("%1s pool %2 offline for %3").arg(at, name, until);
        case Kind::PoolReadOnly:
            return QStringLiteral("%1s pool %2 read-only for %3").arg(at, name, until);
        case Kind::FailNext:
            return QStringLiteral("%1s failNext %2").arg(at).arg(count);
        case Kind::DropNext:
            return QStringLiteral("%1s dropNext %2").arg(at).arg(count);
        case Kind::ThrottleNext:
            return QStringLiteral("%1s throttleNext %2").arg(at).arg(count);
        case Kind::DropWatches:
            return QStringLiteral("%1s dropWatches").arg(at);
        case Kind::ExpireWatches:
            return QStringLiteral("%1s expireWatches").arg(at);
        case Kind::SecondWriter:
            return QStringLiteral("%1s secondWriter %2").arg(at).arg(count);
        }
        return {};
    }
};

struct Schedule
{
    quint64 seed = 0;
    QList<Fault> faults;
    MigrationState restartStep = MigrationState::Planned;
    qint64 restartAtMs = -1;  // the console is killed then (after entering restartStep); -1: never
    qint64 restartDownMs = 0; // and started again on the same journal this much later
    // The target node never comes back: at the deadline the operator cancels the move.
    bool cancelAtDeadline = false;

    static Schedule draw(quint64 seed)
    {
        QRandomGenerator random(seed);
        const auto seconds = [&random](int from, int to) {
            return qint64(random.bounded(from * 1000, to * 1000 + 1));
        };
        // A step, weighted by how long a move spends in it, and a delay into it.
        const auto when = [&](MigrationState *step, qint64 *atMs) {
            const int pick = int(random.bounded(9));
            *step = pick < 1   ? MigrationState::Planned
                    : pick < 3 ? MigrationState::ScalingUp
                    : pick < 7 ? MigrationState::Rebuilding
                               : MigrationState::ScalingDown;
            *atMs = seconds(0, *step == MigrationState::Planned      ? 5
                               : *step == MigrationState::Rebuilding ? 90
                                                                     : 20);
        };
        const QStringList nodes{kTargetNode, kKeepNode, kSourceNode};
        const QStringList pools{kTarget, kKeep, kSource};
        Schedule schedule;
        schedule.seed = seed;
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            Fault fault;
            fault.kind = Fault::Kind(random.bounded(int(Fault::Kind::SecondWriter) + 1));
            when(&fault.step, &fault.atMs);
            switch (fault.kind) {
            case Fault::Kind::NodeDown:
                // Mostly the target's node (the interesting one), sometimes another.
                fault.name = random.bounded(3) < 2 ? kTargetNode : nodes.at(random.bounded(3));
                if (fault.name == kTargetNode && random.bounded(4) == 0) {
                    fault.forMs = -1;
                    schedule.cancelAtDeadline = true;
                } else {
                    fault.forMs = seconds(5, 60);
                }
                break;
            case Fault::Kind::PoolOffline:
            case Fault::Kind::PoolReadOnly:
                fault.name = pools.at(random.bounded(3));
                fault.forMs = seconds(5, 60);
                break;
            case Fault::Kind::FailNext:
                fault.count = 1 + int(random.bounded(5));
                break;
            case Fault::Kind::DropNext:
            case Fault::Kind::ThrottleNext:
            case Fault::Kind::SecondWriter:
                fault.count = 1 + int(random.bounded(3));
                break;
            case Fault::Kind::DropWatches:
            case Fault::Kind::ExpireWatches:
                break;
            }
            schedule.faults << fault;
        }
        if (random.bounded(2) == 0) {
            when(&schedule.restartStep, &schedule.restartAtMs);
            schedule.restartDownMs = seconds(0, 30);
        }
        return schedule;
    }

    QString describe() const
    {
        QStringList parts;
        for (const Fault &fault : faults)
            parts << fault.describe();
        if (restartAtMs >= 0)
            parts << QStringLiteral("%1+%2s console restart (down %3s)")
                         .arg(MigrationStates::toString(restartStep))
                         .arg(restartAtMs / 1000.0, 0, 'f', 1)
                         .arg(restartDownMs / 1000.0, 0, 'f', 1);
        if (cancelAtDeadline)
            parts << QStringLiteral("ScalingUp+%1s cancel").arg(kDeadlineSeconds);
        return parts.join(QLatin1String("; "));
    }
};

// --- one schedule on its own simulated cluster ---

class ScheduleRun : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleRun(const Schedule &schedule, QObject *parent = nullptr)
        : QObject(parent)
        , m_schedule(schedule)
    {
    }

    void start();

    const Schedule &schedule() const { return m_schedule; }
    QStringList violations() const { return m_violations; }
    bool finished() const { return m_finished; }
    MigrationState outcome() const { return m_outcome; }
    QString reason() const { return m_reason; }
    int raced() const { return m_raced; }
    bool repaired() const { return m_repaired; } // the lost node was brought back to end
    // For each fault applied, the step the move was in (how well the schedule hit the steps).
    QMap<QString, int> hits() const { return m_hits; }
    QString timeline() const { return m_timeline.join(QLatin1String(", ")); }

signals:
    void ended();

private:
    void fail(const QString &what) { m_violations << what; }
    bool openConsole();
    void entered(MigrationState state);
    bool applyFault(const Fault &fault, bool on); // false: not applied
    void applySets();
    // No more failed, dropped or throttled requests, and no second writer.
    void clearRequestFaults();
    bool killConsole(); // false: nothing to kill
    void restartConsole();
    void deadline();
    void requestCancel();
    void onFinished(const QString &id, MigrationState state, const QString &reason);
    void onStoreEvent(const Sim::StoreEvent &event);
    void checkSourceRemoval(const QString &what);
    int healthyReplicas(const QString &except = {}) const;
    bool settled() const;
    void verifyEnd();
    void end();

    Schedule m_schedule;
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Console> m_console;
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_audit;
    QString m_id;
    qint64 m_t0 = 0;
    QTimer m_watchdog;
    QSet<QString> m_down;
    QSet<QString> m_offline;
    QSet<QString> m_readOnly;
    QMap<QString, int> m_downCount; // overlapping faults on one name: down while any is on
    bool m_lostForever = false;     // the target's node went and never comes back
    bool m_cancelPending = false;
    bool m_pastDeadline = false;
    bool m_repaired = false;
    bool m_finished = false;
    bool m_ending = false;
    bool m_settling = false;
    MigrationState m_outcome = MigrationState::Planned;
    QString m_reason;
    int m_initialHealthy = 0;
    bool m_sourceInSpec = true;
    bool m_sourceMarked = false;
    bool m_readySeen = false;
    int m_raced = 0;
    QMap<QString, int> m_hits;
    QStringList m_timeline; // the move's states with their simulated times
    MigrationState m_lastState = MigrationState::Planned;
    QStringList m_violations;
};

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
                      QString::number(healthyReplicas())));
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
    case Fault::Kind::PoolReadOnly: {
        // Once the move ended, only clearing goes on (the cluster settles for the checks).
        if (on && m_settling)
            return false;
        if (fault.kind == Fault::Kind::NodeDown && fault.forMs < 0)
            m_lostForever = true;
        const QString key = QString::number(int(fault.kind)) + fault.name;
        const int count = (m_downCount[key] += on ? 1 : -1);
        QSet<QString> &set = fault.kind == Fault::Kind::NodeDown      ? m_down
                             : fault.kind == Fault::Kind::PoolOffline ? m_offline
                                                                      : m_readOnly;
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
    QString error;
    if (!m_sim->sim()->faults()->apply({{QStringLiteral("downNodes"), list(m_down)},
                                        {QStringLiteral("offlinePools"), list(m_offline)},
                                        {QStringLiteral("readOnlyPools"), list(m_readOnly)}},
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
                                   {QStringLiteral("secondWriter"), 0}},
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
        return phaseOf(target) == QLatin1String("Healthy") && !source;
    case MigrationState::RolledBack:
    case MigrationState::Cancelled:
        return !target || (beingDeleted(target) && m_schedule.cancelAtDeadline);
    default:
        return true;
    }
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
        expect(!source, QStringLiteral("the source replica is still there"));
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

} // namespace

class TestFaultSchedules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomSchedules();
};

void TestFaultSchedules::initTestCase()
{
    // Hundreds of clusters and consoles: their routine chatter would bury the figures.
    QLoggingCategory::setFilterRules(
        QStringLiteral("cstor.kube.debug=false\ncstor.sim.info=false\ncstor.migration.info=false"));
}

void TestFaultSchedules::randomSchedules()
{
    bool ok = false;
    quint64 base = qEnvironmentVariable("CSTOR_FAULT_SEED").toULongLong(&ok);
    if (!ok)
        base = quint64(QDateTime::currentMSecsSinceEpoch());
    int count = qEnvironmentVariableIntValue("CSTOR_FAULT_SCHEDULES", &ok);
    if (!ok || count <= 0)
        count = 200;
    int lanes = qEnvironmentVariableIntValue("CSTOR_FAULT_LANES", &ok);
    if (!ok || lanes <= 0)
        lanes = 4;
    qInfo("base seed %llu (CSTOR_FAULT_SEED), %d schedules, %d at once", base, count, lanes);

    QElapsedTimer elapsed;
    elapsed.start();
    int next = 0;
    int ran = 0;
    int held = 0;
    int raced = 0;
    int repaired = 0;
    QMap<QString, int> outcomes;
    QMap<QString, int> hits;
    const bool verbose = qEnvironmentVariableIsSet("CSTOR_FAULT_VERBOSE");
    QStringList failures;
    std::function<void()> launch = [&] {
        if (next >= count)
            return;
        const Schedule schedule = Schedule::draw(base + quint64(next++));
        auto *run = new ScheduleRun(schedule, this);
        connect(run, &ScheduleRun::ended, this, [&, run] {
            ++ran;
            raced += run->raced();
            repaired += run->repaired() ? 1 : 0;
            const QString outcome = run->finished() ? MigrationStates::toString(run->outcome())
                                                    : QStringLiteral("unfinished");
            ++outcomes[outcome];
            const QMap<QString, int> runHits = run->hits();
            for (auto it = runHits.cbegin(); it != runHits.cend(); ++it)
                hits[it.key()] += it.value();
            if (verbose)
                qInfo("seed %llu: %s -> %s %s [%s]", run->schedule().seed,
                      qPrintable(run->schedule().describe()), qPrintable(outcome),
                      qPrintable(run->reason()), qPrintable(run->timeline()));
            if (run->violations().isEmpty()) {
                ++held;
            } else {
                const QString report =
                    QStringLiteral("schedule seed %1 failed (replay: CSTOR_FAULT_SEED=%1 "
                                   "CSTOR_FAULT_SCHEDULES=1)\n  schedule: %2\n  ended %3: %4\n"
                                   "  %5")
                        .arg(QString::number(run->schedule().seed), run->schedule().describe(),
                             outcome, run->reason(), run->violations().join(QLatin1String("\n  ")));
                qWarning("%s", qPrintable(report));
                failures << QString::number(run->schedule().seed);
            }
            run->deleteLater();
            launch();
        });
        run->start();
    };
    for (int i = 0; i < lanes; ++i)
        launch();
    QTRY_VERIFY_WITH_TIMEOUT(ran == count, 600000);

    QStringList tally;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        tally << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    QStringList landed;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        landed << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    qInfo("faults landed while the move was: %s", qPrintable(landed.join(QLatin1String(", "))));
    qInfo("%d schedules ran, %d held (%s; %d source removals met a replica lost to a fault, %d "
          "lost nodes brought back for a move past cancelling); %.1f s, %.0f schedules/min",
          ran, held, qPrintable(tally.join(QLatin1String(", "))), raced, repaired,
          elapsed.elapsed() / 1000.0, ran * 60000.0 / std::max<qint64>(1, elapsed.elapsed()));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("failing schedule seeds: %1 (base seed %2)")
                            .arg(failures.join(QLatin1Char(' ')))
                            .arg(base)));
}

QTEST_GUILESS_MAIN(TestFaultSchedules)
#include "tst_faultschedules.moc"
