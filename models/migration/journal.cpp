#include "models/migration/journal.h"

namespace Migration {

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), migrationId},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), MigrationStates::toString(state)},
        {QStringLiteral("volume"), move.volume},
        {QStringLiteral("from"), move.sourcePool},
        {QStringLiteral("to"), move.targetPool},
        {QStringLiteral("context"), context},
        {QStringLiteral("action"), action},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("owner"), owner},
    };
    if (move.anyTarget)
        object.insert(QStringLiteral("anyTarget"), true);
    return object;
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
    result.move.anyTarget = object.value(QStringLiteral("anyTarget")).toBool();
    result.context = object.value(QStringLiteral("context")).toString();
    result.action = object.value(QStringLiteral("action")).toString();
    result.detail = object.value(QStringLiteral("detail")).toString();
    result.owner = object.value(QStringLiteral("owner")).toString();
    *entry = result;
    return true;
}

QJsonObject QueueRecord::toJson() const
{
    return {{QStringLiteral("kind"), QStringLiteral("queue")},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("context"), context},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("action"), action},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("queue"), settings.toJson()}};
}

QueueRecord QueueRecord::fromJson(const QJsonObject &object)
{
    QueueRecord record;
    record.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    record.context = object.value(QStringLiteral("context")).toString();
    record.owner = object.value(QStringLiteral("owner")).toString();
    record.action = object.value(QStringLiteral("action")).toString();
    record.detail = object.value(QStringLiteral("detail")).toString();
    record.settings = QueueSettings::fromJson(object.value(QStringLiteral("queue")).toObject());
    return record;
}

bool QueueRecord::isQueueRecord(const QJsonObject &object)
{
    return object.value(QStringLiteral("kind")).toString() == QLatin1String("queue");
}

Journal::Journal(const QString &path)
    : m_file(path)
{
}

bool Journal::append(const JournalEntry &entry, QString *error)
{
    return m_file.append(entry.toJson(), error);
}

bool Journal::append(const QueueRecord &record, QString *error)
{
    return m_file.append(record.toJson(), error);
}

QList<JournalEntry> Journal::entries(QStringList *warnings) const
{
    QList<JournalEntry> result;
    int index = 0;
    for (const QJsonObject &object : m_file.readAll(warnings)) {
        ++index;
        if (QueueRecord::isQueueRecord(object))
            continue;
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

QList<JournalEntry> Journal::unfinished(const QString &context) const
{
    QList<JournalEntry> inOrder;
    QHash<QString, qsizetype> index;
    for (const JournalEntry &entry : entries()) {
        const auto at = index.constFind(entry.migrationId);
        if (at == index.constEnd()) {
            index.insert(entry.migrationId, inOrder.size());
            inOrder.append(entry);
        } else {
            inOrder[*at] = entry;
        }
    }
    QList<JournalEntry> result;
    for (const JournalEntry &entry : std::as_const(inOrder)) {
        if (MigrationStates::isFinal(entry.state))
            continue;
        if (!entry.context.isEmpty() && !context.isEmpty() && entry.context != context)
            continue;
        result.append(entry);
    }
    return result;
}

QueueSettings Journal::queueSettings(const QString &context) const
{
    QueueSettings settings;
    for (const QJsonObject &object : m_file.readAll()) {
        if (!QueueRecord::isQueueRecord(object))
            continue;
        const QueueRecord record = QueueRecord::fromJson(object);
        if (record.context == context)
            settings = record.settings;
    }
    return settings;
}

Journal::Appended Journal::readFrom(qint64 *offset) const
{
    Appended appended;
    for (const QJsonObject &object : m_file.readFrom(offset)) {
        if (QueueRecord::isQueueRecord(object)) {
            appended.queue.append(QueueRecord::fromJson(object));
            continue;
        }
        JournalEntry entry;
        QString ignored;
        if (JournalEntry::fromJson(object, &entry, &ignored))
            appended.entries.append(entry);
    }
    return appended;
}

} // namespace Migration
