#include "app/console/adoptverb.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "models/cstor/volumeconfig.h"
#include "models/migration/claimkeeper.h"

#include <QRegularExpression>

using Migration::MigrationState;
using Migration::MoveClaim;

int AdoptVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const std::optional<Request> request = parse(&commandLine, arguments);
    if (!request)
        return ExitCode::UsageError;
    const std::unique_ptr<MigrationSession> session =
        MigrationSession::openFor(commandLine.cluster(), commandLine.parser());
    if (!session)
        return ExitCode::Failed;
    // A move this console's own journal left (its process killed) is resumed, not adopted.
    if (request->dryRun || !session->mayPatch())
        session->noteUnfinished();
    else
        session->resumeUnfinished();
    if (session->wasInterrupted())
        return ExitCode::Failed;
    return adopt(*session, *request);
}

std::optional<qint64> AdoptVerb::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smh]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    return unit == QLatin1String("h")   ? value * 3600
           : unit == QLatin1String("m") ? value * 60
                                        : value;
}

VerbCommandLine::Synopsis AdoptVerb::synopsis()
{
    return {QStringLiteral("adopt"),
            tr("The verb."),
            tr("Takes over the move of a replica that another console started on a volume and no "
               "longer drives. Every console records a move it runs on the volume's "
               "CStorVolumeConfig (annotation %1: who, from which host and process, from and to "
               "which pool, the step, when it started) and renews it every minute; `cstor-console "
               "get moves` lists them. A move can be adopted once its console is silent: its "
               "process on this host is gone, or it has not renewed the record for the "
               "--silent-after time. Shows the move and asks unless --yes is given, then "
               "finishes it: waits until the new replica and the volume are Healthy and removes "
               "the old replica (a move that was rolling back is rolled back). Ctrl-C before "
               "the old replica is removed rolls it back.\n"
               "Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 "
               "usage error.")
                .arg(MoveClaim::kAnnotation),
            QStringLiteral("volume"),
            tr("The volume whose move to take over."),
            QStringLiteral("VOLUME")};
}

std::optional<AdoptVerb::Request> AdoptVerb::parse(VerbCommandLine *commandLine,
                                                   const QStringList &arguments)
{
    const QCommandLineOption silentAfter(
        QStringLiteral("silent-after"),
        tr("How long the other console must have been silent (90s, 10m, 1h; default 10m). A "
           "console on this host whose process is gone is silent at once."),
        tr("DURATION"));
    const MoveOptions options(tr("Show the move and whether it may be adopted; change nothing."),
                              tr("Do not ask before adopting."),
                              tr("Wait until the move has ended (always done)."));
    commandLine->addOption(silentAfter);
    options.addTo(commandLine);
    if (!commandLine->parse(arguments))
        return std::nullopt;
    const std::optional<QString> operand =
        commandLine->operand(tr("The volume whose move to adopt is missing: adopt VOLUME"));
    if (!operand)
        return std::nullopt;
    Request request;
    request.volume = *operand;
    request.dryRun = commandLine->isSet(options.dryRun);
    request.yes = commandLine->isSet(options.yes);
    if (commandLine->isSet(silentAfter)) {
        const std::optional<qint64> seconds = parseDuration(commandLine->value(silentAfter));
        if (!seconds) {
            Output::error(tr("--silent-after takes a duration such as 90s, 10m or 1h, not \"%1\"")
                              .arg(commandLine->value(silentAfter)));
            return std::nullopt;
        }
        request.silentSeconds = *seconds;
    }
    return request;
}

int AdoptVerb::adopt(MigrationSession &session, const Request &request)
{
    const Cstor::VolumeConfig *cvc = session.cluster().volumeConfig(request.volume);
    if (!cvc) {
        Output::error(tr("error: no volume %1 in namespace \"%2\"")
                          .arg(request.volume, session.namespaceName()));
        return ExitCode::Failed;
    }
    const QString text = cvc->meta.annotations.value(MoveClaim::kAnnotation);
    const std::optional<MoveClaim> claim = MoveClaim::fromText(text);
    if (!claim) {
        Output::error(text.isEmpty() ? tr("error: no console is moving a replica of %1 (its "
                                          "CStorVolumeConfig has no %2 annotation)")
                                           .arg(request.volume, MoveClaim::kAnnotation)
                                     : tr("error: the %1 annotation of %2 is not a move record: %3")
                                           .arg(MoveClaim::kAnnotation, request.volume, text));
        return ExitCode::Failed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Output::write(tr("Move of %1: %2\n").arg(request.volume, claim->describe(now)));
    if (!Migration::ClaimKeeper::isSilent(*claim, request.silentSeconds, now)) {
        Output::error(tr("error: refusing to adopt: the console running this move was heard %1 "
                         "ago, less than %2 (--silent-after); it may still be driving it. Ask "
                         "its operator, or wait.")
                          .arg(MoveClaim::age(claim->silentSeconds(now)),
                               MoveClaim::age(request.silentSeconds)));
        return ExitCode::Failed;
    }
    if (!session.mayPatch()) {
        Output::error(session.refusal());
        return ExitCode::Failed;
    }
    if (request.dryRun) {
        Output::write(tr("It may be adopted: its console is silent.\n"));
        Output::dryRun();
        return ExitCode::Done;
    }
    if (!MigrationSession::confirm(request.yes))
        return ExitCode::Failed;
    QString why;
    const QString id = session.engine()->adopt(request.volume, text, &why);
    if (id.isEmpty()) {
        Output::error(tr("error: cannot adopt the move of %1: %2").arg(request.volume, why));
        return ExitCode::Failed;
    }
    const Migration::MigrationStatus status =
        session.waitForMoves({id}, MigrationSession::OnInterrupt::Cancel).value(0);
    Output::write(MigrationSession::outcome(status) + QLatin1Char('\n'));
    const bool finished =
        status.state == MigrationState::Done ||
        (claim->step == MoveClaim::kRollingBack && status.state == MigrationState::RolledBack);
    return finished ? ExitCode::Done : ExitCode::Failed;
}
