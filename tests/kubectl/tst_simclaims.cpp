// The Kubernetes side of cStor's volumes with real kubectl: each volume's PersistentVolume and
// the claim bound to it, as `kubectl get pv` / `get pvc` print them (kube-apiserver's printers)
// and as their objects name each other; the application pod that mounts each claim and its move
// off a lost node after the toleration; a new volume's claim, volume and pod; a deleted claim's
// volume Released, then deleted; a scenario's own claim; a generated cluster's claims dealt over
// its application namespaces.
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include "models/sim/store/objectstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using SeedNames::kVolume;

const QString kClaim = u"demo-cstor-pvc"_s; // the seed volume's claim, in default
const QString kStorageClass = u"cstor-csi-cspc-stripe-pool"_s;
const QString kNewVolume = u"pvc-7e2d4c1b-9a3f-4b6e-8d05-1c2b3a4f5e60"_s;
const QStringList kSeedNodes{u"e2e1-node1"_s, u"e2e1-node2"_s, u"e2e1-node3"_s};

// A table as kubectl prints it: each cell is read below its header, since kubectl's tabwriter
// starts every cell of a column where its header starts (an empty cell is blank, and headers
// such as ACCESS MODES hold single spaces, so the columns are where two spaces end).
struct Table
{
    QStringList header;
    QList<QHash<QString, QString>> rows;

    static Table parse(const QString &text)
    {
        Table table;
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return table;
        QList<qsizetype> starts;
        static const QRegularExpression column(u"(?:^|  )(\\S)"_s);
        for (auto it = column.globalMatch(lines.first()); it.hasNext();)
            starts.append(it.next().capturedStart(1));
        for (qsizetype i = 0; i < starts.size(); ++i)
            table.header.append(cell(lines.first(), starts, i));
        for (const QString &line : lines.mid(1)) {
            QHash<QString, QString> row;
            for (qsizetype i = 0; i < starts.size(); ++i)
                row.insert(table.header.at(i), cell(line, starts, i));
            table.rows.append(row);
        }
        return table;
    }

    QHash<QString, QString> row(const QString &name) const
    {
        for (const auto &r : rows) {
            if (r.value(u"NAME"_s) == name)
                return r;
        }
        return {};
    }

private:
    static QString cell(const QString &line, const QList<qsizetype> &starts, qsizetype i)
    {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : line.size();
        return line.mid(starts.at(i), end - starts.at(i)).trimmed();
    }
};

// A CVC as cstor-csi's CreateVolume writes it for the claim `claim`.
QString cvcYaml(const QString &claim)
{
    return uR"(apiVersion: cstor.openebs.io/v1
kind: CStorVolumeConfig
metadata:
  name: %1
  namespace: openebs
  annotations:
    openebs.io/volumeID: %1
    openebs.io/persistent-volume-claim: %2
  labels:
    openebs.io/cstor-pool-cluster: cspc-stripe-pool
  finalizers:
  - cvc.openebs.io/finalizer
spec:
  capacity:
    storage: 2Gi
  provision:
    capacity:
      storage: 2Gi
    replicaCount: 2
status:
  phase: Pending
)"_s.arg(kNewVolume, claim);
}

} // namespace

class TestSimClaims : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void volumesAndClaimsAsKubectlPrintsThem();
    void volumeAndClaimNameEachOther();
    void applicationsMountTheirClaims();
    void newVolumeGetsItsClaimAndApplication();
    void lostNodesApplicationMovesAfterTheToleration();
    void deletedClaimReleasesItsVolume();
    void scenarioClaimIsUsedAsGiven();
    void generatedClaimsSpreadOverNamespaces();

private:
    bool startSim(double speed, const QString &generate = {}, const QString &scenario = {})
    {
        SimHarness::Options options;
        options.speed = speed;
        options.generateSpec = generate;
        options.scenarioFile = scenario;
        return m_sim->start(options);
    }
    ProgramRun kubectl(const QStringList &args) { return m_sim->kubectl(args); }
    QJsonObject object(const QStringList &args);
    QList<QJsonObject> items(const QStringList &args);
    // `kubectl get pods -n NS` field PATH of the pod that mounts the claim.
    QString podOfClaim(const QString &ns, const QString &claim, const QString &path);

    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimClaims::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimClaims::init()
{
    m_sim = std::make_unique<SimKubectl>();
}

