#pragma once

#include "models/sim/store/simclock.h"
#include "models/sim/upstream/rebuildscheduler.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sim {

class Uzfs;
struct Zvol;

// The rebuild of a zvol that is behind (libcstor's rebuild): the data is copied from a healthy
// peer replica (the helper) at its pool's throughput, shared among the concurrent rebuilds into
// that pool; a rebuild stalls while its node is down, its pool offline or read-only, or no peer
// can serve (CSTOR-CONTROLLERS.md §2, §4).
class ZvolRebuild : public QObject
{
    Q_OBJECT

public:
    ZvolRebuild(Uzfs *uzfs, SimClock *clock, QObject *parent = nullptr);

    // Progress is counted from now on.
    void restartClock();
    // Brings rebuild progress up to the current simulated time.
    void advance();
    // Rates, stalls and the next completion, after anything that changes them.
    void replan();
    // A connected replica that is behind reports to its target, which decides whether a
    // rebuild starts and of which replica (istgt update_replica_status -> trigger_rebuild).
    void startRebuild(const QString &cvr);
    // istgt trigger_rebuild for one volume.
    void trigger(const QString &volume);
    // The target's replication and consistency factors of a volume (none: its quorum replicas).
    using FactorsOf = std::function<std::optional<RebuildScheduler::Factors>(const QString &)>;
    void setFactors(FactorsOf factors) { m_factors = std::move(factors); }

    QJsonArray truth();

signals:
    void replicasChanged(const QString &volume);
    void replicaRebuilt(const QString &volume, const QString &cvr, bool wasNewReplica);

private:
    void begin(Zvol &zvol, bool mesh);
    void completeRebuild(Zvol &zvol);
    Zvol *pickHelper(const Zvol &zvol) const;
    QList<Zvol *> rebuildingZvols(); // by name

    Uzfs *m_uzfs;
    SimClock *m_clock;
    qint64 m_lastAdvanceMs = 0;
    SimClock::TimerId m_completionTimer = 0;
    FactorsOf m_factors;
};

} // namespace Sim
