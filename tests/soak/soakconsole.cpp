// cstor-soak-console: the console's migration engine in a process of its own, for the soak
// (tests/soak). It holds what a console window holds to move replicas, wired as
// Ui::ClusterConnection wires it: the REST client, the CVC writer (identity and permission
// looked up), the informers (ClusterWatcher) and the engine on a journal and audit log, with
// the journal's unfinished moves resumed once synced. The soak's driver measures this process
// (resident memory, open descriptors) while it tells it which replicas to move.
//
// Usage: cstor-soak-console --kubeconfig FILE --journal FILE --audit FILE
// Standard input, one command a line:  move VOLUME FROM-POOL TO-POOL  |  cancel ID
// Standard output, one line each:      ready  |  started ID VOLUME  |  changed ID STATE
//                                      |  finished ID STATE REASON  |  refused-cancel ID REASON
#include "app/common/heaptrim.h"
#include "app/common/tlsexit.h"
#include "models/kube/clusterwatcher.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/restclient.h"
#include "models/migration/migrationengine.h"
#include "models/migration/restcvcwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    initTlsWithoutExitCleanup(); // as the console does
    const HeapTrim heapTrim;     // as the console does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(),
                                              QStringLiteral("FILE"));
    const QCommandLineOption journalOption(QStringLiteral("journal"), QString(),
                                           QStringLiteral("FILE"));
    const QCommandLineOption auditOption(QStringLiteral("audit"), QString(),
                                         QStringLiteral("FILE"));
    parser.addOptions({kubeconfigOption, journalOption, auditOption});
    parser.process(app);

    QString error;
    Kube::KubeconfigSources sources;
    sources.explicitPath = parser.value(kubeconfigOption);
    const auto kubeconfig = Kube::Kubeconfig::load(sources, &error);
    const auto config = kubeconfig ? kubeconfig->resolve(QString(), &error) : std::nullopt;
    if (!config) {
        std::fprintf(stderr, "cstor-soak-console: %s\n", qPrintable(error));
        return 1;
    }
    const QString namespaceName = QStringLiteral("openebs");
    Kube::RestClient client(*config);
    Migration::RestCvcWriter writer(&client, namespaceName);
    writer.lookUpIdentity();
    Migration::MigrationEngine engine(&writer, parser.value(journalOption),
                                      parser.value(auditOption));
    Kube::ClusterWatcher watcher(*config, namespaceName);
    QObject::connect(&watcher, &Kube::ClusterWatcher::delta, &engine,
                     &Migration::MigrationEngine::applyDelta);
    bool ready = false;
    QObject::connect(&watcher, &Kube::ClusterWatcher::synced, &engine, [&] {
        engine.setSynced(true);
        engine.resume();
        if (!std::exchange(ready, true))
            say(QStringLiteral("ready"));
    });
    QHash<QString, Migration::MigrationState> states;
    QObject::connect(&engine, &Migration::MigrationEngine::migrationChanged, &engine,
                     [&](const QString &id) {
                         const Migration::MigrationState state = engine.status(id).state;
                         if (states.value(id, Migration::MigrationState::Planned) == state)
                             return;
                         states.insert(id, state);
                         say(QStringLiteral("changed %1 %2")
                                 .arg(id, Migration::MigrationStates::toString(state)));
                     });
    QObject::connect(
        &engine, &Migration::MigrationEngine::migrationFinished, &engine,
        [&](const QString &id, Migration::MigrationState state, const QString &reason) {
            states.remove(id);
            QString text = reason;
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            say(QStringLiteral("finished %1 %2 %3")
                    .arg(id, Migration::MigrationStates::toString(state), text));
        });
    writer.checkMayPatch(
        [&engine](bool, bool allowed, const QString &) { engine.setMayPatch(allowed); });
    watcher.start();

    // The driver's commands; the end of standard input ends the program.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QStringList words =
                QString::fromUtf8(pending.left(end)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            pending.remove(0, end + 1);
            if (words.size() == 4 && words[0] == QLatin1String("move")) {
                Migration::ReplicaMove move;
                move.volume = words[1];
                move.sourcePool = words[2];
                move.targetPool = words[3];
                const QString id = engine.start(move);
                say(QStringLiteral("started %1 %2").arg(id, move.volume));
            } else if (words.size() == 2 && words[0] == QLatin1String("cancel")) {
                QString why;
                if (!engine.cancel(words[1], &why))
                    say(QStringLiteral("refused-cancel %1 %2").arg(words[1], why));
            }
        }
    });
    return QCoreApplication::exec();
}
