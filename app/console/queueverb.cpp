#include "app/console/queueverb.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/output.h"
#include "app/console/planrun.h"
#include "app/console/queueoptions.h"
#include "app/console/texttable.h"
#include "models/cstor/age.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "models/migration/moveowner.h"

#include <QJsonArray>
#include <QJsonDocument>

using Migration::JournalEntry;
using Migration::JournalQueue;
using Migration::MigrationStates;

namespace {

const QStringList kActions{QStringLiteral("list"),   QStringLiteral("pause"),
                           QStringLiteral("resume"), QStringLiteral("cancel"),
                           QStringLiteral("set"),    QStringLiteral("move")};

} // namespace

VerbCommandLine::Synopsis QueueVerb::synopsis()
{
    return {
        QStringLiteral("queue"),
        tr("The verb."),
        tr("The queue of moves the journal holds for the context: the moves not finished (those "
           "running, those waiting to start), whether the queue is paused and why, its caps "
           "and maintenance window. A plan interrupted with Ctrl-C, or a console that "
           "restarted, leaves its waiting moves here, paused.\n"
           "  queue [list]            what the queue holds\n"
           "  queue pause [--reason TEXT]\n"
           "                          running moves finish, waiting ones do not start\n"
           "  queue resume            waiting moves start again; the moves no live console "
           "runs are run here, and the verb waits until they end\n"
           "  queue cancel ID... | --all\n"
           "                          waiting moves are dropped; a running move is rolled back "
           "(its new replica removed, the old one kept) by the console running it\n"
           "  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] "
           "[--window HH:MM-HH:MM|none]\n"
           "  queue move ID POSITION  the waiting move starts at POSITION (1 first)\n"
           "A console running the moves (the window or another terminal) follows these changes "
           "within a second.\n"
           "Exit codes: 0 done, 1 refused or failed (or resumed moves did not all finish), 2 "
           "usage error."),
        QStringLiteral("action"),
        tr("list, pause, resume, cancel, set or move."),
        QStringLiteral("[ACTION]")};
}

int QueueVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const QueueOptions queueOptions;
    queueOptions.addTo(&commandLine);
    const QCommandLineOption all(QStringLiteral("all"), tr("cancel: every move of the queue."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("pause: why, for the other operators."),
                                    QStringLiteral("TEXT"));
    commandLine.addOption(all);
    commandLine.addOption(reason);
    commandLine.addOutputOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    const QStringList words = commandLine.parser().positionalArguments().mid(1);
    const QString action = words.value(0, QStringLiteral("list"));
    if (!kActions.contains(action)) {
        Output::error(tr("error: unknown queue action \"%1\"; one of: %2")
                          .arg(action, kActions.join(QStringLiteral(", "))));
        return ExitCode::UsageError;
    }
    if (queueOptions.anySet(commandLine) && action != QLatin1String("set")) {
        Output::error(tr("error: the caps and --window are set with `queue set`"));
        return ExitCode::UsageError;
    }
    QString error;
    const std::optional<ClusterOptions::Target> target =
        commandLine.cluster().target(commandLine.parser(), &error);
    if (!target) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    JournalQueue queue(Migration::DataPaths::journal(), target->cluster.contextName);

    if (action == QLatin1String("list"))
        return list(commandLine, queue);
    if (action == QLatin1String("pause"))
        return pause(queue, commandLine.value(reason));
    if (action == QLatin1String("resume"))
        return resume(commandLine, queue);
    if (action == QLatin1String("cancel")) {
        if (words.size() < 2 && !commandLine.isSet(all)) {
            Output::error(tr("error: name the moves to cancel (IDs from `queue`), or --all"));
            return ExitCode::UsageError;
        }
        return cancel(queue, words.mid(1), commandLine.isSet(all));
    }
    if (action == QLatin1String("move"))
        return move(queue, words.mid(1));
    // set
    if (!queueOptions.anySet(commandLine)) {
        Output::error(tr("error: queue set needs --max-per-pool, --max-per-node, --max-total or "
                         "--window"));
        return ExitCode::UsageError;
    }
    Migration::QueueSettings settings = queue.settings();
    if (!queueOptions.read(commandLine, &settings))
        return ExitCode::UsageError;
    if (!queue.write(settings, QStringLiteral("set"), tr("caps and window set by %1").arg(who()),
                     &error)) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    Output::write(tr("Queue set.\n") + settingsText(settings));
    return ExitCode::Done;
}

