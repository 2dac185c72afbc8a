#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Kube {

// Threads of their own for work off the caller's thread: the informers' decoding of list pages,
// the console's planning, forecasts and history files. Jobs go in and out under a std::mutex,
// never through Qt's event queue or thread pool, whose locking ThreadSanitizer cannot see (Qt is
// not built with it): what a job hands back must go the same way (a mutex its reader takes too).
class JobThreads
{
public:
    explicit JobThreads(int threads);
    // Drops the jobs not started and waits for the running ones.
    ~JobThreads();
    JobThreads(const JobThreads &) = delete;
    JobThreads &operator=(const JobThreads &) = delete;

    void start(std::function<void()> job);
    // Waits until every job started so far has run (a file's last write before it closes).
    void finishStarted();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_jobs;
    int m_running = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace Kube
