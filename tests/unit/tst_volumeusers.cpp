// Who uses a volume: the claim bound to its PersistentVolume and the pods that mount that claim,
// joined whatever order they arrive in, shown in the volumes table and gone with their objects;
// the decoders keep only cStor's PersistentVolumes and the pods that mount a claim.
#include "clustermodelrig.h"

#include "models/cstor/persistentvolume.h"
#include "models/cstor/workloadpod.h"
#include "models/items/clustermodel.h"
#include "models/items/objectdescription.h"
#include "tests/common/seedclusterdelta.h"

#include <QJsonDocument>
#include <QTest>

using namespace ItemModelTest;
using namespace Qt::StringLiterals;
using namespace SeedClusterDelta;

namespace {

Json::Document parsed(const QByteArray &json)
{
    std::optional<Json::Document> document = Json::Document::parse(json);
    if (!document)
        qFatal("test JSON does not parse");
    return *document;
}

QByteArray pvJson(const QString &uid, const QString &driver, const QString &handle,
                  const QString &claimNamespace, const QString &claim)
{
    return u"{\"kind\":\"PersistentVolume\",\"metadata\":{\"name\":\"%1\",\"uid\":\"%2\"},"
           "\"spec\":{\"csi\":{\"driver\":\"%3\",\"volumeHandle\":\"%1\"},"
           "\"claimRef\":{\"kind\":\"PersistentVolumeClaim\",\"namespace\":\"%4\","
           "\"name\":\"%5\"}},\"status\":{\"phase\":\"Bound\"}}"_s
               .arg(handle, uid, driver, claimNamespace, claim)
               .toUtf8();
}

QByteArray podJson(const QString &uid, const QString &ns, const QString &name, const QString &claim,
                   const QString &node)
{
    const QString volumes =
        claim.isEmpty() ? u"[{\"name\":\"tmp\",\"emptyDir\":{}}]"_s
                        : u"[{\"name\":\"data\",\"persistentVolumeClaim\":{\"claimName\":\"%1\"}},"
                          "{\"name\":\"tmp\",\"emptyDir\":{}}]"_s.arg(claim);
    return u"{\"metadata\":{\"name\":\"%1\",\"namespace\":\"%2\",\"uid\":\"%3\"},"
           "\"spec\":{\"nodeName\":\"%4\",\"volumes\":%5},\"status\":{\"phase\":\"Running\","
           "\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}"_s
               .arg(name, ns, uid, node, volumes)
               .toUtf8();
}

Cstor::PersistentVolume pv(const QString &uid, const QString &claimNamespace, const QString &claim,
                           const QString &volume = kVolume)
{
    Cstor::PersistentVolume decoded;
    QString error;
    if (!Cstor::PersistentVolume::fromJson(
            parsed(pvJson(uid, Cstor::PersistentVolume::kCsiDriver, volume, claimNamespace, claim))
                .root(),
            &decoded, &error))
        qFatal("%s", qPrintable(error));
    return decoded;
}

Cstor::WorkloadPod pod(const QString &uid, const QString &ns, const QString &name,
                       const QString &claim, const QString &node)
{
    Cstor::WorkloadPod decoded;
    QString error;
    if (!Cstor::WorkloadPod::fromJson(parsed(podJson(uid, ns, name, claim, node)).root(), &decoded,
                                      &error))
        qFatal("%s", qPrintable(error));
    return decoded;
}

} // namespace

class TestVolumeUsers
    : public QObject
    , private ClusterModelRig
{
    Q_OBJECT

private slots:
    void init() { setUpModels(); }
    void cleanup() { tearDownModels(); }

    void decodersKeepOnlyWhatTheyAreFor();
    void podsBeforeTheirVolumeAreJoinedLater();
    void usersGoWithTheirObjects();
    void aVolumeListedAfterItsUsersHasThem();
    void unreadableKindsAreSaid();

private:
    QString cell(int column) const
    {
        const Items::VolumeModel *volumes = m_model->volumes();
        for (int row = 0; row < volumes->rowCount(); ++row) {
            if (volumes->index(row, 0).data().toString() == kVolume)
                return volumes->index(row, column).data().toString();
        }
        return u"(no row)"_s;
    }
};

