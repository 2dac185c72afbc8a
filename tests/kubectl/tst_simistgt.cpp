// istgt's own gates as real kubectl sees them (CSTOR-CONTROLLERS.md §9.2, §9.3): which replica
// istgt lets rebuild (ISTGT replication.c trigger_rebuild) read from the CVRs' phases and the
// CV's replicaStatuses, and the DRF guard of istgt_uctl_cmd_desired_rf that defers the removal
// of a move's source until the new replica is promoted, with its exact ERR text in the target's
// FailUpdate event.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kSpread; // RF 3, CF 2 on all three pools, its target on e2e1-node1
using SeedNames::kVolume; // RF 2, CF 2 on 6qkw and pn9p, its target on e2e1-node1

// `kubectl get ARGS -w -o jsonpath=TEMPLATE` running beside the test: each line one object as
// the API server streamed it, in the server's order.
class Watch
{
public:
    Watch(const SimKubectl &sim, const QStringList &args, const QString &name)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += QString::fromUtf8(m_process.readAllStandardOutput()); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(SimKubectl::kubectlProgram(),
                        QStringList{u"--kubeconfig"_s, sim.kubeconfig(), u"--cache-dir"_s,
                                    sim.dir() + u"/cache-"_s + name, u"-v=6"_s, u"get"_s} +
                            args + QStringList{u"-n"_s, u"openebs"_s, u"-w"_s});
    }
    ~Watch()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    // -v=6 logs the watch request once its response headers arrived: the stream is open.
    bool open() const
    {
        static const QRegularExpression watchOpen(
            u"GET https://\\S+\\?\\S*watch=true\\S* 200 OK"_s);
        return m_err.contains(watchOpen);
    }
    QString err() const { return m_err; }
    QStringList lines() const { return m_out.split(u'\n', Qt::SkipEmptyParts); }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

// One line of the CV watch: istgt's replica list at one target sync.
struct ReplicaState
{
    QString mode;
    bool quorum = false;
    qint64 ioSeq = 0;
};
using Snapshot = QHash<QString, ReplicaState>; // by replicaId (the zvol's GUID)

// The fields are four lists (id|mode|quorum|checkpointedIOSeq), zipped here: kubectl's jsonpath
// printer prints a {range} only for the first object of a watch.
Snapshot snapshotOf(const QString &line)
{
    const QStringList columns = line.split(u'|');
    Snapshot snapshot;
    if (columns.size() != 4)
        return snapshot;
    const QStringList ids = columns[0].split(u' ', Qt::SkipEmptyParts);
    const QStringList modes = columns[1].split(u' ', Qt::SkipEmptyParts);
    const QStringList quorums = columns[2].split(u' ', Qt::SkipEmptyParts);
    const QStringList ioSeqs = columns[3].split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < ids.size(); ++i)
        snapshot.insert(ids[i],
                        {modes.value(i), quorums.value(i) == u"1"_s, ioSeqs.value(i).toLongLong()});
    return snapshot;
}
} // namespace

class TestSimIstgt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newReplicaWaitsWhileTheVolumeLacksQuorum();
    void loneQuorumReplicaStaysDegradedUntilAMeshRebuild();
    void degradedQuorumReplicasAreRebuiltOneAtATimeBeforeTheNewOne();
    void sourceRemovalWaitsForThePromotionWithIstgtsRefusal();

private:
    bool startSim(double speed, const QString &generate = {})
    {
        SimHarness::Options options;
        options.speed = speed;
        options.generateSpec = generate;
        return m_sim->start(options);
    }
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun postSim(const QString &endpoint, const QJsonObject &body)
    {
        return m_sim->postSim(endpoint, body);
    }
    // The rebuilds of a volume under way now (GET /sim/v1/truth).
    int rebuildsOf(const QString &volume);
    // Waits until the CV's Degraded replica has been connected for `seconds` of simulated time
    // (istgt's upTime) and checks that nothing changed for it meanwhile: no rebuild, the same
    // checkpointed IO sequence, its CVR in the same phase since the same time.
    void staysWaiting(const QString &volume, const QString &cvr, int seconds);

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimIstgt::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimIstgt::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimIstgt::cleanup()
{
    m_sim.reset();
}

