// Block devices and the replacement of a mirror or raidz pool's failed disk, seen with kubectl
// only: the NDM objects of a generated cluster, the admission webhook's refusals with upstream's
// messages (CO webhook cspc.go blockDeviceValidation, cspc_operations.go IsBDReplacementValid), and
// a replacement end to end: the CSPC operator puts the new block device into the CSPI
// (replaceBlockDevice), the pool-manager replaces the vdev and resilvers (OperationsConfig.Update),
// then cleans up the claims (cleanUpReplacementMarks) and NDM releases the old device.
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kMirror = u"cspc-mirror-pool"_s;
const QString kDenied =
    u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "
    "invalid cspc specification: "_s;
const QString kCondition = u".status.conditions[?(@.type==\"DiskReplacement\")]"_s;
constexpr int kTimeout = 20000;
} // namespace

class TestSimDiskReplacement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blockDevicesAndClaimsOfAGeneratedCluster();
    void replacementsTheWebhookRefuses();
    void failedDiskIsReplacedWithTheSpare();
    void otherRaidTypes();
    void failedRaidzDiskIsReplacedWithTheSpare();

private:
    ProgramRun kubectl(const QStringList &args) const { return m_on->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path) const
    {
        return m_on->jsonpath(what, path);
    }
    // The pool spec index of the node in the CSPC, and its block devices.
    int poolIndex(const QString &cspc, const QString &node) const;
    QStringList poolDevices(const QString &cspc, int index) const;
    QString nodeOf(const QString &cspi) const
    {
        return jsonpath(u"cspi/"_s + cspi, u".spec.hostName"_s);
    }
    // The node's Unclaimed block devices.
    QStringList spares(const QString &node) const;
    bool createBlockDevice(const QString &name, const QString &node, qint64 bytes) const;
    // `kubectl patch cspc --type=json` setting device `device` of the pool's raid group.
    ProgramRun replace(const QString &cspc, int pool,
                       const QList<std::pair<int, QString>> &devices) const;
    // The failed-disk situation on the cluster kubectl talks to, then the replacement of the dead
    // disk of the pool cluster's DEGRADED pool by its node's spare, followed to the end.
    void replaceFailedDisk(const QString &cspc, QString *failedDisk = nullptr);
    QString refusal(const ProgramRun &run) const
    {
        const qsizetype at = run.err.indexOf(u"admission webhook"_s);
        return run.exitCode == 0 || at < 0 ? u"<accepted: "_s + run.err + u">"_s
                                           : run.err.mid(at).trimmed();
    }

    std::unique_ptr<SimKubectl> m_sim; // the mirror cluster
    SimKubectl *m_on = nullptr;        // the cluster kubectl talks to
    QString m_pool;                    // a mirror pool that holds replicas
    QString m_node;
    int m_index = -1;
};

void TestSimDiskReplacement::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    options.generateSpec = u"nodes=3,volumes=2,replicas=2,raid=mirror,volume-size=1Gi,used=10%"_s;
    QVERIFY(m_sim->start(options));
    m_on = m_sim.get();
    const QStringList pools = jsonpath(u"cspi"_s, u".items[?(@.status.provisionedReplicas>0)]"
                                                  ".metadata.name"_s)
                                  .split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!pools.isEmpty());
    m_pool = pools.first();
    m_node = nodeOf(m_pool);
    m_index = poolIndex(kMirror, m_node);
    QVERIFY(m_index >= 0);
}

int TestSimDiskReplacement::poolIndex(const QString &cspc, const QString &node) const
{
    const QJsonArray pools =
        QJsonDocument::fromJson(jsonpath(u"cspc/"_s + cspc, u".spec.pools"_s).toUtf8()).array();
    for (int i = 0; i < pools.size(); ++i) {
        if (pools.at(i)["nodeSelector"_L1]["kubernetes.io/hostname"_L1].toString() == node)
            return i;
    }
    return -1;
}

QStringList TestSimDiskReplacement::poolDevices(const QString &cspc, int index) const
{
    return jsonpath(
               u"cspc/"_s + cspc,
               u".spec.pools[%1].dataRaidGroups[0].blockDevices[*].blockDeviceName"_s.arg(index))
        .split(u' ', Qt::SkipEmptyParts);
}

