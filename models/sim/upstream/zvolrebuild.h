#pragma once

#include "models/sim/store/simclock.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

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
    // A connected replica that is behind asks its target for a rebuild.
    void startRebuild(const QString &cvr);

    QJsonArray truth();

signals:
    void replicasChanged(const QString &volume);
    void replicaRebuilt(const QString &volume, const QString &cvr, bool wasNewReplica);

private:
    void completeRebuild(Zvol &zvol);
    Zvol *pickHelper(const Zvol &zvol) const;
    QList<Zvol *> rebuildingZvols(); // by name

    Uzfs *m_uzfs;
    SimClock *m_clock;
    qint64 m_lastAdvanceMs = 0;
    SimClock::TimerId m_completionTimer = 0;
};

} // namespace Sim
