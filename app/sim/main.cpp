// cstor-sim: a simulated cStor cluster behind a real HTTPS Kubernetes API.
#include "app/common/tlsexit.h"
#include "models/cstor/capacity.h"
#include "models/sim/simcluster.h"
#include "models/sim/simprometheus.h"
#include "models/sim/situations/situationcatalog.h"
#include "models/sim/situations/situationrunner.h"
#include "models/sim/statuschurn.h"
#include "models/sim/store/faultplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "cstor-sim: %s\nTry 'cstor-sim --help' for more information.\n",
                 qPrintable(message));
    return 2;
}

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The options cstor-sim understands, in the order --help lists them.
struct Options
{
    const QCommandLineOption scenario{
        QStringLiteral("scenario"),
        QStringLiteral("Load the cluster from FILE: a Kubernetes List in YAML or JSON, as "
                       "`kubectl get cspc,cspi,cvc,cv,cvr -n openebs -o yaml` writes it."),
        QStringLiteral("FILE")};
    const QCommandLineOption generate{
        QStringLiteral("generate"),
        QStringLiteral("Generate a cluster, e.g. nodes=1000,pools-per-node=1,volumes=10000,"
                       "replicas=3 (also volume-size=1Gi-20Gi, used=10%-60%, disk-size=100G, "
                       "raid=stripe|mirror|raidz)."),
        QStringLiteral("SPEC")};
    const QCommandLineOption listen{QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (default "
                                                   "127.0.0.1:0, any free port)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:0")};
    const QCommandLineOption speed{QStringLiteral("speed"),
                                   QStringLiteral("Simulated seconds per real second (0 freezes "
                                                  "time; default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1")};
    const QCommandLineOption seed{QStringLiteral("seed"),
                                  QStringLiteral("Seed for generated names and timing jitter."),
                                  QStringLiteral("N"), QStringLiteral("1")};
    const QCommandLineOption resync{QStringLiteral("resync"),
                                    QStringLiteral("Controller resync period in simulated "
                                                   "seconds (default 30, as upstream)."),
                                    QStringLiteral("SECONDS"), QStringLiteral("30")};
    const QCommandLineOption throughput{
        QStringLiteral("rebuild-throughput"),
        QStringLiteral("Rebuild throughput of each pool, shared by its concurrent rebuilds "
                       "(a quantity per simulated second; default 5Mi)."),
        QStringLiteral("BYTES"), QStringLiteral("5Mi")};
    const QCommandLineOption kubeconfig{QStringLiteral("write-kubeconfig"),
                                        QStringLiteral("Write a kubeconfig for the simulator to "
                                                       "FILE."),
                                        QStringLiteral("FILE")};
    const QCommandLineOption kubeVersion{QStringLiteral("kube-version"),
                                         QStringLiteral("Kubernetes version /version reports "
                                                        "(1.27-1.33; default 1.32)."),
                                         QStringLiteral("VERSION"), QStringLiteral("1.32")};
    const QCommandLineOption churnRate{
        QStringLiteral("churn-rate"),
        QStringLiteral("Write N replica status updates per second (every replica once per pass, "
                       "in a new random order each pass; default 0). "
                       "The admin endpoint /sim/v1/churn changes it at run time."),
        QStringLiteral("N"), QStringLiteral("0")};
    const QCommandLineOption situation{
        QStringLiteral("situation"),
        QStringLiteral("Drive the cluster into a named failure before serving it (listed below; "
                       "the admin endpoint /sim/v1/situation starts one at run time)."),
        QStringLiteral("NAME")};

    const QCommandLineOption prometheus{
        QStringLiteral("prometheus"),
        QStringLiteral("Run a Prometheus (Debian's prometheus package) that scrapes the simulated "
                       "pool and volume exporters, behind the API server's service proxy as "
                       "monitoring/prometheus-operated:9090, as kube-prometheus-stack would.")};
    const QCommandLineOption history{
        QStringLiteral("history"),
        QStringLiteral("With --prometheus (implied): give it DAYS days of the pools' capacity "
                       "history, drawn from the seed (weekly rhythm, a few pools growing fast, "
                       "one nearly full, some replica moves) and backfilled before it starts; "
                       "its truth is at /sim/v1/history."),
        QStringLiteral("DAYS")};
    QList<QCommandLineOption> all() const
    {
        return {scenario,   generate,    listen,    speed,     seed,       resync, throughput,
                kubeconfig, kubeVersion, churnRate, situation, prometheus, history};
    }
};