QStringList TestSimDiskReplacement::spares(const QString &node) const
{
    const ProgramRun r = kubectl(
        {u"get"_s, u"bd"_s, u"-n"_s, u"openebs"_s, u"-l"_s, u"kubernetes.io/hostname="_s + node,
         u"-o"_s, u"jsonpath={.items[?(@.status.claimState==\"Unclaimed\")].metadata.name}"_s});
    return r.out.split(u' ', Qt::SkipEmptyParts);
}

bool TestSimDiskReplacement::createBlockDevice(const QString &name, const QString &node,
                                               qint64 bytes) const
{
    const QJsonObject bd{
        {u"apiVersion"_s, u"openebs.io/v1alpha1"_s},
        {u"kind"_s, u"BlockDevice"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, name},
                     {u"namespace"_s, u"openebs"_s},
                     {u"labels"_s, QJsonObject{{u"kubernetes.io/hostname"_s, node},
                                               {u"ndm.io/managed"_s, u"false"_s},
                                               {u"ndm.io/blockdevice-type"_s, u"blockdevice"_s}}}}},
        {u"spec"_s, QJsonObject{{u"capacity"_s, QJsonObject{{u"storage"_s, bytes}}},
                                {u"devlinks"_s,
                                 QJsonArray{QJsonObject{
                                     {u"kind"_s, u"by-id"_s},
                                     {u"links"_s, QJsonArray{u"/dev/disk/by-id/scsi-"_s + name}}}}},
                                {u"nodeAttributes"_s, QJsonObject{{u"nodeName"_s, node}}},
                                {u"path"_s, u"/dev/sdz"_s}}},
        {u"status"_s, QJsonObject{{u"claimState"_s, u"Unclaimed"_s}, {u"state"_s, u"Active"_s}}},
    };
    QFile file(m_on->dir() + u"/bd.json"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(bd).toJson());
    file.close();
    const ProgramRun r = kubectl({u"create"_s, u"-f"_s, file.fileName()});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.exitCode == 0;
}

ProgramRun TestSimDiskReplacement::replace(const QString &cspc, int pool,
                                           const QList<std::pair<int, QString>> &devices) const
{
    QJsonArray ops;
    for (const auto &[index, name] : devices)
        ops.append(QJsonObject{
            {u"op"_s, u"replace"_s},
            {u"path"_s,
             u"/spec/pools/%1/dataRaidGroups/0/blockDevices/%2/blockDeviceName"_s.arg(pool).arg(
                 index)},
            {u"value"_s, name}});
    return kubectl({u"patch"_s, u"cspc"_s, cspc, u"-n"_s, u"openebs"_s, u"--type=json"_s, u"-p"_s,
                    QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))});
}

