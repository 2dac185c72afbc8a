#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

namespace Sim {

// The simulated cluster behind the console's demo: a SimCluster with the seed scenario serving
// HTTPS on loopback from a worker thread, with its kubeconfig in a private temporary directory.
// The window reaches it through the same kubeconfig -> client -> watcher path as a real
// cluster.
class DemoCluster
{
    Q_DECLARE_TR_FUNCTIONS(Sim::DemoCluster)

public:
    explicit DemoCluster(double speed);
    ~DemoCluster();
    DemoCluster(const DemoCluster &) = delete;
    DemoCluster &operator=(const DemoCluster &) = delete;

    // Starts the simulator; `ready` runs in `context`'s thread with the kubeconfig path, or an
    // empty path and the error. Nothing runs when `context` is gone by then.
    void start(QObject *context,
               std::function<void(const QString &kubeconfig, const QString &error)> ready);

private:
    double m_speed;
    QTemporaryDir m_dir;
    QThread m_thread;
};

} // namespace Sim
