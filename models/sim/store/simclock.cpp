#include "models/sim/store/simclock.h"

#include <cmath>

namespace Sim {

SimClock::SimClock(QObject *parent)
    : QObject(parent)
    , m_random(quint32(0x5eed))
    , m_timer(this)
{
    m_real.start();
    m_simAnchorMs = QDateTime::currentMSecsSinceEpoch();
    m_realAnchorMs = 0;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimClock::fireDue);
}

qint64 SimClock::nowMs() const
{
    const qint64 realElapsed = m_real.elapsed() - m_realAnchorMs;
    return m_simAnchorMs + qint64(std::floor(double(realElapsed) * m_speed));
}

QDateTime SimClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

double SimClock::speed() const
{
    return m_speed;
}

void SimClock::setSpeed(double speed)
{
    if (speed < 0 || !std::isfinite(speed))
        speed = 0;
    // Re-anchor so that simulated time is continuous across the change.
    m_simAnchorMs = nowMs();
    m_realAnchorMs = m_real.elapsed();
    if (speed == m_speed)
        return;
    m_speed = speed;
    reschedule();
    emit speedChanged(speed);
}

void SimClock::advance(double seconds)
{
    if (seconds <= 0)
        return;
    const qint64 target = nowMs() + qint64(seconds * 1000.0);
    // Step through due timers so that callbacks see the time they were set for.
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        const qint64 at = m_queue.begin()->first;
        if (at > nowMs()) {
            m_simAnchorMs += at - nowMs();
        }
        fireDue();
    }
    if (target > nowMs())
        m_simAnchorMs += target - nowMs();
    reschedule();
}

void SimClock::setSeed(quint64 seed)
{
    m_seed = seed;
    m_random.seed(quint32(seed ^ (seed >> 32)));
}

quint64 SimClock::seed() const
{
    return m_seed;
}

QRandomGenerator &SimClock::random()
{
    return m_random;
}

double SimClock::uniform(double min, double max)
{
    return min + (max - min) * m_random.generateDouble();
}

quint64 SimClock::next64()
{
    return m_random.generate64();
}

SimClock::TimerId SimClock::callAt(qint64 atMs, QObject *context, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    m_entries.insert(id, Entry{atMs, QPointer<QObject>(context), std::move(callback)});
    m_queue.emplace(atMs, id);
    if (!m_firing && m_queue.begin()->second == id)
        reschedule();
    return id;
}

SimClock::TimerId SimClock::callAfter(double seconds, QObject *context,
                                      std::function<void()> callback)
{
    return callAt(nowMs() + qint64(std::max(0.0, seconds) * 1000.0), context, std::move(callback));
}

void SimClock::cancel(TimerId id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    auto range = m_queue.equal_range(it->atMs);
    for (auto q = range.first; q != range.second; ++q) {
        if (q->second == id) {
            m_queue.erase(q);
            break;
        }
    }
    m_entries.erase(it);
}

bool SimClock::isPending(TimerId id) const
{
    return m_entries.contains(id);
}

void SimClock::reschedule()
{
    if (m_firing)
        return;
    if (m_queue.empty() || m_speed <= 0) {
        m_timer.stop();
        return;
    }
    const qint64 dueIn = m_queue.begin()->first - nowMs();
    const double realMs = dueIn <= 0 ? 0.0 : std::ceil(double(dueIn) / m_speed);
    m_timer.start(int(std::min(realMs, 24.0 * 3600 * 1000)));
}

void SimClock::fireDue()
{
    m_firing = true;
    const qint64 now = nowMs();
    // Take everything due now; callbacks may add or cancel timers meanwhile.
    QList<TimerId> due;
    for (auto it = m_queue.begin(); it != m_queue.end() && it->first <= now;) {
        due.append(it->second);
        it = m_queue.erase(it);
    }
    for (TimerId id : std::as_const(due)) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end())
            continue; // cancelled by an earlier callback
        Entry entry = std::move(*it);
        m_entries.erase(it);
        if (entry.context && entry.callback)
            entry.callback();
    }
    m_firing = false;
    reschedule();
}

} // namespace Sim
