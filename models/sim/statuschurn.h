#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

namespace Sim {

class ObjectStore;

// A sustained stream of replica status updates, as a busy cluster's pool managers send them:
// `rate` writes per real second to the CStorVolumeReplicas, through the store (so watches carry
// them like any other change). The writes go in passes: each pass writes every replica once, in
// a new random order, as pool managers refresh the status of every replica they hold. A write
// refreshes status.lastUpdateTime, numbers itself in the annotation sequenceAnnotation() and stamps
// the annotation stampAnnotation() with the writer's monotonic clock in milliseconds (the steady
// clock, CLOCK_MONOTONIC, shared by every process on the machine): a client on the same machine
// reads how far behind it is.
class StatusChurn : public QObject
{
    Q_OBJECT

public:
    static QString stampAnnotation();    // "sim.cstor.openebs.io/status-written-at-ms"
    static QString sequenceAnnotation(); // "sim.cstor.openebs.io/status-update": 1, 2, ...
    // Milliseconds of the monotonic clock the stamps use.
    static qint64 monotonicMs();

    explicit StatusChurn(ObjectStore *store, QObject *parent = nullptr);

    // Writes per second; 0 stops. The stream is paced every 10 ms and catches up on late ticks
    // (at most one second's worth at once).
    void setRate(int updatesPerSecond);
    int rate() const { return m_rate; }
    void setSeed(quint64 seed) { m_random.seed(quint32(seed)); }
    // Writes `count` updates now (what one tick does); returns how many were stored.
    int writeUpdates(int count);

    qint64 written() const { return m_written; }
    qint64 failed() const { return m_failed; }
    qint64 passes() const { return m_passes; } // over every replica, completed
    // rate, written, passes, failed, stamp annotation, the writer's monotonic ms.
    QJsonObject toJson() const;

private:
    void tick();
    void refreshTargets();
    void startPass(); // a new order of the targets

    struct Target
    {
        QString ns;
        QString name;
    };

    ObjectStore *m_store;
    QTimer m_timer;
    QElapsedTimer m_since;
    QRandomGenerator m_random{1};
    QList<Target> m_targets;
    int m_targetCount = -1;
    qsizetype m_next = 0; // in m_targets, this pass
    qint64 m_passes = 0;
    int m_rate = 0;
    qint64 m_due = 0; // updates owed since m_since started
    qint64 m_written = 0;
    qint64 m_sequence = 0;
    qint64 m_failed = 0;
};

} // namespace Sim
