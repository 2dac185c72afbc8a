// The named situations (cstor-sim --situation NAME, POST /sim/v1/situation): each is reached
// from the seed cluster (or a generated one where the seed lacks what it needs, a mirror pool),
// and what it leaves is what upstream shows there, read with kubectl.
#include "models/sim/situations/situationcatalog.h"
#include "models/sim/store/faultplan.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestSimSituations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachSituationIsReachedFromTheSeed_data();
    void eachSituationIsReachedFromTheSeed();
    void unknownSituationIsRefused();
    void cstorSimServesTheSituationItReached();
    void helpNamesEverySituationAndFault();

private:
    bool startSim(const QString &generate = {})
    {
        SimHarness::Options options;
        options.speed = 1;
        options.generateSpec = generate;
        return m_sim->start(options);
    }
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QJsonObject getJson(const QString &path) { return m_sim->getRaw(path); }
    ProgramRun postSim(const QString &endpoint, const QJsonObject &body)
    {
        return m_sim->postSim(endpoint, body);
    }
    // Events of this reason whose message contains `part`, any object.
    int eventCount(const QString &reason, const QString &part)
    {
        return m_sim->eventCount(reason, part);
    }
    QStringList cvPhases();
    // What each situation must leave, as kubectl shows it.
    QHash<QString, std::function<void()>> checks();

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimSituations::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimSituations::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimSituations::cleanup()
{
    m_sim.reset();
}

QStringList TestSimSituations::cvPhases()
{
    const ProgramRun r = kubectl({u"get"_s, u"cv"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                  u"jsonpath={.items[*].status.phase}"_s});
    return r.out.split(u' ', Qt::SkipEmptyParts);
}

