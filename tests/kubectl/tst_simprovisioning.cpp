// Provisioning and pool-cluster changes with real kubectl against the simulated cluster: a new
// CStorVolumeConfig stays Pending while too few pools are usable and is provisioned once they
// are back; `/version/` answers like `/version`.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;

const QString kNewVolume = u"pvc-5a0c1f7e-2b9d-4c3e-8f61-0d4e7a9b3c25"_s;

// A CVC as the CSI driver's CreateVolume writes it (cstor-csi BuildCStorVolumeConfig):
// Pending, the CSPC label, the volume ID, the finalizer and spec.provision.replicaCount.
QString cvcYaml(int replicas)
{
    return uR"(apiVersion: cstor.openebs.io/v1
kind: CStorVolumeConfig
metadata:
  name: %1
  namespace: openebs
  annotations:
    openebs.io/volumeID: %1
    openebs.io/persistent-volume-claim: new-claim
  labels:
    openebs.io/cstor-pool-cluster: cspc-stripe-pool
  finalizers:
  - cvc.openebs.io/finalizer
spec:
  capacity:
    storage: 1Gi
  provision:
    capacity:
      storage: 1Gi
    replicaCount: %2
status:
  phase: Pending
)"_s.arg(kNewVolume)
        .arg(replicas);
}
} // namespace

class TestSimProvisioning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pendingWhileTooFewPoolsThenBound();
    void failedDiskDegradesAMirror();
    void versionWithTrailingSlash();

private:
    bool startSim(double speed)
    {
        SimHarness::Options options;
        options.speed = speed;
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
    ProgramRun applyText(const QString &verb, const QString &text);
    // The sum of the counts of an object's events with this reason (a field selector, as an
    // operator asks) whose message contains messagePart.
    int eventCount(const QString &reason, const QString &object, const QString &messagePart)
    {
        return m_sim->eventCount(reason, messagePart, object);
    }

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimProvisioning::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimProvisioning::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimProvisioning::cleanup()
{
    m_sim.reset();
}

// `kubectl create -f FILE` (verb "") or `kubectl create --raw=PATH -f FILE`.
ProgramRun TestSimProvisioning::applyText(const QString &verb, const QString &text)
{
    QFile file(m_sim->dir() + u"/body"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    file.close();
    QStringList args{u"create"_s};
    if (!verb.isEmpty())
        args.append(verb);
    return kubectl(args + QStringList{u"-f"_s, file.fileName()});
}

// CO syncCVC -> createVolumeOperation -> distributeCVRs: sanitizePoolList drops OFFLINE pools,
// the shortfall is the Warning "Provisioning" at every sync; once the pools are back the CV, the
// replicas and the Bound CVC with its pools follow (the situation pvc-pending).
void TestSimProvisioning::pendingWhileTooFewPoolsThenBound()
{
    QVERIFY(startSim(100));
    const ProgramRun offline =
        postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{k6qkw, kPn9p}}});
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi"_s, u".items[*].status.phase"_s),
                              u"OFFLINE OFFLINE ONLINE"_s, 60000);

    const ProgramRun created = applyText(QString(), cvcYaml(3));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString shortfall = u"not enough pools are available of provided CSPC: "
                              "\"cspc-stripe-pool\", usable pool count: 1 pending replica count: "
                              "3"_s;
    QTRY_VERIFY_WITH_TIMEOUT(eventCount(u"Provisioning"_s, kNewVolume, shortfall) >= 2, 60000);
    QCOMPARE(jsonpath(u"cvc/"_s + kNewVolume, u".status.phase"_s), u"Pending"_s);
    QCOMPARE(kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                      u"openebs.io/persistent-volume="_s + kNewVolume, u"-o"_s, u"name"_s})
                 .out.trimmed(),
             QString());

    QVERIFY(postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray{}}}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kNewVolume, u".status.phase"_s), u"Bound"_s,
                              60000);
    QStringList pools = jsonpath(u"cvc/"_s + kNewVolume, u".status.poolInfo[*]"_s).split(u' ');
    pools.sort();
    QCOMPARE(pools, (QStringList{k6qkw, kPn9p, kPsz5}));
    QCOMPARE(jsonpath(u"cvc/"_s + kNewVolume, u".spec.policy.replicaPoolInfo[*].poolName"_s)
                 .split(u' ')
                 .size(),
             3);
    QCOMPARE(jsonpath(u"cv/"_s + kNewVolume, u".spec.consistencyFactor"_s), u"2"_s);
    QCOMPARE(jsonpath(u"cvc/"_s + kNewVolume, u".spec.cstorVolumeRef.name"_s), kNewVolume);
    QVERIFY(eventCount(u"Synced"_s, kNewVolume, u"Resource created successfully"_s) == 1);
    // The pool-managers create the replicas, the target gathers them.
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kNewVolume, u".status.phase"_s), u"Healthy"_s,
                              60000);
}

