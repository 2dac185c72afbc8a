// The migration engine driving real moves through the Kubernetes API of a simulated cluster:
// the seed's migration, a console killed at each step and restarted, a second writer, a
// target that goes away mid-rebuild, and the refusals an operator must see.

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
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Migration::MigrationState;

namespace {

using SeedNames::kNamespace;
using SeedNames::kVolume;
const QString &kKeep = SeedNames::k6qkw;
const QString &kSource = SeedNames::kPn9p;
const QString &kTarget = SeedNames::kPsz5;
using SeedNames::kCv;
using SeedNames::kCvc;
using SeedNames::kCvr;
constexpr int kMoveTimeoutMs = 30000;

QString phaseOf(const std::optional<QJsonObject> &object)
{
    return object ? object->value(QLatin1String("status"))
                        .toObject()
                        .value(QLatin1String("phase"))
                        .toString()
                  : QString();
}

using Console = MigrationConsole;

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seedMigrationEndToEnd();
    void killedAtEachStepResumes_data();
    void killedAtEachStepResumes();
    void restartPausesWaitingMovesAndResumesRunningOnes();
    void secondWriterEditsTheCvc();
    void strandedScaleDownIsFinished();
    void replicaMovedByAnotherConsoleFirstIsLeftAlone();
    void queuedMoveWaitsForAChangeOfPoolsUnderWay();
    void targetNodeDownMidRebuildKeepsTheSource();
    void cancelDuringScaleDownReadsRollsBack();
    void targetPoolReadOnlyMidRebuildWaits();
    void apiErrorsAndDroppedWatchesMidMove();
    void refusalsNameTheProblem();
    void readOnlyUserCannotPatch();

private:
    std::unique_ptr<Console> openConsole(const QString &context = QStringLiteral("cstor-sim"));
    Migration::ReplicaMove seedMove() const { return {kVolume, kSource, kTarget}; }
    // A synced console whose seed move has reached its rebuild; id is set only when it has.
    void openConsoleWithSeedMoveRebuilding(std::unique_ptr<Console> *console, QString *id);
    void watchSafety();
    int journalled(const QString &action) const;
    bool startFourPools(QString *volume, QStringList *placed, QStringList *free);
    void verifySeedMoveDone();

    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_audit;
    QStringList m_violations;
    int m_sourceDeletions = 0;
};

void TestMigration::init()
{
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = 100;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = m_dir->filePath(QStringLiteral("journal.jsonl"));
    m_audit = m_dir->filePath(QStringLiteral("audit.jsonl"));
    m_violations.clear();
    m_sourceDeletions = 0;
    watchSafety();
}

void TestMigration::cleanup()
{
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(QLatin1Char('\n'))));
    m_sim.reset();
    m_dir.reset();
}

// The one rule that must never break: the source replica goes only after its replacement is
// Healthy and the volume is Healthy. Checked on every change the cluster makes.
void TestMigration::watchSafety()
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    QObject::connect(
        store, &Sim::ObjectStore::changed, m_sim->sim(),
        [this, store](const Sim::StoreEvent &event) {
            if (event.resource != kCvr || event.type != Sim::StoreEvent::Type::Deleted)
                return;
            const QString name = event.object.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            if (name != kVolume + QLatin1Char('-') + kSource)
                return;
            ++m_sourceDeletions;
            const QString target =
                phaseOf(store->get(kCvr, kNamespace, kVolume + QLatin1Char('-') + kTarget));
            const QString volume = phaseOf(store->get(kCv, kNamespace, kVolume));
            if (target != QLatin1String("Healthy") || volume != QLatin1String("Healthy"))
                m_violations << QStringLiteral("source replica deleted while the new one was "
                                               "%1 and the volume %2")
                                    .arg(target, volume);
        });
}

std::unique_ptr<Console> TestMigration::openConsole(const QString &context)
{
    QString error;
    const auto config = m_sim->clusterConfig(context, &error);
    if (!config) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return std::make_unique<Console>(*config, m_journal, m_audit);
}