QString QueueVerb::who()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? tr("an operator") : user;
}

QString QueueVerb::runner(const JournalEntry &move)
{
    if (!Migration::MoveOwner::runsElsewhere(move.owner))
        return {};
    const qint64 pid = Migration::MoveOwner::processId(move.owner);
    return pid > 0 ? tr("cstor-console pid %1").arg(pid) : move.owner;
}

QString QueueVerb::settingsText(const Migration::QueueSettings &settings)
{
    QString text = settings.paused ? tr("Paused: %1\n").arg(settings.reason)
                                   : tr("Running: waiting moves start as the caps allow.\n");
    return text + QueueOptions::text(settings);
}

QJsonObject QueueVerb::json(const JournalQueue &queue)
{
    const Migration::QueueSettings settings = queue.settings();
    QJsonArray moves;
    for (const JournalEntry &move : queue.moves())
        moves.append(
            QJsonObject{{QStringLiteral("id"), move.migrationId},
                        {QStringLiteral("volume"), move.move.volume},
                        {QStringLiteral("from"), move.move.sourcePool},
                        {QStringLiteral("to"), move.move.targetPool},
                        {QStringLiteral("state"), MigrationStates::toString(move.state)},
                        {QStringLiteral("waiting"), JournalQueue::isWaiting(move)},
                        {QStringLiteral("runBy"), runner(move)},
                        {QStringLiteral("since"), move.time.toUTC().toString(Qt::ISODateWithMs)}});
    return {{QStringLiteral("kind"), QStringLiteral("MoveQueue")},
            {QStringLiteral("paused"), settings.paused},
            {QStringLiteral("reason"), settings.reason},
            {QStringLiteral("window"), settings.window.text()},
            {QStringLiteral("caps"), QueueOptions::capsJson(settings.limits)},
            {QStringLiteral("moves"), moves}};
}

int QueueVerb::list(const VerbCommandLine &commandLine, const JournalQueue &queue)
{
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!format)
        return ExitCode::UsageError;
    if (*format == VerbArguments::Format::Json) {
        Output::write(
            QString::fromUtf8(QJsonDocument(json(queue)).toJson(QJsonDocument::Indented)));
        return ExitCode::Done;
    }
    const QList<JournalEntry> moves = queue.moves();
    QString text = settingsText(queue.settings());
    if (moves.isEmpty())
        return Output::write(text + tr("The queue holds no move.\n")), ExitCode::Done;
    TextTable table(
        {tr("ID"), tr("VOLUME"), tr("FROM"), tr("TO"), tr("STATE"), tr("SINCE"), tr("RUN BY")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JournalEntry &move : moves) {
        const QString by = runner(move);
        table.addRow(
            {move.migrationId, move.move.volume, move.move.sourcePool, move.move.targetPool,
             JournalQueue::isWaiting(move) ? tr("Waiting") : MigrationStates::toString(move.state),
             Cstor::formatAge(move.time.msecsTo(now)),
             by.isEmpty() ? tr("- (resume runs it)") : by});
    }
    Output::write(text + QLatin1Char('\n') + table.render());
    return ExitCode::Done;
}

int QueueVerb::pause(JournalQueue &queue, const QString &reason)
{
    Migration::QueueSettings settings = queue.settings();
    settings.paused = true;
    settings.reason = reason.isEmpty() ? tr("by %1 with `cstor-console queue pause`").arg(who())
                                       : tr("by %1: %2").arg(who(), reason);
    QString error;
    if (!queue.write(settings, QStringLiteral("pause"), settings.reason, &error)) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    int waiting = 0;
    int running = 0;
    for (const JournalEntry &move : queue.moves())
        (JournalQueue::isWaiting(move) ? waiting : running)++;
    Output::write(tr("Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not "
                     "start until `cstor-console queue resume`.\n")
                      .arg(running)
                      .arg(waiting));
    return ExitCode::Done;
}