// NDM's objects: every disk of a pool spec Claimed and Active on its node, with a bound claim
// bdc-cstor-<bd uid> labelled with the CSPC, owned by it, with cStor's and NDM's finalizers;
// one Unclaimed spare per node of the same size; the CSPI names each disk with its devLink.
void TestSimDiskReplacement::blockDevicesAndClaimsOfAGeneratedCluster()
{
    const ProgramRun resources = kubectl({u"api-resources"_s, u"--api-group=openebs.io"_s});
    QVERIFY2(resources.exitCode == 0, qPrintable(resources.err));
    QVERIFY(resources.out.contains(u"blockdeviceclaims"_s));
    QVERIFY(resources.out.contains(u"bdc"_s));
    QVERIFY(resources.out.contains(u"openebs.io/v1alpha1"_s));
    const ProgramRun table = kubectl({u"get"_s, u"bd"_s, u"-n"_s, u"openebs"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.startsWith(u"NAME"_s));
    QVERIFY(table.out.section(u'\n', 0, 0).contains(u"NODENAME"_s));
    QVERIFY(table.out.section(u'\n', 0, 0).contains(u"CLAIMSTATE"_s));

    const QStringList devices = poolDevices(kMirror, m_index);
    QCOMPARE(devices.size(), 2);
    for (const QString &device : devices) {
        const QString bd = u"bd/"_s + device;
        QCOMPARE(jsonpath(bd, u".status.claimState"_s), u"Claimed"_s);
        QCOMPARE(jsonpath(bd, u".status.state"_s), u"Active"_s);
        QCOMPARE(jsonpath(bd, u".spec.nodeAttributes.nodeName"_s), m_node);
        QCOMPARE(jsonpath(bd, u".metadata.labels.kubernetes\\.io/hostname"_s), m_node);
        const QString uid = jsonpath(bd, u".metadata.uid"_s);
        const QString claim = u"bdc/bdc-cstor-"_s + uid;
        QCOMPARE(jsonpath(bd, u".spec.claimRef.name"_s), u"bdc-cstor-"_s + uid);
        QCOMPARE(jsonpath(claim, u".status.phase"_s), u"Bound"_s);
        QCOMPARE(jsonpath(claim, u".spec.blockDeviceName"_s), device);
        QCOMPARE(jsonpath(claim, u".metadata.labels.openebs\\.io/cstor-pool-cluster"_s), kMirror);
        QCOMPARE(jsonpath(claim, u".metadata.ownerReferences[0].name"_s), kMirror);
        QCOMPARE(jsonpath(claim, u".metadata.finalizers[*]"_s),
                 u"cstorpoolcluster.openebs.io/finalizer openebs.io/bdc-protection"_s);
    }
    QCOMPARE(jsonpath(u"cspi/"_s + m_pool, u".spec.poolConfig.dataRaidGroupType"_s), u"mirror"_s);
    QVERIFY(jsonpath(u"cspi/"_s + m_pool, u".spec.dataRaidGroups[0].blockDevices[1].devLink"_s)
                .startsWith(u"/dev/disk/by-id/"_s));
    const QStringList spare = spares(m_node);
    QCOMPARE(spare.size(), 1);
    QCOMPARE(jsonpath(u"bd/"_s + spare.first(), u".spec.capacity.storage"_s),
             jsonpath(u"bd/"_s + devices.first(), u".spec.capacity.storage"_s));
}

// cspcValidation and IsBDReplacementValid, in upstream's order and words.
void TestSimDiskReplacement::replacementsTheWebhookRefuses()
{
    const QStringList devices = poolDevices(kMirror, m_index);
    const qint64 size =
        jsonpath(u"bd/"_s + devices.first(), u".spec.capacity.storage"_s).toLongLong();
    QVERIFY(createBlockDevice(u"blockdevice-extra1"_s, m_node, size));
    QVERIFY(createBlockDevice(u"blockdevice-extra2"_s, m_node, size));
    QVERIFY(createBlockDevice(u"blockdevice-small"_s, m_node, size / 2));

    // Both disks of a 2-disk mirror: no raid group in common is left (getIndexedCommonRaidGroups).
    QCOMPARE(refusal(replace(kMirror, m_index,
                             {{0, u"blockdevice-extra1"_s}, {1, u"blockdevice-extra2"_s}})),
             kDenied + u"raid group validation failed: removing raid group from pool spec is "
                       "invalid operation"_s);
    QCOMPARE(refusal(replace(kMirror, m_index, {{1, u"blockdevice-small"_s}})),
             kDenied + u"error: capacity of replacing block device {blockdevice-small:%1} should "
                       "be greater than or equal to existing block device {%2:%3}"_s.arg(size / 2)
                           .arg(devices.at(1))
                           .arg(size));
    QCOMPARE(refusal(replace(kMirror, m_index, {{1, u"blockdevice-absent"_s}})),
             kDenied + u"invalid pool spec: failed to get block device: {blockdevice-absent} "
                       "details error: blockdevices.openebs.io \"blockdevice-absent\" not found"_s);
    // A disk of another node (validateBlockDevice names the disk's own node).
    const QString otherPool =
        jsonpath(u"cspi"_s, u".items[?(@.spec.hostName!=\"%1\")].metadata.name"_s.arg(m_node))
            .section(u' ', 0, 0);
    const QString otherNode = nodeOf(otherPool);
    const QString foreign = spares(otherNode).value(0);
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(refusal(replace(kMirror, m_index, {{1, foreign}})),
             kDenied + u"invalid pool spec: block device %1 doesn't belongs to node %2"_s.arg(
                           foreign, otherNode));
    // A disk of this CSPC already.
    QCOMPARE(refusal(replace(kMirror, m_index, {{1, devices.first()}})),
             kDenied + u"invalid cspc: cspc {cspc-mirror-pool} has duplicate blockdevices "
                       "entries [%1]"_s.arg(devices.first()));
    // Nothing changed.
    QCOMPARE(poolDevices(kMirror, m_index), devices);
    QCOMPARE(kubectl({u"get"_s, u"bdc"_s, u"-n"_s, u"openebs"_s, u"--no-headers"_s})
                 .out.trimmed()
                 .split(u'\n')
                 .size(),
             6);
    for (const QString &name :
         {u"blockdevice-extra1"_s, u"blockdevice-extra2"_s, u"blockdevice-small"_s})
        QVERIFY(kubectl({u"delete"_s, u"bd"_s, name, u"-n"_s, u"openebs"_s}).exitCode == 0);
}

// The failed-disk situation leaves the mirror DEGRADED; the CSPC edit that swaps the dead disk
// for the node's spare is accepted, the new claim carries the predecessor, the CSPI gets the
// new disk and resilvers (DEGRADED, Inprogress; a second replacement in the raid group is
// refused meanwhile), then the old claim goes, the old disk is Released and cleaned up to
// Unclaimed, the new claim loses its annotation and the pool is ONLINE again.
void TestSimDiskReplacement::failedDiskIsReplacedWithTheSpare()
{
    replaceFailedDisk(kMirror);
}

void TestSimDiskReplacement::replaceFailedDisk(const QString &cspc, QString *failedDisk)
{
    QVERIFY(m_on->postSim(u"situation"_s, {{u"name"_s, u"failed-disk"_s}}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_on->getRaw(u"faults"_s).value("failedDisks"_L1).toArray().size(), 1,
                              kTimeout);
    const QString failed =
        m_on->getRaw(u"faults"_s).value("failedDisks"_L1).toArray().first().toString();
    if (failedDisk)
        *failedDisk = failed;
    QString pool;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(pool = jsonpath(u"cspi"_s, u".items[?(@.status.phase==\"DEGRADED\")].metadata.name"_s))
             .isEmpty(),
        kTimeout);
    const QString node = nodeOf(pool);
    const int index = poolIndex(cspc, node);
    const QStringList devices = poolDevices(cspc, index);
    const int slot = int(devices.indexOf(failed));
    QVERIFY2(slot >= 0, qPrintable(failed));
    const QString healthy = devices.at(slot == 0 ? 1 : 0);
    const QString spare = spares(node).value(0);
    QVERIFY(!spare.isEmpty());
    const QString oldClaim = jsonpath(u"bd/"_s + failed, u".spec.claimRef.name"_s);
    QVERIFY(!jsonpath(u"cvr"_s, u".items[*].status.phase"_s).contains(u"Degraded"_s));
    // A slow resilver, so that the replacement is seen in progress.
    m_on->sim()->setRebuildThroughput(4096);

    const ProgramRun accepted = replace(cspc, index, {{slot, spare}});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    const QString newClaim = u"bdc-cstor-"_s + jsonpath(u"bd/"_s + spare, u".metadata.uid"_s);
    QCOMPARE(jsonpath(u"bdc/"_s + newClaim, u".metadata.annotations.openebs\\.io/bd-predecessor"_s),
             failed);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"bdc/"_s + newClaim, u".status.phase"_s), u"Bound"_s,
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"bd/"_s + spare, u".status.claimState"_s), u"Claimed"_s,
                              kTimeout);
    const QString cspi = u"cspi/"_s + pool;
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonpath(cspi, u".spec.dataRaidGroups[0].blockDevices[%1].blockDeviceName"_s.arg(slot)),
        spare, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, kCondition + u".reason"_s),
                              u"BlockDeviceReplacementInprogress"_s, kTimeout);
    QCOMPARE(jsonpath(cspi, kCondition + u".status"_s), u"True"_s);
    QCOMPARE(
        jsonpath(cspi, kCondition + u".message"_s),
        u"Resilvering 1 no.of blockdevices... because of blockdevice replacement error: <nil>"_s);
    QCOMPARE(jsonpath(cspi, u".spec.dataRaidGroups[0].blockDevices[%1].devLink"_s.arg(slot)),
             jsonpath(u"bd/"_s + spare, u".spec.devlinks[0].links[0]"_s));
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, u".status.phase"_s), u"DEGRADED"_s, kTimeout);
    QVERIFY(
        m_on->eventCount(u"BlockDevice Replacement"_s,
                         u"Replacement of %1 BlockDevice with %2 BlockDevice is in-Progress"_s.arg(
                             failed, spare),
                         pool) >= 1);
    QVERIFY(!jsonpath(u"cvr"_s, u".items[*].status.phase"_s).contains(u"Degraded"_s));

    // IsExistingReplacmentInProgress: the raid group's other disk cannot be replaced now.
    QVERIFY(
        createBlockDevice(u"blockdevice-next"_s, node,
                          jsonpath(u"bd/"_s + healthy, u".spec.capacity.storage"_s).toLongLong()));
    QCOMPARE(
        refusal(replace(cspc, index, {{slot == 0 ? 1 : 0, u"blockdevice-next"_s}})),
        kDenied +
            u"cannot replace blockdevice as a background replacement may be in "
            "progress in the raid group: replacement is still in progress for bd %1"_s.arg(spare));

    m_on->sim()->setRebuildThroughput(1LL << 30);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, kCondition + u".reason"_s),
                              u"BlockDeviceReplacementSucceess"_s, kTimeout);
    QCOMPARE(jsonpath(cspi, kCondition + u".status"_s), u"False"_s);
    QCOMPARE(jsonpath(cspi, kCondition + u".message"_s),
             u"Blockdevice replacement was successfully completed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, u".status.phase"_s), u"ONLINE"_s, kTimeout);
    QCOMPARE(m_on->eventCount(u"BlockDevice Replacement"_s,
                              u"Resilvering is successfull on BlockDevice %1"_s.arg(spare), pool),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(
        kubectl({u"get"_s, u"bdc"_s, oldClaim, u"-n"_s, u"openebs"_s}).err.contains(u"NotFound"_s),
        kTimeout);
    QCOMPARE(jsonpath(u"bdc/"_s + newClaim, u".metadata.annotations"_s), QString());
    QCOMPARE(jsonpath(u"bdc/"_s + newClaim, u".status.phase"_s), u"Bound"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"bd/"_s + failed, u".status.claimState"_s), u"Unclaimed"_s,
                              kTimeout);
    QCOMPARE(jsonpath(u"bd/"_s + failed, u".spec.claimRef"_s), QString());
    QCOMPARE(jsonpath(u"bd/"_s + spare, u".status.claimState"_s), u"Claimed"_s);
    QVERIFY(!jsonpath(u"cvr"_s, u".items[*].status.phase"_s).contains(u"Degraded"_s));
}

