#include "app/console/moveoptions.h"

#include "app/console/verbcommandline.h"

MoveOptions::MoveOptions(const QString &dryRunHelp, const QString &yesHelp, const QString &waitHelp)
    : dryRun(QStringLiteral("dry-run"), dryRunHelp)
    , yes(QStringList{QStringLiteral("y"), QStringLiteral("yes")}, yesHelp)
    , wait(QStringLiteral("wait"), waitHelp)
{
}

void MoveOptions::addTo(VerbCommandLine *commandLine) const
{
    commandLine->addOption(dryRun);
    commandLine->addOption(yes);
    commandLine->addOption(wait);
}