void TestMigration::openConsoleWithSeedMoveRebuilding(std::unique_ptr<Console> *console,
                                                      QString *id)
{
    *console = openConsole();
    QVERIFY(*console);
    Console *opened = console->get();
    QTRY_VERIFY_WITH_TIMEOUT(opened->watcher.isSynced(), 20000);
    const QString started = opened->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(opened->engine.status(started).state, MigrationState::Rebuilding,
                              kMoveTimeoutMs);
    *id = started;
}

int TestMigration::journalled(const QString &action) const
{
    int count = 0;
    for (const Migration::JournalEntry &entry : Migration::Journal(m_journal).entries())
        count += entry.action == action ? 1 : 0;
    return count;
}

void TestMigration::verifySeedMoveDone()
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    QCOMPARE(specPools(store->get(kCvc, kNamespace, kVolume)), (QStringList{kKeep, kTarget}));
    QCOMPARE(phaseOf(store->get(kCvr, kNamespace, kVolume + QLatin1Char('-') + kTarget)),
             QStringLiteral("Healthy"));
    QVERIFY(!store->get(kCvr, kNamespace, kVolume + QLatin1Char('-') + kSource));
    QCOMPARE(journalled(QStringLiteral("scale-up")), 1);
    QCOMPARE(journalled(QStringLiteral("scale-down")), 1);
    QCOMPARE(m_sourceDeletions, 1);
}

void TestMigration::seedMigrationEndToEnd()
{
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    QVERIFY(Migration::Preflight::passed(console->engine.plan(seedMove())));

    // The server's verdict on the scale-up without changing anything.
    bool dryRunAnswered = false;
    bool dryRunOk = false;
    console->engine.dryRun(seedMove(), [&](bool ok, const QString &) {
        dryRunAnswered = true;
        dryRunOk = ok;
    });
    QTRY_VERIFY(dryRunAnswered);
    QVERIFY(dryRunOk);
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kKeep, kSource}));

    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    const QString id = console->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).value<MigrationState>(), MigrationState::Done);
    verifySeedMoveDone();

    // Audited, and recorded on the CVC as Events an operator sees in `kubectl describe`.
    QFile audit(m_audit);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray auditText = audit.readAll();
    QVERIFY(auditText.contains("\"context\":\"cstor-sim\""));
    QVERIFY(auditText.contains(kVolume.toUtf8()));
    QTRY_VERIFY([&] {
        int ours = 0;
        for (const QJsonObject &event :
             m_sim->sim()->store()->list(QStringLiteral("events"), kNamespace))
            ours += event.value(QLatin1String("reason")).toString() ==
                            QLatin1String("CStorConsoleMigration")
                        ? 1
                        : 0;
        return ours >= 2;
    }());
}

void TestMigration::killedAtEachStepResumes_data()
{
    QTest::addColumn<MigrationState>("killAt");
    QTest::newRow("scaling up") << MigrationState::ScalingUp;
    QTest::newRow("rebuilding") << MigrationState::Rebuilding;
    QTest::newRow("scaling down") << MigrationState::ScalingDown;
}

