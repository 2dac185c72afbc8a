#include "tests/common/simharness.h"

#include "app/common/tlsexit.h"

#include "models/kube/kubeconfig.h"
#include "models/sim/simprometheus.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

// A test that runs a simulator in its own process initialises OpenSSL as the programs do, before
// main(): no exit handler to race with Qt's network threads as the test ends.
[[maybe_unused]] const bool tlsWithoutExitCleanup = [] {
    initTlsWithoutExitCleanup();
    return true;
}();

} // namespace

SimHarness::SimHarness() = default;

SimHarness::~SimHarness()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
}

bool SimHarness::start(const Options &options, QString *error)
{
    m_sim = std::make_unique<Sim::SimCluster>();
    if (options.seed >= 0)
        m_sim->setSeed(quint64(options.seed));
    m_sim->setSpeed(options.speed);
    m_sim->setResyncSeconds(options.resyncSeconds);
    if (!options.kubeVersion.isEmpty())
        m_sim->setKubeVersion(options.kubeVersion);
    bool loaded = false;
    if (!options.generateSpec.isEmpty())
        loaded = m_sim->generate(options.generateSpec, error);
    else if (!options.scenarioFile.isEmpty())
        loaded = m_sim->loadScenarioFile(options.scenarioFile, error);
    else
        loaded = m_sim->loadDefaultScenario(error);
    if (!loaded)
        return false;
    if (!m_sim->start(QHostAddress::LocalHost, 0, error))
        return false;
    if ((options.prometheus || options.historyDays > 0) &&
        !startPrometheus(options.historyDays, error))
        return false;
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    return m_sim->writeKubeconfig(m_kubeconfig, error);
}

// Waits (running the event loop) until the cluster's Prometheus is ready, or why not.
bool SimHarness::startPrometheus(int historyDays, QString *error)
{
    auto *prometheus = new Sim::SimPrometheus(m_sim.get());
    QEventLoop loop;
    QString failure;
    QObject::connect(prometheus, &Sim::SimPrometheus::ready, &loop, [this, &loop](const QUrl &url) {
        m_prometheusUrl = url;
        loop.quit();
    });
    QObject::connect(prometheus, &Sim::SimPrometheus::failed, &loop,
                     [&loop, &failure](const QString &why) {
                         failure = why;
                         loop.quit();
                     });
    QTimer::singleShot(120000, &loop, [&loop, &failure] {
        failure = QStringLiteral("Prometheus was not ready within two minutes");
        loop.quit();
    });
    prometheus->start(historyDays);
    loop.exec();
    if (!failure.isEmpty())
        *error = failure;
    return failure.isEmpty();
}

bool SimHarness::startProcess(const Options &options, QString *error)
{
    const QString program = qEnvironmentVariable("CSTOR_SIM");
    if (program.isEmpty() || !QFile::exists(program)) {
        *error = QStringLiteral("CSTOR_SIM does not name the cstor-sim program");
        return false;
    }
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QStringList arguments{QStringLiteral("--speed"),
                          QString::number(options.speed),
                          QStringLiteral("--resync"),
                          QString::number(options.resyncSeconds),
                          QStringLiteral("--write-kubeconfig"),
                          m_kubeconfig};
    if (!options.kubeVersion.isEmpty())
        arguments << QStringLiteral("--kube-version") << options.kubeVersion;
    if (!options.generateSpec.isEmpty())
        arguments << QStringLiteral("--generate") << options.generateSpec;
    else if (!options.scenarioFile.isEmpty())
        arguments << QStringLiteral("--scenario") << options.scenarioFile;
    if (options.prometheus)
        arguments << QStringLiteral("--prometheus");
    if (options.historyDays > 0)
        arguments << QStringLiteral("--history") << QString::number(options.historyDays);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#if defined(Q_OS_LINUX)
    // A test or benchmark that crashes takes its simulator with it, rather than leaving it
    // serving (and using a core) behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program, arguments);
    if (!m_process->waitForStarted()) {
        *error = m_process->errorString();
        return false;
    }
    // It prints "listening on <url>" and then "kubeconfig: <path>" once it serves.
    QByteArray output;
    const QDeadlineTimer deadline(options.startTimeoutMs);
    while (!output.contains("kubeconfig: ")) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired() ||
            !m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            *error = QStringLiteral("cstor-sim did not start: %1")
                         .arg(QString::fromLocal8Bit(output + m_process->readAll()));
            return false;
        }
        output += m_process->readAllStandardOutput();
    }
    // With a Prometheus, "prometheus: <url>" came first.
    const QRegularExpressionMatch prometheus =
        QRegularExpression(QStringLiteral("prometheus: (\\S+)")).match(QString::fromUtf8(output));
    if (prometheus.hasMatch())
        m_prometheusUrl = QUrl(prometheus.captured(1));
    return true;
}

std::optional<Kube::ClusterConfig> SimHarness::clusterConfig(const QString &context,
                                                             QString *error) const
{
    Kube::KubeconfigSources sources;
    sources.explicitPath = m_kubeconfig;
    const auto kubeconfig = Kube::Kubeconfig::load(sources, error);
    return kubeconfig ? kubeconfig->resolve(context, error) : std::nullopt;
}
