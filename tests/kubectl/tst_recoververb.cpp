// `cstor-console recover VOLUME` against the simulator, checked with real kubectl: a target that
// refuses its lower replication factor is restarted (refused-drf), a scale-up whose new replica's
// node was lost is rolled back and the target restarted, a scale-up to a mistyped pool name is
// turned to the pool that was meant (openebs#2982), a replica deleted by hand is created again
// with the id the target knows (deleted-replica), a stuck scale-down is explained and
// left alone (stuck-scale-down), a healthy volume has nothing to do, and --dry-run changes
// nothing.
#include "models/sim/simcluster.h"
#include "models/sim/store/simclock.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kVolume = u"pvc-b85d3e27-6c1f-4a9b-8e2d-5f4c3b2a1d53"_s; // pools pn9p, psz5
const QString k6qkw = u"cspc-stripe-pool-6qkw"_s;                      // on e2e1-node1
} // namespace

class TestRecoverVerb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedDrfIsCuredByARestart();
    void stuckScaleUpIsRolledBack();
    void typoPoolIsReplacedByTheMeantPool();
    void deletedReplicaIsCreatedAgain();
    void stuckScaleDownIsExplainedNotTouched();
    void healthyVolumeHasNothingToDo();
    void dryRunChangesNothing();

private:
    bool start(double speed);
    void reach(const QString &situation);
    ProgramRun recover(const QStringList &args);
    QString get(const QString &what, const QString &path) { return m_sim->jsonpath(what, path); }
    // The volume the refusal is about: the CV named by the first FailUpdate "are invalid changes".
    QString refusingVolume();
    QString cvcPools(const QString &volume);

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestRecoverVerb::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
}

void TestRecoverVerb::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestRecoverVerb::cleanup()
{
    m_sim.reset();
}

bool TestRecoverVerb::start(double speed)
{
    SimHarness::Options options;
    options.speed = speed;
    options.seed = 11;
    return m_sim->start(options);
}

void TestRecoverVerb::reach(const QString &situation)
{
    const QString problem = m_sim->reachSituation(situation);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

ProgramRun TestRecoverVerb::recover(const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console,
                      QStringList{u"recover"_s} + args +
                          QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000});
}

QString TestRecoverVerb::refusingVolume()
{
    const ProgramRun r =
        m_sim->kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s, u"--field-selector"_s,
                        u"reason=FailUpdate"_s, u"-o"_s, u"json"_s});
    const QJsonArray items =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value("items"_L1).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject event = item.toObject();
        if (event.value("message"_L1).toString().contains(u"are invalid changes"_s))
            return event.value("involvedObject"_L1).toObject().value("name"_L1).toString();
    }
    return {};
}

QString TestRecoverVerb::cvcPools(const QString &volume)
{
    return get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s) + u" | "_s +
           get(u"cvc/"_s + volume, u".status.poolInfo[*]"_s);
}

void TestRecoverVerb::refusedDrfIsCuredByARestart()
{
    QVERIFY(start(10));
    reach(u"refused-drf"_s);
    const QString volume = refusingVolume();
    QVERIFY(!volume.isEmpty());
    const QString pod =
        m_sim
            ->kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                       u"openebs.io/persistent-volume="_s + volume, u"-o"_s, u"name"_s})
            .out.trimmed();

    const ProgramRun run = recover({volume, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"restart the target pod "_s + pod.section(u'/', 1)),
             qPrintable(run.out));

    const QString cv = u"cv/"_s + volume;
    const int pools = get(u"cvc/"_s + volume, u".spec.policy.replicaPoolInfo[*].poolName"_s)
                          .split(u' ', Qt::SkipEmptyParts)
                          .size();
    QCOMPARE(get(cv, u".spec.desiredReplicationFactor"_s).toInt(), pools);
    QCOMPARE(get(cv, u".spec.replicationFactor"_s).toInt(), pools);
    QVERIFY(m_sim->kubectl({u"get"_s, pod, u"-n"_s, u"openebs"_s}).exitCode != 0);
    // The restarted target refuses no more: no new FailUpdate over two resyncs.
    const int refusals = m_sim->eventCount(u"FailUpdate"_s, u"are invalid changes"_s, volume);
    const QDateTime since = m_sim->sim()->clock()->now();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->sim()->clock()->now() > since.addSecs(75), 240000);
    QCOMPARE(m_sim->eventCount(u"FailUpdate"_s, u"are invalid changes"_s, volume), refusals);
    // And a second run finds nothing to do.
    const ProgramRun again = recover({volume, u"--yes"_s});
    QVERIFY2(again.exitCode == 0 && again.out.contains(u"nothing to do"_s),
             qPrintable(again.whole()));
}

