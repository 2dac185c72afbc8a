#include "app/console/commandlineverbs.h"

#include "app/console/contextsverb.h"
#include "app/console/doctorverb.h"
#include "app/console/drainverb.h"
#include "app/console/getverb.h"
#include "app/console/migrateverb.h"
#include "app/console/output.h"
#include "app/console/recoververb.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

struct Verb
{
    const char *name;
    int (*run)(const QStringList &arguments); // arguments[0] the program, [1] the verb
};

// One entry per verb; each lives in its own class.
const Verb kVerbs[] = {
    {"contexts", &ContextsVerb::run}, {"get", &GetVerb::run},       {"migrate", &MigrateVerb::run},
    {"drain", &DrainVerb::run},       {"doctor", &DoctorVerb::run}, {"recover", &RecoverVerb::run},
};

const Verb *find(const QString &word)
{
    for (const Verb &verb : kVerbs) {
        if (word == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

} // namespace

bool CommandLineVerbs::isVerb(const QString &word)
{
    return find(word) != nullptr;
}

int CommandLineVerbs::verbIndex(const QStringList &arguments)
{
    static const QStringList kTakesValue = {
        QStringLiteral("--kubeconfig"), QStringLiteral("--context"), QStringLiteral("-n"),
        QStringLiteral("--namespace"),  QStringLiteral("-o"),        QStringLiteral("--output"),
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--"))
            return -1;
        if (!word.startsWith(QLatin1Char('-')))
            return isVerb(word) ? int(i) : -1;
        if (kTakesValue.contains(word))
            ++i;
    }
    return -1;
}

int CommandLineVerbs::run(const QStringList &given)
{
    // `cstor-console --kubeconfig K get pools` is `cstor-console get pools --kubeconfig K`.
    QStringList arguments = given;
    if (const int at = verbIndex(given); at > 1)
        arguments.move(at, 1);
    const Verb *verb = find(arguments.value(1));
    if (!verb) {
        Output::error(QCoreApplication::translate("CommandLineVerbs", "Unknown verb: %1")
                          .arg(arguments.value(1)));
        return 2;
    }
    // Output is for people and scripts: no debug chatter (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    return verb->run(arguments);
}
