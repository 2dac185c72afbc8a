// Pool-cluster changes seen with kubectl: a pool spec added to the seed's CSPC for a new node
// provisions a CSPI there (ONLINE, counted in the CSPC status), removing it de-provisions the
// CSPI once its pool is destroyed, removing a pool that holds replicas is refused by the
// webhook, and a CSPI deleted by hand is replaced at the next sync.
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
using SeedNames::kPsz5;
const QString kCspc = u"cspc-stripe-pool"_s;
const QString kNewNode = u"e2e1-node4"_s;
const QString kNewDisk = u"blockdevice-4a1f0c3e9b2d47e8a6c5d1f2e3b4a596"_s;
} // namespace

class TestSimPoolCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addedPoolSpecProvisionsAnOnlineCspi();
    void removedPoolSpecDeprovisionsItsCspi();
    void removingAPoolWithReplicasIsRefused();
    void deletedCspiIsReplaced();

private:
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path)
    {
        return m_sim->jsonpath(what, path);
    }
    // The names of the CSPC's CSPIs on a node.
    QString cspisOn(const QString &node);
    ProgramRun patchCspc(const QJsonArray &ops);
    void createNode(const QString &node);
    void createBlockDevice(const QString &name, const QString &node);
    // Adds the node and a pool spec for it; the CSPI provisioned there once ONLINE.
    void addPool(QString *cspi);

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimPoolCluster::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimPoolCluster::init()
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(m_sim->start(options));
}

void TestSimPoolCluster::cleanup()
{
    m_sim.reset();
}

QString TestSimPoolCluster::cspisOn(const QString &node)
{
    const ProgramRun r = kubectl({u"get"_s, u"cspi"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                  u"kubernetes.io/hostname="_s + node, u"-o"_s,
                                  u"jsonpath={.items[*].metadata.name}"_s});
    return r.exitCode == 0 ? r.out.trimmed() : u"<error: "_s + r.err.trimmed() + u">"_s;
}

ProgramRun TestSimPoolCluster::patchCspc(const QJsonArray &ops)
{
    return kubectl({u"patch"_s, u"cspc"_s, kCspc, u"-n"_s, u"openebs"_s, u"--type"_s, u"json"_s,
                    u"-p"_s, QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))});
}

void TestSimPoolCluster::createNode(const QString &node)
{
    const QJsonObject object{
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Node"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, node},
                     {u"labels"_s, QJsonObject{{u"kubernetes.io/hostname"_s, node}}}}}};
    const QString path = m_sim->dir() + u"/node.json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
    file.close();
    const ProgramRun created = kubectl({u"create"_s, u"-f"_s, path});
    QVERIFY2(created.exitCode == 0, qPrintable(created.whole()));
}

void TestSimPoolCluster::createBlockDevice(const QString &name, const QString &node)
{
    // What NDM finds on the new node's disk: an Unclaimed, Active BlockDevice (the webhook's
    // blockDeviceValidation looks it up).
    const QJsonObject object{
        {u"apiVersion"_s, u"openebs.io/v1alpha1"_s},
        {u"kind"_s, u"BlockDevice"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, u"openebs"_s},
                     {u"labels"_s, QJsonObject{{u"kubernetes.io/hostname"_s, node}}}}},
        {u"spec"_s, QJsonObject{{u"capacity"_s, QJsonObject{{u"storage"_s, 10737418240.0}}},
                                {u"nodeAttributes"_s, QJsonObject{{u"nodeName"_s, node}}},
                                {u"path"_s, u"/dev/sdb"_s}}},
        {u"status"_s, QJsonObject{{u"claimState"_s, u"Unclaimed"_s}, {u"state"_s, u"Active"_s}}}};
    const QString path = m_sim->dir() + u"/bd.json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
    file.close();
    const ProgramRun created = kubectl({u"create"_s, u"-f"_s, path});
    QVERIFY2(created.exitCode == 0, qPrintable(created.whole()));
}

void TestSimPoolCluster::addPool(QString *cspi)
{
    createNode(kNewNode);
    if (QTest::currentTestFailed())
        return;
    createBlockDevice(kNewDisk, kNewNode);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject pool{
        {u"nodeSelector"_s, QJsonObject{{u"kubernetes.io/hostname"_s, kNewNode}}},
        {u"dataRaidGroups"_s,
         QJsonArray{QJsonObject{
             {u"blockDevices"_s, QJsonArray{QJsonObject{{u"blockDeviceName"_s, kNewDisk}}}}}}},
        {u"poolConfig"_s, QJsonObject{{u"dataRaidGroupType"_s, u"stripe"_s}}}};
    const ProgramRun patched = patchCspc(
        {QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"/spec/pools/-"_s}, {u"value"_s, pool}}});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.whole()));
    QTRY_VERIFY_WITH_TIMEOUT(!(*cspi = cspisOn(kNewNode)).isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + *cspi, u".status.phase"_s), u"ONLINE"_s, 20000);
}