void TestSimClaims::cleanup()
{
    m_sim.reset();
}

QJsonObject TestSimClaims::object(const QStringList &args)
{
    const ProgramRun r = kubectl(args + QStringList{u"-o"_s, u"json"_s});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

QList<QJsonObject> TestSimClaims::items(const QStringList &args)
{
    QList<QJsonObject> result;
    for (const QJsonValue &item : object(args).value("items"_L1).toArray())
        result.append(item.toObject());
    return result;
}

QString TestSimClaims::podOfClaim(const QString &ns, const QString &claim, const QString &path)
{
    const ProgramRun r = kubectl(
        {u"get"_s, u"pods"_s, u"-n"_s, ns, u"-o"_s,
         u"jsonpath={.items[?(@.spec.volumes[0].persistentVolumeClaim.claimName==\"%1\")]%2}"_s.arg(
             claim, path)});
    return r.exitCode == 0 ? r.out.trimmed() : u"<error: "_s + r.err.trimmed() + u">"_s;
}

// printPersistentVolume and printPersistentVolumeClaim of kube-apiserver 1.32: the columns,
// RWO for ReadWriteOnce, the claim as namespace/name, <unset> for no VolumeAttributesClass, and
// each volume as big as its CVC.
void TestSimClaims::volumesAndClaimsAsKubectlPrintsThem()
{
    QVERIFY(startSim(5));
    const ProgramRun pv = kubectl({u"get"_s, u"pv"_s});
    QVERIFY2(pv.exitCode == 0, qPrintable(pv.whole()));
    const Table volumes = Table::parse(pv.out);
    QCOMPARE(volumes.header,
             (QStringList{u"NAME"_s, u"CAPACITY"_s, u"ACCESS MODES"_s, u"RECLAIM POLICY"_s,
                          u"STATUS"_s, u"CLAIM"_s, u"STORAGECLASS"_s, u"VOLUMEATTRIBUTESCLASS"_s,
                          u"REASON"_s, u"AGE"_s}));
    QCOMPARE(volumes.rows.size(), 5);
    const auto seed = volumes.row(kVolume);
    QCOMPARE(seed.value(u"CAPACITY"_s), u"5Gi"_s);
    QCOMPARE(seed.value(u"ACCESS MODES"_s), u"RWO"_s);
    QCOMPARE(seed.value(u"RECLAIM POLICY"_s), u"Delete"_s);
    QCOMPARE(seed.value(u"STATUS"_s), u"Bound"_s);
    QCOMPARE(seed.value(u"CLAIM"_s), u"default/"_s + kClaim);
    QCOMPARE(seed.value(u"STORAGECLASS"_s), kStorageClass);
    QCOMPARE(seed.value(u"VOLUMEATTRIBUTESCLASS"_s), u"<unset>"_s);
    QCOMPARE(seed.value(u"REASON"_s), QString());
    QVERIFY(!seed.value(u"AGE"_s).isEmpty());
    for (const auto &row : volumes.rows) {
        const QString name = row.value(u"NAME"_s);
        QCOMPARE(row.value(u"STATUS"_s), u"Bound"_s);
        QCOMPARE(row.value(u"CAPACITY"_s),
                 m_sim->jsonpath(u"cvc/"_s + name, u".spec.capacity.storage"_s));
        QCOMPARE(
            row.value(u"CLAIM"_s),
            u"default/"_s +
                m_sim->jsonpath(u"cvc/"_s + name,
                                u".metadata.annotations.openebs\\.io/persistent-volume-claim"_s));
    }
    const Table wide = Table::parse(kubectl({u"get"_s, u"pv"_s, kVolume, u"-o"_s, u"wide"_s}).out);
    QCOMPARE(wide.header.last(), u"VOLUMEMODE"_s);
    QCOMPARE(wide.row(kVolume).value(u"VOLUMEMODE"_s), u"Filesystem"_s);

    const ProgramRun pvc = kubectl({u"get"_s, u"pvc"_s, u"-A"_s});
    QVERIFY2(pvc.exitCode == 0, qPrintable(pvc.whole()));
    const Table claims = Table::parse(pvc.out);
    QCOMPARE(claims.header, (QStringList{u"NAMESPACE"_s, u"NAME"_s, u"STATUS"_s, u"VOLUME"_s,
                                         u"CAPACITY"_s, u"ACCESS MODES"_s, u"STORAGECLASS"_s,
                                         u"VOLUMEATTRIBUTESCLASS"_s, u"AGE"_s}));
    QCOMPARE(claims.rows.size(), 5);
    const auto claim = claims.row(kClaim);
    QCOMPARE(claim.value(u"NAMESPACE"_s), u"default"_s);
    QCOMPARE(claim.value(u"STATUS"_s), u"Bound"_s);
    QCOMPARE(claim.value(u"VOLUME"_s), kVolume);
    QCOMPARE(claim.value(u"CAPACITY"_s), u"5Gi"_s);
    QCOMPARE(claim.value(u"ACCESS MODES"_s), u"RWO"_s);
    QCOMPARE(claim.value(u"STORAGECLASS"_s), kStorageClass);
    QCOMPARE(claim.value(u"VOLUMEATTRIBUTESCLASS"_s), u"<unset>"_s);
    // The HA volume's claim, with the name the seed gives it.
    QCOMPARE(claims.row(u"mysql-data"_s).value(u"VOLUME"_s), SeedNames::kSpread);
}

// spec.claimRef of the PV and spec.volumeName of the claim; the volume is named after the claim's
// uid, as csi-provisioner names it; describe finds the claim's user and the CSI source.
void TestSimClaims::volumeAndClaimNameEachOther()
{
    QVERIFY(startSim(5));
    const QJsonObject pv = object({u"get"_s, u"pv"_s, kVolume});
    const QJsonObject pvc = object({u"get"_s, u"pvc"_s, kClaim, u"-n"_s, u"default"_s});
    const QJsonObject spec = pv.value("spec"_L1).toObject();
    const QJsonObject claimRef = spec.value("claimRef"_L1).toObject();
    QCOMPARE(claimRef.value("kind"_L1).toString(), u"PersistentVolumeClaim"_s);
    QCOMPARE(claimRef.value("apiVersion"_L1).toString(), u"v1"_s);
    QCOMPARE(claimRef.value("namespace"_L1).toString(), u"default"_s);
    QCOMPARE(claimRef.value("name"_L1).toString(), kClaim);
    const QJsonObject claimMeta = pvc.value("metadata"_L1).toObject();
    QCOMPARE(claimRef.value("uid"_L1).toString(), claimMeta.value("uid"_L1).toString());
    QCOMPARE(u"pvc-"_s + claimMeta.value("uid"_L1).toString(), kVolume);
    QVERIFY(!claimRef.value("resourceVersion"_L1).toString().isEmpty());
    const QJsonObject csi = spec.value("csi"_L1).toObject();
    QCOMPARE(csi.value("driver"_L1).toString(), u"cstor.csi.openebs.io"_s);
    QCOMPARE(csi.value("volumeHandle"_L1).toString(), kVolume);
    QCOMPARE(csi.value("fsType"_L1).toString(), u"ext4"_s);
    QCOMPARE(spec.value("storageClassName"_L1).toString(), kStorageClass);
    QCOMPARE(pv.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .value("pv.kubernetes.io/provisioned-by"_L1)
                 .toString(),
             u"cstor.csi.openebs.io"_s);
    QCOMPARE(pv.value("metadata"_L1).toObject().value("finalizers"_L1).toArray(),
             QJsonArray{u"kubernetes.io/pv-protection"_s});

    const QJsonObject claimSpec = pvc.value("spec"_L1).toObject();
    QCOMPARE(claimSpec.value("volumeName"_L1).toString(), kVolume);
    QCOMPARE(claimSpec.value("resources"_L1).toObject().value("requests"_L1).toObject(),
             (QJsonObject{{u"storage"_s, u"5Gi"_s}}));
    QCOMPARE(pvc.value("status"_L1).toObject().value("phase"_L1).toString(), u"Bound"_s);
    QCOMPARE(claimMeta.value("annotations"_L1)
                 .toObject()
                 .value("volume.kubernetes.io/storage-provisioner"_L1)
                 .toString(),
             u"cstor.csi.openebs.io"_s);
    QCOMPARE(claimMeta.value("finalizers"_L1).toArray(),
             QJsonArray{u"kubernetes.io/pvc-protection"_s});

    const ProgramRun described = kubectl({u"describe"_s, u"pvc"_s, kClaim, u"-n"_s, u"default"_s});
    QVERIFY2(described.exitCode == 0, qPrintable(described.whole()));
    const QString pod = podOfClaim(u"default"_s, kClaim, u".metadata.name"_s);
    QVERIFY(!pod.isEmpty());
    QVERIFY2(described.out.contains(QRegularExpression(u"Used By:\\s+"_s + pod)),
             qPrintable(described.out));
    QVERIFY2(described.out.contains(QRegularExpression(u"Volume:\\s+"_s + kVolume)),
             qPrintable(described.out));
    const ProgramRun volume = kubectl({u"describe"_s, u"pv"_s, kVolume});
    QVERIFY2(volume.exitCode == 0, qPrintable(volume.whole()));
    QVERIFY2(volume.out.contains(QRegularExpression(u"Claim:\\s+default/"_s + kClaim)),
             qPrintable(volume.out));
    QVERIFY2(volume.out.contains(QRegularExpression(u"Driver:\\s+cstor.csi.openebs.io"_s)),
             qPrintable(volume.out));
}

// One application pod per claim, Running and Ready on a node of the cluster, mounting the claim
// at /data; a Deployment's pod for claims not named as a StatefulSet's; spread over the nodes.
void TestSimClaims::applicationsMountTheirClaims()
{
    QVERIFY(startSim(5));
    const QList<QJsonObject> claims = items({u"get"_s, u"pvc"_s, u"-n"_s, u"default"_s});
    QCOMPARE(claims.size(), 5);
    const QList<QJsonObject> pods = items({u"get"_s, u"pods"_s, u"-n"_s, u"default"_s});
    QCOMPARE(pods.size(), 5);
    QSet<QString> nodes;
    for (const QJsonObject &claim : claims) {
        const QString name = claim.value("metadata"_L1).toObject().value("name"_L1).toString();
        QJsonObject found;
        for (const QJsonObject &pod : pods) {
            const QJsonArray volumes =
                pod.value("spec"_L1).toObject().value("volumes"_L1).toArray();
            if (volumes.size() == 1 && volumes.at(0)
                                               .toObject()
                                               .value("persistentVolumeClaim"_L1)
                                               .toObject()
                                               .value("claimName"_L1)
                                               .toString() == name)
                found = pod;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        const QJsonObject spec = found.value("spec"_L1).toObject();
        const QString node = spec.value("nodeName"_L1).toString();
        QVERIFY2(kSeedNodes.contains(node), qPrintable(node));
        nodes.insert(node);
        const QJsonObject mount = spec.value("containers"_L1)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value("volumeMounts"_L1)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(mount.value("name"_L1).toString(), u"data"_s);
        QCOMPARE(mount.value("mountPath"_L1).toString(), u"/data"_s);
        const QJsonObject status = found.value("status"_L1).toObject();
        QCOMPARE(status.value("phase"_L1).toString(), u"Running"_s);
        for (const QJsonValue &condition : status.value("conditions"_L1).toArray()) {
            if (condition.toObject().value("type"_L1).toString() == "Ready"_L1)
                QCOMPARE(condition.toObject().value("status"_L1).toString(), u"True"_s);
        }
    }
    QVERIFY2(nodes.size() >= 2, qPrintable(nodes.values().join(u' ')));
    const QString pod = podOfClaim(u"default"_s, kClaim, u".metadata.name"_s);
    QVERIFY2(QRegularExpression(u"^demo-cstor-pvc-app-[b-z2-9]{10}-[b-z2-9]{5}$"_s)
                 .match(pod)
                 .hasMatch(),
             qPrintable(pod));
    QCOMPARE(podOfClaim(u"default"_s, kClaim, u".metadata.ownerReferences[0].kind"_s),
             u"ReplicaSet"_s);
    const ProgramRun table = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"default"_s});
    QCOMPARE(table.out.count(u"1/1     Running"_s), 5);
}

