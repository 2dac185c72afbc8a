#pragma once

#include "models/sim/simcluster.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A simulated cluster for a test: the seed scenario (or another), served over real HTTPS on
// loopback, with a kubeconfig written into a private temporary directory.
class SimHarness
{
public:
    struct Options
    {
        double speed = 50;      // simulated seconds per real second
        int resyncSeconds = 30; // as upstream
        QString scenarioFile;   // empty: the seed scenario
        QString generateSpec;   // e.g. "nodes=10,pools-per-node=1,volumes=20,replicas=3"
    };

    SimHarness();
    ~SimHarness();

    bool start(const Options &options, QString *error);
    bool start(QString *error) { return start(Options(), error); }

    Sim::SimCluster *sim() const { return m_sim.get(); }
    QString kubeconfigPath() const { return m_kubeconfig; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sim::SimCluster> m_sim;
    QString m_kubeconfig;
};
