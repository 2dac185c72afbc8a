#pragma once

#include "models/migration/jsonlinesfile.h"
#include "models/migration/migrationstate.h"
#include "models/migration/queuesettings.h"
#include "models/planning/replicamove.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Migration {

// One line of the journal: a migration entering a state (written BEFORE the step is taken),
// or a note about it. The last entry of a migration says where a restarted console resumes.
struct JournalEntry
{
    QString migrationId;
    QDateTime time;
    MigrationState state = MigrationState::Planned;
    ReplicaMove move;
    QString context; // kubeconfig context
    QString action;  // "scale-up", "scale-down", "cancel", ... or empty for a state change
    QString detail;  // what happened, in words
    QString owner;   // the console process that wrote it (MoveOwner)

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, JournalEntry *entry, QString *error);
};

// A line of kind "queue": the queue's whole settings after an operator changed them (pause,
// resume, window, caps, order), with who changed what.
struct QueueRecord
{
    QDateTime time;
    QString context;
    QString owner;
    QString action; // "pause", "resume", "window", "caps", "order"
    QString detail;
    QueueSettings settings;

    QJsonObject toJson() const;
    static QueueRecord fromJson(const QJsonObject &object);
    static bool isQueueRecord(const QJsonObject &object);
};

// Append-only JSON-lines file; every append is on disk before it returns, so that a console
// killed after it has journalled an intent resumes from that intent.
class Journal
{
public:
    explicit Journal(const QString &path);

    QString path() const { return m_file.path(); }
    bool append(const JournalEntry &entry, QString *error);
    bool append(const QueueRecord &record, QString *error);
    // Every entry in order. Lines that cannot be read are skipped and reported in *warnings.
    QList<JournalEntry> entries(QStringList *warnings = nullptr) const;
    // The last entry of each migration, keyed by migration id.
    QHash<QString, JournalEntry> latest() const;
    // The last entries of the moves of `context` the journal has not seen finish, in the order
    // they were first journalled (the queue's order); entries without a context count as any.
    QList<JournalEntry> unfinished(const QString &context) const;
    // The queue's settings last written for `context` (defaults when none were).
    QueueSettings queueSettings(const QString &context) const;

    // What was appended since *offset (see JsonLinesFile::readFrom), for a console that
    // follows what others write: moves' entries and queue records, in order.
    struct Appended
    {
        QList<JournalEntry> entries;
        QList<QueueRecord> queue;
    };
    Appended readFrom(qint64 *offset) const;
    qint64 size() const { return m_file.size(); }

private:
    JsonLinesFile m_file;
};

} // namespace Migration
