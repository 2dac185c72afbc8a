#include "models/sim/store/eventexpiry.h"

#include "models/sim/store/objectstore.h"

namespace Sim {

namespace {

// How often expired Events are looked for: etcd revokes a lease within about a second of its
// end; a minute is close enough for a TTL of an hour and costs nothing between sweeps.
constexpr double kSweepSeconds = 60;

QString keyOf(const QJsonObject &event)
{
    const QJsonObject metadata = event.value(QLatin1String("metadata")).toObject();
    return metadata.value(QLatin1String("namespace")).toString() + QLatin1Char('/') +
           metadata.value(QLatin1String("name")).toString();
}

} // namespace

EventExpiry::EventExpiry(ObjectStore *store, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(m_store, &ObjectStore::changed, this, &EventExpiry::onChanged);
}

void EventExpiry::setTtlSeconds(int seconds)
{
    m_ttlSeconds = seconds;
    if (m_ttlSeconds > 0)
        scheduleSweep();
}

void EventExpiry::onChanged(const StoreEvent &event)
{
    if (event.resource != QLatin1String("events"))
        return;
    if (event.type == StoreEvent::Type::Deleted) {
        m_lastWriteMs.remove(keyOf(event.object));
        return;
    }
    m_lastWriteMs.insert(keyOf(event.object), m_clock->nowMs());
    scheduleSweep();
}

void EventExpiry::scheduleSweep()
{
    if (m_ttlSeconds <= 0 || m_lastWriteMs.isEmpty() || m_clock->isPending(m_sweep))
        return;
    m_sweep = m_clock->callAfter(kSweepSeconds, this, [this] { sweep(); });
}

void EventExpiry::sweep()
{
    if (m_ttlSeconds <= 0)
        return;
    const qint64 endOfLife = m_clock->nowMs() - qint64(m_ttlSeconds) * 1000;
    QStringList expired;
    for (auto it = m_lastWriteMs.cbegin(); it != m_lastWriteMs.cend(); ++it) {
        if (it.value() <= endOfLife)
            expired << it.key();
    }
    for (const QString &key : std::as_const(expired)) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        m_store->remove(QStringLiteral("events"), key.left(slash), key.mid(slash + 1));
        m_lastWriteMs.remove(key); // also when it had gone already
    }
    scheduleSweep();
}

} // namespace Sim