int TestSimIstgt::rebuildsOf(const QString &volume)
{
    int count = 0;
    for (const QJsonValue &rebuild : m_sim->getRaw(u"truth"_s).value("rebuilds"_L1).toArray())
        count += rebuild.toObject().value("volume"_L1).toString() == volume ? 1 : 0;
    return count;
}

void TestSimIstgt::staysWaiting(const QString &volume, const QString &cvr, int seconds)
{
    const QString cv = u"cv/"_s + volume;
    const QString waiting = u".status.replicaStatuses[?(@.mode==\"Degraded\")]"_s;
    const QString phase = jsonpath(cvr, u".status.phase"_s);
    const QString since = jsonpath(cvr, u".status.lastTransitionTime"_s);
    const QString ioSeq = jsonpath(cv, waiting + u".checkpointedIOSeq"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jsonpath(cv, waiting + u".upTime"_s).toInt() >= seconds, 60000);
    QCOMPARE(jsonpath(cv, waiting + u".checkpointedIOSeq"_s), ioSeq);
    QCOMPARE(jsonpath(cvr, u".status.phase"_s), phase);
    QCOMPARE(jsonpath(cvr, u".status.lastTransitionTime"_s), since);
    QCOMPARE(jsonpath(cv, u".status.phase"_s), u"Offline"_s);
    QCOMPARE(rebuildsOf(volume), 0);
}

// ISTGT trigger_rebuild returns "Volume(%s) is not ready to accept IOs" while update_volstate
// counts too few quorum replicas (RF 2, CF 2 with one connected): the new replica of a scale-up
// connects as a non-quorum replica and waits NewReplicaDegraded, sync after sync; once the other
// quorum replica is back the volume is ready and the new replica is rebuilt and promoted.
void TestSimIstgt::newReplicaWaitsWhileTheVolumeLacksQuorum()
{
    QVERIFY(startSim(100));
    const QString cv = u"cv/"_s + kVolume;
    const QString added = u"cvr/"_s + kVolume + u"-"_s + kPsz5;
    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{kPn9p}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s), u"Healthy"_s,
                              60000);
    QCOMPARE(jsonpath(cv, u".status.phase"_s), u"Offline"_s);

    QCOMPARE(m_sim->patchPools(kVolume, {k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(added, u".status.phase"_s), u"NewReplicaDegraded"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].quorum"_s), u"1 0"_s,
                              60000);
    QCOMPARE(jsonpath(cv, u".status.replicaStatuses[*].mode"_s), u"Healthy Degraded"_s);
    staysWaiting(kVolume, added, 150); // five target syncs
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(jsonpath(added, u".status.phase"_s), u"NewReplicaDegraded"_s);
    QCOMPARE(jsonpath(cv, u".spec.replicationFactor"_s), u"2"_s);

    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(added, u".status.phase"_s), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".spec.replicationFactor"_s), u"3"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy Healthy"_s, 60000);
}

