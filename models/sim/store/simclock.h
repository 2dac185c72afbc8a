#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <map>

namespace Sim {

// Simulated time. It starts at the wall clock and advances at `speed` times real time (0 freezes
// it). Timers are set in simulated time and re-scale when the speed changes. Also the source of
// deterministic randomness (seeded) for generated names, ids and jitter.
class SimClock : public QObject
{
    Q_OBJECT

public:
    using TimerId = quint64;

    explicit SimClock(QObject *parent = nullptr);

    // The time written into objects (timestamps, events): the wall clock, so that ages read
    // right in kubectl and the console whatever the speed. Simulated time (nowMs) drives the
    // simulation itself: resyncs, rebuild copying, timers.
    QDateTime now() const;
    qint64 nowMs() const; // simulated milliseconds since the epoch

    double speed() const;
    void setSpeed(double speed);
    // Jumps simulated time forward (firing due timers in order); for tests with speed 0.
    void advance(double seconds);

    void setSeed(quint64 seed);
    quint64 seed() const;
    QRandomGenerator &random();
    double uniform(double min, double max); // deterministic with the seed
    quint64 next64();

    // Calls `callback` once at simulated time `atMs` (or later); nothing if `context` is gone.
    TimerId callAt(qint64 atMs, QObject *context, std::function<void()> callback);
    TimerId callAfter(double seconds, QObject *context, std::function<void()> callback);
    void cancel(TimerId id);
    bool isPending(TimerId id) const;

signals:
    void speedChanged(double speed);

private:
    struct Entry
    {
        qint64 atMs = 0;
        QPointer<QObject> context;
        std::function<void()> callback;
    };

    void reschedule();
    void fireDue();

    QElapsedTimer m_real;
    qint64 m_simAnchorMs = 0;
    qint64 m_realAnchorMs = 0;
    double m_speed = 1.0;
    quint64 m_seed = 0;
    QRandomGenerator m_random;
    TimerId m_nextId = 1;
    std::multimap<qint64, TimerId> m_queue;
    QHash<TimerId, Entry> m_entries;
    QTimer m_timer;
    bool m_firing = false;
};

} // namespace Sim