void TestMigration::killedAtEachStepResumes()
{
    QFETCH(MigrationState, killAt);
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    // Kill the console the moment the move enters the step, before anything else happens.
    bool killed = false;
    QString id;
    QObject::connect(&console->engine, &Migration::MigrationEngine::migrationChanged,
                     &console->engine, [&](const QString &changed) {
                         if (!killed && console->engine.status(changed).state == killAt) {
                             killed = true;
                             QMetaObject::invokeMethod(
                                 QCoreApplication::instance(), [&] { console.reset(); },
                                 Qt::QueuedConnection);
                         }
                     });
    id = console->engine.start(seedMove());
    QTRY_VERIFY_WITH_TIMEOUT(killed && !console, kMoveTimeoutMs);

    // A new console on the same journal picks the move up where the cluster is.
    auto restarted = openConsole();
    QVERIFY(restarted);
    QSignalSpy finished(&restarted->engine, &Migration::MigrationEngine::migrationFinished);
    QCOMPARE(restarted->engine.resume(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QCOMPARE(finished.first().at(0).toString(), id);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(finished.first().at(2).toString()));
    verifySeedMoveDone();
}

// A console killed with one move rebuilding and one waiting: the restarted console carries the
// rebuilding move to the end and shows the queue paused, the waiting move held, until the
// operator resumes it.
void TestMigration::restartPausesWaitingMovesAndResumesRunningOnes()
{
    std::unique_ptr<Console> console;
    QString running;
    openConsoleWithSeedMoveRebuilding(&console, &running);
    if (QTest::currentTestFailed())
        return;
    // The volume's next move waits: one scaling of a volume at a time.
    const Migration::ReplicaMove next{kVolume, kKeep, kSource};
    const QString waiting = console->engine.start(next);
    QCOMPARE(console->engine.status(waiting).state, MigrationState::Planned);
    console.reset();

    auto restarted = openConsole();
    QVERIFY(restarted);
    QTRY_VERIFY_WITH_TIMEOUT(restarted->watcher.isSynced(), 20000);
    QSignalSpy queueChanged(&restarted->engine, &Migration::MigrationEngine::queueChanged);
    QCOMPARE(restarted->engine.resume(), 2);
    QVERIFY(restarted->engine.queue().paused);
    QVERIFY2(restarted->engine.queue().reason.contains(
                 QStringLiteral("restarted with 1 move(s) waiting")),
             qPrintable(restarted->engine.queue().reason));
    QVERIFY(queueChanged.count() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(restarted->engine.status(running).state, MigrationState::Done,
                              kMoveTimeoutMs);
    // Done, and the waiting move still held back by the pause, saying so.
    const Migration::MigrationStatus held = restarted->engine.status(waiting);
    QCOMPARE(held.state, MigrationState::Planned);
    QVERIFY2(held.step.startsWith(QStringLiteral("paused: the console restarted")),
             qPrintable(held.step));
    QCOMPARE(Migration::Journal(m_journal).queueSettings(QStringLiteral("cstor-sim")).paused, true);

    restarted->engine.resumeQueue();
    QTRY_COMPARE_WITH_TIMEOUT(restarted->engine.status(waiting).state, MigrationState::Done,
                              kMoveTimeoutMs);
    QCOMPARE(Migration::Journal(m_journal).queueSettings(QStringLiteral("cstor-sim")).paused,
             false);
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kTarget, kSource}));
}

void TestMigration::secondWriterEditsTheCvc()
{
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    // Someone else edits the CVC right after each of the console's next reads, so that its
    // writes meet a newer resourceVersion than it read.
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply({{QStringLiteral("secondWriter"), 3}}, &error));
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    console->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_sim->sim()->faults()->secondWriter, 0);
    verifySeedMoveDone();
    // A conflict's retry and the next change seen must not both take the step: the journal
    // enters each step once and never goes back to an earlier one.
    QList<MigrationState> entered;
    int rebuilding = 0;
    for (const Migration::JournalEntry &entry : Migration::Journal(m_journal).entries()) {
        if (entered.isEmpty() || entered.last() != entry.state)
            entered << entry.state;
        rebuilding += entry.state == MigrationState::Rebuilding ? 1 : 0;
    }
    QCOMPARE(entered, (QList<MigrationState>{MigrationState::Planned, MigrationState::ScalingUp,
                                             MigrationState::Rebuilding,
                                             MigrationState::ScalingDown, MigrationState::Done}));
    QCOMPARE(rebuilding, 1);
    // The other writer's edits survived the console's patches.
    const auto cvc = m_sim->sim()->store()->get(kCvc, kNamespace, kVolume);
    QCOMPARE(cvc->value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("annotations"))
                 .toObject()
                 .value(QLatin1String("sim.cstor.openebs.io/second-writer"))
                 .toString(),
             QStringLiteral("3"));
}

