#pragma once

#include "models/migration/jsonlinesfile.h"
#include "models/migration/migrationstate.h"
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

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, JournalEntry *entry, QString *error);
};

// Append-only JSON-lines file; every append is on disk before it returns, so that a console
// killed after it has journalled an intent resumes from that intent.
class Journal
{
public:
    explicit Journal(const QString &path);

    QString path() const { return m_file.path(); }
    bool append(const JournalEntry &entry, QString *error);
    // Every entry in order. Lines that cannot be read are skipped and reported in *warnings.
    QList<JournalEntry> entries(QStringList *warnings = nullptr) const;
    // The last entry of each migration, keyed by migration id.
    QHash<QString, JournalEntry> latest() const;

private:
    JsonLinesFile m_file;
};

} // namespace Migration
