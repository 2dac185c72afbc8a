#include "models/sim/situations/situationrunner.h"

#include "models/sim/simcluster.h"
#include "models/sim/situations/situationcatalog.h"
#include "models/sim/store/objectstore.h"

#include <QTimer>

#include <algorithm>

namespace Sim {

SituationRunner::SituationRunner(SimCluster *cluster)
    : QObject(cluster)
    , m_cluster(cluster)
{
    connect(cluster->store(), &ObjectStore::changed, this, [this] {
        if (m_state == State::Running)
            scheduleCheck();
    });
}

bool SituationRunner::start(const QString &name, QString *error)
{
    if (m_state == State::Running) {
        *error = QStringLiteral("situation %1 is still being reached").arg(m_name);
        return false;
    }
    const Situation *situation = SituationCatalog::find(name);
    if (!situation) {
        *error = QStringLiteral("no situation named \"%1\"").arg(name);
        return false;
    }
    auto plan = situation->plan(*m_cluster);
    if (const auto *why = std::get_if<QString>(&plan)) {
        *error = QStringLiteral("%1: %2").arg(name, *why);
        return false;
    }
    m_name = name;
    m_script = std::get<SituationScript>(plan);
    m_step = 0;
    m_error.clear();
    m_state = State::Running;
    m_savedSpeed = m_cluster->speed();
    m_cluster->setSpeed(std::max(m_savedSpeed, kDriveSpeed));
    runStep();
    return true;
}

QJsonObject SituationRunner::toJson() const
{
    static const char *const names[] = {"Idle", "Running", "Reached", "Failed"};
    QJsonObject json{{QStringLiteral("name"), m_name},
                     {QStringLiteral("state"), QLatin1String(names[int(m_state)])},
                     {QStringLiteral("step"), m_step + (m_state == State::Running ? 1 : 0)},
                     {QStringLiteral("steps"), int(m_script.size())}};
    if (m_state == State::Running && m_step < m_script.size())
        json.insert(QStringLiteral("doing"), m_script.at(m_step).what);
    if (!m_error.isEmpty())
        json.insert(QStringLiteral("error"), m_error);
    return json;
}

void SituationRunner::runStep()
{
    if (m_step >= m_script.size()) {
        finish(State::Reached, QString());
        return;
    }
    const SituationStep &step = m_script.at(m_step);
    if (step.act) {
        const QString error = step.act(*m_cluster);
        if (!error.isEmpty()) {
            finish(State::Failed, QStringLiteral("%1: %2").arg(step.what, error));
            return;
        }
    }
    m_deadlineMs = m_cluster->clock()->nowMs() + qint64(step.withinSimulatedSeconds * 1000);
    poll();
}

void SituationRunner::scheduleCheck()
{
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checkQueued = false;
        check();
    });
}

// Every simulated second, for what controllers hold outside the store (istgt's own state).
void SituationRunner::poll()
{
    m_cluster->clock()->cancel(m_poll);
    m_poll = m_cluster->clock()->callAfter(1, this, [this] {
        m_poll = 0;
        check();
        if (m_state == State::Running)
            poll();
    });
    scheduleCheck();
}

void SituationRunner::check()
{
    if (m_state != State::Running || m_step >= m_script.size())
        return;
    const SituationStep &step = m_script.at(m_step);
    if (!step.reached || step.reached(*m_cluster)) {
        ++m_step;
        runStep();
        return;
    }
    if (m_cluster->clock()->nowMs() > m_deadlineMs)
        finish(State::Failed, QStringLiteral("%1: not reached within %2 simulated seconds")
                                  .arg(step.what)
                                  .arg(step.withinSimulatedSeconds));
}

void SituationRunner::finish(State state, const QString &error)
{
    m_cluster->clock()->cancel(m_poll);
    m_poll = 0;
    m_state = state;
    m_error = error;
    m_cluster->setSpeed(m_savedSpeed);
    if (state == State::Reached)
        emit reached(m_name);
    else
        emit failed(m_name, error);
}

} // namespace Sim
