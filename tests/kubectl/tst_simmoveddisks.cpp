// Disks moved to a new node (CO docs/troubleshooting/migrate_pool_by_migrating_disks.md), seen
// with kubectl only: the situation as upstream shows it, the CSPC edits the admission webhook
// refuses while a pool spec names the gone node (CO webhook cspc.go cspcValidation), and the
// way out: the pool spec's node selector pointed at the new node is accepted, the CSPC operator
// points the CSPI and its pool Deployment there (syncCSPIWithCSPC), the pool-manager imports the
// pool ("Pool Imported") and its replicas are Healthy again.
#include "tests/kubectl/simkubectl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kCspc = u"cspc-stripe-pool"_s;
const QString kDenied =
    u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "
    "invalid cspc specification: "_s;
constexpr int kTimeout = 30000;
} // namespace

class TestSimMovedDisks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDisksAreOnTheNewNodeAndThePoolIsDown();
    void editsTheWebhookRefuses();
    void theNodeSelectorEditBringsThePoolBack();

private:
    ProgramRun kubectl(const QStringList &args) const { return m_sim->kubectl(args); }
    QString jsonpath(const QString &what, const QString &path) const
    {
        return m_sim->jsonpath(what, path);
    }
    // `kubectl patch cspc --type=json` with these operations.
    ProgramRun patch(const QJsonArray &ops) const
    {
        return kubectl({u"patch"_s, u"cspc"_s, kCspc, u"-n"_s, u"openebs"_s, u"--type=json"_s,
                        u"-p"_s,
                        QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))});
    }
    QJsonObject setHost(int pool, const QString &node) const
    {
        return QJsonObject{
            {u"op"_s, u"replace"_s},
            {u"path"_s, u"/spec/pools/%1/nodeSelector/kubernetes.io~1hostname"_s.arg(pool)},
            {u"value"_s, node}};
    }
    QString refusal(const ProgramRun &run) const
    {
        const qsizetype at = run.err.indexOf(u"admission webhook"_s);
        return run.exitCode == 0 || at < 0 ? u"<accepted: "_s + run.err + u">"_s
                                           : run.err.mid(at).trimmed();
    }

    std::unique_ptr<SimKubectl> m_sim;
    QString m_pool;    // the CSPI whose node was replaced
    QString m_oldNode; // gone
    QString m_newNode; // has its disks
    int m_index = -1;  // its pool spec in the CSPC
    QStringList m_nodes;
};

void TestSimMovedDisks::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 100;
    options.generateSpec = u"nodes=3,volumes=3,replicas=2,volume-size=1Gi,used=10%"_s;
    QVERIFY(m_sim->start(options));
    const QString problem = m_sim->reachSituation(u"moved-disks"_s, 120000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_pool = jsonpath(u"pods"_s, u".items[?(@.status.phase==\"Pending\")].metadata.labels."
                                 "openebs\\.io/cstor-pool-instance"_s);
    QVERIFY2(!m_pool.isEmpty() && !m_pool.contains(u' '), qPrintable(m_pool));
    m_oldNode = jsonpath(u"cspi/"_s + m_pool, u".spec.hostName"_s);
    const QString disk =
        jsonpath(u"cspi/"_s + m_pool, u".spec.dataRaidGroups[0].blockDevices[0].blockDeviceName"_s);
    m_newNode = jsonpath(u"bd/"_s + disk, u".spec.nodeAttributes.nodeName"_s);
    QCOMPARE(m_newNode, m_oldNode + u"-new"_s);
    const QJsonArray pools =
        QJsonDocument::fromJson(jsonpath(u"cspc/"_s + kCspc, u".spec.pools"_s).toUtf8()).array();
    for (int i = 0; i < pools.size(); ++i) {
        const QString node = pools.at(i)["nodeSelector"_L1]["kubernetes.io/hostname"_L1].toString();
        m_nodes.append(node);
        if (node == m_oldNode)
            m_index = i;
    }
    QVERIFY(m_index >= 0);
}

