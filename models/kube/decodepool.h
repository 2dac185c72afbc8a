#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Kube {

// Threads of their own that parse and decode list pages while the informers' thread fetches the
// next ones. Jobs go in and out under a std::mutex, never through Qt's event queue or thread
// pool, whose locking ThreadSanitizer cannot see: what a job hands back must go the same way
// (a mutex its reader takes too).
class DecodePool
{
public:
    explicit DecodePool(int threads);
    // Drops the jobs not started and waits for the running ones.
    ~DecodePool();
    DecodePool(const DecodePool &) = delete;
    DecodePool &operator=(const DecodePool &) = delete;

    void start(std::function<void()> job);

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace Kube
