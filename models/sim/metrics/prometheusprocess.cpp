#include "models/sim/metrics/prometheusprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Sim {

namespace {

Q_LOGGING_CATEGORY(lcPrometheus, "cstor.sim.prometheus")

constexpr int kPortAttempts = 5;
constexpr int kTailLines = 8;
// promtool cuts the history into blocks of at most this span (its hidden flag; without it, one
// 2 h block per pass over the whole file). Prometheus keeps blocks up to 31 days itself.
const QString kMaxBlockDuration = QStringLiteral("--max-block-duration=744h");

QString lastLines(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - kTailLines)).join(u'\n');
}

// The child ends with the thread that started it, whatever ends it (Linux).
void endWithParent()
{
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
}

} // namespace

PrometheusProcess::PrometheusProcess(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_poll.setInterval(kReadyPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PrometheusProcess::pollReady);
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &PrometheusProcess::stop);
}

PrometheusProcess::~PrometheusProcess()
{
    stop();
}

void PrometheusProcess::start(const PrometheusConfig &config)
{
    if (m_backfill || m_process) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(QStringLiteral("Prometheus is already started")); },
            Qt::QueuedConnection);
        return;
    }
    m_config = config;
    m_ready = false;
    m_stopping = false;
    m_portAttempts = 0;
    m_backfillMs = 0;
    m_startupMs = 0;
    m_part = 0;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
            if (m_prometheus.isEmpty())
                return fail(
                    QStringLiteral("prometheus not found on the PATH (Debian package prometheus)"));
            if (hasHistory()) {
                m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
                if (m_promtool.isEmpty())
                    return fail(QStringLiteral(
                        "promtool not found on the PATH (Debian package prometheus)"));
                if (m_config.historyParts == 0 && !QFileInfo(m_config.historyFile).isFile())
                    return fail(QStringLiteral("the history file %1 does not exist")
                                    .arg(m_config.historyFile));
            }
            if (m_config.dataDirectory.isEmpty()) {
                m_temporaryDirectory = std::make_unique<QTemporaryDir>(
                    QDir::tempPath() + QStringLiteral("/cstor-sim-prometheus-XXXXXX"));
                if (!m_temporaryDirectory->isValid())
                    return fail(
                        QStringLiteral("could not create a data directory for Prometheus: %1")
                            .arg(m_temporaryDirectory->errorString()));
                m_directory = m_temporaryDirectory->path();
            } else {
                m_directory = QDir(m_config.dataDirectory).absolutePath();
            }
            if (!QDir().mkpath(path(QStringLiteral("tsdb"))))
                return fail(QStringLiteral("could not create the Prometheus data directory %1")
                                .arg(path(QStringLiteral("tsdb"))));
            QFile file(path(QStringLiteral("prometheus.yml")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(m_config.configFile()) < 0 || !file.flush())
                return fail(QStringLiteral("could not write %1: %2")
                                .arg(file.fileName(), file.errorString()));
            file.close();
            if (!hasHistory())
                launch();
            else
                backfill();
        },
        Qt::QueuedConnection);
}

void PrometheusProcess::backfill()
{
    if (m_part == 0)
        m_clock.restart();
    QString file = m_config.historyFile;
    if (m_config.historyParts > 0) {
        file = partFile();
        QString error;
        if (!m_config.writeHistoryPart(m_part, file, &error)) {
            QFile::remove(file);
            return fail(QStringLiteral("could not write part %1 of %2 of the history: %3")
                            .arg(m_part + 1)
                            .arg(m_config.historyParts)
                            .arg(error));
        }
    }
    m_backfill = new QProcess(this);
    m_backfill->setProcessChannelMode(QProcess::MergedChannels);
    m_backfill->setChildProcessModifier(endWithParent);
    connect(m_backfill, &QProcess::finished, this, &PrometheusProcess::onBackfillFinished);
    connect(m_backfill, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_stopping)
            fail(QStringLiteral("promtool could not start: %1").arg(m_backfill->errorString()));
    });
    m_backfill->start(m_promtool, {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
                                   QStringLiteral("openmetrics"), QStringLiteral("--quiet"),
                                   kMaxBlockDuration, file, path(QStringLiteral("tsdb"))});
}

