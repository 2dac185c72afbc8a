// Provisioning onto read-only pools with real kubectl: a new CStorVolumeConfig whose replicas
// need pools that are read-only stays Pending, like one whose pools are offline, and is
// provisioned once the pools take writes again.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;

const QString kNewVolume = u"pvc-9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"_s;

// A CVC as the CSI driver's CreateVolume writes it (cstor-csi BuildCStorVolumeConfig):
// Pending, the CSPC label, the volume ID, the finalizer and spec.provision.replicaCount 3.
const QString kCvcYaml = uR"(apiVersion: cstor.openebs.io/v1
kind: CStorVolumeConfig
metadata:
  name: pvc-9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f
  namespace: openebs
  annotations:
    openebs.io/volumeID: pvc-9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f
    openebs.io/persistent-volume-claim: read-only-claim
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
    replicaCount: 3
status:
  phase: Pending
)"_s;
} // namespace

class TestSimReadOnlyProvisioning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pendingWhilePoolsAreReadOnlyThenBound();
};

void TestSimReadOnlyProvisioning::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

// CO cvc-controller syncCVC -> createVolumeOperation -> distributeCVRs: sanitizePoolList keeps
// only the pools whose status is not readOnly (cspi-controller updateROMode sets it), the
// shortfall is the Warning "Provisioning" at every sync and the CVC stays Pending with no CVR;
// once the pools are writable the volume is provisioned on all three.
void TestSimReadOnlyProvisioning::pendingWhilePoolsAreReadOnlyThenBound()
{
    SimKubectl sim;
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(sim.start(options));
    const ProgramRun readOnly =
        sim.postSim(u"faults"_s, {{u"readOnlyPools"_s, QJsonArray{k6qkw, kPn9p}}});
    QVERIFY2(readOnly.exitCode == 0, qPrintable(readOnly.whole()));
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(u"cspi"_s, u".items[*].status.readOnly"_s),
                              u"true true false"_s, 60000);
    QCOMPARE(sim.jsonpath(u"cspi"_s, u".items[*].status.phase"_s), u"ONLINE ONLINE ONLINE"_s);

    const QString path = sim.dir() + u"/cvc.yaml"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kCvcYaml.toUtf8());
    file.close();
    const ProgramRun created = sim.kubectl({u"create"_s, u"-f"_s, path});
    QVERIFY2(created.exitCode == 0, qPrintable(created.whole()));
    const QString shortfall = u"not enough pools are available of provided CSPC: "
                              "\"cspc-stripe-pool\", usable pool count: 1 pending replica count: "
                              "3"_s;
    QTRY_VERIFY_WITH_TIMEOUT(sim.eventCount(u"Provisioning"_s, shortfall, kNewVolume) >= 2, 60000);
    QCOMPARE(sim.events(u"Provisioning"_s, kNewVolume).value(0).value("type"_L1).toString(),
             u"Warning"_s);
    const QString cvc = u"cvc/"_s + kNewVolume;
    QCOMPARE(sim.jsonpath(cvc, u".status.phase"_s), u"Pending"_s);
    QCOMPARE(sim.kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                          u"openebs.io/persistent-volume="_s + kNewVolume, u"-o"_s, u"name"_s})
                 .out.trimmed(),
             QString());

    QCOMPARE(sim.postSim(u"faults"_s, {{u"readOnlyPools"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(cvc, u".status.phase"_s), u"Bound"_s, 60000);
    QStringList pools = sim.jsonpath(cvc, u".status.poolInfo[*]"_s).split(u' ');
    pools.sort();
    QCOMPARE(pools, (QStringList{k6qkw, kPn9p, kPsz5}));
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(u"cv/"_s + kNewVolume, u".status.phase"_s), u"Healthy"_s,
                              60000);
}

QTEST_GUILESS_MAIN(TestSimReadOnlyProvisioning)
#include "tst_simreadonlyprovisioning.moc"
