// A replica move that fills its target pool past the read-only threshold, seen with kubectl:
// the pool turns read-only (CO cspi-controller updateROMode) and the volumes that write there
// lose their replica on it (CSTOR gtest ZpoolReadOnly, openebs#2972), while idle ones stay
// Healthy. The move hurts volumes that had nothing to do with it: why the console's preflight
// refuses moves past the threshold.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kSpread; // on all three pools; pool-nearly-readonly makes it write to pn9p
const QString kSmall = u"pvc-7a4e0c19-2b6d-4f8a-b3c5-9d1e8f7a6b42"_s; // 410M, on psz5 only
const QString kIdle = u"pvc-b85d3e27-6c1f-4a9b-8e2d-5f4c3b2a1d53"_s;  // on pn9p and psz5
} // namespace

class TestSimReadOnlyMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moveOntoANearlyFullPoolDegradesTheVolumesWritingThere();
};

void TestSimReadOnlyMove::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimReadOnlyMove::moveOntoANearlyFullPoolDegradesTheVolumesWritingThere()
{
    SimKubectl sim;
    SimHarness::Options options;
    options.speed = 20;
    QVERIFY(sim.start(options));
    QVERIFY(sim.postSim(u"situation"_s, {{u"name"_s, u"pool-nearly-readonly"_s}}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(sim.getRaw(u"situation"_s).value("state"_L1).toString(), u"Reached"_s,
                              240000);
    const QString poolPath = u"cspi/"_s + kPn9p;
    QCOMPARE(sim.jsonpath(poolPath, u".status.readOnly"_s), u"false"_s);

    // The small volume gets a second replica on pn9p: its rebuild copies 410M there.
    QCOMPARE(sim.patchPools(kSmall, {kPsz5, kPn9p}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(poolPath, u".status.readOnly"_s), u"true"_s, 120000);
    QVERIFY(sim.eventCount(u"PoolReadOnlyThreshold"_s, u"read only threshold limit"_s) >= 1);

    // The writing volume's replica there disconnects and stays Offline; the idle one is left.
    const QString writing = u"cvr/"_s + kSpread + u"-"_s + kPn9p;
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(writing, u".status.phase"_s), u"Offline"_s, 120000);
    // The target sees two of its three replicas: still Healthy by istgt's get_cv_status
    // (healthy replicas >= the consistency factor), one failure away from Offline.
    QTRY_COMPARE_WITH_TIMEOUT(
        sim.jsonpath(u"cv/"_s + kSpread, u".status.replicaStatuses[*].mode"_s),
        u"Healthy Healthy"_s, 60000);
    QCOMPARE(sim.jsonpath(u"cv/"_s + kSpread, u".status.phase"_s), u"Healthy"_s);
    QCOMPARE(sim.jsonpath(u"cvr/"_s + kIdle + u"-"_s + kPn9p, u".status.phase"_s), u"Healthy"_s);
}

QTEST_GUILESS_MAIN(TestSimReadOnlyMove)
#include "tst_simreadonlymove.moc"
