#include "models/migration/migrationrecorder.h"

#include "models/migration/migrationlog.h"
#include "models/migration/moveowner.h"

namespace Migration {

MigrationRecorder::MigrationRecorder(CvcWriter *writer, const QString &journalPath,
                                     const QString &auditPath)
    : m_writer(writer)
    , m_journal(journalPath)
    , m_audit(auditPath)
{
}

QString MigrationRecorder::describe(const ReplicaMove &move)
{
    return QStringLiteral("%1: %2 -> %3").arg(move.volume, move.sourcePool, move.targetPool);
}

void MigrationRecorder::journal(const QString &id, MigrationState state, const ReplicaMove &move,
                                const QString &action, const QString &detail)
{
    JournalEntry entry;
    entry.migrationId = id;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.state = state;
    entry.move = move;
    entry.context = contextName();
    entry.action = action;
    entry.detail = detail;
    entry.owner = MoveOwner::current();
    QString error;
    if (!m_journal.append(entry, &error))
        qCWarning(lcMigration).noquote() << error;
}

void MigrationRecorder::audit(const ReplicaMove &move, const QString &action, const QString &result)
{
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    if (m_writer) {
        record.user = m_writer->identity();
        record.context = m_writer->contextName();
        record.server = m_writer->serverUrl();
    }
    record.action = action;
    record.target = describe(move);
    record.result = result;
    QString error;
    if (!m_audit.record(record, &error))
        qCWarning(lcMigration).noquote() << error;
}

void MigrationRecorder::event(const ClusterSnapshot &cluster, const QString &volume,
                              const QString &type, const QString &message)
{
    const Cstor::VolumeConfig *cvc = cluster.volumeConfig(volume);
    if (m_writer && cvc)
        m_writer->recordEvent(cvc->meta, type, message);
}

QList<JournalEntry> MigrationRecorder::unfinished() const
{
    return m_journal.unfinished(contextName());
}

QString MigrationRecorder::contextName() const
{
    return m_writer ? m_writer->contextName() : QString();
}

void MigrationRecorder::journalQueue(const QueueSettings &settings, const QString &action,
                                     const QString &detail)
{
    QueueRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.context = contextName();
    record.owner = MoveOwner::current();
    record.action = action;
    record.detail = detail;
    record.settings = settings;
    QString error;
    if (!m_journal.append(record, &error))
        qCWarning(lcMigration).noquote() << error;
}

QueueSettings MigrationRecorder::queueSettings() const
{
    return m_journal.queueSettings(contextName());
}

Journal::Appended MigrationRecorder::followJournal()
{
    if (m_followed < 0) {
        m_followed = m_journal.size();
        return {};
    }
    return m_journal.readFrom(&m_followed);
}

} // namespace Migration
