// The doctor's node rule on hand-built snapshots: a NotReady or gone node that holds replicas,
// and nodes the user may not read.
#include "models/health/noderules.h"
#include "tests/unit/doctorfixture.h"

#include <QTest>

using namespace DoctorFixture;
using Doctor::Finding;

class TestDoctorRulesNodes : public QObject
{
    Q_OBJECT

private slots:
    void notReadyNodeWithReplicasIsCritical()
    {
        const Doctor::NodeNotReadyRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        // Nobody read the nodes: nothing to say.
        QVERIFY(rule.check(snapshot, kNow).isEmpty());
        snapshot.setNodes(nodes());
        QVERIFY(rule.check(snapshot, kNow).isEmpty());

        snapshot.setNodes(nodes({QStringLiteral("e2e1-node2")}));
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Critical);
        QCOMPARE(findings.first().objects.first(), QStringLiteral("node/e2e1-node2"));
        QVERIFY2(findings.first().summary.contains(QStringLiteral("NodeStatusUnknown")),
                 qPrintable(findings.first().summary));
        QVERIFY(findings.first().risk.contains(kVolume));
        QVERIFY(complete(findings, QStringLiteral("node-not-ready")));

        // node3 holds a pool without replicas: not a finding.
        snapshot.setNodes(nodes({QStringLiteral("e2e1-node3")}));
        QVERIFY(rule.check(snapshot, kNow).isEmpty());
    }

    void goneNodeIsCritical()
    {
        const Doctor::NodeNotReadyRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        QList<Cstor::Node> left = nodes();
        left.removeFirst(); // e2e1-node1 is gone
        snapshot.setNodes(left);
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().summary.contains(QStringLiteral("e2e1-node1 is gone")));
    }

    void forbiddenNodesAreAnInfo()
    {
        const Doctor::NodeNotReadyRule rule;
        Migration::ClusterSnapshot snapshot;
        snapshot.apply(healthy());
        snapshot.setNodesUnreadable(QStringLiteral("the user may not list nodes (403 Forbidden)"));
        const QList<Finding> findings = rule.check(snapshot, kNow);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Info);
        QVERIFY(findings.first().summary.contains(QStringLiteral("403 Forbidden")));
        QVERIFY(complete(findings, QStringLiteral("node-not-ready")));
    }
};

QTEST_GUILESS_MAIN(TestDoctorRulesNodes)
#include "tst_doctorrulesnodes.moc"
