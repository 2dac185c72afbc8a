#pragma once

#include "models/kube/clusterconfig.h"
#include "models/sim/simcluster.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

// A simulated cluster for a test: the seed scenario (or another), served over real HTTPS on
// loopback, with a kubeconfig written into a private temporary directory. start() runs the
// cluster in this process; startProcess() runs the cstor-sim program instead.
class SimHarness
{
public:
    struct Options
    {
        double speed = 50;      // simulated seconds per real second
        int resyncSeconds = 30; // as upstream
        QString scenarioFile;   // empty: the seed scenario
        QString generateSpec;   // e.g. "nodes=10,pools-per-node=1,volumes=20,replicas=3"
        QString kubeVersion;    // what /version reports, "1.27" ... "1.33"; empty: the default
        qint64 seed = -1;       // names and timing jitter; -1: the simulator's own
        // A real Prometheus scraping the cluster, behind the service proxy (cstor-sim
        // --prometheus), with this many days of drawn capacity history (--history DAYS).
        bool prometheus = false;
        int historyDays = 0;
        // How long startProcess() waits for it to serve (a long history of many pools takes
        // minutes to backfill).
        int startTimeoutMs = 60000;
    };

    SimHarness();
    ~SimHarness();

    bool start(const Options &options, QString *error);
    bool start(QString *error) { return start(Options(), error); }

    // Starts the program the CSTOR_SIM environment variable names, with the options as
    // command-line arguments, and waits until it serves. sim() stays null; process() is the
    // running program (terminated by the destructor).
    bool startProcess(const Options &options, QString *error);

    Sim::SimCluster *sim() const { return m_sim.get(); }
    QProcess *process() const { return m_process.get(); }
    QString kubeconfigPath() const { return m_kubeconfig; }
    // The cluster as a client reaches it: the kubeconfig loaded and `context` resolved ("": its
    // current context); nullopt with *error saying why not.
    std::optional<Kube::ClusterConfig> clusterConfig(const QString &context, QString *error) const;
    QString dir() const { return m_dir.path(); }
    // The Prometheus's own address (empty without one).
    QUrl prometheusUrl() const { return m_prometheusUrl; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sim::SimCluster> m_sim;
    std::unique_ptr<QProcess> m_process;
    QString m_kubeconfig;
    QUrl m_prometheusUrl;

    bool startPrometheus(int historyDays, QString *error);
};
