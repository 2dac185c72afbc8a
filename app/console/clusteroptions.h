#pragma once

#include "models/kube/clusterconfig.h"
#include "models/kube/kubeconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The options that choose a cluster, shared by the command-line verbs: --kubeconfig FILE
// (else KUBECONFIG, else ~/.kube/config, with clientcmd's merge rules), --context NAME and
// -n/--namespace NS (default: the context's namespace, else "openebs"), --trust-exec-plugin
// (run the context's exec credential plugin, and remember that it is trusted) and
// --request-timeout DURATION (kubectl's: how long one request may take).
class ClusterOptions
{
    Q_DECLARE_TR_FUNCTIONS(ClusterOptions)

public:
    enum class Scope {
        Kubeconfig, // --kubeconfig only (e.g. listing contexts)
        Cluster,    // --kubeconfig, --context, --namespace
    };

    struct Target
    {
        Kube::ClusterConfig cluster;
        QString namespaceName;
    };

    explicit ClusterOptions(Scope scope = Scope::Cluster);

    void addTo(QCommandLineParser *parser) const;
    // False and *error (a usage error) when an option's value is not valid: --request-timeout
    // that is not a duration.
    bool check(const QCommandLineParser &parser, QString *error) const;

    // kubectl's --request-timeout value in ms: a plain number of seconds ("5") or a Go
    // duration ("5s", "1m30s", "300ms", "1.5h"); 0 is no timeout. nullopt when it is neither.
    static std::optional<int> parseRequestTimeout(const QString &text);
    // --request-timeout DURATION, for the window's options too.
    static QCommandLineOption requestTimeoutOption();
    // The usage error of a --request-timeout value that is not a duration, in kubectl's words.
    static QString badRequestTimeout(const QString &value);

    // The merged kubeconfig; nullopt and *error naming the file when a file cannot be read or
    // parsed, or when there is no kubeconfig at all.
    std::optional<Kube::Kubeconfig> kubeconfig(const QCommandLineParser &parser,
                                               QString *error) const;
    // The chosen context resolved into a cluster, and the namespace to work in.
    std::optional<Target> target(const QCommandLineParser &parser, QString *error) const;

private:
    Scope m_scope;
    QCommandLineOption m_kubeconfig;
    QCommandLineOption m_context;
    QCommandLineOption m_namespace;
    QCommandLineOption m_trustExecPlugin;
    QCommandLineOption m_requestTimeout;
};
