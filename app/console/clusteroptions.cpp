#include "app/console/clusteroptions.h"

#include "models/kube/execplugintrust.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

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
    , m_requestTimeout(requestTimeoutOption())
{
}

QCommandLineOption ClusterOptions::requestTimeoutOption()
{
    return QCommandLineOption(
        QStringLiteral("request-timeout"),
        tr("How long to wait for one request to the cluster before giving up, as kubectl's: 5s, "
           "1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending "
           "(default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must "
           "start answering within it."),
        tr("DURATION"));
}

QString ClusterOptions::badRequestTimeout(const QString &value)
{
    return tr("invalid --request-timeout \"%1\": a timeout must be a single integer in "
              "seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | "
              "3h)")
        .arg(value);
}

void ClusterOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_kubeconfig);
    if (m_scope == Scope::Cluster) {
        parser->addOption(m_context);
        parser->addOption(m_namespace);
        parser->addOption(m_trustExecPlugin);
        parser->addOption(m_requestTimeout);
    }
}

bool ClusterOptions::check(const QCommandLineParser &parser, QString *error) const
{
    if (m_scope != Scope::Cluster || !parser.isSet(m_requestTimeout))
        return true;
    const QString value = parser.value(m_requestTimeout);
    if (parseRequestTimeout(value))
        return true;
    *error = badRequestTimeout(value);
    return false;
}

std::optional<int> ClusterOptions::parseRequestTimeout(const QString &text)
{
    // As client-go's clientcmd.ParseTimeout: a whole number of seconds first, else what Go's
    // time.ParseDuration reads (numbers with units, summed: "1h30m", "1.5s", "300ms").
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    double ms = 0;
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        ms = double(seconds) * 1000;
    } else {
        static const QRegularExpression whole(
            QStringLiteral("^\\+?((\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+$"));
        static const QRegularExpression part(
            QStringLiteral("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)"));
        if (!whole.match(text).hasMatch())
            return std::nullopt;
        static const QHash<QString, double> unitMs{
            {QStringLiteral("ns"), 1e-6}, {QStringLiteral("us"), 1e-3},
            {QStringLiteral("µs"), 1e-3}, {QStringLiteral("μs"), 1e-3},
            {QStringLiteral("ms"), 1},    {QStringLiteral("s"), 1000},
            {QStringLiteral("m"), 60000}, {QStringLiteral("h"), 3600000},
        };
        for (const QRegularExpressionMatch &match : part.globalMatch(text))
            ms += match.captured(1).toDouble() * unitMs.value(match.captured(2));
    }
    // A timer counts in int milliseconds (24 days); a timeout under 1 ms is 1 ms, not none.
    if (ms > 0 && ms < 1)
        return 1;
    return int(std::min<double>(ms, std::numeric_limits<int>::max()));
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
    if (m_scope == Scope::Cluster && parser.isSet(m_requestTimeout))
        target.cluster.requestTimeoutMs =
            parseRequestTimeout(parser.value(m_requestTimeout)).value_or(-1);
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
