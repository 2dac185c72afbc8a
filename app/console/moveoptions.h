#pragma once

#include <QCommandLineOption>
#include <QString>

class VerbCommandLine;

// The options of the verbs that move replicas (migrate, drain): --dry-run, -y/--yes and
// --wait, each with the verb's own help text.
struct MoveOptions
{
    MoveOptions(const QString &dryRunHelp, const QString &yesHelp, const QString &waitHelp);

    void addTo(VerbCommandLine *commandLine) const;

    QCommandLineOption dryRun;
    QCommandLineOption yes;
    QCommandLineOption wait; // accepted and changes nothing: the verbs always wait
};
