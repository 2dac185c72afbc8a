// The PodDisruptionBudget of an HA volume while one of its replicas moves, with real kubectl: the
// scale-up puts the volume on N+1 pools and the CVC controller gives it the budget of that set
// for as long as the new replica rebuilds; the scale-down gives it the budget of the N pools it
// ends on. The budgets of the sets no volume names any more are deleted.
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSimBudgetMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moveOfAnHaVolumeTakesTheBudgetOfNPlusOnePools();

private:
    QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
};

void TestSimBudgetMove::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

// CO cstorvolumeconfig volume_operations.go scaleUpVolumeReplicas / scaleDownVolumeReplicas call
// updatePDBForScaledVolume once status.poolInfo changed: isHAVolume (>= 3 pools), then
// getUpdatePDBForVolume: deletePDBIfNotInUse for the budget the CVC names, getOrCreatePDB for the
// new pool set (pdb.go createPDB: generateName the CSPC, maxUnavailable 1, selector
// openebs.io/cstor-pool-instance In [pools]) and the CVC label openebs.io/pod-disruption-budget.
// A move of a 3-replica volume (a generated cluster of four nodes) is a scale-up to 4 pools and a
// scale-down to 3: `kubectl get pdb` shows the 4-pool budget while the new replica rebuilds, then
// the budget of the 3 pools the volume ends on.
void TestSimBudgetMove::moveOfAnHaVolumeTakesTheBudgetOfNPlusOnePools()
{
    SimKubectl sim;
    SimHarness::Options options;
    options.speed = 20;
    options.generateSpec = u"nodes=4,pools-per-node=1,volumes=1,replicas=3,used=20%"_s;
    QVERIFY(sim.start(options));
    const QString volume = sim.jsonpath(u"cvc"_s, u".items[0].metadata.name"_s);
    const QString cvc = u"cvc/"_s + volume;
    const QStringList pools = sim.jsonpath(cvc, u".status.poolInfo[*]"_s).split(u' ');
    QCOMPARE(pools.size(), 3);
    QString freePool;
    for (const QString &pool : sim.jsonpath(u"cspi"_s, u".items[*].metadata.name"_s).split(u' ')) {
        if (!pools.contains(pool))
            freePool = pool;
    }
    QVERIFY(!freePool.isEmpty());
    const QString label = u".metadata.labels.openebs\\.io/pod-disruption-budget"_s;
    const QString values = u".items[*].spec.selector.matchExpressions[0].values[*]"_s;
    const auto budgets = [&] {
        return sim.jsonpath(u"pdb"_s, u".items[*].metadata.name"_s).split(u' ', Qt::SkipEmptyParts);
    };
    const QString before = sim.jsonpath(cvc, label);
    QCOMPARE(budgets(), QStringList{before});
    QCOMPARE(sorted(sim.jsonpath(u"pdb"_s, values).split(u' ')), sorted(pools));

    // Scale-up: the budget of the four pools while the new replica rebuilds.
    const QString added = u"cvr/"_s + volume + u"-"_s + freePool;
    QCOMPARE(sim.patchPools(volume, pools + QStringList{freePool}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(cvc, u".status.poolInfo[*]"_s).split(u' ').size(), 4,
                              60000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.jsonpath(cvc, label) != before, 60000);
    const QString during = sim.jsonpath(cvc, label);
    QCOMPARE(budgets(), QStringList{during});
    QVERIFY2(during.startsWith(u"cspc-stripe-pool"_s), qPrintable(during));
    QCOMPARE(sorted(sim.jsonpath(u"pdb"_s, values).split(u' ')),
             sorted(pools + QStringList{freePool}));
    QCOMPARE(sim.jsonpath(u"pdb/"_s + during, u".spec.maxUnavailable"_s), u"1"_s);
    QCOMPARE(sim.jsonpath(u"pdb/"_s + during, u".spec.selector.matchExpressions[0].key"_s),
             u"openebs.io/cstor-pool-instance"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(added, u".status.phase"_s),
                              u"ReconstructingNewReplica"_s, 60000);
    QCOMPARE(budgets(), QStringList{during});
    QCOMPARE(sim.jsonpath(cvc, label), during);

    // Scale-down of the first pool once the new replica is Healthy.
    QCOMPARE(sim.postSim(u"speed"_s, {{u"speed"_s, 200}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(added, u".status.phase"_s), u"Healthy"_s, 60000);
    const QStringList kept = pools.mid(1) + QStringList{freePool};
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(u"cv/"_s + volume, u".spec.replicationFactor"_s), u"4"_s,
                              60000);
    const ProgramRun down = sim.patchPools(volume, kept);
    QVERIFY2(down.exitCode == 0, qPrintable(down.whole()));
    QTRY_COMPARE_WITH_TIMEOUT(sim.jsonpath(cvc, u".status.poolInfo[*]"_s).split(u' ').size(), 3,
                              60000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.jsonpath(cvc, label) != during, 60000);
    const QString after = sim.jsonpath(cvc, label);
    QCOMPARE(budgets(), QStringList{after});
    QCOMPARE(sorted(sim.jsonpath(u"pdb"_s, values).split(u' ')), sorted(kept));
    QVERIFY(after != before);
}

QTEST_GUILESS_MAIN(TestSimBudgetMove)
#include "tst_simbudgetmove.moc"