QHash<QString, std::function<void()>> TestSimSituations::checks()
{
    return {
        // volume-mgmt triggerScaleDownProcess: the source still votes, so the volume stays
        // Healthy, and the scale-down is refused at every resync.
        {u"stuck-scale-down"_s,
         [this] {
             QTRY_VERIFY_WITH_TIMEOUT(
                 eventCount(u"FailUpdate"_s, u"spec replicas are not in healthy state"_s) >= 2,
                 60000);
             QVERIFY(eventCount(u"ScalingVolumeReplicas"_s, u"is in progress"_s) >= 1);
             QVERIFY(cvPhases().contains(u"Healthy"_s));
         }},
        // ISTGT get_cv_status: a volume that lost a voter is no longer Healthy everywhere.
        {u"lost-node"_s,
         [this] {
             const QStringList phases = cvPhases();
             QVERIFY2(phases.contains(u"Degraded"_s) || phases.contains(u"Offline"_s),
                      qPrintable(phases.join(u' ')));
             QVERIFY(!getJson(u"/sim/v1/faults"_s).value("downNodes"_L1).toArray().isEmpty());
         }},
        // istgt_uctl_cmd_desired_rf: "... are invalid changes", FailUpdate at every resync.
        {u"refused-drf"_s,
         [this] {
             QTRY_VERIFY_WITH_TIMEOUT(eventCount(u"FailUpdate"_s, u"are invalid changes"_s) >= 2,
                                      60000);
         }},
        // CO distributePendingCVRs runs only while a CVC is Pending: a replica deleted by hand
        // stays deleted, the CV keeps its id (three known, two replicas) and, with two of three
        // voters, the volume stays Healthy.
        {u"deleted-replica"_s,
         [this] {
             const QString volume = u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31"_s;
             QCOMPARE(kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s,
                               volume + u"-cspc-stripe-pool-psz5"_s})
                          .exitCode,
                      1);
             const ProgramRun known =
                 kubectl({u"get"_s, u"cv"_s, volume, u"-n"_s, u"openebs"_s, u"-o"_s,
                          u"jsonpath={.spec.replicaDetails.knownReplicas}"_s});
             QCOMPARE(QJsonDocument::fromJson(known.out.toUtf8()).object().size(), 3);
             const ProgramRun pools = kubectl({u"get"_s, u"cvc"_s, volume, u"-n"_s, u"openebs"_s,
                                               u"-o"_s, u"jsonpath={.status.poolInfo[*]}"_s});
             QVERIFY2(pools.out.contains(u"cspc-stripe-pool-psz5"_s), qPrintable(pools.whole()));
         }},
        // CO docs/troubleshooting/migrate_cstor_volume.md step 2: the replica object is gone by
        // hand, its node is back.
        {u"orphaned-dataset"_s,
         [this] {
             QCOMPARE(kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s,
                               u"pvc-3f1c9a52-8e47-4d0b-9a1e-2c5b7d9e6f31-cspc-stripe-pool-psz5"_s})
                          .exitCode,
                      1);
             QVERIFY(getJson(u"/sim/v1/faults"_s).value("downNodes"_L1).toArray().isEmpty());
         }},
        // CO cspi-controller updateROMode: the pool is not read-only yet, a volume writes to it.
        {u"pool-nearly-readonly"_s,
         [this] {
             QVERIFY(!getJson(u"/sim/v1/workload"_s).value("volumes"_L1).toArray().isEmpty());
             const ProgramRun r = kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                           u"jsonpath={.items[*].status.readOnly}"_s});
             QVERIFY2(!r.out.contains(u"true"_s), qPrintable(r.out));
         }},
        // Kubernetes eviction.go checkAndDecrement: the PDB allows nothing, so drain is refused.
        {u"pdb-blocks-drain"_s,
         [this] {
             const ProgramRun r = kubectl({u"get"_s, u"pdb"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                           u"jsonpath={.items[*].status.disruptionsAllowed}"_s});
             QVERIFY2(r.out.split(u' ').contains(u"0"_s), qPrintable(r.whole()));
             const ProgramRun drain =
                 kubectl({u"drain"_s, u"e2e1-node1"_s, u"--ignore-daemonsets"_s,
                          u"--delete-emptydir-data"_s, u"--timeout=15s"_s});
             QVERIFY(drain.exitCode != 0);
             QVERIFY2(drain.err.contains(u"disruption budget"_s), qPrintable(drain.whole()));
         }},
        // CO getUsablePoolListForClone and createCVR: the clone's replicas sit on its source's
        // pools, marked as clones of the source's snapshot.
        {u"clones-on-pool"_s,
         [this] {
             const QString clone = u"pvc-7f2e4d1a-8c3b-4a59-b6e0-1d2c3b4a5f69"_s;
             const QString poolPath =
                 u"jsonpath={.items[*].metadata.labels.cstorpoolinstance\\.openebs\\.io/name}"_s;
             const ProgramRun clones = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                                u"openebs.io/cloned=true"_s, u"-o"_s, poolPath});
             const ProgramRun source =
                 kubectl({u"get"_s, u"cv"_s, clone, u"-n"_s, u"openebs"_s, u"-o"_s,
                          u"jsonpath={.metadata.labels.openebs\\.io/source-volume}"_s});
             QVERIFY2(!source.out.trimmed().isEmpty(), qPrintable(source.whole()));
             const ProgramRun sourcePools = kubectl(
                 {u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                  u"openebs.io/persistent-volume="_s + source.out.trimmed(), u"-o"_s, poolPath});
             QStringList a = clones.out.split(u' ', Qt::SkipEmptyParts);
             QStringList b = sourcePools.out.split(u' ', Qt::SkipEmptyParts);
             a.sort();
             b.sort();
             QVERIFY2(a.size() >= 2 && a == b, qPrintable(clones.whole() + sourcePools.whole()));
         }},
        // CO cspi-controller updateStatus / addDiskUnavailableCondition: a mirror that lost one
        // disk is DEGRADED and says which disk; its replicas keep serving.
        {u"failed-disk"_s,
         [this] {
             const ProgramRun r = kubectl(
                 {u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                  u"jsonpath={.items[?(@.status.phase==\"DEGRADED\")].status.conditions[?(@.type==\"DiskUnavailable\")].reason}"_s});
             QCOMPARE(r.out.trimmed(), u"DisksAreUnavailable"_s);
             const ProgramRun replicas = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s,
                                                  u"-o"_s, u"jsonpath={.items[*].status.phase}"_s});
             QVERIFY2(!replicas.out.contains(u"Degraded"_s), qPrintable(replicas.out));
         }},
        // CO docs migrate_pool_by_migrating_disks.md: the disks under their old names on the
        // new node, the pool pods Pending on the old node's selector, the CSPC short of healthy
        // pools.
        {u"moved-disks"_s,
         [this] {
             const ProgramRun pending = kubectl(
                 {u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s, u"app=cstor-pool"_s, u"-o"_s,
                  u"jsonpath={.items[?(@.status.phase==\"Pending\")].metadata.name}"_s});
             QVERIFY2(!pending.out.trimmed().isEmpty(), qPrintable(pending.whole()));
             const ProgramRun disks =
                 kubectl({u"get"_s, u"bd"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                          u"jsonpath={.items[*].spec.nodeAttributes.nodeName}"_s});
             QVERIFY2(disks.out.contains(u"-new"_s), qPrintable(disks.whole()));
             // healthy/provisioned per CSPC (healthyInstances is left out when 0).
             const ProgramRun counts =
                 kubectl({u"get"_s, u"cspc"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                          u"jsonpath={range .items[*]}{.status.healthyInstances}/"
                          "{.status.provisionedInstances} {end}"_s});
             bool shortOfHealthy = false;
             for (const QString &pair : counts.out.split(u' ', Qt::SkipEmptyParts))
                 shortOfHealthy = shortOfHealthy ||
                                  pair.section(u'/', 0, 0).toInt() < pair.section(u'/', 1).toInt();
             QVERIFY2(shortOfHealthy, qPrintable(counts.whole()));
         }},
        // CO cspi-controller reconcile: the node is back, the import of its pool fails at every
        // reconcile (FailedSynced, condition PoolLost) and the CSPI keeps its last phase.
        {u"moved-disks-node-back"_s,
         [this] {
             const ProgramRun lost = kubectl(
                 {u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                  u"jsonpath={.items[*].status.conditions[?(@.type==\"PoolLost\")].reason}"_s});
             QCOMPARE(lost.out.trimmed(), u"PoolLost"_s);
             QTRY_VERIFY_WITH_TIMEOUT(
                 eventCount(u"FailedSynced"_s, u"Failed to import the pool"_s) >= 1, 60000);
             const ProgramRun nodes = kubectl(
                 {u"get"_s, u"nodes"_s, u"-o"_s,
                  u"jsonpath={.items[*].status.conditions[?(@.type==\"Ready\")].status}"_s});
             QVERIFY2(!nodes.out.contains(u"False"_s) && !nodes.out.contains(u"Unknown"_s),
                      qPrintable(nodes.whole()));
         }},
        // Two nodes replaced: two pool pods Pending, the disks on two new nodes, and the CSPC
        // webhook refuses an edit that points one pool spec at its new node while the other
        // still names a gone node (CO cspc validateSpec: the node of every pool spec must exist).
        {u"moved-disks-two-nodes"_s,
         [this] {
             const ProgramRun pending = kubectl(
                 {u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s, u"app=cstor-pool"_s, u"-o"_s,
                  u"jsonpath={.items[?(@.status.phase==\"Pending\")].metadata.name}"_s});
             QCOMPARE(pending.out.split(u' ', Qt::SkipEmptyParts).size(), 2);
             const ProgramRun disks =
                 kubectl({u"get"_s, u"bd"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                          u"jsonpath={.items[*].spec.nodeAttributes.nodeName}"_s});
             QStringList newNodes;
             for (const QString &node : disks.out.split(u' ', Qt::SkipEmptyParts)) {
                 if (node.endsWith(u"-new"_s) && !newNodes.contains(node))
                     newNodes << node;
             }
             QCOMPARE(newNodes.size(), 2);
             const ProgramRun specs = kubectl(
                 {u"get"_s, u"cspc"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                  u"jsonpath={.items[0].spec.pools[*].nodeSelector.kubernetes\\.io/hostname}"_s});
             const QStringList specNodes = specs.out.split(u' ', Qt::SkipEmptyParts);
             const QString gone = newNodes.first().chopped(4);
             const qsizetype index = specNodes.indexOf(gone);
             QVERIFY2(index >= 0, qPrintable(specs.whole()));
             const ProgramRun name = kubectl({u"get"_s, u"cspc"_s, u"-n"_s, u"openebs"_s, u"-o"_s,
                                              u"jsonpath={.items[0].metadata.name}"_s});
             const ProgramRun one = kubectl(
                 {u"patch"_s, u"cspc"_s, name.out.trimmed(), u"-n"_s, u"openebs"_s,
                  u"--type=json"_s, u"-p"_s,
                  uR"([{"op":"replace","path":"/spec/pools/%1/nodeSelector/kubernetes.io~1hostname","value":"%2"}])"_s
                      .arg(index)
                      .arg(newNodes.first())});
             QVERIFY2(one.exitCode != 0 && one.err.contains(u"denied the request"_s),
                      qPrintable(one.whole()));
         }},
        // CO distributeCVRs: too few usable pools, the CVC stays Pending and says so again.
        {u"pvc-pending"_s,
         [this] {
             const QString cvc = u"cvc/pvc-0b1d2c3e-4f50-4a61-8b72-9c8d7e6f5a40"_s;
             const ProgramRun r = kubectl(
                 {u"get"_s, cvc, u"-n"_s, u"openebs"_s, u"-o"_s, u"jsonpath={.status.phase}"_s});
             QCOMPARE(r.out.trimmed(), u"Pending"_s);
             QTRY_VERIFY_WITH_TIMEOUT(
                 eventCount(u"Provisioning"_s, u"not enough pools are available"_s) >= 2, 90000);
         }},
    };
}

