#include "app/console/clusteroptions.h"

#include "models/kube/execplugintrust.h"

#include <algorithm>

namespace {
const QString kDefaultNamespace = QStringLiteral("openebs");
}

ClusterOptions::ClusterOptions(Scope scope)
    : m_scope(scope)
    , m_kubeconfig(QStringLiteral("kubeconfig"),
                   tr("The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)."),
                   tr("FILE"))
    , m_context(QStringLiteral("context"), tr("The kubeconfig context (default: the current one)."),
                tr("NAME"))
    , m_namespace(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                  tr("The namespace cStor runs in (default: the context's, else openebs)."),
                  tr("NS"))
    , m_trustExecPlugin(QStringLiteral("trust-exec-plugin"),
                        tr("Run the context's exec credential plugin and remember that it is "
                           "trusted (a kubeconfig's exec entry runs a program)."))
{
}

void ClusterOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_kubeconfig);
    if (m_scope == Scope::Cluster) {
        parser->addOption(m_context);
        parser->addOption(m_namespace);
        parser->addOption(m_trustExecPlugin);
    }
}

std::optional<Kube::Kubeconfig> ClusterOptions::kubeconfig(const QCommandLineParser &parser,
                                                           QString *error) const
{
    const Kube::KubeconfigSources sources =
        Kube::KubeconfigSources::fromEnvironment(parser.value(m_kubeconfig));
    std::optional<Kube::Kubeconfig> config = Kube::Kubeconfig::load(sources, error);
    if (!config)
        return std::nullopt;
    // Listing contexts finds none, as kubectl's does; talking to a cluster needs one (kubectl
    // would send its requests in plain HTTP to localhost:8080).
    if (config->files().isEmpty() && m_scope != Scope::Kubeconfig) {
        *error = tr("no kubeconfig found (looked for %1); name one with --kubeconfig FILE or "
                    "set KUBECONFIG")
                     .arg(sources.candidateFiles().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return config;
}

std::optional<ClusterOptions::Target> ClusterOptions::target(const QCommandLineParser &parser,
                                                             QString *error) const
{
    const std::optional<Kube::Kubeconfig> config = kubeconfig(parser, error);
    if (!config)
        return std::nullopt;
    QString why;
    std::optional<Kube::ClusterConfig> cluster =
        config->resolve(m_scope == Scope::Cluster ? parser.value(m_context) : QString(), &why);
    if (!cluster) {
        const bool named = std::any_of(config->files().cbegin(), config->files().cend(),
                                       [&why](const QString &file) { return why.contains(file); });
        *error =
            named ? why
                  : tr("%1 (kubeconfig: %2)").arg(why, config->files().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (cluster->usesExecPlugin() && !Kube::ExecPluginTrust::isTrusted(cluster->exec)) {
        if (m_scope == Scope::Cluster && parser.isSet(m_trustExecPlugin)) {
            Kube::ExecPluginTrust::trust(cluster->exec);
        } else {
            *error = tr("%1\nIt would run: %2\nTo run it, pass --trust-exec-plugin (remembered "
                        "for this kubeconfig and command).")
                         .arg(Kube::ExecPluginTrust::untrustedMessage(cluster->exec),
                              Kube::ExecPluginTrust::commandLine(cluster->exec));
            return std::nullopt;
        }
    }
    Target target{*cluster, {}};
    if (m_scope == Scope::Cluster)
        target.namespaceName = parser.value(m_namespace);
    if (target.namespaceName.isEmpty()) {
        // The context's own namespace, not the "default" a context without one falls back to.
        for (const Kube::ContextInfo &context : config->contexts()) {
            if (context.name == cluster->contextName)
                target.namespaceName = context.namespaceName;
        }
    }
    if (target.namespaceName.isEmpty())
        target.namespaceName = kDefaultNamespace;
    return target;
}