// A generated cluster of four nodes, one pool each, and one volume of two replicas: its name,
// the pools that hold it and the two free ones.
bool TestMigration::startFourPools(QString *volume, QStringList *placed, QStringList *free)
{
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = 100;
    options.generateSpec = QStringLiteral("nodes=4,pools-per-node=1,volumes=1,replicas=2");
    options.seed = 5;
    QString error;
    if (!m_sim->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    watchSafety();
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QJsonObject cvc = store->list(kCvc, kNamespace).value(0);
    *volume =
        cvc.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    *placed = specPools(cvc);
    free->clear();
    for (const QJsonObject &cspi : store->list(QStringLiteral("cstorpoolinstances"), kNamespace)) {
        const QString pool = cspi.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (!placed->contains(pool))
            *free << pool;
    }
    return placed->size() == 2 && free->size() == 2;
}

// Two consoles plan a move of the same replica to different pools. One finishes first; the
// other's picture of the cluster is a moment behind (its informers have not seen the change),
// so its checks pass, but its read of the CVC before the scale-up shows the replica gone from
// the source: it leaves the move to the first console (Cancelled, done elsewhere) instead of
// adding its target, which would have given the volume a replica more.
// CSTOR-CONTROLLERS.md §1.6: the CVC controller deletes the old replica, but its status update
// after it keeps failing until the replica is gone; from then on its scale-down fails for good
// ("failed to delete cstorvolumereplica : resource name may not be empty") and status.poolInfo
// keeps the old pool. The move writes what the controller would have, and ends Done.
void TestMigration::strandedScaleDownIsFinished()
{
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    Sim::ObjectStore *store = m_sim->sim()->store();
    Sim::FaultPlan *faults = m_sim->sim()->faults();
    const QString source = kVolume + QLatin1Char('-') + kSource;
    // From the old replica's deletion until it is gone, every controller write meets a conflict.
    QMetaObject::Connection strand =
        connect(store, &Sim::ObjectStore::changed, this, [&](const Sim::StoreEvent &event) {
            if (event.resource != kCvr || event.object.value(QLatin1String("metadata"))
                                                  .toObject()
                                                  .value(QLatin1String("name"))
                                                  .toString() != source)
                return;
            QString error;
            if (event.type == Sim::StoreEvent::Type::Deleted)
                faults->apply({{QStringLiteral("controllerConflicts"), 0}}, &error);
            else if (event.object.value(QLatin1String("metadata"))
                         .toObject()
                         .contains(QLatin1String("deletionTimestamp")))
                faults->apply({{QStringLiteral("controllerConflicts"), 1000000}}, &error);
        });
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    console->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    disconnect(strand);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(finished.first().at(2).toString()));
    verifySeedMoveDone();
    const auto cvc = store->get(kCvc, kNamespace, kVolume);
    QVERIFY(cvc);
    QCOMPARE(cvc->value(QLatin1String("status")).toObject().value(QLatin1String("poolInfo")),
             QJsonValue(QJsonArray{kKeep, kTarget}));
    // The controller had met the stranded state, and the console said what it did. The
    // console's Event is posted beside the status write, so it may land after the move ends.
    const auto eventsSaying = [&](const QString &text, bool prefix) {
        int count = 0;
        for (const QJsonObject &event : store->list(QStringLiteral("events"), kNamespace)) {
            const QString message = event.value(QLatin1String("message")).toString();
            count += (prefix ? message.startsWith(text) : message == text) ? 1 : 0;
        }
        return count;
    };
    QVERIFY(eventsSaying(QStringLiteral("failed to delete cstorvolumereplica : resource name "
                                        "may not be empty"),
                         false) >= 1);
    QTRY_COMPARE(eventsSaying(QStringLiteral("cstor-console: the CVC controller could not finish "
                                             "removing pool ") +
                                  kSource,
                              true),
                 1);
    QCOMPARE(journalled(QStringLiteral("repair")), 1);
}

