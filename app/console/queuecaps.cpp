#include "app/console/queuecaps.h"

#include "app/console/output.h"
#include "app/console/verbcommandline.h"

QueueCaps::QueueCaps()
    : m_perPool(QStringLiteral("max-per-pool"),
                tr("At most N rebuilds onto one pool at once (default 1)."), QStringLiteral("N"))
    , m_perNode(QStringLiteral("max-per-node"),
                tr("At most N moves off one node at once (default 1)."), QStringLiteral("N"))
    , m_total(QStringLiteral("max-total"),
              tr("At most N moves at once in the cluster (default 4)."), QStringLiteral("N"))
{
}

void QueueCaps::addTo(VerbCommandLine *commandLine) const
{
    commandLine->addOption(m_perPool);
    commandLine->addOption(m_perNode);
    commandLine->addOption(m_total);
}

std::optional<Migration::MoveLimits> QueueCaps::read(const VerbCommandLine &commandLine) const
{
    Migration::MoveLimits limits;
    const std::pair<const QCommandLineOption *, int *> caps[] = {
        {&m_perPool, &limits.perPool},
        {&m_perNode, &limits.perSourceNode},
        {&m_total, &limits.perCluster}};
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
    return limits;
}

QString QueueCaps::text(const Migration::MoveLimits &limits)
{
    return tr("At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster "
              "at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild "
              "throttle, so these caps are the lever on the load).\n")
        .arg(limits.perPool)
        .arg(limits.perSourceNode)
        .arg(limits.perCluster);
}