void TestRecoverVerb::stuckScaleUpIsRolledBack()
{
    QVERIFY(start(5));
    QCOMPARE(
        m_sim->patchPools(kVolume, {u"cspc-stripe-pool-pn9p"_s, u"cspc-stripe-pool-psz5"_s, k6qkw})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(get(u"cv/"_s + kVolume, u".spec.desiredReplicationFactor"_s) == "3"_L1,
                             60000);
    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{u"e2e1-node1"_s}}}).exitCode,
             0);
    // The new replica is not Healthy, and its node goes NotReady.
    QVERIFY(get(u"cvr/"_s + kVolume + u"-"_s + k6qkw, u".status.phase"_s) != "Healthy"_L1);
    QTRY_COMPARE_WITH_TIMEOUT(
        get(u"node/e2e1-node1"_s, u".status.conditions[?(@.type==\"Ready\")].status"_s),
        u"Unknown"_s, 120000);

    const ProgramRun run = recover({u"--yes"_s, kVolume, u"-n"_s, u"openebs"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"remove pool "_s + k6qkw), qPrintable(run.out));
    // istgt keeps the unpromoted replica's DRF until its target restarts: without the restart
    // the kept replicas would turn Degraded (3 desired, 2 connected).
    QVERIFY2(run.out.contains(u"Target restarted as "_s), qPrintable(run.out));

    const QString spec = get(u"cvc/"_s + kVolume, u".spec.policy.replicaPoolInfo[*].poolName"_s);
    QCOMPARE(spec, u"cspc-stripe-pool-pn9p cspc-stripe-pool-psz5"_s);
    QCOMPARE(get(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s), spec);
    QCOMPARE(get(u"cv/"_s + kVolume, u".spec.desiredReplicationFactor"_s), u"2"_s);
    QCOMPARE(get(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"2"_s);
    for (const QString &pool : spec.split(u' '))
        QTRY_COMPARE_WITH_TIMEOUT(get(u"cvr/"_s + kVolume + u"-"_s + pool, u".status.phase"_s),
                                  u"Healthy"_s, 60000);
}

void TestRecoverVerb::typoPoolIsReplacedByTheMeantPool()
{
    QVERIFY(start(10));
    const QString typo = u"cspc-stripe-pool-6qwk"_s;
    QCOMPARE(
        m_sim->patchPools(kVolume, {u"cspc-stripe-pool-pn9p"_s, u"cspc-stripe-pool-psz5"_s, typo})
            .exitCode,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->kubectl({u"describe"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s})
            .out.contains(u"failed to get cstorpoolinstance "_s + typo),
        60000);
    // The doctor names it and the way out.
    const ProgramRun doctor = runProgram(
        m_console, {u"doctor"_s, u"-o"_s, u"json"_s, u"--kubeconfig"_s, m_sim->kubeconfig()});
    QCOMPARE(doctor.exitCode, 1);
    QVERIFY2(doctor.out.contains(u"\"cvc-unknown-pool\""_s), qPrintable(doctor.out));
    QVERIFY2(doctor.out.contains(u"cstor-console recover "_s + kVolume), qPrintable(doctor.out));
    // Removing the name again is what the webhook refuses (CSTOR-CONTROLLERS §7.1).
    const ProgramRun revert =
        m_sim->patchPools(kVolume, {u"cspc-stripe-pool-pn9p"_s, u"cspc-stripe-pool-psz5"_s});
    QCOMPARE(revert.exitCode, 1);

    const ProgramRun dry = recover({kVolume, u"--dry-run"_s, u"-o"_s, u"json"_s});
    QCOMPARE(dry.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"Repair"_s);
    const QJsonObject step = plan.value("steps"_L1).toArray().first().toObject();
    QCOMPARE(step.value("action"_L1).toString(), u"replace-pool"_s);
    QCOMPARE(step.value("pool"_L1).toString(), typo);
    QCOMPARE(step.value("replacement"_L1).toString(), k6qkw);

    const ProgramRun run = recover({u"--yes"_s, kVolume});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Replacing pool %1 by %2"_s.arg(typo, k6qkw)), qPrintable(run.out));
    const QString spec = get(u"cvc/"_s + kVolume, u".spec.policy.replicaPoolInfo[*].poolName"_s);
    QCOMPARE(spec, u"cspc-stripe-pool-pn9p cspc-stripe-pool-psz5 "_s + k6qkw);
    QCOMPARE(get(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s), spec);
    QCOMPARE(get(u"cv/"_s + kVolume, u".spec.desiredReplicationFactor"_s), u"3"_s);
    QCOMPARE(get(u"cv/"_s + kVolume, u".spec.replicationFactor"_s), u"3"_s);
    for (const QString &pool : spec.split(u' '))
        QCOMPARE(get(u"cvr/"_s + kVolume + u"-"_s + pool, u".status.phase"_s), u"Healthy"_s);
}

