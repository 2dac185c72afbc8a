#include "app/console/contextsverb.h"

#include "app/console/exitcode.h"
#include "app/console/output.h"
#include "app/console/texttable.h"
#include "app/console/verbcommandline.h"

#include <QJsonArray>
#include <QJsonObject>

int ContextsVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(
        {QStringLiteral("contexts"),
         tr("The verb."),
         tr("Lists the contexts of the kubeconfig, the current one marked with *."),
         {},
         {},
         {}},
        ClusterOptions::Scope::Kubeconfig);
    commandLine.addOutputOption(
        {VerbArguments::Format::Table, VerbArguments::Format::Json, VerbArguments::Format::Name});
    commandLine.addNoHeadersOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    if (commandLine.parser().positionalArguments().size() > 1) {
        Output::error(
            tr("Unknown argument: %1").arg(commandLine.parser().positionalArguments().at(1)));
        return ExitCode::UsageError;
    }
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!format)
        return ExitCode::UsageError;

    QString error;
    const std::optional<Kube::Kubeconfig> config =
        commandLine.cluster().kubeconfig(commandLine.parser(), &error);
    if (!config) {
        Output::error(tr("error: %1").arg(error));
        return ExitCode::Failed;
    }
    if (config->files().isEmpty()) {
        Output::error(tr("warning: no kubeconfig found (looked for %1)")
                          .arg(config->sources().candidateFiles().join(QStringLiteral(", "))));
    }
    if (*format == VerbArguments::Format::Json) {
        Output::json(json(*config));
    } else if (*format == VerbArguments::Format::Name) {
        // As `kubectl config get-contexts -o name`: one name per line.
        for (const QJsonValue &context : json(*config))
            Output::write(context.toObject().value(QLatin1String("name")).toString() + u'\n');
    } else {
        Output::write(table(*config).render(!commandLine.noHeaders()));
    }
    return ExitCode::Done;
}

QJsonArray ContextsVerb::json(const Kube::Kubeconfig &config)
{
    const QString current = config.currentContext();
    QJsonArray contexts;
    for (const Kube::ContextInfo &context : config.contexts()) {
        contexts.append(QJsonObject{{QStringLiteral("name"), context.name},
                                    {QStringLiteral("cluster"), context.cluster},
                                    {QStringLiteral("user"), context.user},
                                    {QStringLiteral("namespace"), context.namespaceName},
                                    {QStringLiteral("current"), context.name == current}});
    }
    return contexts;
}

TextTable ContextsVerb::table(const Kube::Kubeconfig &config)
{
    const QString current = config.currentContext();
    TextTable table({tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("AUTHINFO"), tr("NAMESPACE")});
    for (const Kube::ContextInfo &context : config.contexts()) {
        table.addRow({context.name == current ? QStringLiteral("*") : QString(), context.name,
                      context.cluster, context.user, context.namespaceName});
    }
    return table;
}
