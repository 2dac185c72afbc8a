#include "models/kube/jobthreads.h"

namespace Kube {

JobThreads::JobThreads(int threads)
{
    m_threads.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

JobThreads::~JobThreads()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void JobThreads::start(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void JobThreads::finishStarted()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_stopping || (m_jobs.empty() && m_running == 0); });
}

void JobThreads::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_running;
        }
        job();
        job = nullptr; // what it holds goes on this thread, before it counts as done
        {
            const std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

} // namespace Kube