// csi-provisioner and the PV controller for a volume cstor-csi has just asked for: the claim in
// default and the volume bound to it at once (cstor-csi's CreateVolume does not wait for the
// CVC), the events of the claim. The StatefulSet's pod that mounts it waits in ContainerCreating
// while the CVC is Pending (too few pools) and runs once the volume's target does.
void TestSimClaims::newVolumeGetsItsClaimAndApplication()
{
    QVERIFY(startSim(50));
    QCOMPARE(m_sim
                 ->postSim(u"faults"_s,
                           {{u"offlinePools"_s, QJsonArray{SeedNames::k6qkw, SeedNames::kPn9p}}})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->jsonpath(u"cspi"_s, u".items[*].status.phase"_s),
                              u"OFFLINE OFFLINE ONLINE"_s, 60000);
    QFile file(m_sim->dir() + u"/cvc.yaml"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cvcYaml(u"data-shop-db-0"_s).toUtf8());
    file.close();
    const ProgramRun created = kubectl({u"create"_s, u"-f"_s, file.fileName()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.whole()));
    const auto field = [this](const QStringList &what, const QString &path) {
        return kubectl(QStringList{u"get"_s} + what +
                       QStringList{u"-o"_s, u"jsonpath={"_s + path + u"}"_s})
            .out.trimmed();
    };
    QTRY_COMPARE_WITH_TIMEOUT(field({u"pv"_s, kNewVolume}, u".status.phase"_s), u"Bound"_s, 30000);
    QCOMPARE(field({u"pv"_s, kNewVolume}, u".spec.claimRef.name"_s), u"data-shop-db-0"_s);
    QCOMPARE(field({u"pv"_s, kNewVolume}, u".spec.capacity.storage"_s), u"2Gi"_s);
    const QStringList claim{u"pvc"_s, u"data-shop-db-0"_s, u"-n"_s, u"default"_s};
    QCOMPARE(field(claim, u".spec.volumeName"_s), kNewVolume);
    QCOMPARE(field(claim, u".status.phase"_s), u"Bound"_s);

    // Two resyncs of the Pending CVC (a minute simulated) and the pod still waits.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->eventCount(u"Provisioning"_s, u"not enough pools"_s, kNewVolume) >= 2, 60000);
    QCOMPARE(m_sim->jsonpath(u"cvc/"_s + kNewVolume, u".status.phase"_s), u"Pending"_s);
    const QStringList pod{u"pod"_s, u"shop-db-0"_s, u"-n"_s, u"default"_s};
    QCOMPARE(field(pod, u".status.phase"_s), u"Pending"_s);
    QCOMPARE(field(pod, u".status.containerStatuses[0].state.waiting.reason"_s),
             u"ContainerCreating"_s);
    QVERIFY(kSeedNodes.contains(field(pod, u".spec.nodeName"_s)));

    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"offlinePools"_s, QJsonArray()}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(field(pod, u".status.phase"_s), u"Running"_s, 60000);
    QCOMPARE(m_sim->jsonpath(u"cvc/"_s + kNewVolume, u".status.phase"_s), u"Bound"_s);
    QCOMPARE(field(pod, u".metadata.ownerReferences[0].kind"_s), u"StatefulSet"_s);
    QCOMPARE(field(pod, u".metadata.ownerReferences[0].name"_s), u"shop-db"_s);
    QCOMPARE(field(pod, u".spec.volumes[0].persistentVolumeClaim.claimName"_s),
             u"data-shop-db-0"_s);
    const ProgramRun events =
        kubectl({u"get"_s, u"events"_s, u"-n"_s, u"default"_s, u"--field-selector"_s,
                 u"involvedObject.name=data-shop-db-0"_s});
    QVERIFY2(events.out.contains(u"Successfully provisioned volume "_s + kNewVolume),
             qPrintable(events.whole()));

    // The StatefulSet makes a deleted pod again under its name.
    const QString uid = field(pod, u".metadata.uid"_s);
    const ProgramRun deleted = kubectl(QStringList{u"delete"_s} + pod);
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.whole()));
    QTRY_COMPARE_WITH_TIMEOUT(field(pod, u".status.phase"_s), u"Running"_s, 30000);
    QVERIFY(field(pod, u".metadata.uid"_s) != uid);
}

