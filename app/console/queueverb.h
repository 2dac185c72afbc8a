#pragma once

#include "app/console/verbcommandline.h"
#include "models/migration/journal.h"
#include "models/migration/journalqueue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `cstor-console queue [list|pause|resume|cancel ID...|cancel --all|set OPTIONS|move ID N]`:
// the queue of moves the journal holds for the context, as a plan verb left it (paused by
// Ctrl-C, or by the console restarting). Pausing, setting the caps or window, reordering and
// cancelling are written to the journal, where the console running the moves (the window or
// another terminal) follows them; resume also runs the moves no live console runs, and waits
// for them.
class QueueVerb
{
    Q_DECLARE_TR_FUNCTIONS(QueueVerb)

public:
    static int run(const QStringList &arguments); // arguments[1] "queue"

    // The queue as `-o json` prints it.
    static QJsonObject json(const Migration::JournalQueue &queue);

private:
    static VerbCommandLine::Synopsis synopsis();
    static int list(const VerbCommandLine &commandLine, const Migration::JournalQueue &queue);
    static int pause(Migration::JournalQueue &queue, const QString &reason);
    static int resume(const VerbCommandLine &commandLine, Migration::JournalQueue &queue);
    static int cancel(Migration::JournalQueue &queue, const QStringList &ids, bool all);
    static int move(Migration::JournalQueue &queue, const QStringList &words);
    // Who changes the queue from this terminal, for the journal and the audit log.
    static QString who();
    // "run by cstor-console pid N" for a move a live console runs, else empty.
    static QString runner(const Migration::JournalEntry &move);
    static QString settingsText(const Migration::QueueSettings &settings);
};
