#include "app/console/contextsverb.h"

#include "app/console/clusteroptions.h"
#include "app/console/output.h"
#include "app/console/texttable.h"
#include "app/console/verbarguments.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int ContextsVerb::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the contexts of the kubeconfig, the current one marked with *."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("contexts"), tr("The verb."),
                                 QStringLiteral("contexts"));
    const ClusterOptions cluster(ClusterOptions::Scope::Kubeconfig);
    cluster.addTo(&parser);
    const QCommandLineOption outputOption = VerbArguments::outputOption();
    parser.addOption(outputOption);
    if (!VerbArguments::parse(&parser, arguments))
        return 2;
    if (parser.positionalArguments().size() > 1) {
        Output::error(tr("Unknown argument: %1").arg(parser.positionalArguments().at(1)));
        return 2;
    }
    const std::optional<VerbArguments::Format> format = VerbArguments::output(parser, outputOption);
    if (!format)
        return 2;

    QString error;
    const std::optional<Kube::Kubeconfig> config = cluster.kubeconfig(parser, &error);
    if (!config) {
        Output::error(tr("error: %1").arg(error));
        return 1;
    }
    const QString current = config->currentContext();
    if (*format == VerbArguments::Format::Json) {
        QJsonArray contexts;
        for (const Kube::ContextInfo &context : config->contexts()) {
            contexts.append(QJsonObject{{QStringLiteral("name"), context.name},
                                        {QStringLiteral("cluster"), context.cluster},
                                        {QStringLiteral("user"), context.user},
                                        {QStringLiteral("namespace"), context.namespaceName},
                                        {QStringLiteral("current"), context.name == current}});
        }
        Output::write(QString::fromUtf8(QJsonDocument(contexts).toJson(QJsonDocument::Indented)));
        return 0;
    }
    TextTable table({tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("AUTHINFO"), tr("NAMESPACE")});
    for (const Kube::ContextInfo &context : config->contexts()) {
        table.addRow({context.name == current ? QStringLiteral("*") : QString(), context.name,
                      context.cluster, context.user, context.namespaceName});
    }
    Output::write(table.render());
    return 0;
}
