// Faults of the cStor control plane itself, switched through the faults document and seen with
// kubectl: the admission webhook down (failurePolicy Fail) and a volume's target pod stopped.
#include "models/sim/simcluster.h"
#include "tests/common/programrun.h"
#include "tests/common/seednames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kVolume;
} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void webhookDownRefusesEveryCvcUpdate();
    void stoppedTargetTakesItsVolumeOffline();

private:
    ProgramRun kubectl(const QStringList &args);
    QString jsonpath(const QString &what, const QString &path);
    ProgramRun postFaults(const QJsonObject &body);
    ProgramRun patchPools(const QStringList &pools);

    QString m_kubectl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::SimCluster> m_sim;
    QString m_kubeconfig;
};

void TestSimFaults::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<Sim::SimCluster>();
    m_sim->setSeed(11);
    QString error;
    QVERIFY2(m_sim->loadDefaultScenario(&error), qPrintable(error));
    m_sim->setSpeed(100);
    QVERIFY2(m_sim->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_kubeconfig = m_dir->filePath(u"kubeconfig"_s);
    QVERIFY2(m_sim->writeKubeconfig(m_kubeconfig, &error), qPrintable(error));
}

void TestSimFaults::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

ProgramRun TestSimFaults::kubectl(const QStringList &args)
{
    return runProgram(m_kubectl,
                      QStringList{u"--kubeconfig"_s, m_kubeconfig, u"--cache-dir"_s,
                                  m_dir->filePath(u"cache"_s)} +
                          args,
                      {{}, 120000});
}

QString TestSimFaults::jsonpath(const QString &what, const QString &path)
{
    const ProgramRun r =
        kubectl({u"get"_s, what, u"-n"_s, u"openebs"_s, u"-o"_s, u"jsonpath={"_s + path + u"}"_s});
    return r.exitCode == 0 ? r.out.trimmed() : u"<error: "_s + r.err.trimmed() + u">"_s;
}

ProgramRun TestSimFaults::postFaults(const QJsonObject &body)
{
    QFile file(m_dir->filePath(u"faults.json"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
    file.close();
    return kubectl({u"create"_s, u"--raw"_s, u"/sim/v1/faults"_s, u"-f"_s, file.fileName()});
}

ProgramRun TestSimFaults::patchPools(const QStringList &pools)
{
    QStringList entries;
    for (const QString &pool : pools)
        entries.append(u"{\"poolName\":\"%1\"}"_s.arg(pool));
    return kubectl(
        {u"patch"_s, u"cvc"_s, kVolume, u"-n"_s, u"openebs"_s, u"--type=merge"_s, u"-p"_s,
         u"{\"spec\":{\"policy\":{\"replicaPoolInfo\":[%1]}}}"_s.arg(entries.join(u","_s))});
}

// CO pkg/webhook configuration.go registers the webhook with failurePolicy Fail: while it cannot
// be called, the API server refuses the operator's CVC edits and the CVC controller's own status
// writes alike; reads and CVR writes go on.
void TestSimFaults::webhookDownRefusesEveryCvcUpdate()
{
    QCOMPARE(postFaults({{u"pausedControllers"_s, QJsonArray{u"cvc"_s}}}).exitCode, 0);
    QCOMPARE(patchPools({k6qkw, kPn9p, kPsz5}).exitCode, 0);
    QCOMPARE(postFaults({{u"webhookDown"_s, true}}).exitCode, 0);

    const ProgramRun refused = patchPools({k6qkw, kPn9p});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(
        refused.err.contains(
            u"Internal error occurred: failed calling webhook "
            u"\"admission-webhook.cstor.openebs.io\": failed to call webhook: Post "
            u"\"https://openebs-cstor-admission-server.openebs.svc:443/validate?timeout=5s\""_s),
        qPrintable(refused.err));

    QCOMPARE(postFaults({{u"pausedControllers"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s,
                                      u"--field-selector"_s, u"reason=ScalingVolumeReplicas"_s})
                                 .out.contains(u"failed calling webhook"_s),
                             60000);
    QCOMPARE(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s), k6qkw + u" "_s + kPn9p);

    QCOMPARE(postFaults({{u"webhookDown"_s, false}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvc/"_s + kVolume, u".status.poolInfo[*]"_s),
                              k6qkw + u" "_s + kPn9p + u" "_s + kPsz5, 60000);
}

// A target pod stopped gracefully (CSTOR-CONTROLLERS.md §9.7): the CV goes Offline with no
// replica statuses, the replicas lose their target (zfs status Offline -> CVR Offline); when it
// starts again istgt.conf is written from the CV and the replicas reconnect.
void TestSimFaults::stoppedTargetTakesItsVolumeOffline()
{
    QCOMPARE(postFaults({{u"stoppedTargets"_s, QJsonArray{kVolume}}}).exitCode, 0);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Offline"_s);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses"_s), QString());
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + kVolume + u"-"_s + k6qkw, u".status.phase"_s),
                              u"Offline"_s, 60000);

    QCOMPARE(postFaults({{u"stoppedTargets"_s, QJsonArray{}}}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cv/"_s + kVolume, u".status.replicaStatuses[*].mode"_s),
                              u"Healthy Healthy"_s, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(jsonpath(u"cvr/"_s + kVolume + u"-"_s + k6qkw, u".status.phase"_s),
                              u"Healthy"_s, 60000);
    QCOMPARE(jsonpath(u"cv/"_s + kVolume, u".status.phase"_s), u"Healthy"_s);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
