#include "ui/movecommands.h"

#include "models/items/iotext.h"
#include "models/items/volumemodel.h"

#include "models/items/clustermodel.h"
#include "models/migration/migrationengine.h"
#include "models/planning/evacuationplanner.h"
#include "models/recovery/lostnodeplanner.h"
#include "ui/clusterconnection.h"
#include "ui/evacuatedialog.h"
#include "ui/lostnodedialog.h"
#include "ui/nodelossdialog.h"
#include "ui/plandialog.h"
#include "ui/rebalancedialog.h"

#include <QAction>
#include <QCoreApplication>

namespace Ui {

MoveCommands::MoveCommands(Items::ClusterModel *model,
                           std::function<ClusterConnection *()> connection,
                           std::function<QString()> whyNoWrites, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_connection(std::move(connection))
    , m_whyNoWrites(std::move(whyNoWrites))
    , m_window(window)
{
}

QString MoveCommands::verdict(const QString &replicaUid, const QString &targetPool) const
{
    const QString whyNot = m_whyNoWrites();
    if (!whyNot.isEmpty())
        return whyNot;
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(replicaUid);
    if (!replica)
        return QCoreApplication::translate("Ui::MainWindow", "The replica is gone.");
    if (replica->pool == targetPool)
        return QCoreApplication::translate("Ui::MainWindow",
                                           "The replica is already on this pool.");
    const QList<Migration::PreflightCheck> checks = m_connection()->engine()->plan(
        Migration::ReplicaMove{replica->volume, replica->pool, targetPool});
    return Migration::Preflight::passed(checks) ? QString()
                                                : Migration::Preflight::firstFailure(checks);
}

PlanDialog *MoveCommands::planMove(const QString &replicaUid, const QString &targetPool)
{
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(replicaUid);
    ClusterConnection *connection = m_connection();
    if (!replica || !connection || !connection->engine()) {
        emit refused(
            QCoreApplication::translate("Ui::MainWindow", "Nothing to move: the replica is gone."),
            8000);
        return nullptr;
    }
    return openPlan({Migration::ReplicaMove{replica->volume, replica->pool, targetPool}});
}

PlanDialog *MoveCommands::planDrain(const QString &node)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    const Migration::ClusterSnapshot &cluster = connection->engine()->cluster();
    if (Recovery::LostNodePlanner::isLost(cluster, node)) {
        openLostNode(node);
        return nullptr;
    }
    const Migration::EvacuationPlanner::Plan plan =
        Migration::EvacuationPlanner::plan(cluster, {{node}, {}});
    if (!plan.isComplete()) {
        emit refused(QCoreApplication::translate("Ui::MainWindow", "Cannot drain %1: %2")
                         .arg(node, plan.unplaceableTexts().join(QStringLiteral("; "))),
                     30000);
        return nullptr;
    }
    if (plan.moves.isEmpty()) {
        emit refused(
            QCoreApplication::translate("Ui::MainWindow", "%1 holds no replicas.").arg(node),
            15000);
        return nullptr;
    }
    return openPlan(plan.moves);
}

LostNodeDialog *MoveCommands::openLostNode(const QString &node)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    const Migration::ClusterSnapshot &cluster = connection->engine()->cluster();
    const Recovery::LostNodePlan plan = Recovery::LostNodePlanner::plan(cluster, node);
    const QStringList steps =
        Recovery::LostNodePlanner::removalSteps(cluster, plan, connection->namespaceName(), {});
    if (m_lostNode)
        m_lostNode->close();
    auto *dialog = new LostNodeDialog(plan, steps, m_whyNoWrites(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LostNodeDialog::replaceRequested, this,
            [this](const QList<Migration::ReplicaMove> &moves) { openPlan(moves); });
    m_lostNode = dialog;
    dialog->open();
    return dialog;
}

NodeLossDialog *MoveCommands::openNodeLoss(const QString &node)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    if (m_nodeLoss)
        m_nodeLoss->close();
    auto *dialog = new NodeLossDialog(connection->engine()->cluster(), node, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NodeLossDialog::evacuateRequested, this,
            [this](const QString &evacuated) { openEvacuate({evacuated}); });
    m_nodeLoss = dialog;
    // Not modal: it only reads, and the operator may want the topology beside it.
    dialog->show();
    return dialog;
}

EvacuateDialog *MoveCommands::openEvacuate(const QStringList &ticked)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    if (m_evacuate)
        m_evacuate->close();
    Migration::MigrationEngine *engine = connection->engine();
    const QPointer<Migration::MigrationEngine> watched(engine);
    auto *dialog = new EvacuateDialog(
        [watched]() -> const Migration::ClusterSnapshot * {
            return watched ? &watched->cluster() : nullptr;
        },
        engine->limits(), engine->queue().window, ticked, connection->context(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvacuateDialog::planRequested, this,
            [this, engine, dialog](const QList<Migration::ReplicaMove> &moves,
                                   const Migration::MoveLimits &limits,
                                   const Migration::MaintenanceWindow &window) {
                openQueuedPlan(engine, dialog, moves, limits, window);
            });
    m_evacuate = dialog;
    dialog->open();
    return dialog;
}