void TestSimSituations::eachSituationIsReachedFromTheSeed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("generate"); // a generated cluster instead of the seed
    // The seed's pools are stripes: a failed disk needs a mirror.
    const QHash<QString, QString> clusters{
        {u"failed-disk"_s, u"nodes=3,volumes=2,replicas=2,raid=mirror"_s}};
    for (const Sim::Situation &situation : Sim::SituationCatalog::all())
        QTest::newRow(qPrintable(situation.name))
            << situation.name << clusters.value(situation.name);
}

void TestSimSituations::eachSituationIsReachedFromTheSeed()
{
    QFETCH(QString, name);
    QFETCH(QString, generate);
    const auto check = checks().value(name);
    QVERIFY2(check, "every situation needs a check of what it leaves");
    QVERIFY(startSim(generate));
    const QString problem = m_sim->reachSituation(name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(getJson(u"/sim/v1/speed"_s).value("speed"_L1).toDouble(), 1.0);
    check();
}

void TestSimSituations::unknownSituationIsRefused()
{
    QVERIFY(startSim());
    const ProgramRun refused = postSim(u"situation"_s, {{u"name"_s, u"no-such-trouble"_s}});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"no situation named \"no-such-trouble\""_s),
             qPrintable(refused.err));
    const QString sim = qEnvironmentVariable("CSTOR_SIM");
    if (sim.isEmpty() || !QFile::exists(sim))
        QSKIP("CSTOR_SIM does not name the cstor-sim binary");
    const ProgramRun run = runProgram(sim, {u"--situation"_s, u"no-such-trouble"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--situation: no situation named \"no-such-trouble\""_s),
             qPrintable(run.err));
}

