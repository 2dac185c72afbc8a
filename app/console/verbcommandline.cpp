#include "app/console/verbcommandline.h"

VerbCommandLine::VerbCommandLine(const Synopsis &synopsis, ClusterOptions::Scope scope)
    : m_cluster(scope)
    , m_output(VerbArguments::outputOption())
{
    m_parser.setApplicationDescription(synopsis.description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(synopsis.verb, synopsis.verbHelp, synopsis.verb);
    if (!synopsis.operand.isEmpty())
        m_parser.addPositionalArgument(synopsis.operand, synopsis.operandHelp,
                                       synopsis.operandSyntax);
    m_cluster.addTo(&m_parser);
}

void VerbCommandLine::addOutputOption()
{
    m_parser.addOption(m_output);
}

bool VerbCommandLine::parse(const QStringList &arguments)
{
    return VerbArguments::parse(&m_parser, arguments);
}

std::optional<QString> VerbCommandLine::operand(const QString &missing) const
{
    return VerbArguments::operand(m_parser, missing);
}

std::optional<VerbArguments::Format> VerbCommandLine::format() const
{
    return VerbArguments::output(m_parser, m_output);
}