// IsBDReplacementValid's first checks on generated clusters of the other raid types: one disk of a
// stripe raid group (expanded to two disks first) cannot be replaced, nor two disks of a raidz
// group at once; the failed-disk situation needs a mirror or raidz pool.
void TestSimDiskReplacement::otherRaidTypes()
{
    auto start = [](SimKubectl &sim, const QString &raid) {
        SimHarness::Options options;
        options.speed = 100;
        options.generateSpec = u"nodes=3,volumes=1,replicas=1,volume-size=1Gi,raid="_s + raid;
        return sim.start(options);
    };
    SimKubectl raidz;
    QVERIFY(start(raidz, u"raidz"_s));
    m_on = &raidz;
    auto restore = qScopeGuard([this] { m_on = m_sim.get(); });
    const QString cspc = u"cspc-raidz-pool"_s;
    QString node = nodeOf(jsonpath(u"cspi"_s, u".items[0].metadata.name"_s));
    int index = poolIndex(cspc, node);
    QCOMPARE(poolDevices(cspc, index).size(), 3);
    QCOMPARE(jsonpath(u"cspi"_s, u".items[0].spec.poolConfig.dataRaidGroupType"_s), u"raidz"_s);
    const qint64 size =
        jsonpath(u"bd/"_s + poolDevices(cspc, index).first(), u".spec.capacity.storage"_s)
            .toLongLong();
    const QString raidzSpare = spares(node).value(0);
    QVERIFY(!raidzSpare.isEmpty());
    QVERIFY(createBlockDevice(u"blockdevice-extra1"_s, node, size));
    QCOMPARE(refusal(replace(cspc, index, {{0, u"blockdevice-extra1"_s}, {1, raidzSpare}})),
             kDenied + u"cannot replace more than one blockdevice in a raid group"_s);

    SimKubectl stripe;
    QVERIFY(start(stripe, u"stripe"_s));
    m_on = &stripe;
    const QString stripeCspc = u"cspc-stripe-pool"_s;
    node = nodeOf(jsonpath(u"cspi"_s, u".items[0].metadata.name"_s));
    index = poolIndex(stripeCspc, node);
    const QString spare = spares(node).value(0);
    QVERIFY(!spare.isEmpty());
    QVERIFY(createBlockDevice(u"blockdevice-extra1"_s, node, size));
    // A stripe raid group grows by a disk (pool expansion)...
    const ProgramRun added = kubectl(
        {u"patch"_s, u"cspc"_s, stripeCspc, u"-n"_s, u"openebs"_s, u"--type=json"_s, u"-p"_s,
         u"[{\"op\":\"add\",\"path\":\"/spec/pools/%1/dataRaidGroups/0/blockDevices/-\","
         "\"value\":{\"blockDeviceName\":\"%2\"}}]"_s.arg(index)
             .arg(spare)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    // ...but none of its disks can be replaced.
    QCOMPARE(refusal(replace(stripeCspc, index, {{1, u"blockdevice-extra1"_s}})),
             kDenied + u"cannot replace  blockdevice in stripe raid group"_s);
    const ProgramRun situation = stripe.postSim(u"situation"_s, {{u"name"_s, u"failed-disk"_s}});
    QVERIFY(situation.exitCode != 0);
    QVERIFY2(situation.err.contains(u"needs a mirror or raidz pool (generate with raid=mirror)"_s),
             qPrintable(situation.err));
}

// The same replacement in a raidz pool (issue #22 item 8): one dead disk of the three-disk raidz
// group is swapped for the node's spare through the CSPC; IsBDReplacementValid accepts one disk
// of a raidz group, the CSPC operator's replaceBlockDevice puts it into the CSPI, the
// pool-manager's OperationsConfig.Update replaces the vdev and resilvers (DEGRADED, Inprogress,
// the group's other disks refused meanwhile) and cleanUpReplacementMarks releases the old disk;
// the pool ends ONLINE.
void TestSimDiskReplacement::failedRaidzDiskIsReplacedWithTheSpare()
{
    SimKubectl raidz;
    SimHarness::Options options;
    options.speed = 100;
    options.generateSpec = u"nodes=3,volumes=2,replicas=2,raid=raidz,volume-size=1Gi,used=10%"_s;
    QVERIFY(raidz.start(options));
    m_on = &raidz;
    auto restore = qScopeGuard([this] { m_on = m_sim.get(); });
    const QString cspc = u"cspc-raidz-pool"_s;
    QCOMPARE(jsonpath(u"cspi"_s, u".items[0].spec.poolConfig.dataRaidGroupType"_s), u"raidz"_s);
    QCOMPARE(poolDevices(cspc, 0).size(), 3);
    QString failed;
    replaceFailedDisk(cspc, &failed);
    if (QTest::currentTestFailed())
        return;
    // The CSPIs' raid groups still have three disks each, the spare among them, not the dead one.
    const QStringList devices = jsonpath(u"cspi"_s, u".items[*].spec.dataRaidGroups[0]"
                                                    ".blockDevices[*].blockDeviceName"_s)
                                    .split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(devices.size(), 9);
    QVERIFY2(!devices.contains(failed), qPrintable(devices.join(u' ')));
}

QTEST_GUILESS_MAIN(TestSimDiskReplacement)
#include "tst_simdiskreplacement.moc"
