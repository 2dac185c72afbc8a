#include "models/migration/queuesettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Migration {

QString QueueSettings::holdsBack(const QDateTime &now) const
{
    if (paused)
        return reason.isEmpty() ? tr("paused") : tr("paused: %1").arg(reason);
    if (!window.contains(now))
        return tr("waiting for the maintenance window %1 (opens %2)")
            .arg(window.textWithZone(now),
                 QLocale().toString(window.nextOpening(now), QLocale::ShortFormat));
    return {};
}

QJsonObject QueueSettings::toJson() const
{
    return {{QStringLiteral("paused"), paused},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("window"), window.text()},
            {QStringLiteral("caps"),
             QJsonObject{{QStringLiteral("perPool"), limits.perPool},
                         {QStringLiteral("perSourceNode"), limits.perSourceNode},
                         {QStringLiteral("perCluster"), limits.perCluster}}},
            {QStringLiteral("order"), QJsonArray::fromStringList(order)}};
}

QueueSettings QueueSettings::fromJson(const QJsonObject &object)
{
    QueueSettings settings;
    settings.paused = object.value(QStringLiteral("paused")).toBool();
    settings.reason = object.value(QStringLiteral("reason")).toString();
    QString ignored;
    if (const auto window =
            MaintenanceWindow::parse(object.value(QStringLiteral("window")).toString(), &ignored))
        settings.window = *window;
    const QJsonObject caps = object.value(QStringLiteral("caps")).toObject();
    const auto cap = [&caps](const char *key, int fallback) {
        const int value = caps.value(QLatin1String(key)).toInt(fallback);
        return value > 0 ? value : fallback;
    };
    settings.limits.perPool = cap("perPool", settings.limits.perPool);
    settings.limits.perSourceNode = cap("perSourceNode", settings.limits.perSourceNode);
    settings.limits.perCluster = cap("perCluster", settings.limits.perCluster);
    for (const QJsonValue &id : object.value(QStringLiteral("order")).toArray())
        settings.order << id.toString();
    return settings;
}

bool QueueSettings::operator==(const QueueSettings &other) const
{
    return paused == other.paused && reason == other.reason && window == other.window &&
           limits == other.limits && order == other.order;
}

} // namespace Migration
