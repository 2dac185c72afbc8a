#pragma once

#include "models/migration/journal.h"
#include "models/migration/queuesettings.h"

#include <QList>
#include <QString>

namespace Migration {

// The queue of one context as the journal holds it, for a console that does not run it (the
// `queue` verb): its settings, the moves not finished, and the changes an operator makes,
// written as the engine writes them so that the console running the moves follows them.
class JournalQueue
{
public:
    JournalQueue(const QString &journalPath, const QString &context);

    QueueSettings settings() const;
    // The moves not finished: those started first, then the waiting ones in the queue's order.
    QList<JournalEntry> moves() const;
    static bool isWaiting(const JournalEntry &move);

    // Writes the queue's settings whole, saying what changed; the waiting moves keep their
    // order unless `settings.order` gives one.
    bool write(QueueSettings settings, const QString &action, const QString &detail,
               QString *error);
    // A waiting move ends Cancelled; a started one is marked for cancelling, which the console
    // running it (or the next to resume it) does by rolling it back. The line keeps the move's
    // owner.
    bool cancel(const JournalEntry &move, const QString &detail, QString *error);

private:
    Journal m_journal;
    QString m_context;
};

} // namespace Migration
