// The rebuild estimate: linear copy, stall, snapshot-heavy volume, restarted rebuild, replica
// deleted mid-way.
#include "models/migration/rebuildestimator.h"

#include <QTest>

using Migration::RebuildEstimator;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

RebuildEstimator::Sample sample(int second, qint64 copied, qint64 source = 1000 * kMiB,
                                int pending = 0, int peer = 0)
{
    return {kStart.addSecs(second), copied, source, pending, peer};
}
} // namespace

class TestRebuildEstimator : public QObject
{
    Q_OBJECT

private slots:
    void linearCopy()
    {
        RebuildEstimator estimator;
        QVERIFY(!estimator.estimate(kStart).valid);
        for (int s = 0; s <= 50; s += 10)
            estimator.addSample(sample(s, s * 5 * kMiB)); // 5 MiB/s
        const auto e = estimator.estimate(kStart.addSecs(50));
        QVERIFY(e.valid);
        QCOMPARE(e.fraction, 0.25);
        QCOMPARE(e.bytesPerSecond, 5.0 * kMiB);
        QVERIFY(e.etaSeconds.has_value());
        QCOMPARE(*e.etaSeconds, 150); // 750 MiB left at 5 MiB/s
        QVERIFY(!e.stalled);
        // Ten seconds later with no new sample the ETA counts down.
        QCOMPARE(*estimator.estimate(kStart.addSecs(60)).etaSeconds, 140);
    }

    void stepwiseReportsAfterAWait()
    {
        // As cStor reports it: the new replica shows an empty zvol until the copy starts at
        // 40 s, then its used bytes move only at each 30 s resync of its pool manager (at
        // 60, 90, 120 s), while the engine samples every 5 s. The copy runs at 5 MiB/s.
        RebuildEstimator estimator;
        const auto copiedAt = [](int second) {
            const int resync = second < 60 ? 0 : 60 + (second - 60) / 30 * 30;
            return resync == 0 ? qint64(6 * 1024) : qint64(resync - 40) * 5 * kMiB;
        };
        for (int s = 0; s <= 100; s += 5)
            estimator.addSample(sample(s, copiedAt(s)));
        // Two resyncs seen: the rate is the copy's, not diluted by the wait.
        auto e = estimator.estimate(kStart.addSecs(100));
        QCOMPARE(e.bytesPerSecond, 5.0 * kMiB);
        // At 100 s the copy is really at 300 MiB: 700 MiB, 140 s left.
        QVERIFY(e.etaSeconds.has_value());
        QCOMPARE(*e.etaSeconds, 140);
        // With one resync seen, the rate can only count from the first sample: it errs low.
        RebuildEstimator early;
        for (int s = 0; s <= 70; s += 5)
            early.addSample(sample(s, copiedAt(s)));
        e = early.estimate(kStart.addSecs(70));
        QVERIFY(e.bytesPerSecond > 0 && e.bytesPerSecond < 5.0 * kMiB);
    }

    void stall()
    {
        RebuildEstimator estimator(/*stallAfterSeconds=*/60);
        estimator.addSample(sample(0, 0));
        estimator.addSample(sample(30, 300 * kMiB));
        for (int s = 60; s <= 120; s += 30)
            estimator.addSample(sample(s, 300 * kMiB)); // node lost: nothing moves
        QVERIFY(!estimator.estimate(kStart.addSecs(60)).stalled);
        const auto e = estimator.estimate(kStart.addSecs(120));
        QVERIFY(e.stalled);
        QVERIFY(!e.etaSeconds.has_value());
        QCOMPARE(e.fraction, 0.3);
        // It moves again: no longer stalled.
        estimator.addSample(sample(150, 400 * kMiB));
        QVERIFY(!estimator.estimate(kStart.addSecs(150)).stalled);
    }

    void snapshotHeavyVolume()
    {
        // Bytes say 95%, but 3 of the peer's 4 snapshots are still missing: do not claim 95%.
        RebuildEstimator estimator;
        estimator.addSample(sample(0, 0, 1000 * kMiB, 4, 4));
        estimator.addSample(sample(10, 950 * kMiB, 1000 * kMiB, 3, 4));
        const auto e = estimator.estimate(kStart.addSecs(10));
        QCOMPARE(e.fraction, 0.25);
        estimator.addSample(sample(20, 990 * kMiB, 1000 * kMiB, 0, 4));
        QVERIFY(estimator.estimate(kStart.addSecs(20)).fraction > 0.98);
        QVERIFY(estimator.estimate(kStart.addSecs(20)).fraction < 1.0); // 100% only when Healthy
        estimator.markFinished(kStart.addSecs(25));
        QCOMPARE(estimator.estimate(kStart.addSecs(25)).fraction, 1.0);
        QVERIFY(estimator.estimate(kStart.addSecs(25)).finished);
        QCOMPARE(*estimator.estimate(kStart.addSecs(25)).etaSeconds, 0);
        // Finished, it keeps its last sample only, and says the same.
        QCOMPARE(estimator.history().size(), 1);
        QCOMPARE(estimator.history().constLast().copiedBytes, 990 * kMiB);
        estimator.addSample(sample(30, 1000 * kMiB, 1000 * kMiB, 0, 4));
        QCOMPARE(estimator.history().size(), 1);
    }

    void restartedRebuild()
    {
        RebuildEstimator estimator;
        estimator.addSample(sample(0, 0));
        estimator.addSample(sample(10, 500 * kMiB)); // fast first attempt
        estimator.addSample(sample(20, 10 * kMiB));  // started again
        estimator.addSample(sample(30, 30 * kMiB));  // 2 MiB/s now
        const auto e = estimator.estimate(kStart.addSecs(30));
        QVERIFY(e.restarted);
        QCOMPARE(e.bytesPerSecond, 2.0 * kMiB);
        QCOMPARE(e.fraction, 0.03);
        QCOMPARE(*e.etaSeconds, 485);
    }

    void replicaDeletedMidway()
    {
        RebuildEstimator estimator;
        estimator.addSample(sample(0, 0));
        estimator.addSample(sample(10, 100 * kMiB));
        estimator.markGone();
        estimator.addSample(sample(20, 200 * kMiB)); // late sample after deletion: ignored
        const auto e = estimator.estimate(kStart.addSecs(20));
        QVERIFY(!e.valid);
        QVERIFY(!e.finished);
        QVERIFY(!e.etaSeconds.has_value());
    }
};

QTEST_GUILESS_MAIN(TestRebuildEstimator)
#include "tst_rebuildestimator.moc"
