#include "models/migration/journalqueue.h"

#include "models/migration/moveowner.h"

#include <algorithm>

namespace Migration {

JournalQueue::JournalQueue(const QString &journalPath, const QString &context)
    : m_journal(journalPath)
    , m_context(context)
{
}

QueueSettings JournalQueue::settings() const
{
    return m_journal.queueSettings(m_context);
}

bool JournalQueue::isWaiting(const JournalEntry &move)
{
    return MigrationStates::isWaiting(move.state);
}

QList<JournalEntry> JournalQueue::moves() const
{
    QList<JournalEntry> started;
    QList<JournalEntry> waiting;
    for (const JournalEntry &entry : m_journal.unfinished(m_context))
        (isWaiting(entry) ? waiting : started).append(entry);
    const QStringList order = settings().order;
    std::stable_sort(waiting.begin(), waiting.end(),
                     [&order](const JournalEntry &a, const JournalEntry &b) {
                         const auto rank = [&order](const JournalEntry &entry) {
                             const qsizetype at = order.indexOf(entry.migrationId);
                             return at < 0 ? order.size() : at;
                         };
                         return rank(a) < rank(b);
                     });
    return started + waiting;
}

bool JournalQueue::write(QueueSettings settings, const QString &action, const QString &detail,
                         QString *error)
{
    if (settings.order.isEmpty()) {
        for (const JournalEntry &entry : moves()) {
            if (isWaiting(entry))
                settings.order << entry.migrationId;
        }
    }
    QueueRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.context = m_context;
    record.owner = MoveOwner::current();
    record.action = action;
    record.detail = detail;
    record.settings = settings;
    return m_journal.append(record, error);
}

bool JournalQueue::cancel(const JournalEntry &move, const QString &detail, QString *error)
{
    JournalEntry entry = move;
    entry.time = QDateTime::currentDateTimeUtc();
    // The owner stays the console that runs the move: this line asks it to cancel, and must not
    // make the move look abandoned to a console that resumes moves whose owner is gone.
    entry.action = QStringLiteral("cancel");
    entry.detail = detail;
    if (isWaiting(move))
        entry.state = MigrationState::Cancelled;
    return m_journal.append(entry, error);
}

} // namespace Migration