// ISTGT update_volstate with RF 3, CF 2: one connected quorum replica, Degraded after its
// reconnection, does not make the volume ready, so trigger_rebuild leaves it Degraded and the
// volume Offline; a second one does (MAX(RF - CF + 1, CF) quorum replicas), and with none
// Healthy the rebuild is a mesh rebuild from the other quorum replica
// (send_prepare_for_rebuild_or_trigger_rebuild, count_of_replicas_helping_rebuild): both are
// Healthy while the third pool is still offline.
void TestSimIstgt::loneQuorumReplicaStaysDegradedUntilAMeshRebuild()
{
    QVERIFY(startSim(100));
    const QString cv = u"cv/"_s + kSpread;
    const QString lone = u"cvr/"_s + kSpread + u"-"_s + kPsz5;
    const QString second = u"cvr/"_s + kSpread + u"-"_s + kPn9p;
    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{k6qkw, kPn9p, kPsz5}}}).exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses"_s), QString(), 60000);

    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{k6qkw, kPn9p}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(lone, u".status.phase"_s), u"Degraded"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s), u"Degraded"_s,
                              60000);
    QCOMPARE(jsonpath(cv, u".status.replicaStatuses[*].quorum"_s), u"1"_s);
    staysWaiting(kSpread, lone, 150);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(jsonpath(lone, u".status.phase"_s), u"Degraded"_s);

    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{k6qkw}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(lone, u".status.phase"_s), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(second, u".status.phase"_s), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(jsonpath(u"cspi/"_s + k6qkw, u".status.phase"_s), u"OFFLINE"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.phase"_s), u"Healthy"_s, 60000);

    QCOMPARE(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy Healthy"_s, 60000);
}

// ISTGT trigger_rebuild on a volume with RF 5, CF 3 (a generated cluster of six nodes): two
// quorum replicas missed 1 GiB of writes while their nodes were down (the volume stayed Healthy
// on the other three), and a scale-up adds a sixth, non-quorum replica while the first of them
// rebuilds. rebuild_in_progress lets one replica rebuild at a time: the second degraded one
// waits Degraded, the new one NewReplicaDegraded. The degraded quorum replicas (spec->rq) are
// rebuilt before the non-quorum one (spec->non_quorum_rq), which is rebuilt last and promoted
// (handle_scaleup_replica_transition). Read from the CV's replicaStatuses (a rebuilding replica's
// checkpointedIOSeq grows, a waiting one's does not) and from the CVRs' phases.
void TestSimIstgt::degradedQuorumReplicasAreRebuiltOneAtATimeBeforeTheNewOne()
{
    QVERIFY(
        startSim(100, u"nodes=6,pools-per-node=1,volumes=1,replicas=5,volume-size=5Gi,used=10%"_s));
    const QString volume = jsonpath(u"cvc"_s, u".items[0].metadata.name"_s);
    const QString cv = u"cv/"_s + volume;
    const QStringList pools = jsonpath(u"cvc/"_s + volume, u".status.poolInfo[*]"_s).split(u' ');
    QCOMPARE(pools.size(), 5);
    const QString targetNode =
        jsonpath(u"pods"_s, u".items[?(@.metadata.labels.openebs\\.io/persistent-volume==\""_s +
                                volume + u"\")].spec.nodeName"_s);
    QString freePool;
    QStringList behind; // two pools whose nodes go down, not the target's
    QStringList behindNodes;
    for (const QString &pool :
         jsonpath(u"cspi"_s, u".items[*].metadata.name"_s).split(u' ', Qt::SkipEmptyParts)) {
        const QString node = jsonpath(u"cspi/"_s + pool, u".spec.hostName"_s);
        if (!pools.contains(pool)) {
            freePool = pool;
        } else if (node != targetNode && behind.size() < 2) {
            behind << pool;
            behindNodes << node;
        }
    }
    QVERIFY(!freePool.isEmpty());
    QCOMPARE(behind.size(), 2);
    const QString added = volume + u"-"_s + freePool;

    Watch replicas(*m_sim,
                   {u"cvr"_s, u"-l"_s, u"openebs.io/persistent-volume="_s + volume, u"-o"_s,
                    u"jsonpath={.metadata.name}{\" \"}{.status.phase}{\"\\n\"}"_s},
                   u"cvr"_s);
    const QString list = u".status.replicaStatuses[*]."_s;
    Watch target(
        *m_sim,
        {u"cv"_s, volume, u"-o"_s,
         u"jsonpath={%1replicaId}|{%1mode}|{%1quorum}|{%1checkpointedIOSeq}{\"\\n\"}"_s.arg(list)},
        u"cv"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(replicas.open(), qPrintable(replicas.err()), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(target.open(), qPrintable(target.err()), 30000);

    // 1 GiB written while the two nodes are down.
    QCOMPARE(
        postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray::fromStringList(behindNodes)}}).exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy Healthy"_s, 60000);
    QCOMPARE(jsonpath(cv, u".status.phase"_s), u"Healthy"_s);
    const qint64 written =
        jsonpath(cv, u".status.replicaStatuses[0].checkpointedIOSeq"_s).toLongLong();
    QCOMPARE(postSim(u"workload"_s, {{u"volume"_s, volume}, {u"writeBytesPerSecond"_s, 16 << 20}})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(
        jsonpath(cv, u".status.replicaStatuses[0].checkpointedIOSeq"_s).toLongLong() >=
            written + (1 << 30) / 4096,
        60000);
    QCOMPARE(
        postSim(u"workload"_s, {{u"volume"_s, volume}, {u"writeBytesPerSecond"_s, 0}}).exitCode, 0);

    // Slowly while the new replica joins during the first rebuild (about 200 simulated s).
    QCOMPARE(postSim(u"speed"_s, {{u"speed"_s, 20}}).exitCode, 0);
    QCOMPARE(postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{}}}).exitCode, 0);
    const auto rebuilding = [&] {
        for (const QString &pool : std::as_const(behind)) {
            if (jsonpath(u"cvr/"_s + volume + u"-"_s + pool, u".status.phase"_s) == u"Rebuilding"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rebuilding(), 60000);
    QCOMPARE(m_sim->patchPools(volume, pools + QStringList{freePool}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + added, u".status.phase"_s),
                              u"NewReplicaDegraded"_s, 60000);
    QVERIFY(rebuilding());
    QCOMPARE(postSim(u"speed"_s, {{u"speed"_s, 200}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + added, u".status.phase"_s), u"Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".spec.replicationFactor"_s), u"6"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonpath(cv, u".status.replicaStatuses[*].mode"_s).count(u"Healthy"_s), 6, 60000);

    // istgt's replica list, one target sync after another. Between two syncs at most one
    // Degraded replica gains data (one rebuild at a time); the non-quorum one gains data only
    // when no quorum replica is left Degraded; each waiting replica waited through several syncs.
    const QStringList lines = target.lines();
    QHash<QString, int> waited; // syncs a Degraded replica gained nothing while another did
    QSet<QString> rebuilt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Snapshot before = snapshotOf(lines[i - 1]);
        const Snapshot after = snapshotOf(lines[i]);
        QStringList growing;
        QStringList still;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()) || before[it.key()].mode != u"Degraded"_s)
                continue;
            if (it->ioSeq > before[it.key()].ioSeq)
                rebuilt.insert(it.key());
            // One that turned Healthy in between may have handed over to the next one.
            if (it->mode == u"Degraded"_s)
                (it->ioSeq > before[it.key()].ioSeq ? growing : still) << it.key();
        }
        QVERIFY2(growing.size() <= 1, qPrintable(lines[i - 1] + u" -> "_s + lines[i]));
        if (growing.isEmpty())
            continue;
        for (const QString &replica : std::as_const(still))
            ++waited[replica];
        if (!after[growing.first()].quorum) {
            for (const ReplicaState &state : after)
                QVERIFY2(!(state.quorum && state.mode == u"Degraded"_s),
                         qPrintable(lines[i - 1] + u" -> "_s + lines[i]));
        }
    }
    QCOMPARE(rebuilt.size(), 3);
    QCOMPARE(waited.size(), 2); // the second degraded replica and the new one
    for (auto it = waited.cbegin(); it != waited.cend(); ++it)
        QVERIFY2(it.value() >= 2, qPrintable(it.key()));

    // The CVRs: both degraded replicas were Rebuilding before the new one reconstructed, and
    // the new one never while a quorum replica was still Degraded.
    QHash<QString, QString> phase;
    QStringList order; // by the first line that shows a rebuild
    for (const QString &line : replicas.lines()) {
        const QString replica = line.section(u' ', 0, 0);
        const QString now = line.section(u' ', 1);
        phase[replica] = now;
        if ((now == u"Rebuilding"_s || now == u"ReconstructingNewReplica"_s) &&
            !order.contains(replica))
            order << replica;
        QVERIFY2(!(replica == added && now == u"ReconstructingNewReplica"_s &&
                   std::any_of(phase.cbegin(), phase.cend(),
                               [](const QString &p) { return p == u"Degraded"_s; })),
                 qPrintable(line));
    }
    QCOMPARE(order.size(), 3);
    QCOMPARE(order.last(), added);
}

