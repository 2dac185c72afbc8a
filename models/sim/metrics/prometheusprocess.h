#pragma once

#include "models/sim/metrics/prometheusconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryDir;

namespace Sim {

// A real Prometheus for the simulator (Debian's prometheus and promtool on the PATH), started in
// steps that never block the event loop: backfill the history into the data directory
// (promtool tsdb create-blocks-from openmetrics; a history in parts one part after the other,
// each written just before, removed just after), write prometheus.yml, start prometheus on a
// free loopback port (another one when that port was taken meanwhile), wait until /-/ready
// answers 200 (60 s at most), then `ready`. Any failure is `failed` with what is wrong.
// The data directory holds prometheus.yml, prometheus.log (Prometheus's own log) and tsdb/.
// Prometheus stops with this object, with stop(), when the application quits, and (Linux) when
// the thread that started it ends: no Prometheus outlives the simulator.
class PrometheusProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReadyTimeoutMs = 60000;
    static constexpr int kReadyPollMs = 100;
    static constexpr int kStopTimeoutMs = 5000;

    explicit PrometheusProcess(QObject *parent = nullptr);
    ~PrometheusProcess() override;

    void start(const PrometheusConfig &config);
    // SIGTERM, up to kStopTimeoutMs for it to end, then SIGKILL. Also ends a running backfill.
    void stop();

    bool isRunning() const;
    QUrl url() const;         // http://127.0.0.1:<port> once ready; empty before
    qint64 processId() const; // the Prometheus process's, 0 when none
    QString dataDirectory() const;
    qint64 backfillMs() const { return m_backfillMs; } // how long the backfill took (all parts)
    qint64 startupMs() const { return m_startupMs; }   // from its start to ready

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &why);

private:
    void backfill();
    bool hasHistory() const { return !m_config.historyFile.isEmpty() || m_config.historyParts > 0; }
    QString partFile() const { return path(QStringLiteral("history-part.om")); }
    void onBackfillFinished(int exitCode, QProcess::ExitStatus status);
    void launch();
    void onPrometheusFinished();
    void pollReady();
    void fail(const QString &why);
    QString logTail() const;
    QString path(const QString &name) const;
    static quint16 freeLoopbackPort();

    PrometheusConfig m_config;
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
    QString m_directory;
    QString m_prometheus;
    QString m_promtool;
    QProcess *m_backfill = nullptr;
    QProcess *m_process = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_probe = nullptr;
    QTimer m_poll;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    int m_portAttempts = 0;
    bool m_ready = false;
    bool m_stopping = false;
    qint64 m_backfillMs = 0;
    int m_part = 0; // the part being backfilled
    qint64 m_startupMs = 0;
};

} // namespace Sim