// The seed's one volume with three replicas loses the one on psz5 (kubectl delete cvr): the CVC
// still lists the pool, the CV still knows the id, and nothing creates the replica again.
void TestRecoverVerb::deletedReplicaIsCreatedAgain()
{
    QVERIFY(start(10));
    const QString volume = u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31"_s;
    const QString pool = u"cspc-stripe-pool-psz5"_s;
    const QString cvr = u"cvr/"_s + volume + u"-"_s + pool;
    const QString id = get(cvr, u".spec.replicaid"_s);
    QVERIFY(!id.isEmpty());
    reach(u"deleted-replica"_s);
    QCOMPARE(m_sim->kubectl({u"get"_s, u"cvr"_s, volume + u"-"_s + pool, u"-n"_s, u"openebs"_s})
                 .exitCode,
             1);
    QVERIFY(get(u"cv/"_s + volume, u".spec.replicaDetails.knownReplicas"_s).contains(id));

    const ProgramRun doctor = runProgram(
        m_console, {u"doctor"_s, u"-o"_s, u"json"_s, u"--kubeconfig"_s, m_sim->kubeconfig()});
    QCOMPARE(doctor.exitCode, 1);
    QVERIFY2(doctor.out.contains(u"\"known-replicas\""_s), qPrintable(doctor.out));
    QVERIFY2(doctor.out.contains(u"cstor-console recover "_s + volume), qPrintable(doctor.out));

    const ProgramRun dry = recover({volume, u"--dry-run"_s, u"-o"_s, u"json"_s});
    QCOMPARE(dry.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(plan.value("kind"_L1).toString(), u"Repair"_s);
    const QJsonArray steps = plan.value("steps"_L1).toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first()["action"_L1].toString(), u"recreate-replica"_s);
    QCOMPARE(steps.first()["pool"_L1].toString(), pool);
    QCOMPARE(steps.first()["replicaId"_L1].toString(), id);

    const ProgramRun run = recover({u"--yes"_s, volume});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Creating the replica of %1 on pool %2 again"_s.arg(volume, pool)),
             qPrintable(run.out));
    // Checked with kubectl: the replica is back with its id and Healthy, the target counts it
    // (its id in knownReplicas maps to the new zvol), and the volume has all three.
    QCOMPARE(get(cvr, u".spec.replicaid"_s), id);
    QCOMPARE(get(cvr, u".status.phase"_s), u"Healthy"_s);
    const QString pools = get(u"cvc/"_s + volume, u".status.poolInfo[*]"_s);
    QCOMPARE(pools.split(u' ').size(), 3);
    QStringList ids;
    for (const QString &each : pools.split(u' ')) {
        QCOMPARE(get(u"cvr/"_s + volume + u"-"_s + each, u".status.phase"_s), u"Healthy"_s);
        ids << get(u"cvr/"_s + volume + u"-"_s + each, u".spec.replicaid"_s);
    }
    const QJsonObject known =
        QJsonDocument::fromJson(
            get(u"cv/"_s + volume, u".spec.replicaDetails.knownReplicas"_s).toUtf8())
            .object();
    QStringList knownIds = known.keys();
    knownIds.sort();
    ids.sort();
    QCOMPARE(knownIds, ids);
    QCOMPARE(get(u"cv/"_s + volume, u".spec.replicationFactor"_s), u"3"_s);
    QCOMPARE(get(u"cv/"_s + volume, u".spec.desiredReplicationFactor"_s), u"3"_s);
    QCOMPARE(get(u"cv/"_s + volume, u".status.phase"_s), u"Healthy"_s);
}

