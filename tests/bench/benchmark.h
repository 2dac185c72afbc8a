#pragma once

#include "models/metrics/poolforecaster.h"
#include "tests/bench/figuretable.h"
#include "tests/bench/stallmonitor.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class SimHarness;
namespace Kube {
class RestClient;
}
namespace Items {
struct ChangeSet;
}
namespace Ui {
class MainWindow;
}

// Runs the console's main window (offscreen) against a cstor-sim process on a generated cluster
// and measures the figures of the performance budget: initial sync against kubectl's fetch of
// the same data, event-loop stalls and model lag under a stream of status updates, resident
// memory, topology frame times and the time from a drop to the PATCH reaching the server.
class Benchmark : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int nodes = 1000;
        int pools = 1000;
        int volumes = 10000;
        int replicas = 30000;
        int runs = 3;
        int firstRun = 0;       // the index of the first run (a run in a process of its own)
        int totalRuns = 0;      // all runs, in every process (0: runs)
        int phaseSeconds = 10;  // per update rate
        int churnSeconds = 600; // the memory-growth figure
        QList<int> rates{500, 2000, 5000, 10000};
        int memoryChurnRate = 2000;
        // Simulated seconds per second. 0 freezes the simulator's controllers (their rebuilds
        // and resyncs of 30,000 replicas would take its CPU); the update stream runs anyway.
        double simSpeed = 0;
        QString kubectl = QStringLiteral("kubectl");
        // The capacity history phase (first run only): this many pools with 30 days in their
        // Prometheus, forecast by the console. 0: no such phase.
        int historyPools = 3000;
    };

    explicit Benchmark(const Options &options, QObject *parent = nullptr);
    ~Benchmark() override;

    // Every run, in this process; false (and *error) when one could not be carried out.
    bool run(QString *error);
    // Takes the figures of a run made by another process (its toJson()).
    void addRun(const QJsonObject &json);
    const FigureTable &figures() const { return m_figures; }
    QJsonObject toJson() const;

private:
    // The figures of the budget (benchmarkfigures.cpp).
    void defineFigures();
    bool isLargeScalePoint() const; // 100,000 replicas: the budgets of that scale point
    void defineSyncFigures();
    void defineRateFigures();
    void defineMemoryFigures();
    void defineInteractionFigures();
    void defineHistoryFigures();
    void describeEnvironment();
    // All runs, in every process.
    int totalRuns() const { return m_options.totalRuns > 0 ? m_options.totalRuns : m_options.runs; }
    bool runOnce(int index, QString *error);
    bool startSimulator(QString *error);
    bool measureSync(QString *error);
    void recordSyncBreakdown();
    void recordModelLag(const Items::ChangeSet &changes);
    bool measureKubectl(QString *error);
    void measureFrames();
    void measurePlanning(); // the planners of many moves on the synced cluster
    // The Evacuate dialog planning `nodes` off the UI thread: the UI thread's longest stall.
    void measureEvacuateDialog(const QStringList &nodes, int moves);
    bool measureChurn(int rate, QString *error);
    bool measureMemoryChurn(QString *error);
    bool measureDropToPatch(int index, QString *error);
    void findMove(int index, QString *replicaUid, QString *volume, QString *pool) const;
    bool waitForSpecWrite(const QString &key, qint64 *written, QString *error);
    bool measureCharts(QString *error);
    // The capacity history phase (benchmarkforecast.cpp): a simulator of its own.
    QString historySpec() const;
    bool measureForecast(QString *error);
    bool waitForCompaction(const QUrl &prometheus, QString *error);
    bool measureRawHistory(const SimHarness &sim, const Metrics::PoolForecaster::Result &hourly,
                           QString *error);

    // Spins the event loop until `done` holds (checked every millisecond) or the time is up.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    // An admin request to the simulator (/sim/v1/...); empty object on failure (*error).
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body,
                      QString *error);
    QString generateSpec() const;
    void log(const QString &line) const;
    void logSlowestEvents() const;

    Options m_options;
    FigureTable m_figures;
    StallMonitor m_stalls;
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Kube::RestClient> m_admin;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_simPid = 0;
    qint64 m_rssAfterSyncKiB = 0;
    double m_simShareSync = 0;
    double m_syncPaintMs = 0;

    // Model lag: the stamp last seen per replica uid, and the lags measured.
    bool m_collectLag = false;
    QHash<QString, QString> m_lastStamp;
    QList<double> m_lags;
    qint64 m_lastStampAt = 0;
    QJsonObject m_environment;
};
