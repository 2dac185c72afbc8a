#pragma once

#include "app/console/verbcommandline.h"
#include "models/planning/moveclaim.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class MigrationSession;

// `cstor-console adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]`: takes over the
// move another console started on a volume (the console.cstor.openebs.io/move claim on its
// CStorVolumeConfig) once that console has gone silent: its process on this host is gone, or
// it has not renewed the claim for DURATION (10m by default). Shows the move, asks, then
// finishes it (or finishes its rollback) the way the console that started it would have.
class AdoptVerb
{
    Q_DECLARE_TR_FUNCTIONS(AdoptVerb)

public:
    static int run(const QStringList &arguments); // arguments[1] "adopt"

    // "90", "90s", "10m", "2h": seconds; nullopt for anything else.
    static std::optional<qint64> parseDuration(const QString &text);

private:
    struct Request
    {
        QString volume;
        qint64 silentSeconds = Migration::MoveClaim::kSilentSeconds;
        bool dryRun = false;
        bool yes = false;
    };

    static VerbCommandLine::Synopsis synopsis();
    static std::optional<Request> parse(VerbCommandLine *commandLine, const QStringList &arguments);
    static int adopt(MigrationSession &session, const Request &request);
};
