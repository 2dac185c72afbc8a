// Where the topology marks a doctor's finding, on the seed cluster: a node is its own place, a
// pool and a replica are on their node (a replica whose pool is gone on the node it names), a
// volume is where its replicas are not Healthy, and a PodDisruptionBudget is nowhere; and the
// volume a finding is about.
#include "models/health/findingplaces.h"
#include "tests/unit/doctorfixture.h"

#include <QTest>

using namespace DoctorFixture;
using Doctor::Finding;
using Doctor::FindingPlaces;

class TestFindingPlaces : public QObject
{
    Q_OBJECT

private slots:
    void objectsAreMarkedOnTheirNodes();
    void volumeIsMarkedWhereItsReplicasAreNotHealthy();
    void volumeOfAFinding();
};

namespace {

Finding about(const QStringList &objects)
{
    Finding finding;
    finding.objects = objects;
    return finding;
}

} // namespace

void TestFindingPlaces::objectsAreMarkedOnTheirNodes()
{
    Kube::ClusterDelta delta = healthy();
    const QString cvrName = replicaOn(delta, kPool2).meta.name;
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);

    QCOMPARE(FindingPlaces(snapshot).nodesOf(about({u"node/e2e1-node3"_qs})),
             QStringList{u"e2e1-node3"_qs});
    QCOMPARE(FindingPlaces(snapshot).nodesOf(about({u"cspi/"_qs + kPool1})),
             QStringList{u"e2e1-node1"_qs});
    QCOMPARE(FindingPlaces(snapshot).nodesOf(about({u"cvr/"_qs + cvrName, u"cspi/"_qs + kPool2})),
             QStringList{u"e2e1-node2"_qs}); // once
    QVERIFY(FindingPlaces(snapshot).nodesOf(about({u"pdb/some-budget"_qs})).isEmpty());
    QVERIFY(FindingPlaces(snapshot).nodesOf(about({u"cspi/no-such-pool"_qs})).isEmpty());
}

void TestFindingPlaces::volumeIsMarkedWhereItsReplicasAreNotHealthy()
{
    Kube::ClusterDelta delta = healthy();
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    QVERIFY(FindingPlaces(snapshot).nodesOf(about({u"cvc/"_qs + kVolume})).isEmpty());

    replicaOn(delta, kPool2).phase = Cstor::ReplicaPhase::Offline;
    snapshot.apply(delta);
    QCOMPARE(FindingPlaces(snapshot).nodesOf(about({u"cv/"_qs + kVolume})),
             QStringList{u"e2e1-node2"_qs});

    // A replica still Healthy by its last report, on a node that is NotReady.
    snapshot.setNodes(nodes({u"e2e1-node1"_qs}));
    QCOMPARE(FindingPlaces(snapshot).nodesOf(about({u"cv/"_qs + kVolume})),
             (QStringList{u"e2e1-node1"_qs, u"e2e1-node2"_qs}));
}

void TestFindingPlaces::volumeOfAFinding()
{
    Kube::ClusterDelta delta = healthy();
    const QString cvrName = replicaOn(delta, kPool2).meta.name;
    Migration::ClusterSnapshot snapshot;
    snapshot.apply(delta);
    const FindingPlaces places(snapshot);
    QCOMPARE(places.volumeOf(about({u"cspi/"_qs + kPool1, u"cvc/"_qs + kVolume})), kVolume);
    QCOMPARE(places.volumeOf(about({u"cvr/"_qs + cvrName})), kVolume);
    QVERIFY(places.volumeOf(about({u"cvr/no-such-replica"_qs})).isEmpty());
    QVERIFY(places.volumeOf(about({u"node/e2e1-node1"_qs, u"pdb/some-budget"_qs})).isEmpty());
}

QTEST_MAIN(TestFindingPlaces)
#include "tst_findingplaces.moc"
