// cstor-bench: measures the console against the performance budget (DESIGN.md) on a generated
// cluster served by cstor-sim, and prints the figures as a table and as JSON.
#include "tests/bench/benchapplication.h"
#include "tests/bench/benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <tuple>

namespace {
int usageError(const QString &message)
{
    std::fprintf(stderr, "cstor-bench: %s\nTry 'cstor-bench --help' for more information.\n",
                 qPrintable(message));
    return 2;
}
// Runs this program once per run with the same options, each making one run and writing its
// figures as JSON, and collects them into `benchmark`.
bool runEachInItsOwnProcess(const QCommandLineParser &parser, int runs, Benchmark *benchmark,
                            const QString &workDir, QString *error)
{
    QStringList common;
    for (const QString &name : parser.optionNames()) {
        if (name == QLatin1String("runs") || name == QLatin1String("json") ||
            name == QLatin1String("run-index"))
            continue;
        const QStringList values = parser.values(name);
        if (values.isEmpty())
            common << QLatin1String("--") + name;
        for (const QString &value : values)
            common << QLatin1String("--") + name << value;
    }
    for (int index = 0; index < runs; ++index) {
        const QString figures = QDir(workDir).filePath(QStringLiteral("run-%1.json").arg(index));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.setStandardOutputFile(QProcess::nullDevice()); // its table; ours comes at the end
        child.start(QCoreApplication::applicationFilePath(),
                    common + QStringList{QStringLiteral("--runs"), QStringLiteral("1"),
                                         QStringLiteral("--run-index"),
                                         QStringLiteral("%1/%2").arg(index).arg(runs),
                                         QStringLiteral("--json"), figures});
        child.waitForFinished(-1);
        QFile file(figures);
        const QJsonObject json = file.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(file.readAll()).object()
                                     : QJsonObject();
        if (!json.isEmpty())
            benchmark->addRun(json);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            *error = QStringLiteral("run %1 of %2 failed (%3)")
                         .arg(index + 1)
                         .arg(runs)
                         .arg(child.exitStatus() == QProcess::NormalExit
                                  ? QStringLiteral("exit code %1").arg(child.exitCode())
                                  : QStringLiteral("crashed"));
            return false;
        }
    }
    return true;
}

// The command line, as `cstor-bench --help` lists it.
struct BenchCommandLine
{
    const QCommandLineOption sim{
        QStringLiteral("sim"),
        QStringLiteral("The cstor-sim program (default: $CSTOR_SIM, else next to cstor-bench)."),
        QStringLiteral("PATH")};
    const QCommandLineOption nodes{QStringLiteral("nodes"), QStringLiteral("Nodes (1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000")};
    const QCommandLineOption pools{QStringLiteral("pools"),
                                   QStringLiteral("Pools, a multiple of nodes (1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000")};
    const QCommandLineOption volumes{QStringLiteral("volumes"), QStringLiteral("Volumes (10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000")};
    const QCommandLineOption replicas{QStringLiteral("replicas"),
                                      QStringLiteral("Replicas, a multiple of volumes (30000)."),
                                      QStringLiteral("N"), QStringLiteral("30000")};
    const QCommandLineOption small{
        QStringLiteral("small"),
        QStringLiteral("A small cluster (20 nodes, 20 pools, 100 volumes, 300 replicas).")};
    const QCommandLineOption runs{QStringLiteral("runs"),
                                  QStringLiteral("Runs, each on a fresh simulator (3)."),
                                  QStringLiteral("N"), QStringLiteral("3")};
    const QCommandLineOption phase{QStringLiteral("phase-seconds"),
                                   QStringLiteral("Seconds at each update rate (10)."),
                                   QStringLiteral("S"), QStringLiteral("10")};
    const QCommandLineOption churn{
        QStringLiteral("churn-seconds"),
        QStringLiteral("Seconds of updates for the memory-growth figure (600)."),
        QStringLiteral("S"), QStringLiteral("600")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  QStringLiteral("Also write the figures as JSON to FILE."),
                                  QStringLiteral("FILE")};
    const QCommandLineOption kubectl{QStringLiteral("kubectl"),
                                     QStringLiteral("The kubectl program (default: on PATH)."),
                                     QStringLiteral("PATH"), QStringLiteral("kubectl")};
    const QCommandLineOption simSpeed{
        QStringLiteral("sim-speed"),
        QStringLiteral("The simulator's speed (0, the default, freezes its controllers; the "
                       "stream of status updates runs in real time whatever the speed)."),
        QStringLiteral("X"), QStringLiteral("0")};
    const QCommandLineOption historyPools{
        QStringLiteral("history-pools"),
        QStringLiteral("Pools of the capacity history phase, first run only: 30 days of them in "
                       "Prometheus, forecast by the console (3000; 0: no such phase, the default "
                       "with --small)."),
        QStringLiteral("N"), QStringLiteral("3000")};
    // Set by the first process on the others, which make one run each.
    QCommandLineOption runIndex{QStringLiteral("run-index"), QString(), QStringLiteral("I/N")};

    QCommandLineParser parser;

    BenchCommandLine()
    {
        parser.setApplicationDescription(
            QStringLiteral("Measures cStor Console against its performance budget on a cluster "
                           "generated by cstor-sim."));
        parser.addHelpOption();
        runIndex.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({sim, nodes, pools, volumes, replicas, small, runs, phase, churn, json,
                           kubectl, simSpeed, historyPools, runIndex});
    }