RebalanceDialog *MoveCommands::openRebalance(const QString &poolCluster)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    if (m_rebalance)
        m_rebalance->close();
    Migration::MigrationEngine *engine = connection->engine();
    const QPointer<Migration::MigrationEngine> watched(engine);
    auto *dialog = new RebalanceDialog(
        [watched]() -> const Migration::ClusterSnapshot * {
            return watched ? &watched->cluster() : nullptr;
        },
        engine->limits(), engine->queue().window, poolCluster, connection->context(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RebalanceDialog::planRequested, this,
            [this, engine, dialog](const QList<Migration::ReplicaMove> &moves,
                                   const Migration::MoveLimits &limits,
                                   const Migration::MaintenanceWindow &window) {
                openQueuedPlan(engine, dialog, moves, limits, window);
            });
    m_rebalance = dialog;
    dialog->open();
    return dialog;
}

void MoveCommands::openQueuedPlan(Migration::MigrationEngine *engine, QDialog *dialog,
                                  const QList<Migration::ReplicaMove> &moves,
                                  const Migration::MoveLimits &limits,
                                  const Migration::MaintenanceWindow &window)
{
    ClusterConnection *current = m_connection();
    if (!current || current->engine() != engine)
        return; // the context changed under the dialog
    engine->setLimits(limits);
    engine->setWindow(window);
    dialog->accept();
    // The planner chose the targets: one filled meanwhile may be replaced under the same rules.
    QList<Migration::ReplicaMove> planned = moves;
    for (Migration::ReplicaMove &move : planned)
        move.anyTarget = true;
    openPlan(planned);
}

EvacuateDialog *MoveCommands::evacuateDialog() const
{
    return m_evacuate;
}

RebalanceDialog *MoveCommands::rebalanceDialog() const
{
    return m_rebalance;
}

LostNodeDialog *MoveCommands::lostNodeDialog() const
{
    return m_lostNode;
}

NodeLossDialog *MoveCommands::nodeLossDialog() const
{
    return m_nodeLoss;
}

PlanDialog *MoveCommands::openPlan(const QList<Migration::ReplicaMove> &moves)
{
    ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return nullptr;
    closePlan();
    const QString whyNot = m_whyNoWrites();
    Migration::MigrationEngine *engine = connection->engine();
    auto *dialog = new PlanDialog(engine, moves, !whyNot.isEmpty(), whyNot, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (moves.size() == 1) {
        const Metrics::VolumeIo::Recent io = m_model->volumes()->ioOf(moves.first().volume);
        if (io.known)
            dialog->setVolumeIo(moves.first().volume, Items::IoText::full(io));
    }
    connect(dialog, &PlanDialog::applyRequested, this,
            [this, engine](const QList<Migration::ReplicaMove> &planned) {
                ClusterConnection *current = m_connection();
                if (!current || current->engine() != engine)
                    return; // the context changed under the dialog
                for (const Migration::ReplicaMove &move : planned)
                    engine->start(move);
                emit started();
            });
    m_plan = dialog;
    dialog->open();
    return dialog;
}

void MoveCommands::closePlan()
{
    if (m_plan)
        m_plan->reject();
}

void MoveCommands::chooseTarget(const QString &replicaUid, const QPoint &at)
{
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(replicaUid);
    if (!replica)
        return;
    if (m_targetMenu)
        m_targetMenu->close();
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("moveTargets"));
    menu->setToolTipsVisible(true);
    menu->addSection(QCoreApplication::translate("Ui::MainWindow", "Move %1 from %2 to")
                         .arg(replica->volume, replica->pool));
    const QString sourcePool = replica->pool;
    QAction *first = nullptr;
    for (const QString &node : m_model->nodeNames()) {
        for (const QString &pool : m_model->poolsOfNode(node)) {
            if (pool == sourcePool)
                continue;
            const QString why = verdict(replicaUid, pool);
            QAction *action = menu->addAction(
                QCoreApplication::translate("Ui::MainWindow", "%1 on %2").arg(pool, node));
            action->setData(pool);
            action->setEnabled(why.isEmpty());
            action->setToolTip(why.isEmpty()
                                   ? QCoreApplication::translate("Ui::MainWindow", "Plan this move")
                                   : why);
            connect(action, &QAction::triggered, this,
                    [this, replicaUid, pool] { planMove(replicaUid, pool); });
            if (!first && why.isEmpty())
                first = action;
        }
    }
    m_targetMenu = menu;
    menu->popup(at, first);
    if (first)
        menu->setActiveAction(first);
}

} // namespace Ui
