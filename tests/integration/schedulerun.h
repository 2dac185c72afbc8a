#pragma once

#include "faultschedule.h"

#include "models/sim/store/objectstore.h"
#include "tests/common/migrationconsole.h"
#include "tests/common/simharness.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace FaultSchedules {

using Console = MigrationConsole;

// One schedule on its own simulated cluster: the move run through the faults, and what the
// checks found.
class ScheduleRun : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleRun(const Schedule &schedule, QObject *parent = nullptr)
        : QObject(parent)
        , m_schedule(schedule)
    {
    }

    void start();

    const Schedule &schedule() const { return m_schedule; }
    QStringList violations() const { return m_violations; }
    bool finished() const { return m_finished; }
    MigrationState outcome() const { return m_outcome; }
    QString reason() const { return m_reason; }
    int raced() const { return m_raced; }
    bool repaired() const { return m_repaired; }     // the lost node was brought back to end
    bool sourceLost() const { return m_sourceLost; } // its node went for good during the move
    // For each fault applied, the step the move was in (how well the schedule hit the steps).
    QMap<QString, int> hits() const { return m_hits; }
    QString timeline() const { return m_timeline.join(QLatin1String(", ")); }

signals:
    void ended();

private:
    void fail(const QString &what) { m_violations << what; }
    bool openConsole();
    void entered(MigrationState state);
    bool applyFault(const Fault &fault, bool on); // false: not applied
    void applySets();
    // No more failed, dropped or throttled requests, and no second writer.
    void clearRequestFaults();
    bool killConsole(); // false: nothing to kill
    void restartConsole();
    void deadline();
    void requestCancel();
    void onFinished(const QString &id, MigrationState state, const QString &reason);
    void onStoreEvent(const Sim::StoreEvent &event);
    void checkSourceRemoval(const QString &what);
    int healthyReplicas(const QString &except = {}) const;
    bool settled() const;
    bool sourceLeftWithItsNode() const;
    void verifyEnd();
    void end();

    Schedule m_schedule;
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Console> m_console;
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_audit;
    QString m_id;
    qint64 m_t0 = 0;
    QTimer m_watchdog;
    QSet<QString> m_down;
    QSet<QString> m_offline;
    QSet<QString> m_diskFailed; // pools whose disks failed
    QSet<QString> m_readOnly;
    QMap<QString, int> m_downCount; // overlapping faults on one name: down while any is on
    bool m_lostForever = false;     // the target's node went and never comes back
    bool m_sourceLost = false;      // the source's node went and never comes back
    bool m_cancelPending = false;
    bool m_pastDeadline = false;
    bool m_repaired = false;
    bool m_finished = false;
    bool m_ending = false;
    bool m_settling = false;
    MigrationState m_outcome = MigrationState::Planned;
    QString m_reason;
    int m_initialHealthy = 0;
    bool m_sourceInSpec = true;
    bool m_sourceMarked = false;
    bool m_readySeen = false;
    int m_raced = 0;
    QMap<QString, int> m_hits;
    QStringList m_timeline; // the move's states with their simulated times
    MigrationState m_lastState = MigrationState::Planned;
    QStringList m_violations;
};

} // namespace FaultSchedules