// CO cspi-controller updateStatus (phase = `zpool get health`) and addDiskUnavailableCondition:
// one dead disk of a mirror leaves the pool DEGRADED with the DiskUnavailable condition and a
// DeviceState event per sync; both disks dead: UNAVAIL; back: ONLINE, the condition False (the
// situation failed-disk).
void TestSimProvisioning::failedDiskDegradesAMirror()
{
    QVERIFY(startSim(100));
    const QString mirror = uR"({"spec":{"poolConfig":{"dataRaidGroupType":"mirror"},
        "dataRaidGroups":[{"blockDevices":[
          {"blockDeviceName":"blockdevice-m1","devLink":"/dev/disk/by-id/scsi-m1"},
          {"blockDeviceName":"blockdevice-m2","devLink":"/dev/disk/by-id/scsi-m2"}]}]}})"_s;
    const ProgramRun patched = kubectl(
        {u"patch"_s, u"cspi"_s, kPsz5, u"-n"_s, u"openebs"_s, u"--type=merge"_s, u"-p"_s, mirror});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.err));
    QVERIFY(postSim(u"faults"_s, {{u"failedDisks"_s, QJsonArray{u"blockdevice-m2"_s}}}).exitCode ==
            0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + kPsz5, u".status.phase"_s), u"DEGRADED"_s,
                              60000);
    const QString condition = u".status.conditions[?(@.type==\"DiskUnavailable\")]"_s;
    QCOMPARE(jsonpath(u"cspi/"_s + kPsz5, condition + u".message"_s),
             u"Following disks [blockdevice-m2] are unavailable/faulted"_s);
    QCOMPARE(jsonpath(u"cspi/"_s + kPsz5, condition + u".reason"_s), u"DisksAreUnavailable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        eventCount(u"DeviceState"_s, kPsz5, u"blockdevice-m2 device was in UNAVAIL state"_s) >= 2,
        60000);

    QVERIFY(postSim(u"faults"_s,
                    {{u"failedDisks"_s, QJsonArray{u"blockdevice-m1"_s, u"blockdevice-m2"_s}}})
                .exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + kPsz5, u".status.phase"_s), u"UNAVAIL"_s,
                              60000);
    QVERIFY(postSim(u"faults"_s, {{u"failedDisks"_s, QJsonArray{}}}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspi/"_s + kPsz5, u".status.phase"_s), u"ONLINE"_s, 60000);
    QCOMPARE(jsonpath(u"cspi/"_s + kPsz5, condition + u".status"_s), u"False"_s);
    QCOMPARE(jsonpath(u"cspi/"_s + kPsz5, condition + u".reason"_s), u"DisksAreAvailable"_s);
}

// kube-apiserver's /version WebService also answers /version/ (the official Python client's
// VersionApi.get_code path).
void TestSimProvisioning::versionWithTrailingSlash()
{
    QVERIFY(startSim(1));
    const ProgramRun plain = kubectl({u"get"_s, u"--raw"_s, u"/version"_s});
    const ProgramRun slash = kubectl({u"get"_s, u"--raw"_s, u"/version/"_s});
    QVERIFY2(slash.exitCode == 0, qPrintable(slash.err));
    QVERIFY(!plain.out.isEmpty());
    QCOMPARE(slash.out, plain.out);
}

QTEST_GUILESS_MAIN(TestSimProvisioning)
#include "tst_simprovisioning.moc"