int QueueVerb::resume(const VerbCommandLine &commandLine, JournalQueue &queue)
{
    Migration::QueueSettings settings = queue.settings();
    QString error;
    if (settings.paused) {
        settings.paused = false;
        settings.reason.clear();
        if (!queue.write(settings, QStringLiteral("resume"), tr("resumed by %1").arg(who()),
                         &error)) {
            Output::error(tr("error: %1").arg(error));
            return ExitCode::Failed;
        }
    }
    QStringList elsewhere;
    int orphans = 0;
    for (const JournalEntry &move : queue.moves()) {
        if (const QString by = runner(move); !by.isEmpty()) {
            if (!elsewhere.contains(by))
                elsewhere << by;
        } else {
            ++orphans;
        }
    }
    if (orphans == 0) {
        Output::write(elsewhere.isEmpty() ? tr("The queue runs; it holds no move.\n")
                                          : tr("The queue runs; %1 runs its moves and goes on.\n")
                                                .arg(elsewhere.join(QStringLiteral(", "))));
        return ExitCode::Done;
    }
    const std::unique_ptr<MigrationSession> session =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!session)
        return ExitCode::Failed;
    Migration::MigrationEngine *engine = session->engine();
    engine->resume();
    engine->resumeQueue();
    QStringList ids;
    for (const Migration::MigrationStatus &status : engine->migrations()) {
        if (!MigrationStates::isFinal(status.state))
            ids << status.id;
    }
    session->note(tr("Running %n move(s) of the queue.\n", nullptr, int(ids.size())));
    return PlanRun::conclude(*session, QStringLiteral("queue-resume"), tr("the queue"),
                             session->waitForMoves(ids, MigrationSession::OnInterrupt::Pause));
}

int QueueVerb::cancel(JournalQueue &queue, const QStringList &ids, bool all)
{
    const QList<JournalEntry> moves = queue.moves();
    QStringList unknown = ids;
    int failed = 0;
    for (const JournalEntry &move : moves) {
        if (!all && !ids.contains(move.migrationId))
            continue;
        unknown.removeAll(move.migrationId);
        const bool waiting = JournalQueue::isWaiting(move);
        QString error;
        if (!queue.cancel(move,
                          waiting ? tr("cancelled by %1 before it started").arg(who())
                                  : tr("cancel requested by %1").arg(who()),
                          &error)) {
            Output::error(tr("error: %1").arg(error));
            ++failed;
            continue;
        }
        const QString what = QStringLiteral("%1 %2: %3 -> %4")
                                 .arg(move.migrationId, move.move.volume, move.move.sourcePool,
                                      move.move.targetPool);
        if (waiting)
            Output::write(tr("%1: cancelled\n").arg(what));
        else if (const QString by = runner(move); !by.isEmpty())
            Output::write(tr("%1: %2 rolls it back (the new replica is removed, the old one "
                             "kept) unless its old replica is already being removed\n")
                              .arg(what, by));
        else
            Output::write(tr("%1: rolled back when the queue is resumed (`cstor-console queue "
                             "resume`)\n")
                              .arg(what));
    }
    for (const QString &id : std::as_const(unknown))
        Output::error(
            tr("error: the queue holds no move %1 (`cstor-console queue` lists them)").arg(id));
    return failed == 0 && unknown.isEmpty() ? ExitCode::Done : ExitCode::Failed;
}

int QueueVerb::move(JournalQueue &queue, const QStringList &words)
{
    bool ok = false;
    const int position = words.value(1).toInt(&ok);
    if (words.size() != 2 || !ok || position < 1) {
        Output::error(tr("error: queue move takes a move's ID and its new position (1 first)"));
        return ExitCode::UsageError;
    }
    QStringList order;
    for (const JournalEntry &move : queue.moves()) {
        if (JournalQueue::isWaiting(move))
            order << move.migrationId;
    }
    const qsizetype at = order.indexOf(words.at(0));
    if (at < 0) {
        Output::error(tr("error: %1 is not a waiting move of the queue (`cstor-console queue` "
                         "lists them)")
                          .arg(words.at(0)));
        return ExitCode::Failed;
    }
    order.move(at, std::min<qsizetype>(position - 1, order.size() - 1));
    Migration::QueueSettings settings = queue.settings();
    settings.order = order;
    QString error;
    if (!queue.write(settings, QStringLiteral("order"),
                     tr("%1 moved to place %2 by %3").arg(words.at(0)).arg(position).arg(who()),
                     &error)) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    Output::write(tr("%1 now starts as number %2 of %3 waiting move(s).\n")
                      .arg(words.at(0))
                      .arg(order.indexOf(words.at(0)) + 1)
                      .arg(order.size()));
    return ExitCode::Done;
}
