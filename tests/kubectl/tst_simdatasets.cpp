// The dataset a replica leaves on its pool when its CVR goes without the pool-manager's `zfs
// destroy` (CSTOR-CONTROLLERS.md §9.8), seen with real kubectl: upstream's documented way off a
// lost node (CO docs/troubleshooting/migrate_cstor_volume.md) removes the finalizer of the
// stuck CVR by hand; the zvol stays, its pool keeps counting it, and a CVR of the same volume
// on that pool later adopts it.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include "models/cstor/capacity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kSpread;               // RF 3 on all three pools
const QString kNode2 = u"e2e1-node2"_s; // pn9p's node
} // namespace

class TestSimDatasets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void datasetOfAReplicaDeletedByHandStaysAndIsAdopted();

private:
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun postFaults(const QJsonObject &body) { return m_sim->postSim(u"faults"_s, body); }
    qint64 poolUsed(const QString &pool)
    {
        return Cstor::Capacity::parseQuantity(
                   jsonpath(u"cspi/"_s + pool, u".status.capacity.used"_s))
            .value_or(-1);
    }
    // The CVRs on a pool, as `kubectl get cvr -l cstorpoolinstance.openebs.io/name=POOL` lists
    // them.
    QStringList replicasOn(const QString &pool)
    {
        return kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                        u"cstorpoolinstance.openebs.io/name="_s + pool, u"-o"_s, u"name"_s})
            .out.split(u'\n', Qt::SkipEmptyParts);
    }

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimDatasets::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimDatasets::init()
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(m_sim->start(options));
}

void TestSimDatasets::cleanup()
{
    m_sim.reset();
}

// CO migrate_cstor_volume.md step 2 while pn9p's node is lost: the CVC's scale-down marks the
// CVR for deletion, its finalizer (cstorvolumereplica.openebs.io/finalizer) is removed by hand.
// Nobody ran replica-controller QOpDestroy, so `<pool>/<pv>` stays: the CSPI status
// (cspi-controller updateStatus, GetProvisionedAndHealthyReplicaCount reads zfs) still counts
// its space and the dataset. Giving the pool back to the volume creates a CVR of the same name,
// and cVRAddEventHandler finds the dataset: Warning AlreadyPresent "Resource already present",
// no `zfs create`, the CVR shows the old data, and the zvol keeps its GUID.
void TestSimDatasets::datasetOfAReplicaDeletedByHandStaysAndIsAdopted()
{
    const QString cv = u"cv/"_s + kSpread;
    const QString name = kSpread + u"-"_s + kPn9p;
    const QString cvr = u"cvr/"_s + name;
    const QString replicaId = jsonpath(cvr, u".spec.replicaid"_s);
    const QString guid =
        m_sim->jsonMap(cv, u".spec.replicaDetails.knownReplicas"_s).value(replicaId).toString();
    QVERIFY(!guid.isEmpty());
    QCOMPARE(jsonpath(u"cspi/"_s + kPn9p, u".status.provisionedReplicas"_s), u"3"_s);
    const qint64 usedBefore = poolUsed(kPn9p);
    const QString usedByReplica = jsonpath(cvr, u".status.capacity.used"_s);
    QCOMPARE(usedByReplica, u"2.10G"_s);
    const int created = m_sim->eventCount(u"Created"_s, u"Resource created successfully"_s, name);
    QVERIFY(usedBefore > 0);

    QCOMPARE(postFaults({{u"downNodes"_s, QJsonArray{kNode2}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cv, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QCOMPARE(m_sim->patchPools(kSpread, {k6qkw, kPsz5}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!jsonpath(cvr, u".metadata.deletionTimestamp"_s).isEmpty(), 60000);
    QCOMPARE(jsonpath(cvr, u".metadata.finalizers[*]"_s),
             u"cstorvolumereplica.openebs.io/finalizer"_s);
    const ProgramRun removed =
        kubectl({u"patch"_s, u"cvr"_s, name, u"-n"_s, u"openebs"_s, u"--type=json"_s, u"-p"_s,
                 uR"([{"op":"remove","path":"/metadata/finalizers"}])"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cvr"_s, name, u"-n"_s, u"openebs"_s}).err.contains(u"NotFound"_s),
        60000);

    // The node is back: its pool-manager starts again and imports the pool.
    QCOMPARE(postFaults({{u"downNodes"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->eventCount(u"Imported"_s, u"Resource imported successfully"_s,
                                               SeedNames::kVolume + u"-"_s + kPn9p) >= 1,
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + kPn9p, u".status.healthyReplicas"_s), u"2"_s,
                              60000);
    QCOMPARE(replicasOn(kPn9p).size(), 2);
    QCOMPARE(jsonpath(u"cspi/"_s + kPn9p, u".status.provisionedReplicas"_s), u"3"_s);
    QVERIFY2(poolUsed(kPn9p) >= usedBefore,
             qPrintable(jsonpath(u"cspi/"_s + kPn9p, u".status.capacity.used"_s)));
    QCOMPARE(m_sim->eventCount(u"Synced"_s, u"Received Resource destroy event"_s, name), 0);

    // The scale-down is over; the pool is given back to the volume.
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kSpread, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPsz5, 60000);
    const ProgramRun readded = m_sim->patchPools(kSpread, {k6qkw, kPsz5, kPn9p});
    QVERIFY2(readded.exitCode == 0, qPrintable(readded.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->events(u"AlreadyPresent"_s, name).isEmpty(), 60000);
    const QJsonObject adopted = m_sim->events(u"AlreadyPresent"_s, name).value(0);
    QCOMPARE(adopted.value("type"_L1).toString(), u"Warning"_s);
    QCOMPARE(adopted.value("message"_L1).toString(), u"Resource already present"_s);
    QCOMPARE(adopted.value("involvedObject"_L1).toObject().value("kind"_L1).toString(),
             u"CStorVolumeReplica"_s);
    QCOMPARE(m_sim->eventCount(u"Created"_s, u"Resource created successfully"_s, name), created);
    // The CVR reports the old dataset, not the 6K of a new zvol.
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cvr, u".status.capacity.used"_s), usedByReplica, 60000);
    QCOMPARE(jsonpath(u"cspi/"_s + kPn9p, u".status.provisionedReplicas"_s), u"3"_s);

    // The zvol kept its GUID. The running target does not take it back (the simulator keeps out
    // the GUID its DRF command removed, VolumeTarget::evaluate); restarted, istgt reads its
    // replicas from the CV and the zvol connects under its old GUID.
    const ProgramRun restarted = m_sim->postSim(u"restart-target"_s, {{u"name"_s, kSpread}});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(
        jsonpath(cv, u".status.replicaStatuses[*].replicaId"_s).split(u' ').contains(guid), 60000);
}

QTEST_GUILESS_MAIN(TestSimDatasets)
#include "tst_simdatasets.moc"