// What the command line asks for, checked.
struct Settings
{
    std::optional<QString> scenario;
    std::optional<QString> generate;
    QString listen;
    QHostAddress address;
    quint16 port = 0;
    double speed = 1;
    quint64 seed = 1;
    int resync = 30;
    qint64 rebuildThroughput = 0;
    QString kubeconfig;
    QString kubeVersion;
    int churnRate = 0;
    QString situation;
    bool prometheus = false;
    int historyDays = 0;
};

// "ADDR:PORT", the address possibly in brackets ("[::1]:6443").
bool parseListen(const QString &value, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint number = colon > 0 ? value.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || number > 65535 ||
        !address->setAddress(value.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
        return false;
    *port = quint16(number);
    return true;
}

// Checks the options' values into settings; a message for the first bad one.
std::optional<QString> readValues(const QCommandLineParser &parser, const Options &options,
                                  Settings *settings)
{
    if (parser.isSet(options.scenario))
        settings->scenario = parser.value(options.scenario);
    if (parser.isSet(options.generate))
        settings->generate = parser.value(options.generate);
    settings->listen = parser.value(options.listen);
    if (!parseListen(settings->listen, &settings->address, &settings->port))
        return QStringLiteral("--listen: expected ADDR:PORT, e.g. 127.0.0.1:6443");
    bool ok = false;
    settings->speed = parser.value(options.speed).toDouble(&ok);
    if (!ok || settings->speed < 0)
        return QStringLiteral("--speed: expected a number >= 0");
    settings->seed = parser.value(options.seed).toULongLong(&ok);
    if (!ok)
        return QStringLiteral("--seed: expected a non-negative integer");
    settings->resync = parser.value(options.resync).toInt(&ok);
    if (!ok || settings->resync < 1)
        return QStringLiteral("--resync: expected a number of seconds >= 1");
    const auto throughput = Cstor::Capacity::parseQuantity(parser.value(options.throughput));
    if (!throughput || *throughput <= 0)
        return QStringLiteral("--rebuild-throughput: expected a quantity, e.g. 5Mi");
    settings->rebuildThroughput = *throughput;
    settings->churnRate = parser.value(options.churnRate).toInt(&ok);
    if (!ok || settings->churnRate < 0)
        return QStringLiteral("--churn-rate: expected a number of updates >= 0");
    static const QStringList versions{QStringLiteral("1.27"), QStringLiteral("1.28"),
                                      QStringLiteral("1.29"), QStringLiteral("1.30"),
                                      QStringLiteral("1.31"), QStringLiteral("1.32"),
                                      QStringLiteral("1.33")};
    settings->kubeVersion = parser.value(options.kubeVersion);
    if (!versions.contains(settings->kubeVersion))
        return QStringLiteral("--kube-version: one of %1").arg(versions.join(QStringLiteral(", ")));
    settings->prometheus = parser.isSet(options.prometheus) || parser.isSet(options.history);
    if (parser.isSet(options.history)) {
        settings->historyDays = parser.value(options.history).toInt(&ok);
        if (!ok || settings->historyDays < 1 || settings->historyDays > 400)
            return QStringLiteral("--history: expected a number of days, 1 to 400");
    }
    settings->kubeconfig = parser.value(options.kubeconfig);
    settings->situation = parser.value(options.situation);
    if (parser.isSet(options.situation) && !Sim::SituationCatalog::find(settings->situation))
        return QStringLiteral("--situation: no situation named \"%1\" (see --help)")
            .arg(settings->situation);
    return std::nullopt;
}

// Parses the command line into settings: nothing to go on and serve, or the exit code after
// --help, --version or a usage error.
std::optional<int> readCommandLine(const QCoreApplication &app, Settings *settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated OpenEBS cStor cluster served over a real HTTPS Kubernetes "
                       "API (for demos, tests and rehearsing migrations)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions(options.all());
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText() + QStringLiteral("\nSituations (--situation NAME):\n") +
              Sim::SituationCatalog::helpText() +
              QStringLiteral("\n\nFaults (the admin user's POST /sim/v1/faults, a JSON document "
                             "of these fields):\n") +
              Sim::FaultPlan::helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(QStringLiteral("cstor-sim %1").arg(app.applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(options.scenario) && parser.isSet(options.generate))
        return usageError(QStringLiteral("--scenario and --generate exclude each other"));
    if (const auto problem = readValues(parser, options, settings))
        return usageError(*problem);
    return std::nullopt;
}

bool loadCluster(Sim::SimCluster &sim, const Settings &settings, QString *error)
{
    sim.setSeed(settings.seed);
    sim.setResyncSeconds(settings.resync);
    sim.setRebuildThroughput(settings.rebuildThroughput);
    sim.setKubeVersion(settings.kubeVersion);
    if (settings.generate)
        return sim.generate(*settings.generate, error);
    if (settings.scenario)
        return sim.loadScenarioFile(*settings.scenario, error);
    return sim.loadDefaultScenario(error);
}

// SIGINT/SIGTERM: quit the event loop (self-pipe, so the handler stays async-signal-safe).
std::unique_ptr<QSocketNotifier> quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return nullptr;
    auto notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return notifier;
}

// Starts driving the served cluster into the situation; says when it is reached, and quits
// with 1 if it cannot be.
bool driveIntoSituation(Sim::SimCluster &sim, const QString &name)
{
    Sim::SituationRunner *runner = sim.situations();
    QObject::connect(runner, &Sim::SituationRunner::reached, runner, [](const QString &reached) {
        print(QStringLiteral("situation %1: reached").arg(reached));
    });
    QObject::connect(runner, &Sim::SituationRunner::failed, runner,
                     [](const QString &failed, const QString &error) {
                         std::fprintf(stderr, "cstor-sim: situation %s: %s\n", qPrintable(failed),
                                      qPrintable(error));
                         QCoreApplication::exit(1);
                     });
    QString error;
    if (runner->start(name, &error)) {
        print(QStringLiteral("situation %1: being reached").arg(name));
        return true;
    }
    std::fprintf(stderr, "cstor-sim: situation %s\n", qPrintable(error));
    return false;
}

int serve(QCoreApplication &app, const Settings &settings)
{
    Sim::SimCluster sim;
    QString error;
    if (!loadCluster(sim, settings, &error)) {
        std::fprintf(stderr, "cstor-sim: %s\n", qPrintable(error));
        return 2;
    }
    sim.setSpeed(settings.speed);
    if (!sim.start(settings.address, settings.port, &error)) {
        std::fprintf(stderr, "cstor-sim: cannot serve on %s: %s\n", qPrintable(settings.listen),
                     qPrintable(error));
        return 1;
    }

    QTemporaryDir tempDir;
    QString kubeconfigPath = settings.kubeconfig;
    if (kubeconfigPath.isEmpty())
        kubeconfigPath = tempDir.filePath(QStringLiteral("kubeconfig"));
    if (!sim.writeKubeconfig(kubeconfigPath, &error)) {
        std::fprintf(stderr, "cstor-sim: %s\n", qPrintable(error));
        return 1;
    }
    sim.statusChurn()->setRate(settings.churnRate);
    const std::unique_ptr<QSocketNotifier> notifier = quitOnSignals(app);
    if (!notifier) {
        std::fprintf(stderr, "cstor-sim: cannot set up signal handling\n");
        return 1;
    }
    // The cluster is announced once it is whole: with its Prometheus ready, when it has one.
    const auto announce = [&sim, kubeconfigPath, situation = settings.situation] {
        print(QStringLiteral("listening on %1").arg(sim.serverUrl()));
        print(QStringLiteral("kubeconfig: %1").arg(QDir(kubeconfigPath).absolutePath()));
        return situation.isEmpty() || driveIntoSituation(sim, situation);
    };
    if (settings.prometheus) {
        auto *prometheus = new Sim::SimPrometheus(&sim);
        QObject::connect(prometheus, &Sim::SimPrometheus::ready, &sim, [announce](const QUrl &url) {
            print(QStringLiteral("prometheus: %1").arg(url.toString()));
            if (!announce())
                QCoreApplication::exit(2);
        });
        QObject::connect(prometheus, &Sim::SimPrometheus::failed, &sim, [](const QString &why) {
            std::fprintf(stderr, "cstor-sim: no Prometheus: %s\n", qPrintable(why));
            QCoreApplication::exit(1);
        });
        prometheus->start(settings.historyDays);
    } else if (!announce()) {
        return 2;
    }
    const int code = app.exec();
    print(QStringLiteral("stopped"));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    initTlsWithoutExitCleanup();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cstor-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));

    Settings settings;
    if (const auto exitCode = readCommandLine(app, &settings))
        return *exitCode;
    return serve(app, settings);
}
