#include "app/console/commandlineverbs.h"

#include <QTextStream>

bool CommandLineVerbs::isVerb(const QString &word)
{
    return word == QLatin1String("contexts") || word == QLatin1String("get") ||
           word == QLatin1String("migrate") || word == QLatin1String("drain");
}

int CommandLineVerbs::run(const QStringList &arguments)
{
    QTextStream(stderr) << QStringLiteral("%1: not implemented yet\n").arg(arguments.value(1));
    return 1;
}
