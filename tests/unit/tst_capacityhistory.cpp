// The pool capacity history: a ring of samples aligned across pools, an earlier run's history
// put before this run's, and the file it is kept in between runs.
#include "models/items/capacityhistory.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Items::CapacityHistory;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

CapacityHistory::PoolSample pool(const QString &name, double used, double total = 100)
{
    return {name, used, total};
}
} // namespace

class TestCapacityHistory : public QObject
{
    Q_OBJECT

private slots:
    void seriesStayAlignedAndTheRingKeepsTheNewest()
    {
        CapacityHistory history(3);
        history.append(kStart, {pool(u"a"_s, 10), pool(u"b"_s, 20)});
        history.append(kStart.addSecs(1), {pool(u"a"_s, 11)});                  // b gone
        history.append(kStart.addSecs(2), {pool(u"a"_s, 12), pool(u"c"_s, 5)}); // c new
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.pools().value(u"b"_s).used(), (QList<double>{20, -1, -1}));
        QCOMPARE(history.pools().value(u"c"_s).used(), (QList<double>{-1, -1, 5}));
        QCOMPARE(history.total().used(), (QList<double>{30, 11, 17}));
        QCOMPARE(history.total().total(), (QList<double>{200, 100, 200}));
        // An out-of-order sample is ignored.
        history.append(kStart.addSecs(1), {pool(u"a"_s, 99)});
        QCOMPARE(history.size(), 3);
        // The ring drops the oldest; a pool absent from all that is left is forgotten.
        history.append(kStart.addSecs(3), {pool(u"a"_s, 13), pool(u"c"_s, 6)});
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.times().first(), kStart.addSecs(1).toMSecsSinceEpoch());
        QVERIFY(!history.pools().contains(u"b"_s));
        QCOMPARE(history.pools().value(u"a"_s).used(), (QList<double>{11, 12, 13}));
    }

    void aRingKeepsTheNewestInTheStorageItWasMadeWith()
    {
        Items::Ring<int> ring(3);
        QVERIFY(ring.isEmpty());
        for (int i = 1; i <= 10; ++i)
            ring.append(i);
        QCOMPARE(ring.capacity(), 3);
        QCOMPARE(ring.toList(), (QList<int>{8, 9, 10}));
        QCOMPARE(ring.first(), 8);
        QCOMPARE(ring.last(), 10);
        const Items::Ring<int> copy = ring; // shares the storage until one of them is written
        ring.append(11);
        QCOMPARE(copy.toList(), (QList<int>{8, 9, 10}));
        QCOMPARE(ring.toList(), (QList<int>{9, 10, 11}));
        ring.appendAll(QList<int>{12, 13}); // a list or a ring, oldest first
        QCOMPARE(ring.toList(), (QList<int>{11, 12, 13}));
        Items::Ring<int> wider(5);
        wider.append(0);
        wider.appendAll(ring);
        QCOMPARE(wider.toList(), (QList<int>{0, 11, 12, 13}));
        Items::Ring<int> none;
        none.append(1);
        QVERIFY(none.isEmpty());
    }

    void aPoolNamedTwiceCountsOnceAndTheCapacityCanChange()
    {
        CapacityHistory history(4);
        for (int i = 0; i < 4; ++i)
            history.append(kStart.addSecs(i), {pool(u"a"_s, i), pool(u"a"_s, 50)});
        QCOMPARE(history.pools().value(u"a"_s).used(), (QList<double>{0, 1, 2, 3}));
        QCOMPARE(history.total().used(), (QList<double>{0, 1, 2, 3}));
        history.setCapacity(2); // the newest two stay
        QCOMPARE(history.times().toList(), (QList<qint64>{kStart.addSecs(2).toMSecsSinceEpoch(),
                                                          kStart.addSecs(3).toMSecsSinceEpoch()}));
        QCOMPARE(history.pools().value(u"a"_s).used(), (QList<double>{2, 3}));
        history.setCapacity(3); // room for one more, nothing comes back
        history.append(kStart.addSecs(4), {pool(u"b"_s, 7)});
        QCOMPARE(history.pools().value(u"a"_s).used(), (QList<double>{2, 3, -1}));
        QCOMPARE(history.pools().value(u"b"_s).used(), (QList<double>{-1, -1, 7}));
    }

    void anEarlierRunGoesFirst()
    {
        CapacityHistory older(10);
        older.append(kStart, {pool(u"a"_s, 1), pool(u"old"_s, 50)});
        older.append(kStart.addSecs(1), {pool(u"a"_s, 2), pool(u"old"_s, 51)});
        older.append(kStart.addSecs(60), {pool(u"a"_s, 3)}); // overlaps this run: dropped
        CapacityHistory now(4);
        now.append(kStart.addSecs(30), {pool(u"a"_s, 7), pool(u"new"_s, 9)});
        now.append(kStart.addSecs(31), {pool(u"a"_s, 8), pool(u"new"_s, 9)});
        now.append(kStart.addSecs(32), {pool(u"a"_s, 9), pool(u"new"_s, 9)});
        now.prepend(older);
        // Four kept: the newest of the older run, then this run's three.
        QCOMPARE(now.size(), 4);
        QCOMPARE(now.times().first(), kStart.addSecs(1).toMSecsSinceEpoch());
        QCOMPARE(now.pools().value(u"a"_s).used(), (QList<double>{2, 7, 8, 9}));
        QCOMPARE(now.pools().value(u"old"_s).used(), (QList<double>{51, -1, -1, -1}));
        QCOMPARE(now.pools().value(u"new"_s).used(), (QList<double>{-1, 9, 9, 9}));
        QCOMPARE(now.total().used(), (QList<double>{53, 16, 17, 18}));
    }

    void keptInAFileBetweenRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/history.dat"_s);
        CapacityHistory history;
        for (int i = 0; i < 5; ++i)
            history.append(kStart.addSecs(i), {pool(u"a"_s, i), pool(u"b"_s, 2 * i, 50)});
        QString error;
        QVERIFY2(history.save(path, &error), qPrintable(error));
        CapacityHistory read(3);
        QVERIFY2(read.load(path, &error), qPrintable(error));
        QCOMPARE(read.size(), 3); // its own capacity applies
        QCOMPARE(read.times().toList(), history.times().toList().mid(2));
        QCOMPARE(read.pools().value(u"b"_s).total(), (QList<double>{50, 50, 50}));

        // A damaged or foreign file is refused by name and leaves the history as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() / 2);
        file.close();
        QVERIFY(!read.load(path, &error));
        QCOMPARE(error, u"the capacity history file is damaged"_s);
        QCOMPARE(read.size(), 3);
        QFile other(dir.filePath(u"other.dat"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("kubeconfig: not this");
        other.close();
        QVERIFY(!read.load(other.fileName(), &error));
        QCOMPARE(error, u"not a capacity history file"_s);
    }

    void oneFilePerContextAndNamespace()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString arn =
            CapacityHistory::fileFor(u"arn:aws:eks:eu-west-1:123:cluster/prod"_s, u"openebs"_s);
        const QString other = CapacityHistory::fileFor(u"prod"_s, u"openebs"_s);
        QVERIFY(arn != other);
        QVERIFY(arn != CapacityHistory::fileFor(u"prod"_s, u"storage"_s));
        // The context's '/' cannot make a folder, nor '..' climb out of one.
        QVERIFY(!arn.section(u'/', -1).isEmpty());
        QVERIFY(arn.section(u'/', -2, -2) == u"capacity-history"_s);
        const QString climbing = CapacityHistory::fileFor(u"../../x"_s, u"ns"_s);
        QCOMPARE(climbing.section(u'/', -2, -2), u"capacity-history"_s);
        QVERIFY(!climbing.contains(u"/../"_s));
    }
};

QTEST_GUILESS_MAIN(TestCapacityHistory)
#include "tst_capacityhistory.moc"
