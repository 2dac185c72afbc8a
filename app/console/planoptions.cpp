#include "app/console/planoptions.h"

#include "app/console/output.h"
#include "app/console/verbcommandline.h"

PlanOptions::PlanOptions()
    : m_move(tr("Show the plan and ask the server to dry-run each change; change nothing."),
             tr("Do not ask before moving."),
             tr("Wait until every move has ended (always done; for "
                "scripts written for kubectl-like tools)."))
{
}

void PlanOptions::addTo(VerbCommandLine *commandLine) const
{
    m_move.addTo(commandLine);
    m_queue.addTo(commandLine);
    commandLine->addOutputOption();
}

std::optional<PlanOptions::Values> PlanOptions::read(const VerbCommandLine &commandLine) const
{
    Values values;
    if (!m_queue.read(commandLine, &values.queue))
        return std::nullopt;
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!format)
        return std::nullopt;
    values.json = *format == VerbArguments::Format::Json;
    values.dryRun = commandLine.isSet(m_move.dryRun);
    values.yes = commandLine.isSet(m_move.yes);
    return values;
}
