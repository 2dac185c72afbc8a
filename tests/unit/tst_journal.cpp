// The migration journal and the audit log survive restarts and bad lines, and stay private.
#include "models/migration/auditlog.h"
#include "models/migration/journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Migration;

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void appendAndResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state/journal.jsonl"));
        const ReplicaMove move{QStringLiteral("pvc-1"), QStringLiteral("pool-a"),
                               QStringLiteral("pool-b")};
        {
            Journal journal(path);
            QString error;
            for (MigrationState state :
                 {MigrationState::Planned, MigrationState::ScalingUp, MigrationState::Rebuilding}) {
                JournalEntry entry;
                entry.migrationId = QStringLiteral("m1");
                entry.time = QDateTime::currentDateTimeUtc();
                entry.state = state;
                entry.move = move;
                entry.context = QStringLiteral("ctx");
                QVERIFY2(journal.append(entry, &error), qPrintable(error));
            }
            JournalEntry other;
            other.migrationId = QStringLiteral("m2");
            other.state = MigrationState::Done;
            QVERIFY(journal.append(other, &error));
        }
        // A new Journal on the same file (a restarted console) sees where each move stands.
        Journal reopened(path);
        const auto latest = reopened.latest();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(QStringLiteral("m1")).state, MigrationState::Rebuilding);
        QCOMPARE(latest.value(QStringLiteral("m1")).move, move);
        QCOMPARE(latest.value(QStringLiteral("m2")).state, MigrationState::Done);
        QCOMPARE(reopened.entries().size(), 4);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void badLinesAreNamedAndSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"m1\",\"state\":\"Planned\"}\n{not json\n"
                   "{\"id\":\"m1\",\"state\":\"Sideways\"}\n{\"id\":\"m1\",\"state\":\"Done\"}\n");
        file.close();
        QStringList warnings;
        const auto entries = Journal(path).entries(&warnings);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().state, MigrationState::Done);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).contains(QStringLiteral(":2:")), qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).contains(QStringLiteral("unknown state \"Sideways\"")),
                 qPrintable(warnings.at(1)));
    }

    void auditRoundTrip()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        AuditRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.user = QStringLiteral("admin");
        record.context = QStringLiteral("cstor-sim");
        record.action = QStringLiteral("migrate");
        record.target = QStringLiteral("pvc-1: pool-a -> pool-b");
        record.result = QStringLiteral("done");
        QString error;
        QVERIFY(log.record(record, &error));
        const auto records = AuditLog(log.path()).records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().user, record.user);
        QCOMPARE(records.first().result, record.result);
        QCOMPARE(records.first().time.toMSecsSinceEpoch(), record.time.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
