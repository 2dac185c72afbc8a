#include "app/console/guilauncher.h"

#include "models/sim/simcluster.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcLauncher, "cstor.ui.launcher")

namespace {

// The simulated cluster behind --demo: a Sim::SimCluster serving HTTPS on loopback from a
// worker thread, with its kubeconfig in a private temporary directory. The window reaches it
// through the same kubeconfig -> client -> watcher path as a real cluster.
class DemoCluster
{
public:
    explicit DemoCluster(double speed)
        : m_speed(speed)
    {
    }

    ~DemoCluster()
    {
        if (m_thread.isRunning()) {
            m_thread.quit(); // the simulator is deleted in its own thread (finished -> deleteLater)
            m_thread.wait();
        }
    }

    // Starts the simulator; `ready` gets the kubeconfig path, or an empty path and the error.
    void start(QObject *context,
               std::function<void(const QString &kubeconfig, const QString &error)> ready)
    {
        if (!m_dir.isValid()) {
            ready({},
                  GuiLauncher::tr(
                      "Cannot create a temporary directory for the demo cluster's kubeconfig."));
            return;
        }
        auto *sim = new Sim::SimCluster;
        QString error;
        if (!sim->loadDefaultScenario(&error)) {
            delete sim;
            ready({}, GuiLauncher::tr("The demo scenario cannot be loaded: %1").arg(error));
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
                    qCInfo(lcLauncher) << "demo cluster serving at" << sim->serverUrl();
                if (!guard)
                    return;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [ok, path, failure, ready] { ready(ok ? path : QString(), failure); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    double m_speed;
    QTemporaryDir m_dir;
    QThread m_thread;
};

} // namespace

int GuiLauncher::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for OpenEBS cStor storage"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Run on a built-in simulated cluster (no cluster needed; changes affect only the "
           "simulation)."));
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"),
                                              tr("The kubeconfig file (default: $KUBECONFIG, else "
                                                 "~/.kube/config)."),
                                              tr("FILE"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
                                           tr("The kubeconfig context (default: the current one)."),
                                           tr("NAME"));
    const QCommandLineOption namespaceOption(
        QStringLiteral("namespace"),
        tr("The namespace cStor runs in (default: the context's, else openebs)."), tr("NS"));
    const QCommandLineOption speedOption(
        QStringLiteral("demo-speed"),
        tr("How fast time runs in the demo cluster (simulated seconds per second, default 5)."),
        tr("X"), QStringLiteral("5"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window as FILE (PNG) once the cluster is shown, then exit."),
        tr("FILE"));
    parser.addOptions({demoOption, kubeconfigOption, contextOption, namespaceOption, speedOption,
                       screenshotOption});
    // Exits with 0 for --help/--version and with 1 (after the message) for unknown options.
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Unknown argument: %1").arg(parser.positionalArguments().first())));
        return 2;
    }
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || speed < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--demo-speed needs a number of 0 or more")));
        return 2;
    }

    Ui::MainWindow window;
    std::unique_ptr<DemoCluster> demo;
    const QString context = parser.value(contextOption);
    const QString namespaceName = parser.value(namespaceOption);
    auto startDemo = [&] {
        if (demo)
            return;
        demo = std::make_unique<DemoCluster>(speed);
        demo->start(&window, [&window, context, namespaceName](const QString &kubeconfig,
                                                               const QString &error) {
            if (kubeconfig.isEmpty()) {
                QMessageBox::critical(&window, tr("Demo cluster"),
                                      tr("The demo cluster could not start: %1").arg(error));
                return;
            }
            window.setDemo(true);
            window.openKubeconfig(kubeconfig, context, namespaceName);
        });
    };
    QObject::connect(&window, &Ui::MainWindow::demoRequested, &window, startDemo);

    const QString screenshot = parser.value(screenshotOption);
    int exitCode = 0;
    if (!screenshot.isEmpty()) {
        // The picture is taken once the first sync is on screen, after one more event loop
        // pass so that the topology has been laid out and painted.
        QObject::connect(
            &window, &Ui::MainWindow::synced, &window, [&window, screenshot, &exitCode] {
                QTimer::singleShot(0, &window, [&window, screenshot, &exitCode] {
                    window.topologyScene()->relayout();
                    const QString volume =
                        QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
                    window.topologyScene()->activate(Ui::TopologyScene::Kind::Volume, volume);
                    QTimer::singleShot(0, &window, [&window, screenshot, &exitCode] {
                        if (!window.grab().save(screenshot, "PNG")) {
                            std::fprintf(stderr, "%s\n",
                                         qPrintable(tr("Cannot write %1").arg(screenshot)));
                            exitCode = 1;
                        }
                        QApplication::quit();
                    });
                });
            });
        QTimer::singleShot(60 * 1000, &window, [&exitCode] {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("The cluster was not shown within a minute; no picture.")));
            exitCode = 1;
            QApplication::quit();
        });
        window.resize(1500, 950);
    }

    window.show();
    if (parser.isSet(demoOption))
        startDemo();
    else
        window.openKubeconfig(parser.value(kubeconfigOption), context, namespaceName);
    const int code = QApplication::exec();
    return exitCode != 0 ? exitCode : code;
}
