#pragma once

#include "app/console/clusteroptions.h"
#include "app/console/verbarguments.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

namespace Kube {
class RestClient;
}

// The command line of one verb with what every verb shares: the description and --help, the
// verb and its operand as positional arguments, the cluster options (--kubeconfig, --context,
// -n/--namespace, --trust-exec-plugin, --request-timeout), -o for verbs that print results, and the
// usage errors for all of them (printed, then ExitCode::UsageError). Options may come anywhere
// on the line, before or after the operand.
class VerbCommandLine
{
public:
    struct Synopsis
    {
        QString verb;        // "drain"
        QString verbHelp;    // "The verb."
        QString description; // the --help text above the options
        // The operand after the verb; none when `operand` is empty.
        QString operand;       // "node"
        QString operandHelp;   // "The node to move replicas off."
        QString operandSyntax; // "NODE"
    };

    explicit VerbCommandLine(const Synopsis &synopsis,
                             ClusterOptions::Scope scope = ClusterOptions::Scope::Cluster);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // -o/--output with the formats offered; format() then says which.
    void addOutputOption(const VerbArguments::Formats &formats = {VerbArguments::Format::Table,
                                                                  VerbArguments::Format::Json});

    // False (after printing why) when the arguments do not parse or an option's value is not
    // valid (--request-timeout); --help prints and exits.
    bool parse(const QStringList &arguments);
    // The operand, or nullopt (after printing `missing` or the extra argument).
    std::optional<QString> operand(const QString &missing) const;
    // The output format asked for, or nullopt (after printing why).
    std::optional<VerbArguments::Format> format() const;
    // --no-headers, for verbs that list in a table; noHeaders() then says whether it was given.
    void addNoHeadersOption();
    bool noHeaders() const { return m_hasNoHeaders && m_parser.isSet(m_noHeaders); }

    // The cluster the options name and a client for it, or nullopt (after printing why: no
    // such context, a configuration that must not be used).
    struct Connection
    {
        ClusterOptions::Target target;
        std::unique_ptr<Kube::RestClient> client;
    };
    std::optional<Connection> connect() const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    const QCommandLineParser &parser() const { return m_parser; }
    const ClusterOptions &cluster() const { return m_cluster; }

private:
    QCommandLineParser m_parser;
    ClusterOptions m_cluster;
    QCommandLineOption m_output;
    VerbArguments::Formats m_formats;
    QCommandLineOption m_noHeaders;
    bool m_hasNoHeaders = false;
};
