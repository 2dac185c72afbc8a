// pool-read-only-soon: the doctor warns of a pool its capacity forecast puts at its read-only
// threshold within the horizon the operator set, Critical within three days; nothing without a
// forecast, beyond the horizon, for a pool that does not grow, or for one already read-only
// (pool-capacity's). The seed cluster's pools are 10 GiB, read-only at 85 %.
#include "models/health/doctor.h"
#include "models/health/forecastrules.h"
#include "tests/unit/doctorfixture.h"

#include <QTest>

using namespace DoctorFixture;
using Doctor::Finding;

namespace {

Migration::PoolTrend growing(double usedGiB, double growthGiBPerDay)
{
    return {usedGiB * kGiB, 10.0 * kGiB, growthGiBPerDay * kGiB, 85};
}

QList<Finding> checkWith(const Doctor::HealthRule &rule, const Kube::ClusterDelta &delta,
                         const QHash<QString, Migration::PoolTrend> &trends)
{
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    snapshot.setPoolTrends(trends);
    return rule.check(snapshot, kNow);
}

} // namespace

class TestDoctorRulesForecast : public QObject
{
    Q_OBJECT

private slots:
    void warnsWithinTheHorizon()
    {
        const Doctor::PoolReadOnlySoonRule rule(14);
        const Kube::ClusterDelta cluster = healthy();
        QVERIFY(checkWith(rule, cluster, {}).isEmpty());
        // 6.5 GiB used, 2 GiB to go at 0.2 GiB a day: 10 days.
        QList<Finding> findings = checkWith(rule, cluster, {{kPool1, growing(6.5, 0.2)}});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Warning);
        QCOMPARE(findings.first().objects, QStringList{QStringLiteral("cspi/") + kPool1});
        QVERIFY2(findings.first().summary.contains(QStringLiteral("in about 10 day")),
                 qPrintable(findings.first().summary));
        QVERIFY(complete(findings, QStringLiteral("pool-read-only-soon")));
        // The same pool, seen with a week's horizon.
        QVERIFY(checkWith(Doctor::PoolReadOnlySoonRule(7), cluster, {{kPool1, growing(6.5, 0.2)}})
                    .isEmpty());
    }

    void criticalWithinThreeDays()
    {
        const QList<Finding> findings =
            checkWith(Doctor::PoolReadOnlySoonRule(14), healthy(), {{kPool2, growing(8.0, 0.25)}});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Critical);
    }

    void quietWhenNotGrowingOrAlreadyReadOnly()
    {
        const Doctor::PoolReadOnlySoonRule rule(14);
        Kube::ClusterDelta cluster = healthy();
        QVERIFY(checkWith(rule, cluster, {{kPool1, growing(6.5, 0)}}).isEmpty());
        QVERIFY(checkWith(rule, cluster, {{kPool1, growing(6.5, -0.1)}}).isEmpty());
        QVERIFY(checkWith(rule, cluster, {{kPool1, growing(9.0, 0.1)}}).isEmpty()); // past it
        poolNamed(cluster, kPool1).readOnly = true;
        QVERIFY(checkWith(rule, cluster, {{kPool1, growing(6.5, 0.2)}}).isEmpty());
    }

    void theDoctorRunsItWithItsHorizon()
    {
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        snapshot.setPoolTrends({{kPool1, growing(6.5, 0.2)}});
        const auto soon = [&](const Doctor::Doctor &doctor) {
            int count = 0;
            for (const Finding &finding : doctor.examine(snapshot, kNow))
                count += finding.rule == QLatin1String("pool-read-only-soon");
            return count;
        };
        QCOMPARE(soon(Doctor::Doctor()), 1); // 14 days by default
        QCOMPARE(soon(Doctor::Doctor(30)), 1);
        QCOMPARE(soon(Doctor::Doctor(7)), 0);
    }
};

QTEST_GUILESS_MAIN(TestDoctorRulesForecast)
#include "tst_doctorrulesforecast.moc"
