#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace Migration {

// The hours of the day, local time, in which queued moves may start ("22:00-06:00" crosses
// midnight). Moves already running are never stopped by it: a rebuild left half done is worse
// than one that ends after the window. Unset, moves may start at any time.
class MaintenanceWindow
{
public:
    MaintenanceWindow() = default;
    MaintenanceWindow(QTime from, QTime to);

    bool isSet() const { return m_from.isValid() && m_to.isValid(); }
    QTime from() const { return m_from; }
    QTime to() const { return m_to; }

    // Whether `time` (taken in local time) is inside the window; always true when unset.
    bool contains(const QDateTime &time) const;
    // When the window next opens after `time` (local time); invalid when unset or open now.
    QDateTime nextOpening(const QDateTime &time) const;

    // "22:00-06:00", or empty when unset; the form parse() reads.
    QString text() const;
    // "22:00-06:00 CET": the window with the local time zone's abbreviation at `time`.
    QString textWithZone(const QDateTime &time) const;
    // Reads "HH:MM-HH:MM"; an empty optional and *error when the text is not such a window or
    // opens and closes at the same minute.
    static std::optional<MaintenanceWindow> parse(const QString &text, QString *error);

    bool operator==(const MaintenanceWindow &other) const
    {
        return m_from == other.m_from && m_to == other.m_to;
    }

private:
    QTime m_from;
    QTime m_to;
};

} // namespace Migration
