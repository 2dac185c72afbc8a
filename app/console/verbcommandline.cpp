#include "app/console/verbcommandline.h"

#include "app/console/output.h"
#include "models/kube/restclient.h"

#include <QCoreApplication>

VerbCommandLine::VerbCommandLine(const Synopsis &synopsis, ClusterOptions::Scope scope)
    : m_cluster(scope)
    , m_output(QStringLiteral("output"))
    , m_noHeaders(QStringLiteral("no-headers"),
                  QCoreApplication::translate("VerbCommandLine",
                                              "Leave out the title row of tables (other output "
                                              "formats ignore it)."))
{
    m_parser.setApplicationDescription(synopsis.description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(synopsis.verb, synopsis.verbHelp, synopsis.verb);
    if (!synopsis.operand.isEmpty())
        m_parser.addPositionalArgument(synopsis.operand, synopsis.operandHelp,
                                       synopsis.operandSyntax);
    m_cluster.addTo(&m_parser);
}

void VerbCommandLine::addOutputOption(const VerbArguments::Formats &formats)
{
    m_formats = formats;
    m_output = VerbArguments::outputOption(formats);
    m_parser.addOption(m_output);
}

bool VerbCommandLine::parse(const QStringList &arguments)
{
    if (!VerbArguments::parse(&m_parser, arguments))
        return false;
    QString error;
    if (!m_cluster.check(m_parser, &error)) {
        Output::error(QCoreApplication::translate("VerbCommandLine", "error: %1").arg(error));
        return false;
    }
    return true;
}

std::optional<QString> VerbCommandLine::operand(const QString &missing) const
{
    return VerbArguments::operand(m_parser, missing);
}

void VerbCommandLine::addNoHeadersOption()
{
    m_hasNoHeaders = true;
    m_parser.addOption(m_noHeaders);
}

std::optional<VerbArguments::Format> VerbCommandLine::format() const
{
    return VerbArguments::output(m_parser, m_output, m_formats);
}

std::optional<VerbCommandLine::Connection> VerbCommandLine::connect() const
{
    QString error;
    std::optional<ClusterOptions::Target> target = m_cluster.target(m_parser, &error);
    if (!target) {
        Output::error(QCoreApplication::translate("VerbCommandLine", "error: %1").arg(error));
        return std::nullopt;
    }
    auto client = std::make_unique<Kube::RestClient>(target->cluster);
    if (!client->isUsable(&error)) {
        Output::error(QCoreApplication::translate("VerbCommandLine", "error: %1").arg(error));
        return std::nullopt;
    }
    return Connection{std::move(*target), std::move(client)};
}
