#include "app/console/guilauncher.h"

#include "app/console/clusteroptions.h"
#include "app/console/commandlineverbs.h"
#include "app/console/exitcode.h"
#include "app/console/output.h"
#include "models/items/clustermodel.h"
#include "models/sim/democluster.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace {

// The whole --help (and so the man page): the window's options, then the verbs, the
// environment and the files, which QCommandLineParser does not know about.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // A second usage line for the verbs, in the "or:" form help2man understands.
    const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
    if (usageEnd > 0) {
        text.insert(usageEnd + 1, GuiLauncher::tr("  or:  %1 VERB [ARGUMENTS] [options]\n")
                                      .arg(QCoreApplication::applicationName()));
    }
    const QString program = QCoreApplication::applicationName();
    text += u'\n' + CommandLineVerbs::help(program);
    text += GuiLauncher::tr(
        "\n"
        "Environment:\n"
        "  KUBECONFIG\n"
        "      The kubeconfig files, separated by ':' and merged as kubectl merges\n"
        "      them; used when --kubeconfig is not given.\n"
        "  CSTOR_LANGUAGE\n"
        "      The language to speak (e.g. de) instead of the setting or the system's.\n");
    text += GuiLauncher::tr(
        "\n"
        "Files:\n"
        "  ~/.kube/config\n"
        "      The kubeconfig when neither --kubeconfig nor KUBECONFIG names one.\n"
        "  ~/.config/cstor-console/cstor-console.conf\n"
        "      The settings: window layout per context, the kubeconfig chosen in the\n"
        "      window.\n"
        "  ~/.local/share/cstor-console/migrations.jsonl\n"
        "      The migration journal, from which unfinished moves are resumed.\n"
        "  ~/.local/share/cstor-console/audit.jsonl\n"
        "      The audit log of every move, evacuation and recovery.\n"
        "  ~/.local/share/cstor-console/recoveries.jsonl\n"
        "      The journal of the steps recover took.\n");
    text += GuiLauncher::tr("\nExit codes: 0 done, 1 refused or failed, 2 usage error.\n");
    return text;
}

} // namespace

bool GuiLauncher::hasDisplay(const QStringList &arguments)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return arguments.contains(QLatin1String("-platform"));
}

int GuiLauncher::explainNoDisplay()
{
    Output::error(tr("error: the window needs a display, and neither DISPLAY nor "
                     "WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get "
                     "pools, cstor-console doctor, cstor-console --help."));
    return ExitCode::Failed;
}

int GuiLauncher::run(const QStringList &arguments)
{
    WindowOptions options;
    if (const std::optional<int> exitNow = parse(arguments, &options))
        return *exitNow;

    Ui::MainWindow window;
    window.setRequestTimeout(options.requestTimeoutMs);
    std::unique_ptr<Sim::DemoCluster> demo;
    const auto demoRequested = [&window, &demo, options] { startDemo(&window, &demo, options); };
    QObject::connect(&window, &Ui::MainWindow::demoRequested, &window, demoRequested);
    int exitCode = ExitCode::Done;
    if (!options.screenshot.isEmpty())
        takeScreenshot(&window, &demo, options.screenshot, &exitCode);

    window.show();
    if (options.demo)
        startDemo(&window, &demo, options);
    else
        window.openKubeconfig(options.kubeconfig, options.context, options.namespaceName);
    const int code = QApplication::exec();
    return exitCode != 0 ? exitCode : code;
}