// The node object is gone, the new one Ready; NDM has the disks on the new node under their old
// names, still Claimed; the pool pod is Pending; the CSPC counts one healthy pool less.
void TestSimMovedDisks::theDisksAreOnTheNewNodeAndThePoolIsDown()
{
    QCOMPARE(kubectl({u"get"_s, u"node"_s, m_oldNode}).exitCode, 1);
    QCOMPARE(jsonpath(u"node/"_s + m_newNode, u".status.conditions[?(@.type==\"Ready\")].status"_s),
             u"True"_s);
    const ProgramRun disks = kubectl({u"get"_s, u"bd"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                      u"kubernetes.io/hostname="_s + m_newNode, u"-o"_s,
                                      u"jsonpath={.items[*].status.claimState}"_s});
    QVERIFY2(disks.out.contains(u"Claimed"_s), qPrintable(disks.whole()));
    const ProgramRun pods = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                     u"openebs.io/cstor-pool-instance="_s + m_pool});
    QVERIFY2(pods.out.contains(u"Pending"_s), qPrintable(pods.whole()));
    const QString healthy = jsonpath(u"cspc/"_s + kCspc, u".status.healthyInstances"_s);
    const QString provisioned = jsonpath(u"cspc/"_s + kCspc, u".status.provisionedInstances"_s);
    QVERIFY2(healthy.toInt() < provisioned.toInt(), qPrintable(healthy + u'/' + provisioned));
}

// Any edit of the CSPC fails while a pool spec names a node that is gone; the pool cannot be
// pointed at a node that has another pool of the CSPC, nor at one without its disks.
void TestSimMovedDisks::editsTheWebhookRefuses()
{
    const int other = m_index == 0 ? 1 : 0;
    const ProgramRun unrelated =
        patch({QJsonObject{{u"op"_s, u"add"_s},
                           {u"path"_s, u"/spec/pools/%1/poolConfig/roThresholdLimit"_s.arg(other)},
                           {u"value"_s, 90}}});
    QCOMPARE(refusal(unrelated),
             kDenied + u"failed to get node from pool nodeSelector: "
                       "{map[kubernetes.io/hostname:%1]} error: {invalid no.of nodes 0 from the "
                       "given node selectors}"_s.arg(m_oldNode));
    const ProgramRun duplicate = patch({setHost(m_index, m_nodes.at(other))});
    QCOMPARE(refusal(duplicate),
             kDenied + u"invalid cspc: duplicate node %1 entry"_s.arg(m_nodes.at(other)));
    QCOMPARE(jsonpath(u"cspi/"_s + m_pool, u".spec.hostName"_s), m_oldNode);
}

// The documented way out, in one edit: the pool spec's node selector names the new node.
void TestSimMovedDisks::theNodeSelectorEditBringsThePoolBack()
{
    const ProgramRun fixed = patch({setHost(m_index, m_newNode)});
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.whole()));
    const QString cspi = u"cspi/"_s + m_pool;
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, u".spec.hostName"_s), m_newNode, kTimeout);
    QCOMPARE(jsonpath(cspi, u".spec.nodeSelector.kubernetes\\.io/hostname"_s), m_newNode);
    // Upstream leaves the label as it was (the docs' step 4 edits it by hand).
    QCOMPARE(jsonpath(cspi, u".metadata.labels.kubernetes\\.io/hostname"_s), m_oldNode);
    const QString podNode = u"{.items[?(@.status.phase==\"Running\")].spec.nodeName}"_s;
    QTRY_COMPARE_WITH_TIMEOUT(
        kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                 u"openebs.io/cstor-pool-instance="_s + m_pool, u"-o"_s, u"jsonpath="_s + podNode})
            .out.trimmed(),
        m_newNode, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim->eventCount(u"Pool Imported"_s, u"Pool Import successful"_s, m_pool) >= 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(cspi, u".status.phase"_s), u"ONLINE"_s, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cspc/"_s + kCspc, u".status.healthyInstances"_s),
                              jsonpath(u"cspc/"_s + kCspc, u".status.provisionedInstances"_s),
                              kTimeout);
    // Every replica of the pool serves again.
    const QString phases = u"{.items[*].status.phase}"_s;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ProgramRun r = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                          u"cstorpoolinstance.openebs.io/name="_s + m_pool, u"-o"_s,
                                          u"jsonpath="_s + phases});
            const QStringList all = r.out.split(u' ', Qt::SkipEmptyParts);
            return !all.isEmpty() && all.count(u"Healthy"_s) == all.size();
        }(),
        2 * kTimeout);
}

QTEST_GUILESS_MAIN(TestSimMovedDisks)
#include "tst_simmoveddisks.moc"
