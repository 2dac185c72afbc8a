// The pieces of the queue an operator controls, without a cluster: the maintenance window
// (crossing midnight, when it opens, what it refuses to read), the queue's settings as the
// journal keeps them, the journal read in queue order and followed from an offset (a line
// still being written is left for later), cancels written for another console to follow, and
// the plan's progress line, and a plan's duration from the throughput measured in the journal.
#include "models/migration/journal.h"
#include "models/migration/journalqueue.h"
#include "models/migration/maintenancewindow.h"
#include "models/migration/moveowner.h"
#include "models/migration/planduration.h"
#include "models/migration/queueprogress.h"

#include "tests/common/seedclusterdelta.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Migration;
using namespace Qt::StringLiterals;

namespace {

JournalEntry entry(const QString &id, MigrationState state, const QString &volume)
{
    JournalEntry result;
    result.migrationId = id;
    result.time = QDateTime::currentDateTimeUtc();
    result.state = state;
    result.move = {volume, u"pool-a"_s, u"pool-b"_s};
    result.context = u"ctx"_s;
    result.owner = u"elsewhere:1"_s;
    return result;
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 6), QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class TestMoveQueue : public QObject
{
    Q_OBJECT

private slots:
    void windowWithinADay()
    {
        const MaintenanceWindow window(QTime(9, 0), QTime(17, 30));
        QVERIFY(window.contains(at(9, 0)));
        QVERIFY(window.contains(at(17, 29)));
        QVERIFY(!window.contains(at(17, 30)));
        QVERIFY(!window.contains(at(8, 59)));
        QCOMPARE(window.nextOpening(at(18, 0)), at(9, 0).addDays(1));
        QCOMPARE(window.nextOpening(at(7, 0)), at(9, 0));
        QVERIFY(!window.nextOpening(at(10, 0)).isValid());
        QCOMPARE(window.text(), u"09:00-17:30"_s);
    }

    void windowAcrossMidnight()
    {
        QString error;
        const auto window = MaintenanceWindow::parse(u" 22:00 - 6:00 "_s, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(window->contains(at(23, 0)));
        QVERIFY(window->contains(at(0, 30)));
        QVERIFY(window->contains(at(5, 59)));
        QVERIFY(!window->contains(at(6, 0)));
        QVERIFY(!window->contains(at(12, 0)));
        QCOMPARE(window->nextOpening(at(12, 0)), at(22, 0));
        QVERIFY(window->textWithZone(at(12, 0)).startsWith(u"22:00-06:00 "_s));
        // Unset: always open.
        QVERIFY(MaintenanceWindow().contains(at(3, 0)));
        QCOMPARE(MaintenanceWindow().text(), QString());
    }

    void windowsThatCannotBeRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("words") << u"tonight"_s << u"HH:MM-HH:MM"_s;
        QTest::newRow("one time") << u"22:00"_s << u"HH:MM-HH:MM"_s;
        QTest::newRow("hour 24") << u"24:00-02:00"_s << u"does not exist"_s;
        QTest::newRow("minute 60") << u"22:60-02:00"_s << u"does not exist"_s;
        QTest::newRow("empty window") << u"03:15-03:15"_s << u"same minute"_s;
    }

    void windowsThatCannotBeRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!MaintenanceWindow::parse(text, &error));
        QVERIFY2(error.contains(says) && error.contains(text), qPrintable(error));
    }

    void settingsHoldBackAndSurviveTheJournal()
    {
        QueueSettings settings;
        QCOMPARE(settings.holdsBack(at(12, 0)), QString());
        settings.window = MaintenanceWindow(QTime(22, 0), QTime(6, 0));
        QVERIFY(settings.holdsBack(at(12, 0)).contains(u"maintenance window 22:00-06:00"_s));
        QCOMPARE(settings.holdsBack(at(23, 0)), QString());
        settings.paused = true;
        settings.reason = u"vendor on site"_s;
        QCOMPARE(settings.holdsBack(at(23, 0)), u"paused: vendor on site"_s);
        settings.limits = {2, 8, 3};
        settings.order = {u"b"_s, u"a"_s};
        QCOMPARE(QueueSettings::fromJson(settings.toJson()), settings);
        // Caps that are not whole numbers of at least 1 fall back to the defaults.
        QJsonObject broken = settings.toJson();
        broken.insert(u"caps"_s, QJsonObject{{u"perPool"_s, 0}, {u"perCluster"_s, u"x"_s}});
        QCOMPARE(QueueSettings::fromJson(broken).limits.perPool, MoveLimits().perPool);
        QCOMPARE(QueueSettings::fromJson(broken).limits.perCluster, MoveLimits().perCluster);
    }

    void journalKeepsTheQueuePerContext()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(u"j.jsonl"_s));
        QString error;
        QVERIFY(journal.append(entry(u"m1"_s, MigrationState::Planned, u"pvc-1"_s), &error));
        QueueRecord record;
        record.context = u"ctx"_s;
        record.action = u"pause"_s;
        record.settings.paused = true;
        record.settings.reason = u"r"_s;
        QVERIFY(journal.append(record, &error));
        record.context = u"other"_s;
        record.settings.paused = false;
        QVERIFY(journal.append(record, &error));
        QVERIFY(journal.queueSettings(u"ctx"_s).paused);
        QVERIFY(!journal.queueSettings(u"other"_s).paused);
        QVERIFY(!journal.queueSettings(u"third"_s).paused);
        // Queue records are not moves and are not reported as unreadable lines.
        QStringList warnings;
        QCOMPARE(journal.entries(&warnings).size(), 1);
        QCOMPARE(warnings, QStringList());
    }

    void unfinishedInTheOrderFirstJournalled()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(u"j.jsonl"_s));
        QString error;
        for (const QString &id : {u"c"_s, u"a"_s, u"b"_s, u"d"_s})
            QVERIFY(journal.append(entry(id, MigrationState::Planned, u"pvc-"_s + id), &error));
        QVERIFY(journal.append(entry(u"c"_s, MigrationState::Rebuilding, u"pvc-c"_s), &error));
        QVERIFY(journal.append(entry(u"d"_s, MigrationState::Done, u"pvc-d"_s), &error));
        JournalEntry elsewhere = entry(u"e"_s, MigrationState::Planned, u"pvc-e"_s);
        elsewhere.context = u"other"_s;
        QVERIFY(journal.append(elsewhere, &error));
        QStringList ids;
        for (const JournalEntry &move : journal.unfinished(u"ctx"_s))
            ids << move.migrationId;
        QCOMPARE(ids, (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    }

    void followingLeavesAHalfWrittenLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.jsonl"_s);
        Journal journal(path);
        QString error;
        QVERIFY(journal.append(entry(u"m1"_s, MigrationState::Planned, u"pvc-1"_s), &error));
        qint64 offset = journal.size();
        QVERIFY(journal.readFrom(&offset).entries.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        const QByteArray line =
            QJsonDocument(entry(u"m1"_s, MigrationState::Cancelled, u"pvc-1"_s).toJson())
                .toJson(QJsonDocument::Compact);
        file.write(line.left(20));
        file.flush();
        QVERIFY(journal.readFrom(&offset).entries.isEmpty());
        file.write(line.mid(20) + '\n');
        file.close();
        const Journal::Appended appended = journal.readFrom(&offset);
        QCOMPARE(appended.entries.size(), 1);
        QCOMPARE(appended.entries.first().state, MigrationState::Cancelled);
        QCOMPARE(offset, QFileInfo(path).size());
    }

    void journalQueueOrdersAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.jsonl"_s);
        QString error;
        {
            Journal journal(path);
            for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
                QVERIFY(journal.append(entry(id, MigrationState::Planned, u"pvc-"_s + id), &error));
            QVERIFY(journal.append(entry(u"b"_s, MigrationState::Rebuilding, u"pvc-b"_s), &error));
        }
        JournalQueue queue(path, u"ctx"_s);
        QueueSettings settings = queue.settings();
        settings.order = {u"c"_s, u"a"_s};
        QVERIFY(queue.write(settings, u"order"_s, {}, &error));
        QStringList ids;
        for (const JournalEntry &move : queue.moves())
            ids << move.migrationId;
        // The started move first, then the waiting ones in the queue's order.
        QCOMPARE(ids, (QStringList{u"b"_s, u"c"_s, u"a"_s}));

        // A waiting move ends Cancelled; a started one is only marked for its owner.
        const QList<JournalEntry> moves = queue.moves();
        QVERIFY(queue.cancel(moves.at(1), u"by test"_s, &error));
        QVERIFY(queue.cancel(moves.at(0), u"by test"_s, &error));
        const auto latest = Journal(path).latest();
        QCOMPARE(latest.value(u"c"_s).state, MigrationState::Cancelled);
        QCOMPARE(latest.value(u"b"_s).state, MigrationState::Rebuilding);
        QCOMPARE(latest.value(u"b"_s).action, u"cancel"_s);
        QCOMPARE(latest.value(u"b"_s).owner, u"elsewhere:1"_s); // still its console's
        QCOMPARE(queue.moves().size(), 2);
    }

    void ownersAliveAndGone()
    {
        QVERIFY(MoveOwner::isAlive(MoveOwner::current()));
        QVERIFY(MoveOwner::isCurrent(MoveOwner::current()));
        QVERIFY(!MoveOwner::isAlive(QString()));
        // A process id that cannot be running (above the kernel's limit).
        const QString host = MoveOwner::current().section(u':', 0, -2);
        QVERIFY(!MoveOwner::isAlive(host + u":4194305"_s));
        // Another host's console cannot be checked from here: it counts as running.
        QVERIFY(MoveOwner::isAlive(u"some-other-host:12"_s));
        QCOMPARE(MoveOwner::processId(u"some-other-host:12"_s), 0);
    }

    void durationFromTheMeasuredThroughput()
    {
        ClusterSnapshot cluster;
        cluster.apply(SeedClusterDelta::make());
        const QString volume = SeedClusterDelta::kVolume;
        const qint64 size = cluster.volumeSize(volume);
        QVERIFY(size > 0);
        // Before any move: the assumed default, said so.
        const PlanDuration::Throughput assumed = PlanDuration::measured({}, cluster, u"ctx"_s);
        QCOMPARE(assumed.samples, 0);
        QCOMPARE(assumed.bytesPerSecond, PlanDuration::kDefaultBytesPerSecond);
        QVERIFY(assumed.text().contains(u"assumed"_s));

        // One move of the volume took 10 s from its scale-up to its end; another context's and
        // an unknown volume's do not count.
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QList<JournalEntry> journal;
        const auto add = [&journal](JournalEntry e, const QString &action, MigrationState state,
                                    const QDateTime &time) {
            e.action = action;
            e.state = state;
            e.time = time;
            journal << e;
        };
        const JournalEntry ours = entry(u"m1"_s, MigrationState::Planned, volume);
        add(ours, u"plan"_s, MigrationState::Planned, t0);
        add(ours, u"scale-up"_s, MigrationState::ScalingUp, t0);
        add(ours, u"scale-down"_s, MigrationState::ScalingDown, t0.addSecs(8));
        add(ours, {}, MigrationState::Done, t0.addSecs(10));
        JournalEntry theirs = entry(u"m2"_s, MigrationState::Planned, volume);
        theirs.context = u"other"_s;
        add(theirs, u"scale-up"_s, MigrationState::ScalingUp, t0);
        add(theirs, {}, MigrationState::Done, t0.addSecs(1));
        const JournalEntry unknown = entry(u"m3"_s, MigrationState::Planned, u"pvc-gone"_s);
        add(unknown, u"scale-up"_s, MigrationState::ScalingUp, t0);
        add(unknown, {}, MigrationState::Done, t0.addSecs(1));
        const PlanDuration::Throughput measured =
            PlanDuration::measured(journal, cluster, u"ctx"_s);
        QCOMPARE(measured.samples, 1);
        QCOMPARE(qint64(measured.bytesPerSecond * 10 + 0.5), size);

        // Two moves of one volume run one after the other whatever the caps: 20 s; moves of
        // other volumes the cluster does not know take no time.
        const ReplicaMove first{volume, SeedClusterDelta::kPool2, SeedClusterDelta::kPool3};
        const ReplicaMove second{volume, SeedClusterDelta::kPool1, SeedClusterDelta::kPool2};
        MoveLimits wide;
        wide.perCluster = 4;
        wide.perPool = 4;
        wide.perSourceNode = 4;
        QCOMPARE(PlanDuration::estimate({first}, cluster, wide, measured).seconds, 10);
        QCOMPARE(PlanDuration::estimate({first, second}, cluster, wide, measured).seconds, 20);
        const PlanDuration::Estimate estimate = PlanDuration::estimate(
            {first, {u"pvc-gone"_s, SeedClusterDelta::kPool1, SeedClusterDelta::kPool3}}, cluster,
            wide, measured);
        QCOMPARE(estimate.seconds, 10);
        QVERIFY2(estimate.text().startsWith(u"about 10s ("_s), qPrintable(estimate.text()));
    }

    void progressOfAPlan()
    {
        ClusterSnapshot cluster; // no volumes known: sizes count as 0
        QList<MigrationStatus> moves;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (MigrationState state :
             {MigrationState::Done, MigrationState::Done, MigrationState::Rebuilding,
              MigrationState::Planned, MigrationState::RolledBack}) {
            MigrationStatus status;
            status.state = state;
            status.started = now.addSecs(-60);
            moves << status;
        }
        const QueueProgress progress =
            QueueProgress::of(moves, cluster, now, u"paused: vendor on site"_s);
        QCOMPARE(progress.done, 2);
        QCOMPARE(progress.running, 1);
        QCOMPARE(progress.waiting, 1);
        QCOMPARE(progress.failed, 1);
        QCOMPARE(progress.total(), 5);
        QVERIFY(!progress.etaSeconds); // nothing copied yet: no rate
        const QString text = progress.text();
        QVERIFY2(text.startsWith(u"2 of 5 move(s) done, 1 running, 1 waiting, 1 failed"_s),
                 qPrintable(text));
        QVERIFY2(text.endsWith(u"; paused: vendor on site"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMoveQueue)
#include "tst_movequeue.moc"