void TestVolumeUsers::decodersKeepOnlyWhatTheyAreFor()
{
    Cstor::PersistentVolume other;
    QString error;
    QVERIFY(Cstor::PersistentVolume::fromJson(
        parsed(pvJson(u"u1"_s, u"ebs.csi.aws.com"_s, u"vol-1"_s, u"shop"_s, u"data"_s)).root(),
        &other, &error));
    QVERIFY(!other.isRelevant());
    const Cstor::PersistentVolume ours = pv(u"u2"_s, u"shop"_s, u"data-mysql-0"_s);
    QVERIFY(ours.isRelevant());
    QCOMPARE(ours.volume, kVolume);
    QCOMPARE(ours.claimNamespace, u"shop"_s);
    QCOMPARE(ours.claimName, u"data-mysql-0"_s);
    QCOMPARE(ours.phaseText, u"Bound"_s);

    Cstor::WorkloadPod plain;
    QVERIFY(Cstor::WorkloadPod::fromJson(
        parsed(podJson(u"p1"_s, u"shop"_s, u"web"_s, QString(), u"n1"_s)).root(), &plain, &error));
    QVERIFY(!plain.isRelevant());
    const Cstor::WorkloadPod mounting =
        pod(u"p2"_s, u"shop"_s, u"mysql-0"_s, u"data-mysql-0"_s, u"e2e1-node2"_s);
    QVERIFY(mounting.isRelevant());
    QCOMPARE(mounting.claims, QStringList{u"data-mysql-0"_s});
    QCOMPARE(mounting.node, u"e2e1-node2"_s);
    QVERIFY(mounting.ready);
    QCOMPARE(mounting.stateText(), u"Running"_s);

    // A claim name of the wrong type is said, naming the pod and the field.
    Cstor::WorkloadPod broken;
    QVERIFY(!Cstor::WorkloadPod::fromJson(
        parsed(R"({"metadata":{"name":"x","uid":"u"},"spec":{"volumes":[{"name":"d",
               "persistentVolumeClaim":{"claimName":7}}]}})")
            .root(),
        &broken, &error));
    QVERIFY2(error.contains(u"claimName"_s), qPrintable(error));
}

void TestVolumeUsers::podsBeforeTheirVolumeAreJoinedLater()
{
    m_model->apply(make());
    Kube::ClusterDelta pods;
    pods.workloadPods.replaceAll = true;
    pods.workloadPods.upsert(pod(u"p1"_s, u"shop"_s, u"mysql-0"_s, u"data-mysql-0"_s, u"n2"_s));
    pods.workloadPods.upsert(pod(u"p2"_s, u"other"_s, u"mysql-0"_s, u"data-mysql-0"_s, u"n3"_s));
    m_model->apply(pods);
    QCOMPARE(cell(Items::VolumeModel::Claim), QString());
    QCOMPARE(cell(Items::VolumeModel::UsedBy), QString());

    Kube::ClusterDelta volumes;
    volumes.persistentVolumes.replaceAll = true;
    volumes.persistentVolumes.upsert(pv(u"pv1"_s, u"shop"_s, u"data-mysql-0"_s));
    m_model->apply(volumes);
    QCOMPARE(cell(Items::VolumeModel::Claim), u"shop/data-mysql-0"_s);
    // Only the pod of the claim's own namespace mounts it.
    QCOMPARE(cell(Items::VolumeModel::UsedBy), u"mysql-0"_s);
    const Items::VolumeRow *row = m_model->volumes()->findByName(kVolume);
    QVERIFY(row);
    QCOMPARE(row->use.pods.size(), 1);
    QCOMPARE(row->use.pods.first().node, u"n2"_s);
    const QString details = Items::ObjectDescription::volume(*row);
    QVERIFY2(details.contains(u"PersistentVolumeClaim shop/data-mysql-0"_s), qPrintable(details));
    QVERIFY2(details.contains(u"mounted by pod mysql-0 on n2: Running, ready"_s),
             qPrintable(details));

    // More pods: two named, then the first and a count.
    Kube::ClusterDelta more;
    more.workloadPods.upsert(pod(u"p3"_s, u"shop"_s, u"backup-1"_s, u"data-mysql-0"_s, u"n1"_s));
    m_model->apply(more);
    QCOMPARE(cell(Items::VolumeModel::UsedBy), u"backup-1, mysql-0"_s);
    more.workloadPods = {};
    more.workloadPods.upsert(pod(u"p4"_s, u"shop"_s, u"check-2"_s, u"data-mysql-0"_s, u"n1"_s));
    m_model->apply(more);
    QCOMPARE(cell(Items::VolumeModel::UsedBy), u"backup-1 +2"_s);
    const QModelIndex usedBy = m_model->volumes()->index(m_model->volumes()->rowOfKey(kVolume),
                                                         Items::VolumeModel::UsedBy);
    const QString tip = usedBy.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"shop/mysql-0 on n2: Running"_s), qPrintable(tip));
    QCOMPARE(tip.count(u'\n'), 2);
}