// The node lifecycle controller marks the lost node's pods not Ready; the taint manager evicts
// them after the toleration (300 s); the ReplicaSet's new pod runs on another node.
void TestSimClaims::lostNodesApplicationMovesAfterTheToleration()
{
    QVERIFY(startSim(50));
    const QString node = podOfClaim(u"default"_s, kClaim, u".spec.nodeName"_s);
    const QString before = podOfClaim(u"default"_s, kClaim, u".metadata.name"_s);
    QVERIFY2(kSeedNodes.contains(node), qPrintable(node));
    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray{node}}}).exitCode, 0);
    const QString ready = u".status.conditions[?(@.type==\"Ready\")].status"_s;
    QTRY_COMPARE_WITH_TIMEOUT(podOfClaim(u"default"_s, kClaim, ready), u"False"_s, 30000);
    QCOMPARE(podOfClaim(u"default"_s, kClaim, u".metadata.name"_s), before);
    QTRY_VERIFY_WITH_TIMEOUT(podOfClaim(u"default"_s, kClaim, u".metadata.name"_s) != before,
                             60000);
    const QString moved = podOfClaim(u"default"_s, kClaim, u".spec.nodeName"_s);
    QVERIFY2(kSeedNodes.contains(moved) && moved != node, qPrintable(moved));
    QTRY_COMPARE_WITH_TIMEOUT(podOfClaim(u"default"_s, kClaim, u".status.phase"_s), u"Running"_s,
                              60000);
    QTRY_COMPARE_WITH_TIMEOUT(podOfClaim(u"default"_s, kClaim, ready), u"True"_s, 30000);
    QCOMPARE(m_sim->postSim(u"faults"_s, {{u"downNodes"_s, QJsonArray()}}).exitCode, 0);
}

