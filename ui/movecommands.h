#pragma once

#include "models/migration/maintenancewindow.h"
#include "models/migration/movelimits.h"
#include "models/planning/replicamove.h"

#include <QList>
#include <QMenu>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace Items {
class ClusterModel;
}

namespace Migration {
class MigrationEngine;
}

namespace Ui {

class ClusterConnection;
class EvacuateDialog;
class LostNodeDialog;
class NodeLossDialog;
class PlanDialog;
class RebalanceDialog;

// The commands that move replicas between pools: the verdict on one move, the choice of the
// pool to move a replica to, the plan of moving a replica, draining a node, evacuating nodes or
// pools and rebalancing a pool cluster, and the plan dialog that applies it; and what losing a
// node now would cost, which leads to evacuating it.
// What the connection and the write gate are right now is asked of the window on every command.
class MoveCommands : public QObject
{
    Q_OBJECT

public:
    MoveCommands(Items::ClusterModel *model, std::function<ClusterConnection *()> connection,
                 std::function<QString()> whyNoWrites, QWidget *window);

    // Why a replica may not be moved to a pool right now ("" when it may).
    QString verdict(const QString &replicaUid, const QString &targetPool) const;
    // Opens the plan of moving a replica (by uid) to a pool; null (and refused()) when it cannot.
    PlanDialog *planMove(const QString &replicaUid, const QString &targetPool);
    // Plans moving every replica off a node and opens the plan; null (and refused()) when some
    // replica has nowhere to go. A lost node (NotReady or gone) opens its recovery instead
    // (openLostNode) and returns null.
    PlanDialog *planDrain(const QString &node);
    // Opens the choice of nodes and pools to empty (`ticked` ticked already); its plan opens
    // the plan dialog, with the caps and the maintenance window it names set on the engine's
    // queue.
    EvacuateDialog *openEvacuate(const QStringList &ticked);
    EvacuateDialog *evacuateDialog() const;
    // Opens the choice of a pool cluster (empty: every one) and the spread to bring its pools'
    // used capacity within; its plan opens the plan dialog as the evacuation's does.
    RebalanceDialog *openRebalance(const QString &poolCluster);
    RebalanceDialog *rebalanceDialog() const;
    // Opens the recovery of a lost node: what happens to each of its volumes, the plan of their
    // new replicas on demand, and the steps that remove the dead pool.
    LostNodeDialog *openLostNode(const QString &node);
    // The lost node's recovery being shown, if any.
    LostNodeDialog *lostNodeDialog() const;
    // Opens (beside the window, changing nothing) what losing a node now would cost each of its
    // volumes; its "Evacuate this node…" opens the evacuation with the node ticked.
    NodeLossDialog *openNodeLoss(const QString &node);
    // The node loss being shown, if any.
    NodeLossDialog *nodeLossDialog() const;
    // Opens the plan of these moves, closing the one shown before.
    PlanDialog *openPlan(const QList<Migration::ReplicaMove> &moves);
    // The plan being shown, if any.
    PlanDialog *plan() const { return m_plan; }
    // Closes the plan being shown, if any.
    void closePlan();
    // "Move replica to…": every other pool in a menu at `at`, the ones that cannot take the
    // replica disabled with the reason; the first that can is active, so that Enter plans it.
    void chooseTarget(const QString &replicaUid, const QPoint &at);
    // The pools offered, while the menu is open.
    QMenu *targetMenu() const { return m_targetMenu; }

signals:
    // A command could not be planned: why, and how long to show it.
    void refused(const QString &why, int timeout);
    // The moves of a plan were started.
    void started();

private:
    // A plan of many moves (evacuation, rebalance) asked to be shown by `dialog`: the caps and
    // the window go to the engine's queue, the dialog closes and the plan dialog opens.
    void openQueuedPlan(Migration::MigrationEngine *engine, QDialog *dialog,
                        const QList<Migration::ReplicaMove> &moves,
                        const Migration::MoveLimits &limits,
                        const Migration::MaintenanceWindow &window);

    Items::ClusterModel *m_model;
    std::function<ClusterConnection *()> m_connection;
    std::function<QString()> m_whyNoWrites;
    QWidget *m_window;
    QPointer<PlanDialog> m_plan;
    QPointer<LostNodeDialog> m_lostNode;
    QPointer<NodeLossDialog> m_nodeLoss;
    QPointer<EvacuateDialog> m_evacuate;
    QPointer<RebalanceDialog> m_rebalance;
    QPointer<QMenu> m_targetMenu;
};

} // namespace Ui
