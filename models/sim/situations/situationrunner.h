#pragma once

#include "models/sim/situations/situation.h"
#include "models/sim/store/simclock.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Sim {

class SimCluster;
struct StoreEvent;

// Drives a running cluster into a named situation, step by step: each step acts, then waits
// (on store changes and on the simulated clock) until what it needs is true. Meanwhile time runs
// at kDriveSpeed; the speed the cluster had comes back when the situation is reached or fails.
class SituationRunner : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Reached, Failed };
    static constexpr double kDriveSpeed = 300;

    explicit SituationRunner(SimCluster *cluster);

    // False with *error for an unknown name, a situation this cluster cannot have, or while
    // another one is still being driven.
    bool start(const QString &name, QString *error);
    State state() const { return m_state; }
    QString error() const { return m_error; }
    // {name, state, step, steps, doing, error} as the control endpoint answers.
    QJsonObject toJson() const;

signals:
    void reached(const QString &name);
    void failed(const QString &name, const QString &error);

private:
    void runStep();
    void scheduleCheck();
    void check();
    void poll();
    void finish(State state, const QString &error);

    SimCluster *m_cluster;
    QString m_name;
    SituationScript m_script;
    int m_step = 0;
    State m_state = State::Idle;
    QString m_error;
    double m_savedSpeed = 1;
    qint64 m_deadlineMs = 0;
    SimClock::TimerId m_poll = 0;
    bool m_checkQueued = false;
};

} // namespace Sim