void TestRecoverVerb::stuckScaleDownIsExplainedNotTouched()
{
    QVERIFY(start(20));
    reach(u"stuck-scale-down"_s);
    QString volume;
    const ProgramRun cvcs =
        m_sim->kubectl({u"get"_s, u"cvc"_s, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s});
    for (const QString &name : cvcs.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (get(name, u".spec.policy.replicaPoolInfo[*].poolName"_s) !=
            get(name, u".status.poolInfo[*]"_s))
            volume = name.section(u'/', 1);
    }
    QVERIFY(!volume.isEmpty());
    const QString before =
        m_sim
            ->kubectl({u"get"_s, u"cvc"_s, volume, u"-n"_s, u"openebs"_s, u"-o"_s,
                       u"jsonpath={.metadata.resourceVersion} "_s
                       u"{.spec.policy.replicaPoolInfo}"_s})
            .out;

    const ProgramRun run = recover({volume, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"scaling of CVC %1 is already in progress"_s.arg(volume)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Not automated"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"nothing was changed"_s), qPrintable(run.err));
    QCOMPARE(m_sim
                 ->kubectl({u"get"_s, u"cvc"_s, volume, u"-n"_s, u"openebs"_s, u"-o"_s,
                            u"jsonpath={.metadata.resourceVersion} "_s
                            u"{.spec.policy.replicaPoolInfo}"_s})
                 .out,
             before);
}

void TestRecoverVerb::healthyVolumeHasNothingToDo()
{
    QVERIFY(start(5));
    const ProgramRun run = recover({kVolume});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"nothing to do"_s), qPrintable(run.out));
    const ProgramRun json = recover({kVolume, u"-o"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("kind"_L1).toString(),
             u"NothingToDo"_s);
    QCOMPARE(recover({}).exitCode, 2);
    QCOMPARE(recover({u"pvc-none"_s}).exitCode, 1);
}

void TestRecoverVerb::dryRunChangesNothing()
{
    QVERIFY(start(10));
    reach(u"refused-drf"_s);
    const QString volume = refusingVolume();
    QVERIFY(!volume.isEmpty());
    const QString pods =
        m_sim
            ->kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                       u"openebs.io/persistent-volume="_s + volume, u"-o"_s, u"name"_s})
            .out;
    const QString pools = cvcPools(volume);
    const ProgramRun run = recover({u"--dry-run"_s, volume, u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Dry run: nothing was changed."_s), qPrintable(run.out));
    // With -o json, stdout is the plan alone (one JSON document) and the note goes to stderr.
    const ProgramRun json = recover({u"--dry-run"_s, volume, u"-o"_s, u"json"_s});
    QCOMPARE(json.exitCode, 1);
    QJsonParseError parsed;
    QJsonDocument::fromJson(json.out.toUtf8(), &parsed);
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(json.out));
    QVERIFY2(json.err.contains(u"Dry run: nothing was changed."_s), qPrintable(json.err));
    QCOMPARE(m_sim
                 ->kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                            u"openebs.io/persistent-volume="_s + volume, u"-o"_s, u"name"_s})
                 .out,
             pods);
    QCOMPARE(cvcPools(volume), pools);
    // Without --yes and without a terminal it refuses to go ahead.
    const ProgramRun asked = recover({volume});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains(u"pass --yes"_s), qPrintable(asked.err));
    QCOMPARE(m_sim
                 ->kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                            u"openebs.io/persistent-volume="_s + volume, u"-o"_s, u"name"_s})
                 .out,
             pods);
}

QTEST_GUILESS_MAIN(TestRecoverVerb)
#include "tst_recoververb.moc"
