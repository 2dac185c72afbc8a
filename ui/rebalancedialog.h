#pragma once

#include "models/migration/maintenancewindow.h"
#include "models/migration/movelimits.h"
#include "models/planning/capacityprojection.h"
#include "models/planning/rebalanceplanner.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace Ui {

class CapacityTable;
class DurationLabel;
class ProjectionChart;
class QueueSettingsForm;

// "Rebalance pools…": the operator picks a pool cluster (or every one) and the most percentage
// points of used capacity allowed between its fullest and its emptiest usable pool; the dialog
// plans as they change, with the planner of `cstor-console rebalance`, off the UI thread: the
// spread before and after, the moves, each affected pool's used capacity before and after, how
// long the moves should take, and why a pool was left out or the target cannot be reached. The
// caps and the window are set as for an evacuation; Show plan opens the plan dialog of the moves
// (checks, dry run), with the caps and the window set on the engine's queue. The cluster is read
// through `cluster`, each time it plans.
class RebalanceDialog : public QDialog
{
    Q_OBJECT

public:
    RebalanceDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                    const Migration::MoveLimits &caps, const Migration::MaintenanceWindow &window,
                    const QString &poolCluster, const QString &context, QWidget *parent = nullptr);

    // The pool cluster to balance; empty: every one, each on its own.
    void setPoolCluster(const QString &name);
    void setMaxSpread(int points);
    Migration::RebalancePlanner::Goal goal() const;
    Migration::MoveLimits limits() const;
    // The hours in which the moves may start; unset when the box is not ticked.
    Migration::MaintenanceWindow maintenanceWindow() const;
    // The plan of the goal, as last made, and each pool it changes before and after.
    const Migration::RebalancePlanner::Plan &plan() const { return m_plan; }
    const QList<Migration::PoolProjection> &projection() const { return m_projection; }
    QPushButton *showPlanButton() const { return m_showPlan; }
    DurationLabel *durationLabel() const { return m_duration; }
    CapacityTable *capacityTable() const { return m_capacity; }

signals:
    // The plan was made again (the goal changed).
    void planned();
    // The operator asked to see the plan of these moves, to run within these caps and to
    // start only in this window (unset: at any time).
    void planRequested(const QList<Migration::ReplicaMove> &moves,
                       const Migration::MoveLimits &limits,
                       const Migration::MaintenanceWindow &window);

private:
    // What the planning thread hands back: the plan, the pools it changes, and a row for each
    // move (volume, size, from, to, to node) read from the same snapshot.
    struct Planned
    {
        Migration::RebalancePlanner::Plan plan;
        QList<Migration::PoolProjection> projection;
        QList<QStringList> moveRows;
    };
    static Planned planOn(const Migration::ClusterSnapshot &cluster,
                          const Migration::RebalancePlanner::Goal &goal);

    void fillPoolClusters(const Migration::ClusterSnapshot &cluster, const QString &chosen);
    void replan();
    void takePlan(const Planned &made); // made off the UI thread
    void showPlan(const Planned &made);
    void showSummary();
    void enableShowPlan();
    void estimate();
    static QString goalText(const Migration::RebalancePlanner::Goal &goal);

    std::function<const Migration::ClusterSnapshot *()> m_cluster;
    QComboBox *m_poolCluster;
    QSpinBox *m_maxSpread;
    QLabel *m_summary;
    DurationLabel *m_duration;
    QTreeWidget *m_moves;
    CapacityTable *m_capacity;
    ProjectionChart *m_chart;
    QPlainTextEdit *m_notes;
    QueueSettingsForm *m_queue;
    QPushButton *m_showPlan = nullptr;
    QTimer *m_replan;
    Migration::RebalancePlanner::Plan m_plan;
    QList<Migration::PoolProjection> m_projection;
    bool m_planning = false; // a plan is being made off the UI thread
    bool m_replanAfter = false;
};

} // namespace Ui
