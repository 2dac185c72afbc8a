#include "app/console/commandlineverbs.h"

#include "app/console/adoptverb.h"
#include "app/console/completionverb.h"
#include "app/console/contextsverb.h"
#include "app/console/doctorverb.h"
#include "app/console/evacuateverb.h"
#include "app/console/followdisksverb.h"
#include "app/console/forecastverb.h"
#include "app/console/getverb.h"
#include "app/console/migrateverb.h"
#include "app/console/output.h"
#include "app/console/queueverb.h"
#include "app/console/rebalanceverb.h"
#include "app/console/recoververb.h"
#include "app/console/replacediskverb.h"

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
    {"contexts", &ContextsVerb::run},
    {"get", &GetVerb::run},
    {"migrate", &MigrateVerb::run},
    {"evacuate", &EvacuateVerb::run},
    {"drain", &EvacuateVerb::runDrain},
    {"rebalance", &RebalanceVerb::run},
    {"queue", &QueueVerb::run},
    {"adopt", &AdoptVerb::run},
    {"doctor", &DoctorVerb::run},
    {"forecast", &ForecastVerb::run},
    {"recover", &RecoverVerb::run},
    {"replace-disk", &ReplaceDiskVerb::run},
    {"follow-disks", &FollowDisksVerb::run},
    {"completion", &CompletionVerb::run},
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

QStringList CommandLineVerbs::names()
{
    QStringList names;
    for (const Verb &verb : kVerbs)
        names << QLatin1String(verb.name);
    return names;
}

int CommandLineVerbs::verbIndex(const QStringList &arguments)
{
    const int at = firstWordIndex(arguments);
    return at > 0 && isVerb(arguments.at(at)) ? at : -1;
}

int CommandLineVerbs::firstWordIndex(const QStringList &arguments)
{
    static const QStringList kTakesValue = {
        QStringLiteral("--kubeconfig"),
        QStringLiteral("--context"),
        QStringLiteral("-n"),
        QStringLiteral("--namespace"),
        QStringLiteral("-o"),
        QStringLiteral("--output"),
        QStringLiteral("--request-timeout"),
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--"))
            return -1;
        if (!word.startsWith(QLatin1Char('-')))
            return int(i);
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

QString CommandLineVerbs::help(const QString &program)
{
    QString text = QCoreApplication::translate(
                       "CommandLineVerbs",
                       "Verbs (run without a window; %1 VERB --help lists a verb's options):\n"
                       "  contexts [-o table|json|name] [--no-headers]\n"
                       "      Lists the kubeconfig's contexts, the current one marked with *.\n"
                       "  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] "
                       "[--no-headers]\n"
                       "      Lists the cStor pools, volume replicas, volumes or moves under way.\n"
                       "  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]\n"
                       "      Moves one replica of a volume to another pool, showing the plan "
                       "first.\n"
                       "  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] "
                       "[--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] "
                       "[--yes] [-o json]\n"
                       "      Moves every replica off some nodes' pools or some pools, as one "
                       "plan run as a queue within the caps; Ctrl-C pauses it.\n"
                       "  drain NODE [--dry-run] [--yes]\n"
                       "      The same as evacuate --node NODE.\n"
                       "  rebalance [--pool-cluster CSPC] [--max-spread PCT] [caps as evacuate] "
                       "[--dry-run] [--yes] [-o json]\n"
                       "      Brings the pools' used capacity within PCT points of each other.\n"
                       "  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]\n"
                       "      The journal's queue of moves: pause, resume, cancel, reorder, caps "
                       "and window.\n"
                       "  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]\n"
                       "      Finishes the move of a volume that a silent console started.\n")
                       .arg(program);
    text += QCoreApplication::translate(
        "CommandLineVerbs",
        "  doctor [--read-only-horizon 14d] [-o table|wide|json|yaml|name] [--no-headers]\n"
        "      Lists what is wrong with the cluster, worst first, and what to do.\n"
        "  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]\n"
        "      When each pool reaches 80 % and read-only, from the cluster's Prometheus.\n"
        "  recover VOLUME [--dry-run] [--yes] [-o json]\n"
        "      Brings a volume stuck half way through a move back to its replica count.\n"
        "  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]\n"
        "      Replaces a failed disk of a mirror or raidz pool and follows the resilver.\n"
        "  follow-disks POOL [--dry-run] [--yes] [-o json]\n"
        "      Points a pool whose disks moved to another node at that node and follows it.\n"
        "  completion bash|zsh\n"
        "      Prints the shell completion script (verbs, flags, contexts, volumes, nodes).\n"
        "Global flags (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) go "
        "before or after the verb.\n");
    return text;
}
