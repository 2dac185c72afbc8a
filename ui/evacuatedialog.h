#pragma once

#include "models/migration/movelimits.h"
#include "models/planning/evacuationplanner.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {

// "Evacuate nodes or pools…": the operator ticks nodes (all their pools) and single pools, and
// sets the caps the moves will run under; the dialog plans as the ticks change (what moves,
// the data to copy, and each replica with nowhere to go with why), and Show plan opens the
// plan dialog of those moves (checks, capacity before and after, dry run) with the caps set
// on the engine's queue. The cluster is read through `cluster`, each time it plans; the plan
// is made off the UI thread.
class EvacuateDialog : public QDialog
{
    Q_OBJECT

public:
    EvacuateDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                   const Migration::MoveLimits &caps, const QStringList &ticked,
                   QWidget *parent = nullptr);

    // Ticks a node (or a pool, by name) as the operator would.
    void tick(const QString &name, bool on = true);
    Migration::EvacuationPlanner::Goal goal() const;
    Migration::MoveLimits limits() const;
    // The plan of the ticks, as last made.
    const Migration::EvacuationPlanner::Plan &plan() const { return m_plan; }
    QPushButton *showPlanButton() const { return m_showPlan; }

signals:
    // The plan was made again (the ticks or the cluster changed).
    void planned();
    // The operator asked to see the plan of these moves, to run within these caps.
    void planRequested(const QList<Migration::ReplicaMove> &moves,
                       const Migration::MoveLimits &limits);

private:
    void fillTree(const Migration::ClusterSnapshot &cluster, const QStringList &ticked);
    QSpinBox *addCap(const QString &label, const QString &tip, int value, QFormLayout *layout);
    void replan();
    void takePlan(); // the plan made off the UI thread
    void showSummary();

    std::function<const Migration::ClusterSnapshot *()> m_cluster;
    QTreeWidget *m_tree;
    QSpinBox *m_perPool;
    QSpinBox *m_perNode;
    QSpinBox *m_total;
    QLabel *m_summary;
    QPlainTextEdit *m_nowhere;
    QPushButton *m_showPlan;
    QTimer *m_replan;
    Migration::EvacuationPlanner::Plan m_plan;
    QFutureWatcher<Migration::EvacuationPlanner::Plan> m_planning;
    bool m_replanAfter = false;
};

} // namespace Ui
