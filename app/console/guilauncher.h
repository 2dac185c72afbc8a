#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace Sim {
class DemoCluster;
}
namespace Ui {
class MainWindow;
}

// Parses the GUI options (--demo, --kubeconfig, --context, --namespace, --help, --version),
// opens the main window and runs the event loop.
class QCommandLineParser;

class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int run(const QStringList &arguments);
    // Whether the window can open: an X or Wayland display, or a platform chosen by
    // QT_QPA_PLATFORM or -platform (offscreen, vnc ...).
    static bool hasDisplay(const QStringList &arguments);
    // Says that the window needs a display and how to use the verbs instead; the exit code.
    static int explainNoDisplay();

private:
    struct WindowOptions
    {
        bool demo = false;
        double demoSpeed = 5;
        QString kubeconfig;
        QString context;
        QString namespaceName;
        QString screenshot;        // the file to save a picture of the window in, then exit
        int requestTimeoutMs = -1; // --request-timeout; -1: the default
    };

    // The options read; an exit code when the launcher is done already (--help, a usage error).
    static std::optional<int> parse(const QStringList &arguments, WindowOptions *options);
    // Parses; answers --help and --version, and refuses what is not an option.
    static std::optional<int> check(QCommandLineParser &parser, const QStringList &arguments);
    // Starts the simulated cluster once and opens the window on it.
    static void startDemo(Ui::MainWindow *window, std::unique_ptr<Sim::DemoCluster> *demo,
                          const WindowOptions &options);
    // Saves a picture of the window once the cluster is shown, then quits; *exitCode says
    // whether that worked.
    static void takeScreenshot(Ui::MainWindow *window,
                               const std::unique_ptr<Sim::DemoCluster> *demo, const QString &file,
                               int *exitCode);
};