// The binary as the demo and rehearsals start it: it says when the situation is reached, and
// kubectl then sees it.
void TestSimSituations::cstorSimServesTheSituationItReached()
{
    const QString sim = qEnvironmentVariable("CSTOR_SIM");
    if (sim.isEmpty() || !QFile::exists(sim))
        QSKIP("CSTOR_SIM does not name the cstor-sim binary");
    const QString kubeconfig = m_sim->dir() + u"/process-kubeconfig"_s;
    m_sim->useKubeconfig(kubeconfig);
    QProcess process;
    process.start(sim, {u"--situation"_s, u"refused-drf"_s, u"--write-kubeconfig"_s, kubeconfig,
                        u"--seed"_s, u"11"_s});
    QString out;
    connect(&process, &QProcess::readyReadStandardOutput, this,
            [&] { out += QString::fromUtf8(process.readAllStandardOutput()); });
    QTRY_VERIFY2_WITH_TIMEOUT(out.contains(u"situation refused-drf: reached"_s) ||
                                  process.state() == QProcess::NotRunning,
                              qPrintable(out), 240000);
    QVERIFY2(out.contains(u"situation refused-drf: reached"_s),
             qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    QVERIFY(eventCount(u"FailUpdate"_s, u"are invalid changes"_s) >= 1);
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
}

// `cstor-sim --help` is where people rehearsing find what they can start from and inject: every
// situation of the catalog and every field of the faults document, each with what it does.
void TestSimSituations::helpNamesEverySituationAndFault()
{
    const QString sim = qEnvironmentVariable("CSTOR_SIM");
    if (sim.isEmpty() || !QFile::exists(sim))
        QSKIP("CSTOR_SIM does not name the cstor-sim binary");
    const ProgramRun run = runProgram(sim, {u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const qsizetype faults = run.out.indexOf(u"\nFaults ("_s);
    QVERIFY2(faults > 0, qPrintable(run.out));
    for (const Sim::Situation &situation : Sim::SituationCatalog::all()) {
        const qsizetype at = run.out.indexOf(u"\n  "_s + situation.name + u' ');
        QVERIFY2(at > 0 && at < faults, qPrintable(situation.name));
    }
    Sim::FaultPlan plan;
    const QJsonObject fields = plan.toJson();
    for (auto field = fields.begin(); field != fields.end(); ++field)
        QVERIFY2(run.out.indexOf(u"\n  "_s + field.key() + u' ', faults) > 0,
                 qPrintable(field.key()));
}

QTEST_GUILESS_MAIN(TestSimSituations)
#include "tst_simsituations.moc"
