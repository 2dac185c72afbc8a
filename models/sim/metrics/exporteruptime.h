#pragma once

#include "models/sim/metrics/volumeioworkload.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Sim {

class ObjectStore;
class SimClock;
struct StoreEvent;

// When the exporters' counters run, in simulated time: since when each volume's target pod and
// each pool's pod runs (istgt's and the pool's counters start at zero with their process), and
// the spans in which each volume served I/O (its target running and the CV Healthy or
// Degraded). Follows the store's pod and CV events; O(1) per event, no timers.
class ExporterUptime : public QObject
{
    Q_OBJECT

public:
    struct Span
    {
        qint64 fromMs = 0;
        qint64 toMs = -1; // -1: still open
    };

    ExporterUptime(ObjectStore *store, SimClock *clock, QObject *parent = nullptr);

    // -1 when no target (pool) pod runs.
    qint64 targetStartMs(const QString &volume) const;
    qint64 poolPodStartMs(const QString &cspi) const;
    // The volume's workload done while it served, between fromMs and toMs.
    VolumeIoWorkload::Totals served(const VolumeIoWorkload &workload, const QString &volume,
                                    qint64 fromMs, qint64 toMs) const;

private:
    struct Volume
    {
        QString targetPod;
        qint64 targetStartMs = -1;
        bool volumeServes = false; // the CV's phase
        QList<Span> spans;
    };
    struct PoolPod
    {
        QString pod;
        qint64 startMs = -1;
    };

    void onStoreChanged(const StoreEvent &event);
    void followTargetPod(const StoreEvent &event);
    void followPoolPod(const StoreEvent &event);
    void followVolume(const StoreEvent &event);
    void updateServing(Volume &volume);

    SimClock *m_clock;
    QHash<QString, Volume> m_volumes;   // by PV name
    QHash<QString, PoolPod> m_poolPods; // by CSPI name
};

} // namespace Sim
