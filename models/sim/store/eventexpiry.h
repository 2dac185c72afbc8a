#pragma once

#include "models/sim/store/simclock.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Sim {

class ObjectStore;
struct StoreEvent;

// Deletes each Event one TTL after its last write, as kube-apiserver does (--event-ttl, default
// 1 h: etcd keeps every Event under a lease of the TTL, which each write of the Event renews).
// Events written by anyone (the simulated controllers, kubectl) count; the time is simulated.
// Without it a cluster that runs for hours piles up Events that a real one has long dropped, and
// so would every console that watches them.
class EventExpiry : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTtlSeconds = 3600;

    EventExpiry(ObjectStore *store, SimClock *clock, QObject *parent = nullptr);

    void setTtlSeconds(int seconds); // <= 0: Events are kept for ever
    int ttlSeconds() const { return m_ttlSeconds; }

private:
    void onChanged(const StoreEvent &event);
    void scheduleSweep();
    void sweep();

    ObjectStore *m_store;
    SimClock *m_clock;
    int m_ttlSeconds = kDefaultTtlSeconds;
    QHash<QString, qint64> m_lastWriteMs; // "namespace/name" -> simulated ms of its last write
    SimClock::TimerId m_sweep = 0;
};

} // namespace Sim
