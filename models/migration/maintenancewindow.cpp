#include "models/migration/maintenancewindow.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Migration {

MaintenanceWindow::MaintenanceWindow(QTime from, QTime to)
    : m_from(from)
    , m_to(to)
{
}

bool MaintenanceWindow::contains(const QDateTime &time) const
{
    if (!isSet())
        return true;
    const QTime now = time.toLocalTime().time();
    if (m_from < m_to)
        return now >= m_from && now < m_to;
    return now >= m_from || now < m_to; // crosses midnight
}

QDateTime MaintenanceWindow::nextOpening(const QDateTime &time) const
{
    if (!isSet() || contains(time))
        return {};
    const QDateTime local = time.toLocalTime();
    QDateTime opening(local.date(), m_from, Qt::LocalTime);
    if (opening <= local)
        opening = QDateTime(local.date().addDays(1), m_from, Qt::LocalTime);
    return opening;
}

QString MaintenanceWindow::text() const
{
    if (!isSet())
        return {};
    return QStringLiteral("%1-%2").arg(m_from.toString(QStringLiteral("HH:mm")),
                                       m_to.toString(QStringLiteral("HH:mm")));
}

QString MaintenanceWindow::textWithZone(const QDateTime &time) const
{
    if (!isSet())
        return {};
    return QStringLiteral("%1 %2").arg(text(), time.toLocalTime().timeZoneAbbreviation());
}

std::optional<MaintenanceWindow> MaintenanceWindow::parse(const QString &text, QString *error)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    const auto refuse = [&](const QString &why) -> std::optional<MaintenanceWindow> {
        *error = why;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return refuse(QCoreApplication::translate(
                          "Migration::MaintenanceWindow",
                          "\"%1\" is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00")
                          .arg(text));
    const QTime from(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime to(match.captured(3).toInt(), match.captured(4).toInt());
    if (!from.isValid() || !to.isValid())
        return refuse(QCoreApplication::translate("Migration::MaintenanceWindow",
                                                  "\"%1\" names a time that does not exist")
                          .arg(text));
    if (from == to)
        return refuse(QCoreApplication::translate(
                          "Migration::MaintenanceWindow",
                          "\"%1\" opens and closes at the same minute; leave the window out "
                          "to start moves at any time")
                          .arg(text));
    return MaintenanceWindow(from, to);
}

} // namespace Migration
