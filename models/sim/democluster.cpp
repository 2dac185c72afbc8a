#include "models/sim/democluster.h"

#include "models/sim/simcluster.h"
#include "models/sim/simprometheus.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDemo, "cstor.sim.demo")

namespace {
constexpr int kHistoryDays = 30;
}

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
            const auto announce = [ok, path, failure, guard, ready] {
                if (!guard)
                    return;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [ok, path, failure, ready] { ready(ok ? path : QString(), failure); },
                    Qt::QueuedConnection);
            };
            if (!ok) {
                announce();
                return;
            }
            qCInfo(lcDemo) << "demo cluster serving at" << sim->serverUrl();
            // With Debian's prometheus installed, the demo has a month of capacity history to
            // forecast from; without it, the console says there is no Prometheus.
            if (QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty()) {
                announce();
                return;
            }
            auto *prometheus = new SimPrometheus(sim);
            QObject::connect(prometheus, &SimPrometheus::ready, sim, [announce](const QUrl &url) {
                qCInfo(lcDemo) << "demo Prometheus at" << url.toString();
                announce();
            });
            QObject::connect(prometheus, &SimPrometheus::failed, sim,
                             [announce](const QString &why) {
                                 qCWarning(lcDemo) << "demo cluster without Prometheus:" << why;
                                 announce();
                             });
            prometheus->start(kHistoryDays);
        },
        Qt::QueuedConnection);
}

} // namespace Sim
