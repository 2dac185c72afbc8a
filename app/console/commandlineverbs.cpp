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

int CommandLineVerbs::run(const QStringList &arguments)
{
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
