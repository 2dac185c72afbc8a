#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <malloc.h>

// Gives the memory the heap has freed back to the system, now and then, on a thread of its own.
// glibc returns freed memory to the system only from the top of each arena; a console that runs
// for hours (the window, `queue`, `evacuate --follow`) frees and allocates network buffers and
// decoded objects all the time, on several threads, and the free pages between live blocks stay
// resident: the soak saw resident memory climb a few percent over hours while the live heap was
// flat. malloc_trim(0) hands those pages back in every arena. It walks the free blocks, which on a
// large heap can take longer than a frame, so it never runs on the UI thread. (The informers
// also trim once a relist has settled, when hundreds of megabytes may have just been freed.)
class HeapTrim
{
public:
    // Every half minute by default: steady enough to follow a long session, and a few
    // milliseconds of a thread of its own at most.
    explicit HeapTrim(std::chrono::milliseconds every = std::chrono::seconds(30))
        : m_thread([this, every] {
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, every, [this] { return m_stopping; }))
                malloc_trim(0);
        })
    {
    }
    ~HeapTrim()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    HeapTrim(const HeapTrim &) = delete;
    HeapTrim &operator=(const HeapTrim &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread; // last: starts once the members it reads exist
};
