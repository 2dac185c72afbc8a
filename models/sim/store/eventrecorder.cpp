#include "models/sim/store/eventrecorder.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

namespace Sim {

namespace {

// The Event's involvedObject: the object as stored when the Event was written.
QJsonObject involvedObject(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    QJsonObject involved{
        {QStringLiteral("kind"), object.value(QLatin1String("kind"))},
        {QStringLiteral("namespace"), metadata.value(QLatin1String("namespace"))},
        {QStringLiteral("name"), metadata.value(QLatin1String("name")).toString()},
        {QStringLiteral("uid"), metadata.value(QLatin1String("uid")).toString()},
        {QStringLiteral("apiVersion"), object.value(QLatin1String("apiVersion"))},
        {QStringLiteral("resourceVersion"), metadata.value(QLatin1String("resourceVersion"))},
    };
    if (metadata.value(QLatin1String("namespace")).toString().isEmpty())
        involved.remove(QStringLiteral("namespace"));
    return involved;
}

} // namespace

EventRecorder::EventRecorder(ObjectStore *store, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

void EventRecorder::record(const QJsonObject &object, const QString &type, const QString &reason,
                           const QString &message, const QString &component, const QString &host,
                           const QString &name)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString().isEmpty()
                           ? QStringLiteral("default")
                           : metadata.value(QLatin1String("namespace")).toString();
    const QString objectName = metadata.value(QLatin1String("name")).toString();
    const QString uid = metadata.value(QLatin1String("uid")).toString();
    const QString now = ObjectStore::formatTimestamp(m_clock->now());
    ++m_recorded;

    const QString key =
        name.isEmpty()
            ? QStringList{ns, uid, objectName, type, reason, message, component, host}.join(
                  QChar(0x1f))
            : ns + QChar(0x1f) + name;
    const QString existingName = name.isEmpty() ? m_names.value(key) : name;
    // Hand-built events (the target's) are rewritten whole.
    const QJsonObject rewrite = name.isEmpty() ? QJsonObject()
                                               : QJsonObject{{QStringLiteral("type"), type},
                                                             {QStringLiteral("reason"), reason},
                                                             {QStringLiteral("message"), message}};
    if (!existingName.isEmpty() && countRepeat(ns, existingName, now, rewrite))
        return;

    const QString eventName = name.isEmpty() ? newEventName(ns, objectName) : name;
    QJsonObject source{{QStringLiteral("component"), component}};
    if (!host.isEmpty())
        source.insert(QStringLiteral("host"), host);
    const QJsonObject event{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), eventName}, {QStringLiteral("namespace"), ns}}},
        {QStringLiteral("involvedObject"), involvedObject(object)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), source},
        {QStringLiteral("firstTimestamp"), now},
        {QStringLiteral("lastTimestamp"), now},
        {QStringLiteral("count"), 1},
        {QStringLiteral("type"), type},
        {QStringLiteral("eventTime"), QJsonValue::Null},
        {QStringLiteral("reportingComponent"), component},
        {QStringLiteral("reportingInstance"), host},
    };
    const auto result = m_store->create(QStringLiteral("events"), event);
    if (std::holds_alternative<QJsonObject>(result) && name.isEmpty())
        m_names.insert(key, eventName);
}

bool EventRecorder::countRepeat(const QString &ns, const QString &eventName, const QString &now,
                                const QJsonObject &rewrite)
{
    const auto existing = m_store->get(QStringLiteral("events"), ns, eventName);
    if (!existing)
        return false;
    QJsonObject event = *existing;
    event.insert(QStringLiteral("count"), event.value(QLatin1String("count")).toInt(1) + 1);
    event.insert(QStringLiteral("lastTimestamp"), now);
    for (auto it = rewrite.begin(); it != rewrite.end(); ++it)
        event.insert(it.key(), it.value());
    QJsonObject eventMeta = event.value(QLatin1String("metadata")).toObject();
    eventMeta.remove(QStringLiteral("resourceVersion"));
    event.insert(QStringLiteral("metadata"), eventMeta);
    m_store->update(QStringLiteral("events"), event);
    return true;
}

// client-go: "<object name>.<unix nanoseconds in hex>", unique per recorder.
QString EventRecorder::newEventName(const QString &ns, const QString &objectName)
{
    qint64 nanos = m_clock->nowMs() * 1000000;
    if (nanos <= m_lastNanos)
        nanos = m_lastNanos + 1;
    // Another recorder may have used the same instant (time frozen): take the next one.
    while (m_store->get(QStringLiteral("events"), ns,
                        objectName + QLatin1Char('.') + QString::number(nanos, 16)))
        ++nanos;
    m_lastNanos = nanos;
    return objectName + QLatin1Char('.') + QString::number(nanos, 16);
}

} // namespace Sim
