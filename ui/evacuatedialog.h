#pragma once

#include "models/migration/maintenancewindow.h"
#include "models/migration/movelimits.h"
#include "models/planning/evacuationplanner.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Ui {

class DurationLabel;
class NodePoolPicker;
class QueueSettingsForm;

// "Evacuate nodes or pools…": the operator ticks nodes (all their pools) and single pools, found
// by part of their name in a long list, and sets the caps the moves will run under and, if
// wanted, the hours in which they may start; the dialog plans as the ticks change (what moves,
// the data to copy, how long it should take, and each replica with nowhere to go with why), and
// Show plan opens the plan dialog of those moves (checks, capacity before and after, dry run)
// with the caps and the window set on the engine's queue. The cluster is read through
// `cluster`, each time it plans; the plan is made off the UI thread, and so is its estimated
// duration from the journal of `context`'s moves.
class EvacuateDialog : public QDialog
{
    Q_OBJECT

public:
    EvacuateDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                   const Migration::MoveLimits &caps, const Migration::MaintenanceWindow &window,
                   const QStringList &ticked, const QString &context, QWidget *parent = nullptr);

    // Ticks a node (or a pool, by name) as the operator would.
    void tick(const QString &name, bool on = true);
    Migration::EvacuationPlanner::Goal goal() const;
    Migration::MoveLimits limits() const;
    // The hours in which the moves may start; unset when the box is not ticked.
    Migration::MaintenanceWindow maintenanceWindow() const;
    // Ticks "Start moves only between" with these hours (local time), or unticks it.
    void setMaintenanceWindow(const Migration::MaintenanceWindow &window);
    // The plan of the ticks, as last made.
    const Migration::EvacuationPlanner::Plan &plan() const { return m_plan; }
    QPushButton *showPlanButton() const { return m_showPlan; }
    // The nodes and pools to tick, with their filter.
    NodePoolPicker *picker() const { return m_picker; }
    // How long the plan should take.
    DurationLabel *durationLabel() const { return m_duration; }

signals:
    // The plan was made again (the ticks or the cluster changed).
    void planned();
    // The operator asked to see the plan of these moves, to run within these caps and to
    // start only in this window (unset: at any time).
    void planRequested(const QList<Migration::ReplicaMove> &moves,
                       const Migration::MoveLimits &limits,
                       const Migration::MaintenanceWindow &window);

private:
    // Show plan: for a plan made, of every replica, with hours that are a window or none.
    void enableShowPlan();
    void replan();
    void takePlan(const Migration::EvacuationPlanner::Plan &plan); // made off the UI thread
    void showSummary();
    void estimate();

    std::function<const Migration::ClusterSnapshot *()> m_cluster;
    NodePoolPicker *m_picker;
    QueueSettingsForm *m_queue;
    QLabel *m_summary;
    DurationLabel *m_duration;
    QPlainTextEdit *m_nowhere;
    QPushButton *m_showPlan = nullptr;
    QTimer *m_replan;
    Migration::EvacuationPlanner::Plan m_plan;
    bool m_planning = false; // a plan is being made off the UI thread
    bool m_replanAfter = false;
};

} // namespace Ui
