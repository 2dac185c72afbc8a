#include "models/sim/democluster.h"

#include "models/sim/simcluster.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDemo, "cstor.sim.demo")

namespace Sim {

DemoCluster::DemoCluster(double speed)
    : m_speed(speed)
{
}

DemoCluster::~DemoCluster()
{
    if (m_thread.isRunning()) {
        m_thread.quit(); // the simulator is deleted in its own thread (finished -> deleteLater)
        m_thread.wait();
    }
}

void DemoCluster::start(QObject *context,
                        std::function<void(const QString &kubeconfig, const QString &error)> ready)
{
    if (!m_dir.isValid()) {
        ready({}, tr("Cannot create a temporary directory for the demo cluster's kubeconfig."));
        return;
    }
    auto *sim = new SimCluster;
    QString error;
    if (!sim->loadDefaultScenario(&error)) {
        delete sim;
        ready({}, tr("The demo scenario cannot be loaded: %1").arg(error));
        return;
    }
    sim->setSpeed(m_speed);
    m_thread.setObjectName(QStringLiteral("demo-cluster"));
    sim->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, sim, &QObject::deleteLater);
    m_thread.start();
    const QString path = m_dir.filePath(QStringLiteral("kubeconfig"));
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        sim,
        [sim, path, guard, ready] {
            QString failure;
            const bool ok = sim->start(QHostAddress::LocalHost, 0, &failure) &&
                            sim->writeKubeconfig(path, &failure);
            if (ok)
                qCInfo(lcDemo) << "demo cluster serving at" << sim->serverUrl();
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [ok, path, failure, ready] { ready(ok ? path : QString(), failure); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Sim
