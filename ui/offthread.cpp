#include "ui/offthread.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace Ui {

OffThread::OffThread()
    : QObject(QCoreApplication::instance()) // goes with the application, before its statics
    , m_threads(int(std::max(2U, std::thread::hardware_concurrency())))
{
    connect(this, &OffThread::handedBack, this, &OffThread::takeHandedBack, Qt::QueuedConnection);
}

OffThread::~OffThread()
{
    // What comes back from now on is dropped; m_threads then waits for the running work.
    std::deque<std::function<void()>> dropped;
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        dropped.swap(m_handedBack);
    }
}

OffThread &OffThread::instance()
{
    static QPointer<OffThread> self;
    if (!self)
        self = new OffThread;
    return *self;
}

void OffThread::handBack(std::function<void()> delivery)
{
    const std::lock_guard lock(m_mutex);
    if (m_closing)
        return;
    m_handedBack.push_back(std::move(delivery));
    // Under the lock, so that the UI thread cannot be destroying this object meanwhile.
    if (!std::exchange(m_notified, true))
        emit handedBack();
}

void OffThread::takeHandedBack()
{
    std::function<void()> delivery;
    bool more = false;
    {
        const std::lock_guard lock(m_mutex);
        if (m_handedBack.empty()) {
            m_notified = false;
            return;
        }
        delivery = std::move(m_handedBack.front());
        m_handedBack.pop_front();
        more = !m_handedBack.empty();
        m_notified = more;
    }
    if (more)
        emit handedBack(); // the next one after the events waiting now
    delivery();
}

} // namespace Ui