void TestVolumeUsers::usersGoWithTheirObjects()
{
    m_model->apply(make());
    Kube::ClusterDelta both;
    both.persistentVolumes.upsert(pv(u"pv1"_s, u"shop"_s, u"data-mysql-0"_s));
    both.workloadPods.upsert(pod(u"p1"_s, u"shop"_s, u"mysql-0"_s, u"data-mysql-0"_s, u"n2"_s));
    m_model->apply(both);
    QCOMPARE(cell(Items::VolumeModel::UsedBy), u"mysql-0"_s);

    // The pod is deleted (and its successor not there yet).
    Kube::ClusterDelta gone;
    gone.workloadPods.remove(u"p1"_s);
    m_model->apply(gone);
    QCOMPARE(cell(Items::VolumeModel::UsedBy), QString());
    QCOMPARE(cell(Items::VolumeModel::Claim), u"shop/data-mysql-0"_s);

    // A relist without the PersistentVolume drops the claim.
    Kube::ClusterDelta relist;
    relist.persistentVolumes.replaceAll = true;
    m_model->apply(relist);
    QCOMPARE(cell(Items::VolumeModel::Claim), QString());
}

void TestVolumeUsers::aVolumeListedAfterItsUsersHasThem()
{
    Kube::ClusterDelta users;
    users.persistentVolumes.upsert(pv(u"pv1"_s, u"shop"_s, u"data-mysql-0"_s));
    users.workloadPods.upsert(pod(u"p1"_s, u"shop"_s, u"mysql-0"_s, u"data-mysql-0"_s, u"n2"_s));
    m_model->apply(users);
    m_model->apply(make());
    QCOMPARE(cell(Items::VolumeModel::Claim), u"shop/data-mysql-0"_s);
    QCOMPARE(cell(Items::VolumeModel::UsedBy), u"mysql-0"_s);
    // A context switch forgets them.
    m_model->clear();
    m_model->apply(make());
    QCOMPARE(cell(Items::VolumeModel::Claim), QString());
}

void TestVolumeUsers::unreadableKindsAreSaid()
{
    m_model->apply(make());
    Kube::ClusterDelta refused;
    refused.persistentVolumesUnreadable = u"no permission to list /api/v1/persistentvolumes"_s;
    m_model->apply(refused);
    QCOMPARE(m_model->volumeUsersUnreadable(), refused.persistentVolumesUnreadable);
    const QString details = Items::ObjectDescription::volume(
        *m_model->volumes()->findByName(kVolume), m_model->volumeUsersUnreadable());
    QVERIFY2(details.startsWith(u"# Claim and pods not known: no permission"_s),
             qPrintable(details));
}

QTEST_GUILESS_MAIN(TestVolumeUsers)
#include "tst_volumeusers.moc"