void PrometheusProcess::onBackfillFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QByteArray output = m_backfill->readAll();
    m_backfill->deleteLater();
    m_backfill = nullptr;
    if (m_config.historyParts > 0)
        QFile::remove(partFile());
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString tail = lastLines(output);
        return fail(QStringLiteral("promtool could not backfill the history: %1")
                        .arg(tail.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode) : tail));
    }
    if (++m_part < m_config.historyParts) {
        // The next part once the event loop has turned.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_stopping)
                    backfill();
            },
            Qt::QueuedConnection);
        return;
    }
    m_backfillMs = m_clock.elapsed();
    qCInfo(lcPrometheus, "history backfilled in %lld ms", m_backfillMs);
    launch();
}

void PrometheusProcess::launch()
{
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port for Prometheus"));
    m_process = new QProcess(this);
    m_process->setStandardOutputFile(path(QStringLiteral("prometheus.log")), QIODevice::Append);
    m_process->setStandardErrorFile(path(QStringLiteral("prometheus.log")), QIODevice::Append);
    m_process->setChildProcessModifier(endWithParent);
    connect(m_process, &QProcess::finished, this, &PrometheusProcess::onPrometheusFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_stopping)
            fail(QStringLiteral("prometheus could not start: %1").arg(m_process->errorString()));
    });
    m_clock.restart();
    m_process->start(m_prometheus,
                     {QStringLiteral("--config.file=") + path(QStringLiteral("prometheus.yml")),
                      QStringLiteral("--storage.tsdb.path=") + path(QStringLiteral("tsdb")),
                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                      QStringLiteral("--storage.tsdb.retention.time=3650d"),
                      QStringLiteral("--log.level=warn")});
    m_poll.start();
}

void PrometheusProcess::onPrometheusFinished()
{
    if (m_stopping)
        return;
    m_poll.stop();
    const QString tail = logTail();
    m_process->deleteLater();
    m_process = nullptr;
    if (!m_ready && tail.contains(QLatin1String("address already in use")) &&
        ++m_portAttempts < kPortAttempts) {
        qCInfo(lcPrometheus, "port %u was taken, trying another one", unsigned(m_port));
        return launch();
    }
    fail(m_ready ? QStringLiteral("Prometheus exited: %1").arg(tail)
                 : QStringLiteral("Prometheus exited before it was ready: %1").arg(tail));
}

void PrometheusProcess::pollReady()
{
    if (m_clock.elapsed() > kReadyTimeoutMs)
        return fail(QStringLiteral("Prometheus was not ready after %1 s: %2")
                        .arg(kReadyTimeoutMs / 1000)
                        .arg(logTail()));
    if (m_probe)
        return;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/-/ready"))));
    request.setTransferTimeout(kReadyPollMs * 10);
    m_probe = m_network->get(request);
    connect(m_probe, &QNetworkReply::finished, this, [this, base] {
        QNetworkReply *reply = m_probe;
        m_probe = nullptr;
        reply->deleteLater();
        if (m_stopping || m_ready || !m_process ||
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        m_ready = true;
        m_poll.stop();
        m_startupMs = m_clock.elapsed();
        qCInfo(lcPrometheus, "Prometheus ready at %s in %lld ms", qPrintable(base.toString()),
               m_startupMs);
        emit ready(base);
    });
}

void PrometheusProcess::fail(const QString &why)
{
    stop();
    qCWarning(lcPrometheus, "%s", qPrintable(why));
    emit failed(why);
}

void PrometheusProcess::stop()
{
    m_stopping = true;
    m_poll.stop();
    if (m_probe) {
        QNetworkReply *reply = m_probe;
        m_probe = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    if (m_backfill) {
        m_backfill->kill();
        m_backfill->waitForFinished(kStopTimeoutMs);
        m_backfill->disconnect(this);
        m_backfill->deleteLater(); // stop() may run in one of its signals
        m_backfill = nullptr;
        if (m_config.historyParts > 0)
            QFile::remove(partFile());
    }
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(kStopTimeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(kStopTimeoutMs);
            }
        }
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_ready = false;
}

bool PrometheusProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl PrometheusProcess::url() const
{
    return m_ready ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)) : QUrl();
}

qint64 PrometheusProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString PrometheusProcess::dataDirectory() const
{
    return m_directory;
}

QString PrometheusProcess::logTail() const
{
    QFile log(path(QStringLiteral("prometheus.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    log.seek(std::max<qint64>(0, log.size() - 4096));
    const QString tail = lastLines(log.readAll());
    return tail.isEmpty() ? QStringLiteral("(empty log)") : tail;
}

QString PrometheusProcess::path(const QString &name) const
{
    return m_directory + u'/' + name;
}

quint16 PrometheusProcess::freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace Sim