// pvc-protection lets the claim go once its application is gone; the PV controller turns the
// volume Released, and with reclaim policy Delete it is deleted. The cStor volume stays.
void TestSimClaims::deletedClaimReleasesItsVolume()
{
    QVERIFY(startSim(5));
    QStringList phases;
    QObject::connect(
        m_sim->sim()->store(), &Sim::ObjectStore::changed, this,
        [&phases](const Sim::StoreEvent &event) {
            if (event.resource != "persistentvolumes"_L1 ||
                event.object.value("metadata"_L1).toObject().value("name"_L1).toString() != kVolume)
                return;
            phases.append(
                event.type == Sim::StoreEvent::Type::Deleted
                    ? u"deleted"_s
                    : event.object.value("status"_L1).toObject().value("phase"_L1).toString());
        });
    const ProgramRun deleted =
        kubectl({u"delete"_s, u"pvc"_s, kClaim, u"-n"_s, u"default"_s, u"--timeout=60s"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.whole()));
    QVERIFY(deleted.out.contains(u"persistentvolumeclaim \"%1\" deleted"_s.arg(kClaim)));
    QCOMPARE(podOfClaim(u"default"_s, kClaim, u".metadata.name"_s), QString());
    QTRY_VERIFY_WITH_TIMEOUT(phases.contains(u"deleted"_s), 30000);
    QCOMPARE(phases.first(), u"Released"_s);
    const ProgramRun gone = kubectl({u"get"_s, u"pv"_s, kVolume});
    QVERIFY(gone.err.contains(u"persistentvolumes \"%1\" not found"_s.arg(kVolume)));
    QCOMPARE(m_sim->jsonpath(u"cvc/"_s + kVolume, u".status.phase"_s), u"Bound"_s);
    QCOMPARE(Table::parse(kubectl({u"get"_s, u"pv"_s}).out).rows.size(), 4);
    QCOMPARE(Table::parse(kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"default"_s}).out).rows.size(),
             4);
}

