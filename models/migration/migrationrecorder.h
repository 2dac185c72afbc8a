#pragma once

#include "models/migration/auditlog.h"
#include "models/migration/cvcwriter.h"
#include "models/migration/journal.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace Migration {

// What the moves leave behind: the journal (an entry before each step, read back to resume),
// the audit log (who did what, on which cluster), and Kubernetes Events on the volume's CVC.
class MigrationRecorder
{
public:
    MigrationRecorder(CvcWriter *writer, const QString &journalPath, const QString &auditPath);

    // "VOLUME: SOURCE -> TARGET", as the journal and the audit log name a move.
    static QString describe(const ReplicaMove &move);

    void journal(const QString &id, MigrationState state, const ReplicaMove &move,
                 const QString &action, const QString &detail);
    void audit(const ReplicaMove &move, const QString &action, const QString &result);
    void event(const ClusterSnapshot &cluster, const QString &volume, const QString &type,
               const QString &message);

    // The last entries of the moves the journal has not seen finish, of this writer's context
    // (another context's move is another cluster's: that console resumes it), in queue order.
    QList<JournalEntry> unfinished() const;

    // The queue's settings: written whole with what changed, read back for this context.
    void journalQueue(const QueueSettings &settings, const QString &action, const QString &detail);
    QueueSettings queueSettings() const;
    // What other consoles (or this one) appended to the journal since the last call; the
    // first call starts at the journal's end as it is then.
    Journal::Appended followJournal();
    QString contextName() const;

private:
    QPointer<CvcWriter> m_writer;
    Journal m_journal;
    AuditLog m_audit;
    qint64 m_followed = -1;
};

} // namespace Migration
