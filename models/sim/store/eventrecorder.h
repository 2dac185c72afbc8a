#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Sim {

class ObjectStore;
class SimClock;

// Writes core v1 Events as client-go's EventRecorder does: one Event per object, type, reason,
// message and source; a repeat increments `count` and moves `lastTimestamp`.
class EventRecorder : public QObject
{
    Q_OBJECT

public:
    EventRecorder(ObjectStore *store, SimClock *clock, QObject *parent = nullptr);

    // `object` is the involved object as stored (kind, apiVersion, metadata). `name` forces the
    // Event's name (the cStor target names its events "<pv>.<Phase>"); empty: "<object>.<hex>".
    void record(const QJsonObject &object, const QString &type, const QString &reason,
                const QString &message, const QString &component, const QString &host = {},
                const QString &name = {});
    void normal(const QJsonObject &object, const QString &reason, const QString &message,
                const QString &component)
    {
        record(object, QStringLiteral("Normal"), reason, message, component);
    }
    void warning(const QJsonObject &object, const QString &reason, const QString &message,
                 const QString &component)
    {
        record(object, QStringLiteral("Warning"), reason, message, component);
    }

    int recorded() const { return m_recorded; }

private:
    // A repeat of the stored Event `eventName`: its count and lastTimestamp move on, the fields
    // of `rewrite` replace its own. False when there is no such Event.
    bool countRepeat(const QString &ns, const QString &eventName, const QString &now,
                     const QJsonObject &rewrite);
    QString newEventName(const QString &ns, const QString &objectName);

    ObjectStore *m_store;
    SimClock *m_clock;
    QHash<QString, QString> m_names; // aggregation key -> event name
    qint64 m_lastNanos = 0;
    int m_recorded = 0;
};

} // namespace Sim