// A scenario that holds a volume's claim (here in another namespace, under another name than
// the CVC's annotation): the volume is bound to it, and no claim is made in default.
void TestSimClaims::scenarioClaimIsUsedAsGiven()
{
    QFile seed(u":/scenarios/seed.yaml"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QFile scenario(m_sim->dir() + u"/scenario.yaml"_s);
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(seed.readAll());
    scenario.write(uR"(
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: orders-db
  namespace: shop
  uid: d1b26676-5035-4e5b-b564-68869b023306
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 5Gi
  storageClassName: cstor-disk
  volumeMode: Filesystem
  volumeName: %1
status:
  phase: Bound
)"_s.arg(kVolume)
                       .toUtf8());
    scenario.close();
    QVERIFY(startSim(5, {}, scenario.fileName()));
    QCOMPARE(kubectl({u"get"_s, u"pv"_s, kVolume, u"-o"_s,
                      u"jsonpath={.spec.claimRef.namespace}/{.spec.claimRef.name} "
                      u"{.spec.storageClassName} {.status.phase}"_s})
                 .out,
             u"shop/orders-db cstor-disk Bound"_s);
    const ProgramRun missing = kubectl({u"get"_s, u"pvc"_s, kClaim, u"-n"_s, u"default"_s});
    QVERIFY2(missing.err.contains(u"not found"_s), qPrintable(missing.whole()));
    QCOMPARE(podOfClaim(u"shop"_s, u"orders-db"_s, u".status.phase"_s), u"Running"_s);
    QCOMPARE(Table::parse(kubectl({u"get"_s, u"pvc"_s, u"-A"_s}).out).rows.size(), 5);
}

