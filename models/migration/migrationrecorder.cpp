#include "models/migration/migrationrecorder.h"

#include "models/migration/migrationlog.h"

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
    entry.context = m_writer ? m_writer->contextName() : QString();
    entry.action = action;
    entry.detail = detail;
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
    QList<JournalEntry> entries;
    const auto latest = m_journal.latest();
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        const JournalEntry &entry = it.value();
        if (MigrationStates::isFinal(entry.state))
            continue;
        if (m_writer && !entry.context.isEmpty() && entry.context != m_writer->contextName())
            continue;
        entries.append(entry);
    }
    return entries;
}

} // namespace Migration
