#include "models/migration/journal.h"

namespace Migration {

QJsonObject JournalEntry::toJson() const
{
    return {
        {QStringLiteral("id"), migrationId},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), MigrationStates::toString(state)},
        {QStringLiteral("volume"), move.volume},
        {QStringLiteral("from"), move.sourcePool},
        {QStringLiteral("to"), move.targetPool},
        {QStringLiteral("context"), context},
        {QStringLiteral("action"), action},
        {QStringLiteral("detail"), detail},
    };
}

bool JournalEntry::fromJson(const QJsonObject &object, JournalEntry *entry, QString *error)
{
    JournalEntry result;
    result.migrationId = object.value(QStringLiteral("id")).toString();
    if (result.migrationId.isEmpty()) {
        *error = QStringLiteral("no id");
        return false;
    }
    const QString state = object.value(QStringLiteral("state")).toString();
    if (!MigrationStates::fromString(state, &result.state)) {
        *error = QStringLiteral("unknown state \"%1\"").arg(state);
        return false;
    }
    result.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    result.move.volume = object.value(QStringLiteral("volume")).toString();
    result.move.sourcePool = object.value(QStringLiteral("from")).toString();
    result.move.targetPool = object.value(QStringLiteral("to")).toString();
    result.context = object.value(QStringLiteral("context")).toString();
    result.action = object.value(QStringLiteral("action")).toString();
    result.detail = object.value(QStringLiteral("detail")).toString();
    *entry = result;
    return true;
}

Journal::Journal(const QString &path)
    : m_file(path)
{
}

bool Journal::append(const JournalEntry &entry, QString *error)
{
    return m_file.append(entry.toJson(), error);
}

QList<JournalEntry> Journal::entries(QStringList *warnings) const
{
    QList<JournalEntry> result;
    int index = 0;
    for (const QJsonObject &object : m_file.readAll(warnings)) {
        ++index;
        JournalEntry entry;
        QString error;
        if (JournalEntry::fromJson(object, &entry, &error))
            result.append(entry);
        else if (warnings)
            warnings->append(QStringLiteral("%1: entry %2: %3").arg(path()).arg(index).arg(error));
    }
    return result;
}

QHash<QString, JournalEntry> Journal::latest() const
{
    QHash<QString, JournalEntry> result;
    for (const JournalEntry &entry : entries())
        result.insert(entry.migrationId, entry);
    return result;
}

} // namespace Migration