// The source leaves the CV's known replicas (CO cvc-controller scaleDownVolumeReplicas) while
// the new replica still rebuilds: volume-mgmt updateCStorVolumeDRF runs `istgtcontrol drf`,
// which istgt_uctl_cmd_desired_rf refuses (DRF 3 != RF 2), and
// ExecuteDesiredReplicationFactorCommand turns the ERR line into Warning FailUpdate. The source
// stays until handle_scaleup_replica_transition promotes the new replica (RF 3), then the same
// command succeeds and removes it.
void TestSimIstgt::sourceRemovalWaitsForThePromotionWithIstgtsRefusal()
{
    QVERIFY(startSim(20));
    const QString cv = u"cv/"_s + kVolume;
    const QString source = kVolume + u"-"_s + kPn9p;
    const QString added = u"cvr/"_s + kVolume + u"-"_s + kPsz5;
    QCOMPARE(m_sim->patchPools(kVolume, {k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(added, u".status.phase"_s), u"ReconstructingNewReplica"_s,
                              60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPn9p + u" "_s + kPsz5, 60000);

    const ProgramRun removed = m_sim->patchPools(kVolume, {k6qkw, kPsz5});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.whole()));
    const QString refusal =
        u"failed to update desired replication factor to 2 Error: failed to execute istgtcontrol "
        "DRF command on volume %1 resp: ERR current desired replication factor(3) and "
        "replication factor(2) but requested desired replication factor(2) are invalid "
        "changes"_s.arg(kVolume);
    const auto refused = [&] {
        for (const QJsonObject &event : m_sim->events(u"FailUpdate"_s, kVolume)) {
            if (event.value("message"_L1).toString() == refusal)
                return event;
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!refused().isEmpty(), 60000);
    QCOMPARE(refused().value("type"_L1).toString(), u"Warning"_s);
    QCOMPARE(refused().value("involvedObject"_L1).toObject().value("kind"_L1).toString(),
             u"CStorVolume"_s);
    // Read in this order: the source was there while istgt's RF was still 2 (no promotion yet).
    QCOMPARE(kubectl({u"get"_s, u"cvr"_s, source, u"-n"_s, u"openebs"_s}).exitCode, 0);
    QCOMPARE(jsonpath(cv, u".spec.replicationFactor"_s), u"2"_s);
    QCOMPARE(jsonpath(cv, u".spec.desiredReplicationFactor"_s), u"2"_s);
    QCOMPARE(jsonpath(added, u".status.phase"_s), u"ReconstructingNewReplica"_s);

    QCOMPARE(postSim(u"speed"_s, {{u"speed"_s, 200}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, source, u"-n"_s, u"openebs"_s}).err.contains(u"NotFound"_s),
        60000);
    QCOMPARE(jsonpath(added, u".status.phase"_s), u"Healthy"_s);
    QCOMPARE(jsonpath(cv, u".spec.replicationFactor"_s), u"2"_s);
    QCOMPARE(jsonpath(cv, u".spec.consistencyFactor"_s), u"2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->eventCount(u"Updated"_s,
                                               u"Successfully updated the "
                                               "desiredReplicationFactor to 2"_s,
                                               kVolume) >= 1,
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
}

QTEST_GUILESS_MAIN(TestSimIstgt)
#include "tst_simistgt.moc"
