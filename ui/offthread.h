#pragma once

#include "models/kube/jobthreads.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>

namespace Ui {

// Work off the UI thread whose result comes back to it: `work` runs on the console's job threads
// (or on threads the caller owns, for work that must run in order; they go before the
// application does), then `done(result)` runs on the UI thread, unless `context` is gone by then.
// The work and its result travel under a std::mutex (Kube::JobThreads, then this object's), never
// inside Qt's thread pool or queued calls, so that ThreadSanitizer sees every hand-over.
class OffThread : public QObject
{
    Q_OBJECT

public:
    template<typename Work, typename Done>
    static void run(QObject *context, Work work, Done done)
    {
        runOn(instance().m_threads, context, std::move(work), std::move(done));
    }

    template<typename Work, typename Done>
    static void runOn(Kube::JobThreads &threads, QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work &>;
        threads.start([back = &instance(), context = QPointer<QObject>(context),
                       work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<Result>(work());
            back->handBack([context, done, result] {
                if (context)
                    done(*result);
            });
        });
    }

    ~OffThread() override;

signals:
    // Emitted on a job thread, received on the UI thread; each result is then taken in an event
    // of its own, so that the window paints and answers between two that take long.
    void handedBack();

private:
    OffThread();
    static OffThread &instance(); // made on the UI thread, on first use
    void handBack(std::function<void()> delivery);
    void takeHandedBack();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_handedBack;
    bool m_notified = false;
    bool m_closing = false;
    // Last, so that it goes first: its threads hand back to the members above.
    Kube::JobThreads m_threads;
};

} // namespace Ui
