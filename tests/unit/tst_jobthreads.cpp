// The job threads (the informers' decoding, the console's work off the UI thread): every job
// runs, on threads other than the caller's, several at once; destroying them waits for the
// running jobs; finishStarted() waits for every job started.
#include "models/kube/jobthreads.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

class TestJobThreads : public QObject
{
    Q_OBJECT

private slots:
    void everyJobRunsOffTheCallersThread();
    void jobsRunSideBySide();
    void destroyingWaitsForRunningJobs();
    void finishStartedRunsEveryJobInOrder();
};

void TestJobThreads::everyJobRunsOffTheCallersThread()
{
    std::mutex mutex;
    std::condition_variable done;
    std::set<std::thread::id> threads;
    int finished = 0;
    Kube::JobThreads pool(2);
    for (int i = 0; i < 1000; ++i) {
        pool.start([&] {
            const std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
            ++finished;
            done.notify_all();
        });
    }
    std::unique_lock lock(mutex);
    QVERIFY(done.wait_for(lock, std::chrono::seconds(30), [&] { return finished == 1000; }));
    QVERIFY(!threads.count(std::this_thread::get_id()));
    QVERIFY(threads.size() <= 2);
}

void TestJobThreads::jobsRunSideBySide()
{
    // Two jobs that each wait for the other can only finish if both run at once.
    std::mutex mutex;
    std::condition_variable changed;
    int started = 0;
    int finished = 0;
    Kube::JobThreads pool(2);
    for (int i = 0; i < 2; ++i) {
        pool.start([&] {
            std::unique_lock lock(mutex);
            ++started;
            changed.notify_all();
            changed.wait(lock, [&] { return started == 2; });
            ++finished;
            changed.notify_all();
        });
    }
    std::unique_lock lock(mutex);
    QVERIFY(changed.wait_for(lock, std::chrono::seconds(30), [&] { return finished == 2; }));
}

void TestJobThreads::destroyingWaitsForRunningJobs()
{
    std::mutex mutex;
    std::condition_variable changed;
    bool running = false;
    bool release = false;
    std::atomic<int> ran{0};
    std::atomic<bool> runningJobFinished{false};
    std::thread releaser;
    {
        Kube::JobThreads pool(1);
        pool.start([&] {
            {
                std::unique_lock lock(mutex);
                running = true;
                changed.notify_all();
                changed.wait(lock, [&] { return release; });
            }
            runningJobFinished = true;
        });
        for (int i = 0; i < 10; ++i)
            pool.start([&] { ++ran; });
        {
            std::unique_lock lock(mutex);
            QVERIFY(changed.wait_for(lock, std::chrono::seconds(30), [&] { return running; }));
        }
        // Let the running job go only once the pool is being destroyed (it is then waiting).
        releaser = std::thread([&] {
            const std::lock_guard lock(mutex);
            release = true;
            changed.notify_all();
        });
    }
    releaser.join();
    // Whenever the release came, the pool's destruction waited for the job it was running.
    QVERIFY(runningJobFinished);
    QVERIFY(ran <= 10);
}

void TestJobThreads::finishStartedRunsEveryJobInOrder()
{
    // One thread runs its jobs in the order started (a history file's writes); finishStarted()
    // returns once the last has run, even when it was queued behind a slow one.
    std::mutex mutex;
    std::condition_variable changed;
    bool release = false;
    std::vector<int> order;
    Kube::JobThreads thread(1);
    thread.start([&] {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return release; });
    });
    for (int i = 0; i < 100; ++i) {
        thread.start([&, i] {
            const std::lock_guard lock(mutex);
            order.push_back(i);
        });
    }
    std::thread releaser([&] {
        const std::lock_guard lock(mutex);
        release = true;
        changed.notify_all();
    });
    thread.finishStarted();
    releaser.join();
    const std::lock_guard lock(mutex);
    QCOMPARE(int(order.size()), 100);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
}

QTEST_GUILESS_MAIN(TestJobThreads)
#include "tst_jobthreads.moc"