    // The benchmark's options from the parsed command line; false with *error (a usage error).
    bool read(Benchmark::Options *options, QString *error) const
    {
        if (parser.isSet(small)) {
            options->nodes = 20;
            options->pools = 20;
            options->volumes = 100;
            options->replicas = 300;
            options->historyPools = 0;
        }
        if (!readNumbers(options, error) || !checkShape(*options, error))
            return false;
        options->kubectl = parser.value(kubectl);
        bool speedOk = false;
        options->simSpeed = parser.value(simSpeed).toDouble(&speedOk);
        if (!speedOk || options->simSpeed < 0) {
            *error = QStringLiteral("--sim-speed: expected a number >= 0");
            return false;
        }
        if (parser.isSet(runIndex)) {
            const QStringList parts = parser.value(runIndex).split(QLatin1Char('/'));
            options->firstRun = parts.value(0).toInt();
            options->totalRuns = parts.value(1).toInt();
        }
        return true;
    }

    // The simulator program (--sim, $CSTOR_SIM, next to cstor-bench or in the build tree), put
    // in CSTOR_SIM for the runs; false with *error where there is none.
    bool locateSimulator(QString *error) const
    {
        QString program = parser.value(sim);
        if (program.isEmpty())
            program = qEnvironmentVariable("CSTOR_SIM");
        if (program.isEmpty())
            program =
                QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("cstor-sim"));
        if (!QFileInfo(program).isExecutable()) {
            // The build tree keeps it in app/.
            const QString built = QDir(QApplication::applicationDirPath())
                                      .filePath(QStringLiteral("../../app/cstor-sim"));
            if (!parser.value(sim).isEmpty() || !QFileInfo(built).isExecutable()) {
                *error = QStringLiteral("no cstor-sim program at %1 (use --sim)").arg(program);
                return false;
            }
            program = QFileInfo(built).canonicalFilePath();
        }
        qputenv("CSTOR_SIM", QFile::encodeName(QFileInfo(program).absoluteFilePath()));
        return true;
    }

private:
    bool readNumbers(Benchmark::Options *options, QString *error) const
    {
        const auto number = [this](const QCommandLineOption &option, int minimum, int *out) {
            bool ok = false;
            const int value = parser.value(option).toInt(&ok);
            if (!ok || value < minimum)
                return false;
            *out = value;
            return true;
        };
        for (const auto &[option, minimum, out] :
             {std::tuple{&nodes, 1, &options->nodes}, std::tuple{&pools, 1, &options->pools},
              std::tuple{&volumes, 1, &options->volumes},
              std::tuple{&replicas, 1, &options->replicas}, std::tuple{&runs, 1, &options->runs},
              std::tuple{&phase, 1, &options->phaseSeconds},
              std::tuple{&churn, 1, &options->churnSeconds},
              std::tuple{&historyPools, 0, &options->historyPools}}) {
            if ((parser.isSet(*option) || !parser.isSet(small)) && !number(*option, minimum, out)) {
                *error = QStringLiteral("--%1: expected a whole number >= %2")
                             .arg(option->names().constFirst())
                             .arg(minimum);
                return false;
            }
        }
        return true;
    }

    static bool checkShape(const Benchmark::Options &options, QString *error)
    {
        if (options.pools % options.nodes != 0) {
            *error = QStringLiteral("--pools must be a multiple of --nodes");
            return false;
        }
        if (options.replicas % options.volumes != 0 || options.replicas / options.volumes < 1 ||
            options.replicas / options.volumes > options.nodes) {
            *error = QStringLiteral("--replicas must be a multiple of --volumes, at most "
                                    "--nodes replicas per volume");
            return false;
        }
        return true;
    }
};

// Painting without a display; the window's settings, journal and audit log in `home`, not the
// operator's.
void keepToAPrivateHome(const QTemporaryDir &home)
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home.filePath(QStringLiteral("state"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "cstor.*.info=false;cstor.*.debug=false");
}

bool writeJson(const Benchmark &benchmark, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(QJsonDocument(benchmark.toJson()).toJson()) < 0) {
        std::fprintf(stderr, "cstor-bench: cannot write %s\n", qPrintable(out.fileName()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return usageError(QStringLiteral("cannot create a temporary directory"));
    keepToAPrivateHome(home);

    BenchApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cstor-bench"));
    QApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));

    BenchCommandLine commandLine;
    if (!commandLine.parser.parse(app.arguments()))
        return usageError(commandLine.parser.errorText());
    if (commandLine.parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(commandLine.parser.helpText()));
        return 0;
    }
    Benchmark::Options options;
    QString error;
    if (!commandLine.read(&options, &error) || !commandLine.locateSimulator(&error))
        return usageError(error);

    Benchmark benchmark(options);
    // Each run in a process of its own: what one run leaves in the allocator's heap is not in
    // the next one's memory figures, and a run starts as the console does.
    const bool ok = options.runs > 1 ? runEachInItsOwnProcess(commandLine.parser, options.runs,
                                                              &benchmark, home.path(), &error)
                                     : benchmark.run(&error);
    std::fprintf(stdout, "\n%s", qPrintable(benchmark.figures().table()));
    std::fflush(stdout);
    if (commandLine.parser.isSet(commandLine.json) &&
        !writeJson(benchmark, commandLine.parser.value(commandLine.json)))
        return 1;
    if (!ok) {
        std::fprintf(stderr, "cstor-bench: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
