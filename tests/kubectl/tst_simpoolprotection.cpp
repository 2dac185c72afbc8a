// A pool spec removed from the CSPC while the pool's node is lost, with real kubectl: the CSPI is
// deleted but stays terminating as long as its pool-manager cannot destroy the pool and drop the
// openebs.io/pool-protection finalizer; the node back, the pool goes.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kCspc = u"cspc-stripe-pool"_s;
const QString kNewNode = u"e2e1-node4"_s;
const QString kNewDisk = u"blockdevice-4a1f0c3e9b2d47e8a6c5d1f2e3b4a596"_s;
} // namespace

class TestSimPoolProtection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_sim.reset(); }
    void cspiDeletionWaitsForItsPoolManager();

private:
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun create(const QJsonObject &object);
    ProgramRun patchCspc(const QJsonObject &op);
    // Simulated seconds, as istgt counts a replica's upTime: the seed volume's replicas stay
    // connected throughout.
    int simulatedSeconds()
    {
        return jsonpath(u"cv/"_s + SeedNames::kVolume, u".status.replicaStatuses[0].upTime"_s)
            .toInt();
    }

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimPoolProtection::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

ProgramRun TestSimPoolProtection::create(const QJsonObject &object)
{
    const QString path = m_sim->dir() + u"/object.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(object).toJson());
    file.close();
    return kubectl({u"create"_s, u"-f"_s, path});
}

ProgramRun TestSimPoolProtection::patchCspc(const QJsonObject &op)
{
    return kubectl(
        {u"patch"_s, u"cspc"_s, kCspc, u"-n"_s, u"openebs"_s, u"--type"_s, u"json"_s, u"-p"_s,
         QString::fromUtf8(QJsonDocument(QJsonArray{op}).toJson(QJsonDocument::Compact))});
}

// CO cspc-controller scale.go ScaleDown / getOrphanedCStorPools deletes the CSPI of the removed
// pool spec. Its finalizers: openebs.io/pool-protection, which only the pool-manager on the
// pool's node drops once it destroyed the pool (cspi-controller reconcile -> destroy ->
// removeFinalizer), and the CSPC's, which cleanup.go cleanupCSPIResources drops only after that
// (canPerformCSPICleanup). With the node lost the CSPI stays terminating, sync after sync, with
// both finalizers; the node back, the pool-manager destroys the pool and the CSPI is gone.
void TestSimPoolProtection::cspiDeletionWaitsForItsPoolManager()
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(m_sim->start(options));

    // A node with one disk (as node-disk-manager finds it) and a pool spec for it.
    ProgramRun r = create(
        {{u"apiVersion"_s, u"v1"_s},
         {u"kind"_s, u"Node"_s},
         {u"metadata"_s,
          QJsonObject{{u"name"_s, kNewNode},
                      {u"labels"_s, QJsonObject{{u"kubernetes.io/hostname"_s, kNewNode}}}}}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    r = create(
        {{u"apiVersion"_s, u"openebs.io/v1alpha1"_s},
         {u"kind"_s, u"BlockDevice"_s},
         {u"metadata"_s,
          QJsonObject{{u"name"_s, kNewDisk},
                      {u"namespace"_s, u"openebs"_s},
                      {u"labels"_s, QJsonObject{{u"kubernetes.io/hostname"_s, kNewNode}}}}},
         {u"spec"_s, QJsonObject{{u"capacity"_s, QJsonObject{{u"storage"_s, 10737418240.0}}},
                                 {u"nodeAttributes"_s, QJsonObject{{u"nodeName"_s, kNewNode}}},
                                 {u"path"_s, u"/dev/sdb"_s}}},
         {u"status"_s, QJsonObject{{u"claimState"_s, u"Unclaimed"_s}, {u"state"_s, u"Active"_s}}}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    const QJsonObject pool{
        {u"nodeSelector"_s, QJsonObject{{u"kubernetes.io/hostname"_s, kNewNode}}},
        {u"dataRaidGroups"_s,
         QJsonArray{QJsonObject{
             {u"blockDevices"_s, QJsonArray{QJsonObject{{u"blockDeviceName"_s, kNewDisk}}}}}}},
        {u"poolConfig"_s, QJsonObject{{u"dataRaidGroupType"_s, u"stripe"_s}}}};
    r = patchCspc({{u"op"_s, u"add"_s}, {u"path"_s, u"/spec/pools/-"_s}, {u"value"_s, pool}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    const QString onNewNode = u"cspi"_s;
    const QString byNode = u".items[?(@.spec.hostName==\"%1\")].metadata.name"_s.arg(kNewNode);
    QString cspi;
    QTRY_VERIFY_WITH_TIMEOUT(!(cspi = jsonpath(onNewNode, byNode)).isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + cspi, u".status.phase"_s), u"ONLINE"_s, 30000);
    const QString both = u"cstorpoolcluster.openebs.io/finalizer openebs.io/pool-protection"_s;
    QCOMPARE(jsonpath(u"cspi/"_s + cspi, u".metadata.finalizers[*]"_s), both);

    // The node is lost, then its pool spec removed.
    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{kNewNode}}}).exitCode, 0);
    r = patchCspc({{u"op"_s, u"remove"_s}, {u"path"_s, u"/spec/pools/3"_s}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    const QString deprovisioning = u"De-provisioning pool "_s + cspi;
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->eventCount(u"ScaleDown"_s, deprovisioning, kCspc) >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !jsonpath(u"cspi/"_s + cspi, u".metadata.deletionTimestamp"_s).isEmpty(), 30000);

    // Four CSPC syncs later it is still there, both finalizers kept.
    const int since = simulatedSeconds();
    QVERIFY(since > 0);
    QTRY_VERIFY_WITH_TIMEOUT(simulatedSeconds() >= since + 120, 60000);
    QCOMPARE(jsonpath(u"cspi/"_s + cspi, u".metadata.finalizers[*]"_s), both);
    QVERIFY(!jsonpath(u"cspi/"_s + cspi, u".metadata.deletionTimestamp"_s).isEmpty());

    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"cspi"_s, cspi, u"-n"_s, u"openebs"_s}).err.contains(u"NotFound"_s),
        60000);
    QCOMPARE(jsonpath(onNewNode, byNode), QString());
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspc/"_s + kCspc, u".status.provisionedInstances"_s),
                              u"3"_s, 60000);
}

QTEST_GUILESS_MAIN(TestSimPoolProtection)
#include "tst_simpoolprotection.moc"
