#include "app/console/kubectlplugin.h"

#include "app/console/commandlineverbs.h"
#include "app/console/exitcode.h"
#include "app/console/output.h"

#include <QFileInfo>

bool KubectlPlugin::isPlugin(const QString &program)
{
    return QFileInfo(program).fileName() == QLatin1String("kubectl-cstor");
}

QString KubectlPlugin::usage()
{
    return tr("kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of "
              "replicas between them (cStor Console).\n"
              "\n"
              "Usage: kubectl cstor VERB [ARGUMENTS] [options]\n"
              "\n") +
           CommandLineVerbs::help(QStringLiteral("kubectl cstor")) +
           tr("\nThe window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage "
              "error.\n");
}

int KubectlPlugin::run(const QStringList &arguments)
{
    const QStringList given = arguments.mid(1);
    if (given.isEmpty() || given.contains(QLatin1String("--help")) ||
        given.contains(QLatin1String("-h"))) {
        Output::write(usage());
        return ExitCode::Done;
    }
    if (given.contains(QLatin1String("--version"))) {
        Output::write(
            QStringLiteral("kubectl-cstor %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Done;
    }
    const int at = CommandLineVerbs::firstWordIndex(arguments);
    const QString unknown = at > 0 ? arguments.at(at) : QString();
    Output::error(unknown.isEmpty()
                      ? tr("error: a verb is missing: %1.")
                            .arg(CommandLineVerbs::names().join(QStringLiteral(", ")))
                      : tr("error: unknown verb \"%1\": use one of %2.")
                            .arg(unknown, CommandLineVerbs::names().join(QStringLiteral(", "))));
    Output::error(tr("See \"kubectl cstor --help\"."));
    return ExitCode::UsageError;
}