void TestMigration::replicaMovedByAnotherConsoleFirstIsLeftAlone()
{
    QString volume;
    QStringList placed;
    QStringList free;
    QVERIFY(startFourPools(&volume, &placed, &free));
    Sim::ObjectStore *store = m_sim->sim()->store();
    QString error;

    auto first = openConsole();
    QVERIFY(first);
    auto late = std::make_unique<Console>(*m_sim->clusterConfig({}, &error),
                                          m_dir->filePath(QStringLiteral("late.jsonl")),
                                          m_dir->filePath(QStringLiteral("late-audit.jsonl")));
    QTRY_VERIFY_WITH_TIMEOUT(first->watcher.isSynced() && late->watcher.isSynced(), 20000);
    // From here on the late console's picture stays as it is.
    QObject::disconnect(&late->watcher, &Kube::ClusterWatcher::delta, &late->engine,
                        &Migration::MigrationEngine::applyDelta);

    QSignalSpy firstDone(&first->engine, &Migration::MigrationEngine::migrationFinished);
    first->engine.start({volume, placed[0], free[0]});
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.count(), 1, kMoveTimeoutMs);
    QVERIFY2(firstDone.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(firstDone.first().at(2).toString()));

    QSignalSpy lateDone(&late->engine, &Migration::MigrationEngine::migrationFinished);
    const QString id = late->engine.start({volume, placed[0], free[1]});
    QTRY_COMPARE_WITH_TIMEOUT(lateDone.count(), 1, kMoveTimeoutMs);
    const Migration::MigrationStatus status = late->engine.status(id);
    QVERIFY2(status.state == MigrationState::Cancelled, qPrintable(status.reason));
    QVERIFY(status.doneElsewhere);
    QVERIFY2(status.reason.contains(QStringLiteral("another console moved it")),
             qPrintable(status.reason));
    QCOMPARE(specPools(store->get(kCvc, kNamespace, volume)), (QStringList{placed[1], free[0]}));
}

// A move whose turn comes while the volume's pools are changing (spec and status differ: a
// scale-up by another console whose claim this one never saw, or by hand) waits for the change
// to finish instead of failing; it starts once the volume has settled.
void TestMigration::queuedMoveWaitsForAChangeOfPoolsUnderWay()
{
    QString volume;
    QStringList placed;
    QStringList free;
    QVERIFY(startFourPools(&volume, &placed, &free));
    Sim::ObjectStore *store = m_sim->sim()->store();
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("pausedControllers"), QJsonArray{QStringLiteral("cvc")}}}, &error));
    const auto setPools = [&](const QStringList &pools) {
        QJsonObject cvc = store->get(kCvc, kNamespace, volume).value();
        QJsonObject spec = cvc.value(QLatin1String("spec")).toObject();
        QJsonObject policy = spec.value(QLatin1String("policy")).toObject();
        QJsonArray info;
        for (const QString &pool : pools)
            info.append(QJsonObject{{QStringLiteral("poolName"), pool}});
        policy.insert(QStringLiteral("replicaPoolInfo"), info);
        spec.insert(QStringLiteral("policy"), policy);
        cvc.insert(QStringLiteral("spec"), spec);
        return Sim::ObjectStore::errorMessage(store->update(kCvc, cvc));
    };
    const QString added = setPools(placed + QStringList{free[0]});
    QVERIFY2(added.isEmpty(), qPrintable(added));

    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    const QString id = console->engine.start({volume, placed[1], free[1]});
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        console->engine.status(id).step.contains(
            QStringLiteral("change of the volume's pools under way")),
        qPrintable(console->engine.status(id).step + u' ' + console->engine.status(id).reason),
        kMoveTimeoutMs);
    QCOMPARE(console->engine.status(id).state, MigrationState::Planned);

    // The controller catches up with the other change: the move goes ahead.
    QVERIFY(m_sim->sim()->faults()->apply({{QStringLiteral("pausedControllers"), QJsonArray{}}},
                                          &error));
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QVERIFY2(console->engine.status(id).state == MigrationState::Done,
             qPrintable(console->engine.status(id).reason));
    QCOMPARE(specPools(store->get(kCvc, kNamespace, volume)),
             (QStringList{placed[0], free[0], free[1]}));
}

