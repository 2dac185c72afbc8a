#include "app/console/queueoptions.h"

#include "app/console/output.h"
#include "app/console/verbcommandline.h"

QueueOptions::QueueOptions()
    : m_perPool(QStringLiteral("max-per-pool"),
                tr("At most N rebuilds onto one pool at once (default 1)."), QStringLiteral("N"))
    , m_perNode(QStringLiteral("max-per-node"),
                tr("At most N moves off one node at once (default 1)."), QStringLiteral("N"))
    , m_total(QStringLiteral("max-total"),
              tr("At most N moves at once in the cluster (default 4)."), QStringLiteral("N"))
    , m_window(QStringLiteral("window"),
               tr("Start moves only between these times of day, local time (e.g. 22:00-06:00); "
                  "running moves always finish. \"none\": at any time (the default)."),
               QStringLiteral("HH:MM-HH:MM"))
{
}

void QueueOptions::addTo(VerbCommandLine *commandLine) const
{
    commandLine->addOption(m_perPool);
    commandLine->addOption(m_perNode);
    commandLine->addOption(m_total);
    commandLine->addOption(m_window);
}

bool QueueOptions::anySet(const VerbCommandLine &commandLine) const
{
    return commandLine.isSet(m_perPool) || commandLine.isSet(m_perNode) ||
           commandLine.isSet(m_total) || commandLine.isSet(m_window);
}

bool QueueOptions::read(const VerbCommandLine &commandLine,
                        Migration::QueueSettings *settings) const
{
    const std::pair<const QCommandLineOption *, int *> caps[] = {
        {&m_perPool, &settings->limits.perPool},
        {&m_perNode, &settings->limits.perSourceNode},
        {&m_total, &settings->limits.perCluster}};
    for (const auto &[option, value] : caps) {
        if (!commandLine.isSet(*option))
            continue;
        bool ok = false;
        const int given = commandLine.value(*option).toInt(&ok);
        if (!ok || given < 1) {
            Output::error(tr("error: --%1 takes a whole number of at least 1, not \"%2\"")
                              .arg(option->names().constFirst(), commandLine.value(*option)));
            return false;
        }
        *value = given;
    }
    if (commandLine.isSet(m_window)) {
        const QString text = commandLine.value(m_window);
        if (text == QLatin1String("none")) {
            settings->window = {};
        } else {
            QString error;
            const std::optional<Migration::MaintenanceWindow> window =
                Migration::MaintenanceWindow::parse(text, &error);
            if (!window) {
                Output::error(tr("error: --window: %1").arg(error));
                return false;
            }
            settings->window = *window;
        }
    }
    return true;
}

QString QueueOptions::text(const Migration::QueueSettings &settings)
{
    const Migration::MoveLimits &limits = settings.limits;
    QString text =
        tr("At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster "
           "at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild "
           "throttle, so these caps are the lever on the load).\n")
            .arg(limits.perPool)
            .arg(limits.perSourceNode)
            .arg(limits.perCluster);
    if (settings.window.isSet())
        text += tr("Moves start only between %1 (--window); running moves always finish.\n")
                    .arg(settings.window.textWithZone(QDateTime::currentDateTime()));
    return text;
}

QJsonObject QueueOptions::capsJson(const Migration::MoveLimits &limits)
{
    return {{QStringLiteral("perPool"), limits.perPool},
            {QStringLiteral("perNode"), limits.perSourceNode},
            {QStringLiteral("total"), limits.perCluster}};
}
