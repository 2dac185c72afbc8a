// Work off the UI thread (Ui::OffThread): the work runs on another thread and its result comes
// back on the UI thread; nothing comes back to a context that is gone; work run on one thread of
// the caller's comes back in the order it was asked.
#include "models/kube/jobthreads.h"
#include "ui/offthread.h"

#include <QPointer>
#include <QTest>
#include <QThread>

#include <condition_variable>
#include <mutex>

class TestOffThread : public QObject
{
    Q_OBJECT

private slots:
    void workRunsElsewhereAndComesBackHere();
    void nothingComesBackToAContextGone();
    void oneThreadKeepsTheOrderAsked();
};

void TestOffThread::workRunsElsewhereAndComesBackHere()
{
    QObject context;
    QThread *workedOn = nullptr;
    QThread *cameBackOn = nullptr;
    int result = 0;
    Ui::OffThread::run(
        &context, [] { return std::pair<QThread *, int>(QThread::currentThread(), 6 * 7); },
        [&](const std::pair<QThread *, int> &answer) {
            workedOn = answer.first;
            result = answer.second;
            cameBackOn = QThread::currentThread();
        });
    QCOMPARE(result, 0); // not before the event loop runs
    QTRY_COMPARE(result, 42);
    QVERIFY(workedOn != QThread::currentThread());
    QCOMPARE(cameBackOn, QThread::currentThread());
}

void TestOffThread::nothingComesBackToAContextGone()
{
    std::mutex mutex;
    std::condition_variable changed;
    bool release = false;
    Kube::JobThreads thread(1);
    auto *gone = new QObject;
    bool goneCalled = false;
    Ui::OffThread::runOn(
        thread, gone,
        [&] {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return release; });
            return 1;
        },
        [&](int) { goneCalled = true; });
    delete gone; // while its work runs
    {
        const std::lock_guard lock(mutex);
        release = true;
    }
    changed.notify_all();
    // The same thread's next work comes back: the first one's answer was dropped by then.
    QObject kept;
    bool keptCalled = false;
    Ui::OffThread::runOn(
        thread, &kept, [] { return 2; }, [&](int) { keptCalled = true; });
    QTRY_VERIFY(keptCalled);
    QVERIFY(!goneCalled);
}

void TestOffThread::oneThreadKeepsTheOrderAsked()
{
    Kube::JobThreads thread(1);
    QObject context;
    QList<int> order;
    for (int i = 0; i < 200; ++i)
        Ui::OffThread::runOn(
            thread, &context, [i] { return i; }, [&](int n) { order << n; });
    QTRY_COMPARE(order.size(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(order.at(i), i);
}

QTEST_MAIN(TestOffThread)
#include "tst_offthread.moc"
