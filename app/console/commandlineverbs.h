#pragma once

#include <QString>
#include <QStringList>

// The verbs that run without a window: contexts, get, migrate, drain, doctor, recover,
// completion.
// Exit codes: 0 done, 1 refused/failed (reason on stderr), 2 usage error.
class CommandLineVerbs
{
public:
    static bool isVerb(const QString &word);
    static QStringList names(); // every verb, in the order --help lists them
    // Where the verb is, as kubectl finds it: the first word that is not a flag or the value of
    // a global flag taking one (--kubeconfig K, --context C, -n NS, -o FORMAT; also --flag=value);
    // -1 when there is none (the window).
    static int verbIndex(const QStringList &arguments);
    // The first word that is neither a flag nor a global flag's value, whether a verb or not;
    // -1 when there is none.
    static int firstWordIndex(const QStringList &arguments);
    // arguments[0] is the program; the verb may come after global flags.
    static int run(const QStringList &arguments);
    // The verbs' part of --help: each verb's synopsis and what it does, then where the global
    // flags go. `program` is how the verbs are run ("cstor-console", "kubectl cstor").
    static QString help(const QString &program);
};