void TestMigration::targetNodeDownMidRebuildKeepsTheSource()
{
    std::unique_ptr<Console> console;
    QString id;
    openConsoleWithSeedMoveRebuilding(&console, &id);
    QVERIFY(!id.isEmpty());
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("downNodes"), QJsonArray{QStringLiteral("e2e1-node3")}}}, &error));
    // Two resync periods of simulated time later the source is still there and the move waits.
    const qint64 until = m_sim->sim()->clock()->nowMs() + 60000;
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->sim()->clock()->nowMs() > until, kMoveTimeoutMs);
    QCOMPARE(console->engine.status(id).state, MigrationState::Rebuilding);
    QVERIFY(m_sim->sim()->store()->get(kCvr, kNamespace, kVolume + QLatin1Char('-') + kSource));

    // The operator gives up: the new replica is removed again and the source kept.
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    QString why;
    QVERIFY2(console->engine.cancel(id, &why), qPrintable(why));
    QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1, qPrintable(console->engine.status(id).step),
                              kMoveTimeoutMs);
    QCOMPARE(finished.first().at(1).value<MigrationState>(), MigrationState::RolledBack);
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kKeep, kSource}));
    QCOMPARE(m_sourceDeletions, 0);
    // istgt had raised its DRF for the new replica, which never voted: it refuses to lower it
    // again, and the rollback says so instead of declaring a clean end.
    const QString reason = finished.first().at(2).toString();
    QVERIFY2(reason.contains(QLatin1String("restart the target pod of ") + kVolume),
             qPrintable(reason));
}

// A cancel accepted while the engine's fresh reads before the scale-down are in flight: the move
// rolls back instead of removing the source. The second writer's edit marks the moment the
// first of those reads (the CVC) is served.
void TestMigration::cancelDuringScaleDownReadsRollsBack()
{
    std::unique_ptr<Console> console;
    QString id;
    openConsoleWithSeedMoveRebuilding(&console, &id);
    QVERIFY(!id.isEmpty());
    bool cancelled = false;
    QObject::connect(m_sim->sim()->store(), &Sim::ObjectStore::changed, &console->engine,
                     [&](const Sim::StoreEvent &event) {
                         if (cancelled || event.resource != kCvc ||
                             !event.object.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("annotations"))
                                  .toObject()
                                  .contains(QLatin1String("sim.cstor.openebs.io/second-writer")))
                             return;
                         cancelled = true;
                         QMetaObject::invokeMethod(
                             &console->engine, [&] { QVERIFY(console->engine.cancel(id)); },
                             Qt::QueuedConnection);
                     });
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply({{QStringLiteral("secondWriter"), 1}}, &error));
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QVERIFY(cancelled);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::RolledBack,
             qPrintable(Migration::MigrationStates::toString(
                 finished.first().at(1).value<MigrationState>())));
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kKeep, kSource}));
    QCOMPARE(m_sourceDeletions, 0);
    // The new replica voted already: the target lowers its DRF by the regular scale-down.
    QVERIFY2(!finished.first().at(2).toString().contains(QLatin1String("refused")),
             qPrintable(finished.first().at(2).toString()));
}

