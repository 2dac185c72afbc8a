// The cStor admission webhook on objects being deleted, with real kubectl: a CStorVolumeConfig
// that is terminating (its finalizer kept while the CVC operator is stopped) is validated like
// any other, so an invalid edit is refused with the webhook's message while a valid one passes.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;
const QString kPrefix =
    u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "_s;
} // namespace

class TestSimAdmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terminatingCvcIsStillValidated();
};

void TestSimAdmission::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

// CO webhook cvc_validator.go validateCVCUpdateRequest has no exception for an object with a
// deletionTimestamp: `kubectl delete cvc` leaves the CVC terminating while its finalizer
// (cvc.openebs.io/finalizer) stays, and an edit of replicaCount or of the pool names is still
// refused (its replicaCount check, validatePoolListChanges); metadata edits are admitted. Once
// the CVC operator runs again it drops the finalizer (removeClaimFinalizer) and the CVC goes.
void TestSimAdmission::terminatingCvcIsStillValidated()
{
    SimKubectl sim;
    SimHarness::Options options;
    options.speed = 100;
    QVERIFY(sim.start(options));
    const QString cvc = u"cvc/"_s + kVolume;
    QCOMPARE(sim.postSim(u"faults"_s, {{u"pausedControllers"_s, QJsonArray{u"cvc"_s}}}).exitCode,
             0);
    const ProgramRun deleted =
        sim.kubectl({u"delete"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--wait=false"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.whole()));
    QVERIFY(!sim.jsonpath(cvc, u".metadata.deletionTimestamp"_s).isEmpty());
    QCOMPARE(sim.jsonpath(cvc, u".metadata.finalizers[*]"_s), u"cvc.openebs.io/finalizer"_s);

    const ProgramRun replicaCount =
        sim.kubectl({u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s,
                     u"-p"_s, uR"({"spec":{"provision":{"replicaCount":3}}})"_s});
    QCOMPARE(replicaCount.exitCode, 1);
    QVERIFY2(replicaCount.err.contains(kPrefix + u"cvc "_s + kVolume +
                                       u" replicaCount got modified from 2 to 3"_s),
             qPrintable(replicaCount.err));
    const ProgramRun swapped = sim.patchPools(kVolume, {k6qkw, kPsz5});
    QCOMPARE(swapped.exitCode, 1);
    QVERIFY2(swapped.err.contains(kPrefix + u"volume replica migration directly by modifying pool "
                                            "names [cspc-stripe-pool-pn9p] is not yet "
                                            "supported"_s),
             qPrintable(swapped.err));
    QCOMPARE(sim.jsonpath(cvc, u".spec.provision.replicaCount"_s), u"2"_s);
    QCOMPARE(sim.jsonpath(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s),
             k6qkw + u" "_s + kPn9p);

    const ProgramRun annotated = sim.kubectl(
        {u"annotate"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"example.com/reviewed=yes"_s});
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.whole()));
    QCOMPARE(sim.jsonpath(cvc, u".metadata.annotations.example\\.com/reviewed"_s), u"yes"_s);

    QCOMPARE(sim.postSim(u"faults"_s, {{u"pausedControllers"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(sim.kubectl({u"get"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s})
                                 .err.contains(u"NotFound"_s),
                             60000);
}

QTEST_GUILESS_MAIN(TestSimAdmission)
#include "tst_simadmission.moc"
