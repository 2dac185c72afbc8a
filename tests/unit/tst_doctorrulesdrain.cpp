// The doctor's drain rule on hand-built snapshots: a PodDisruptionBudget over an HA volume's
// three pools that allows no disruption because one pool's node is lost blocks the drain of
// the other two nodes; a budget with room, or budgets nobody read, say nothing; budgets the
// user may not read are an Info.
#include "models/cstor/disruptionbudget.h"
#include "models/health/drainrules.h"
#include "tests/unit/doctorfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace DoctorFixture;
using Doctor::Finding;

namespace {

// The budget the CVC operator keeps over the seed's three pools (pdb.go createPDB), with the
// disruption controller's status.
Cstor::DisruptionBudget budget(int disruptionsAllowed, int currentHealthy,
                               const QString &name = QStringLiteral("cspc-stripex7k2p"))
{
    const QJsonObject object{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), kNs},
                     {QStringLiteral("uid"), QStringLiteral("uid-") + name}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("maxUnavailable"), 1},
             {QStringLiteral("selector"),
              QJsonObject{
                  {QStringLiteral("matchExpressions"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("key"), QStringLiteral("openebs.io/cstor-pool-instance")},
                       {QStringLiteral("operator"), QStringLiteral("In")},
                       {QStringLiteral("values"), QJsonArray{kPool1, kPool2, kPool3}}}}}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("disruptionsAllowed"), disruptionsAllowed},
                     {QStringLiteral("currentHealthy"), currentHealthy},
                     {QStringLiteral("desiredHealthy"), 2},
                     {QStringLiteral("expectedPods"), 3}}}};
    Cstor::DisruptionBudget decoded;
    QString error;
    if (!Cstor::DisruptionBudget::fromJson(object, &decoded, &error))
        qFatal("%s", qPrintable(error));
    return decoded;
}

} // namespace

class TestDoctorRulesDrain : public QObject
{
    Q_OBJECT

private slots:
    void decodesThePoolsItGuards()
    {
        const Cstor::DisruptionBudget b = budget(0, 2);
        QCOMPARE(b.pools, (QStringList{kPool1, kPool2, kPool3}));
        QVERIFY(b.hasStatus);
        QCOMPARE(b.disruptionsAllowed, 0);
        QCOMPARE(b.expectedPods, 3);
    }

    void lostPoolBlocksTheDrainOfTheOthers()
    {
        const Doctor::DrainBlockedRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        // Nobody read the budgets: nothing to say.
        QVERIFY(rule.check(snapshot, kNow).isEmpty());
        // A budget with room: nothing either.
        snapshot.setDisruptionBudgets({budget(1, 3)});
        QVERIFY(rule.check(snapshot, kNow).isEmpty());

        snapshot.setNodes(nodes({QStringLiteral("e2e1-node3")}));
        snapshot.setDisruptionBudgets({budget(0, 2)});
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        const Finding &finding = findings.first();
        QCOMPARE(finding.severity, Finding::Severity::Warning);
        QCOMPARE(finding.objects, (QStringList{QStringLiteral("pdb/cspc-stripex7k2p"),
                                               QStringLiteral("cspi/") + kPool3}));
        QVERIFY2(finding.summary.contains(QStringLiteral("e2e1-node1, e2e1-node2")),
                 qPrintable(finding.summary));
        QVERIFY(!finding.summary.contains(QStringLiteral("e2e1-node3")));
        QVERIFY(finding.fix.contains(kPool3));
        QVERIFY(complete(findings, QStringLiteral("drain-blocked")));
    }

    // One lost pool, several budgets: one finding naming them all.
    void budgetsBlockedByOnePoolAreOneFinding()
    {
        const Doctor::DrainBlockedRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        snapshot.setNodes(nodes({QStringLiteral("e2e1-node3")}));
        snapshot.setDisruptionBudgets(
            {budget(0, 2), budget(0, 2, QStringLiteral("cspc-stripeq4r8m"))});
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().objects, (QStringList{QStringLiteral("pdb/cspc-stripeq4r8m"),
                                                        QStringLiteral("pdb/cspc-stripex7k2p"),
                                                        QStringLiteral("cspi/") + kPool3}));
        QVERIFY2(
            findings.first().summary.contains(QStringLiteral("refused by 2 PodDisruptionBudget")),
            qPrintable(findings.first().summary));
    }

    void forbiddenBudgetsAreAnInfo()
    {
        const Doctor::DrainBlockedRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        snapshot.setDisruptionBudgetsUnreadable(
            QStringLiteral("the user may not list poddisruptionbudgets (403 Forbidden)"));
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Info);
        QVERIFY(complete(findings, QStringLiteral("drain-blocked")));
    }
};

QTEST_GUILESS_MAIN(TestDoctorRulesDrain)
#include "tst_doctorrulesdrain.moc"
