// cstor-sim: a simulated cStor cluster behind a real HTTPS Kubernetes API.
#include "models/cstor/capacity.h"
#include "models/sim/simcluster.h"
#include "models/sim/statuschurn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cstor-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated OpenEBS cStor cluster served over a real HTTPS Kubernetes "
                       "API (for demos, tests and rehearsing migrations)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Load the cluster from FILE: a Kubernetes List in YAML or JSON, as "
                       "`kubectl get cspc,cspi,cvc,cv,cvr -n openebs -o yaml` writes it."),
        QStringLiteral("FILE"));
    const QCommandLineOption generate(
        QStringLiteral("generate"),
        QStringLiteral("Generate a cluster, e.g. nodes=1000,pools-per-node=1,volumes=10000,"
                       "replicas=3 (also volume-size=1Gi-20Gi, used=10%-60%, disk-size=100G)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (default "
                                                   "127.0.0.1:0, any free port)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Simulated seconds per real second (0 freezes "
                                                  "time; default 1)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed for generated names and timing jitter."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption resync(QStringLiteral("resync"),
                                    QStringLiteral("Controller resync period in simulated "
                                                   "seconds (default 30, as upstream)."),
                                    QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption throughput(
        QStringLiteral("rebuild-throughput"),
        QStringLiteral("Rebuild throughput of each pool, shared by its concurrent rebuilds "
                       "(a quantity per simulated second; default 5Mi)."),
        QStringLiteral("BYTES"), QStringLiteral("5Mi"));
    const QCommandLineOption kubeconfig(QStringLiteral("write-kubeconfig"),
                                        QStringLiteral("Write a kubeconfig for the simulator to "
                                                       "FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption kubeVersion(QStringLiteral("kube-version"),
                                         QStringLiteral("Kubernetes version /version reports "
                                                        "(1.27-1.33; default 1.32)."),
                                         QStringLiteral("VERSION"), QStringLiteral("1.32"));
    const QCommandLineOption churnRate(
        QStringLiteral("churn-rate"),
        QStringLiteral("Write N replica status updates per second (every replica once per pass, "
                       "in a new random order each pass; default 0). "
                       "The admin endpoint /sim/v1/churn changes it at run time."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({scenario, generate, listen, speed, seed, resync, throughput, kubeconfig,
                       kubeVersion, churnRate});
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(QStringLiteral("cstor-sim %1").arg(app.applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"")
                              .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(scenario) && parser.isSet(generate))
        return usageError(QStringLiteral("--scenario and --generate exclude each other"));

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address;
    if (colon <= 0 || !portOk || port > 65535 ||
        !address.setAddress(
            listenValue.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
        return usageError(QStringLiteral("--listen: expected ADDR:PORT, e.g. 127.0.0.1:6443"));
    bool ok = false;
    const double speedValue = parser.value(speed).toDouble(&ok);
    if (!ok || speedValue < 0)
        return usageError(QStringLiteral("--speed: expected a number >= 0"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed: expected a non-negative integer"));
    const int resyncValue = parser.value(resync).toInt(&ok);
    if (!ok || resyncValue < 1)
        return usageError(QStringLiteral("--resync: expected a number of seconds >= 1"));
    const auto throughputValue = Cstor::Capacity::parseQuantity(parser.value(throughput));
    if (!throughputValue || *throughputValue <= 0)
        return usageError(QStringLiteral("--rebuild-throughput: expected a quantity, e.g. 5Mi"));
    const int churnRateValue = parser.value(churnRate).toInt(&ok);
    if (!ok || churnRateValue < 0)
        return usageError(QStringLiteral("--churn-rate: expected a number of updates >= 0"));
    static const QStringList versions{QStringLiteral("1.27"), QStringLiteral("1.28"),
                                      QStringLiteral("1.29"), QStringLiteral("1.30"),
                                      QStringLiteral("1.31"), QStringLiteral("1.32"),
                                      QStringLiteral("1.33")};
    if (!versions.contains(parser.value(kubeVersion)))
        return usageError(
            QStringLiteral("--kube-version: one of %1").arg(versions.join(QStringLiteral(", "))));

    Sim::SimCluster sim;
    sim.setSeed(seedValue);
    sim.setResyncSeconds(resyncValue);
    sim.setRebuildThroughput(*throughputValue);
    sim.setKubeVersion(parser.value(kubeVersion));
    QString error;
    bool loaded = false;
    if (parser.isSet(generate))
        loaded = sim.generate(parser.value(generate), &error);
    else if (parser.isSet(scenario))
        loaded = sim.loadScenarioFile(parser.value(scenario), &error);
    else
        loaded = sim.loadDefaultScenario(&error);
    if (!loaded) {
        std::fprintf(stderr, "cstor-sim: %s\n", qPrintable(error));
        return 2;
    }
    sim.setSpeed(speedValue);
    if (!sim.start(address, quint16(port), &error)) {
        std::fprintf(stderr, "cstor-sim: cannot serve on %s: %s\n", qPrintable(listenValue),
                     qPrintable(error));
        return 1;
    }

    QTemporaryDir tempDir;
    QString kubeconfigPath = parser.value(kubeconfig);
    if (kubeconfigPath.isEmpty())
        kubeconfigPath = tempDir.filePath(QStringLiteral("kubeconfig"));
    if (!sim.writeKubeconfig(kubeconfigPath, &error)) {
        std::fprintf(stderr, "cstor-sim: %s\n", qPrintable(error));
        return 1;
    }
    sim.statusChurn()->setRate(churnRateValue);
    print(QStringLiteral("listening on %1").arg(sim.serverUrl()));
    print(QStringLiteral("kubeconfig: %1").arg(QDir(kubeconfigPath).absolutePath()));

    // SIGINT/SIGTERM: quit the event loop (self-pipe, so the handler stays async-signal-safe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::fprintf(stderr, "cstor-sim: cannot set up signal handling\n");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
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

    const int code = app.exec();
    print(QStringLiteral("stopped"));
    return code;
}