// CO cspc-controller scale.go ScaleUp / CreateCSPI, algorithm GetCSPISpec: the CSPI is
// <cspc>-<rand.String(4)> on the selected node, owned by the CSPC, with the CSPC finalizer; the
// pool-manager adds pool-protection (cspi-controller addPoolProtectionFinalizer) and brings
// it ONLINE; its pool pod runs on the node; the CSPC counts it.
void TestSimPoolCluster::addedPoolSpecProvisionsAnOnlineCspi()
{
    QString cspi;
    addPool(&cspi);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(QRegularExpression(u"^cspc-stripe-pool-[bcdfghjklmnpqrstvwxz2456789]{4}$"_s)
                 .match(cspi)
                 .hasMatch(),
             qPrintable(cspi));
    const QString what = u"cspi/"_s + cspi;
    QCOMPARE(jsonpath(what, u".spec.hostName"_s), kNewNode);
    QCOMPARE(jsonpath(what, u".spec.poolConfig.roThresholdLimit"_s), u"85"_s);
    QCOMPARE(jsonpath(what, u".spec.dataRaidGroups[0].blockDevices[0].blockDeviceName"_s),
             kNewDisk);
    QCOMPARE(jsonpath(what, u".metadata.labels.openebs\\.io/cstor-pool-cluster"_s), kCspc);
    QCOMPARE(jsonpath(what, u".metadata.ownerReferences[0].name"_s), kCspc);
    QCOMPARE(jsonpath(what, u".metadata.finalizers[*]"_s),
             u"cstorpoolcluster.openebs.io/finalizer openebs.io/pool-protection"_s);
    QCOMPARE(m_sim->eventCount(u"Create"_s, u"Pool Provisioned 1/1 "_s, kCspc), 1);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspc/"_s + kCspc, u".status.healthyInstances"_s), u"4"_s,
                              20000);
    QCOMPARE(jsonpath(u"cspc/"_s + kCspc, u".status.provisionedInstances"_s), u"4"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonpath(u"pods"_s, u".items[?(@.spec.nodeName==\"e2e1-node4\")].status.phase"_s),
        u"Running"_s, 20000);
}

// scale.go ScaleDown / getOrphanedCStorPools: "De-provisioning pool <cspi>", the CSPI deleted;
// the pool-manager destroys the pool and drops pool-protection (cspi-controller destroy), then
// cleanup.go cleanupCSPIResources drops the CSPC finalizer and the CSPI is gone.
void TestSimPoolCluster::removedPoolSpecDeprovisionsItsCspi()
{
    QString cspi;
    addPool(&cspi);
    if (QTest::currentTestFailed())
        return;
    const ProgramRun patched =
        patchCspc({QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"/spec/pools/3"_s}}});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.whole()));
    QTRY_COMPARE_WITH_TIMEOUT(cspisOn(kNewNode), QString(), 20000);
    QCOMPARE(m_sim->eventCount(u"ScaleDown"_s, u"De-provisioning pool "_s + cspi, kCspc), 1);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspc/"_s + kCspc, u".status.provisionedInstances"_s),
                              u"3"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonpath(u"pods"_s, u".items[?(@.spec.nodeName==\"e2e1-node4\")].metadata.name"_s),
        QString(), 20000);
}

// CO webhook cspc_validator ValidateScaledown: a pool that still has replicas stays.
void TestSimPoolCluster::removingAPoolWithReplicasIsRefused()
{
    const ProgramRun refused =
        patchCspc({QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"/spec/pools/2"_s}}});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"volume still exists on pool "_s + kPsz5),
             qPrintable(refused.whole()));
    QCOMPARE(cspisOn(u"e2e1-node3"_s), kPsz5);
    QCOMPARE(m_sim->eventCount(u"ScaleDown"_s, u"De-provisioning pool"_s, kCspc), 0);
}

// sync.go: with fewer CSPIs than pool specs, ScaleUp provisions the pool spec whose node has
// no CSPI (SelectNode) under a new name; the old pool was destroyed with its data
// (cspi-controller destroy: zpool destroy).
void TestSimPoolCluster::deletedCspiIsReplaced()
{
    const ProgramRun deleted =
        kubectl({u"delete"_s, u"cspi"_s, kPsz5, u"-n"_s, u"openebs"_s, u"--wait=false"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.whole()));
    QString replacement;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(replacement = cspisOn(u"e2e1-node3"_s)).isEmpty() && replacement != kPsz5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + replacement, u".status.phase"_s), u"ONLINE"_s,
                              20000);
    QCOMPARE(m_sim->eventCount(u"Create"_s, u"Pool Provisioned 1/1 "_s, kCspc), 1);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspc/"_s + kCspc, u".status.healthyInstances"_s), u"3"_s,
                              20000);
}

QTEST_GUILESS_MAIN(TestSimPoolCluster)
#include "tst_simpoolcluster.moc"
