#include "app/console/planoptions.h"

#include "app/console/output.h"
#include "app/console/verbcommandline.h"

PlanOptions::PlanOptions()
    : m_move(tr("Show the plan and ask the server to dry-run each change; change nothing."),
             tr("Do not ask before moving."),
             tr("Wait until every move has ended (always done; for "
                "scripts written for kubectl-like tools)."))
    , m_perPool(QStringLiteral("max-per-pool"),
                tr("At most N rebuilds onto one pool at once (default 1)."), QStringLiteral("N"))
    , m_perNode(QStringLiteral("max-per-node"),
                tr("At most N moves off one node at once (default 1)."), QStringLiteral("N"))
    , m_total(QStringLiteral("max-total"),
              tr("At most N moves at once in the cluster (default 4)."), QStringLiteral("N"))
{
}

void PlanOptions::addTo(VerbCommandLine *commandLine) const
{
    m_move.addTo(commandLine);
    commandLine->addOption(m_perPool);
    commandLine->addOption(m_perNode);
    commandLine->addOption(m_total);
    commandLine->addOutputOption();
}

std::optional<PlanOptions::Values> PlanOptions::read(const VerbCommandLine &commandLine) const
{
    Values values;
    const std::pair<const QCommandLineOption *, int *> caps[] = {
        {&m_perPool, &values.limits.perPool},
        {&m_perNode, &values.limits.perSourceNode},
        {&m_total, &values.limits.perCluster}};
    for (const auto &[option, value] : caps) {
        if (!commandLine.isSet(*option))
            continue;
        bool ok = false;
        const int given = commandLine.value(*option).toInt(&ok);
        if (!ok || given < 1) {
            Output::error(tr("error: --%1 takes a whole number of at least 1, not \"%2\"")
                              .arg(option->names().constFirst(), commandLine.value(*option)));
            return std::nullopt;
        }
        *value = given;
    }
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!format)
        return std::nullopt;
    values.json = *format == VerbArguments::Format::Json;
    values.dryRun = commandLine.isSet(m_move.dryRun);
    values.yes = commandLine.isSet(m_move.yes);
    return values;
}

QString PlanOptions::capsText(const Migration::MoveLimits &limits)
{
    return tr("At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster "
              "at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild "
              "throttle, so these caps are the lever on the load).\n")
        .arg(limits.perPool)
        .arg(limits.perSourceNode)
        .arg(limits.perCluster);
}

QJsonObject PlanOptions::capsJson(const Migration::MoveLimits &limits)
{
    return {{QStringLiteral("perPool"), limits.perPool},
            {QStringLiteral("perNode"), limits.perSourceNode},
            {QStringLiteral("total"), limits.perCluster}};
}