// The target pool turns read-only while the new replica rebuilds: the source stays, the move
// waits and says so; once the pool is writable again the move completes.
void TestMigration::targetPoolReadOnlyMidRebuildWaits()
{
    std::unique_ptr<Console> console;
    QString id;
    openConsoleWithSeedMoveRebuilding(&console, &id);
    QVERIFY(!id.isEmpty());
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply({{QStringLiteral("readOnlyPools"), QJsonArray{kTarget}}},
                                          &error));
    const qint64 until = m_sim->sim()->clock()->nowMs() + 90000;
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->sim()->clock()->nowMs() > until, kMoveTimeoutMs);
    QVERIFY(m_sim->sim()->store()->get(kCvr, kNamespace, kVolume + QLatin1Char('-') + kSource));
    QVERIFY(!Migration::MigrationStates::isFinal(console->engine.status(id).state));

    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    QVERIFY(
        m_sim->sim()->faults()->apply({{QStringLiteral("readOnlyPools"), QJsonArray{}}}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(finished.first().at(2).toString()));
    verifySeedMoveDone();
}

// 500s and dropped watch streams while the move runs: the engine's writes are retried, its
// view is rebuilt, and the move still takes each step exactly once.
void TestMigration::apiErrorsAndDroppedWatchesMidMove()
{
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    const QString id = console->engine.start(seedMove());
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("failNext"), 4}, {QStringLiteral("dropWatches"), true}}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(console->engine.status(id).state, MigrationState::Rebuilding,
                              kMoveTimeoutMs);
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("failNext"), 4}, {QStringLiteral("expireWatches"), true}}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QVERIFY2(finished.first().at(1).value<MigrationState>() == MigrationState::Done,
             qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_sim->sim()->faults()->failNext, 0);
    verifySeedMoveDone();
}

void TestMigration::refusalsNameTheProblem()
{
    auto console = openConsole();
    QVERIFY(console);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    const auto failure = [&](const Migration::ReplicaMove &move) {
        return Migration::Preflight::firstFailure(console->engine.plan(move));
    };
    // The target node already holds a replica of the volume.
    QVERIFY(failure({kVolume, kSource, kKeep}).contains(QStringLiteral("e2e1-node1")));
    // A pool that does not exist.
    QVERIFY(failure({kVolume, kSource, QStringLiteral("cspc-stripe-pool-none")})
                .contains(QStringLiteral("cspc-stripe-pool-none")));
    // A read-only target pool, once the cluster says so.
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply({{QStringLiteral("readOnlyPools"), QJsonArray{kTarget}}},
                                          &error));
    QTRY_VERIFY_WITH_TIMEOUT(
        failure(seedMove()).contains(QStringLiteral("read-only"), Qt::CaseInsensitive),
        kMoveTimeoutMs);
    // Started anyway (a queued move meets the change): it fails with that reason and the
    // cluster is untouched.
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    console->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QCOMPARE(finished.first().at(1).value<MigrationState>(), MigrationState::Failed);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("read-only"),
                                                       Qt::CaseInsensitive));
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kKeep, kSource}));
}

void TestMigration::readOnlyUserCannotPatch()
{
    auto console = openConsole(QStringLiteral("cstor-sim-read-only"));
    QVERIFY(console);
    bool answered = false;
    bool allowed = true;
    console->writer.checkMayPatch([&](bool, bool yes, const QString &) {
        answered = true;
        allowed = yes;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!allowed);
    console->engine.setMayPatch(false);
    QTRY_VERIFY_WITH_TIMEOUT(console->watcher.isSynced(), 20000);
    QSignalSpy finished(&console->engine, &Migration::MigrationEngine::migrationFinished);
    console->engine.start(seedMove());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kMoveTimeoutMs);
    QCOMPARE(finished.first().at(1).value<MigrationState>(), MigrationState::Failed);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QCOMPARE(specPools(m_sim->sim()->store()->get(kCvc, kNamespace, kVolume)),
             (QStringList{kKeep, kSource}));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