std::optional<int> GuiLauncher::parse(const QStringList &arguments, WindowOptions *options)
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
    const QCommandLineOption requestTimeoutOption = ClusterOptions::requestTimeoutOption();
    parser.addOptions({demoOption, kubeconfigOption, contextOption, namespaceOption,
                       requestTimeoutOption, speedOption, screenshotOption});
    if (const std::optional<int> exitNow = check(parser, arguments))
        return exitNow;
    bool speedOk = false;
    options->demoSpeed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || options->demoSpeed < 0) {
        Output::error(tr("--demo-speed needs a number of 0 or more"));
        return ExitCode::UsageError;
    }
    options->demo = parser.isSet(demoOption);
    options->kubeconfig = parser.value(kubeconfigOption);
    options->context = parser.value(contextOption);
    options->namespaceName = parser.value(namespaceOption);
    options->screenshot = parser.value(screenshotOption);
    if (parser.isSet(requestTimeoutOption)) {
        const QString value = parser.value(requestTimeoutOption);
        const std::optional<int> ms = ClusterOptions::parseRequestTimeout(value);
        if (!ms) {
            Output::error(ClusterOptions::badRequestTimeout(value));
            return ExitCode::UsageError;
        }
        options->requestTimeoutMs = *ms;
    }
    return std::nullopt;
}

std::optional<int> GuiLauncher::check(QCommandLineParser &parser, const QStringList &arguments)
{
    // Exits with 0 for --help/--version and with 2 (after the message) for unknown options.
    if (!parser.parse(arguments)) {
        Output::error(parser.errorText());
        return ExitCode::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Output::write(helpText(parser));
        return ExitCode::Done;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        Output::error(tr("Unknown argument: %1").arg(parser.positionalArguments().first()));
        return ExitCode::UsageError;
    }
    return std::nullopt;
}

void GuiLauncher::startDemo(Ui::MainWindow *window, std::unique_ptr<Sim::DemoCluster> *demo,
                            const WindowOptions &options)
{
    if (*demo)
        return;
    *demo = std::make_unique<Sim::DemoCluster>(options.demoSpeed);
    (*demo)->start(window, [window, context = options.context,
                            namespaceName = options.namespaceName](const QString &kubeconfig,
                                                                   const QString &error) {
        if (kubeconfig.isEmpty()) {
            QMessageBox::critical(window, tr("Demo cluster"),
                                  tr("The demo cluster could not start: %1").arg(error));
            return;
        }
        window->setDemo(true);
        window->openKubeconfig(kubeconfig, context, namespaceName);
    });
}

void GuiLauncher::takeScreenshot(Ui::MainWindow *window,
                                 const std::unique_ptr<Sim::DemoCluster> *demo, const QString &file,
                                 int *exitCode)
{
    // The picture is taken once the first sync is on screen, after one more event loop
    // pass so that the topology has been laid out and painted. In the demo, the seed
    // volume is selected so that its details show, once its claim is known (PersistentVolumes
    // and pods are listed after the sync); any other cluster is shown as it is.
    const QString volume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
    const auto ready = [window, demo, volume] {
        const Items::VolumeRow *row = window->clusterModel()->volumes()->findByName(volume);
        return !*demo || !row || row->use.hasClaim();
    };
    const auto shoot = [window, demo, file, exitCode, volume] {
        QTimer::singleShot(0, window, [window, demo, file, exitCode, volume] {
            window->topologyScene()->relayout();
            if (*demo && !window->clusterModel()->replicasOfVolume(volume).isEmpty())
                window->topologyScene()->activate(Ui::TopologyScene::Kind::Volume, volume);
            QTimer::singleShot(0, window, [window, file, exitCode] {
                if (!window->grab().save(file, "PNG")) {
                    Output::error(tr("Cannot write %1").arg(file));
                    *exitCode = ExitCode::Failed;
                }
                QApplication::quit();
            });
        });
    };
    QObject::connect(window, &Ui::MainWindow::synced, window, [window, ready, shoot] {
        if (ready()) {
            shoot();
            return;
        }
        auto *waiting = new QObject(window);
        QObject::connect(window->clusterModel(), &Items::ClusterModel::applied, waiting,
                         [window, waiting, ready, shoot] {
                             if (!ready())
                                 return;
                             QObject::disconnect(window->clusterModel(), nullptr, waiting, nullptr);
                             waiting->deleteLater();
                             shoot();
                         });
    });
    QTimer::singleShot(60 * 1000, window, [exitCode] {
        Output::error(tr("The cluster was not shown within a minute; no picture."));
        *exitCode = ExitCode::Failed;
        QApplication::quit();
    });
    // At the size the window opens at on this screen: the picture is what an operator sees.
}