// The generator deals its claims (`data-<8 hex>`, a StatefulSet's) over five application
// namespaces; each gets its volume and its pod `<8 hex>-0`.
void TestSimClaims::generatedClaimsSpreadOverNamespaces()
{
    QVERIFY(startSim(5, u"nodes=4,pools-per-node=1,volumes=10,replicas=2,volume-size=1Gi"_s));
    const QList<QJsonObject> claims = items({u"get"_s, u"pvc"_s, u"-A"_s});
    QCOMPARE(claims.size(), 10);
    QHash<QString, int> perNamespace;
    for (const QJsonObject &claim : claims) {
        const QJsonObject metadata = claim.value("metadata"_L1).toObject();
        const QString ns = metadata.value("namespace"_L1).toString();
        const QString name = metadata.value("name"_L1).toString();
        ++perNamespace[ns];
        QVERIFY2(QRegularExpression(u"^data-[0-9a-f]{8}$"_s).match(name).hasMatch(),
                 qPrintable(name));
        const QString volume = claim.value("spec"_L1).toObject().value("volumeName"_L1).toString();
        QCOMPARE(m_sim->jsonpath(u"cvc/"_s + volume,
                                 u".metadata.annotations.openebs\\.io/persistent-volume-claim"_s),
                 name);
        QCOMPARE(kubectl({u"get"_s, u"pv"_s, volume, u"-o"_s,
                          u"jsonpath={.status.phase} {.spec.claimRef.namespace}"_s})
                     .out,
                 u"Bound "_s + ns);
        const QString pod = name.mid(5) + u"-0"_s;
        QCOMPARE(kubectl({u"get"_s, u"pod"_s, pod, u"-n"_s, ns, u"-o"_s,
                          u"jsonpath={.metadata.ownerReferences[0].name} {.status.phase}"_s})
                     .out,
                 name.mid(5) + u" Running"_s);
    }
    QCOMPARE(perNamespace, (QHash<QString, int>{{u"shop"_s, 2},
                                                {u"search"_s, 2},
                                                {u"analytics"_s, 2},
                                                {u"ci"_s, 2},
                                                {u"monitoring"_s, 2}}));
    const ProgramRun namespaces = kubectl({u"get"_s, u"namespaces"_s, u"-o"_s, u"name"_s});
    for (const QString &ns : perNamespace.keys())
        QVERIFY2(namespaces.out.contains(u"namespace/"_s + ns), qPrintable(namespaces.out));
    QSet<QString> nodes;
    for (const QJsonObject &pod : items({u"get"_s, u"pods"_s, u"-A"_s})) {
        const QString ns = pod.value("metadata"_L1).toObject().value("namespace"_L1).toString();
        if (perNamespace.contains(ns))
            nodes.insert(pod.value("spec"_L1).toObject().value("nodeName"_L1).toString());
    }
    QVERIFY2(nodes.size() >= 2, qPrintable(nodes.values().join(u' ')));
}

QTEST_GUILESS_MAIN(TestSimClaims)
#include "tst_simclaims.moc"
