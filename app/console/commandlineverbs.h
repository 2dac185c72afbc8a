#pragma once

#include <QString>
#include <QStringList>

// The verbs that run without a window: contexts, get, migrate, drain, doctor.
// Exit codes: 0 done, 1 refused/failed (reason on stderr), 2 usage error.
class CommandLineVerbs
{
public:
    static bool isVerb(const QString &word);
    static int run(const QStringList &arguments); // arguments[0] is the program
};
