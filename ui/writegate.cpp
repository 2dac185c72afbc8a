#include "ui/writegate.h"

#include "ui/clusterconnection.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QWidget>

namespace Ui {

WriteGate::WriteGate(std::function<ClusterConnection *()> connection, QWidget *window)
    : QObject(window)
    , m_connection(std::move(connection))
{
    m_lock = new QAction(QIcon(QStringLiteral(":/icons/lock-open.svg")),
                         QCoreApplication::translate("Ui::MainWindow", "Read-only"), window);
    m_lock->setObjectName(QStringLiteral("readOnlyLock"));
    m_lock->setCheckable(true);
    m_lock->setToolTip(QCoreApplication::translate(
        "Ui::MainWindow", "Lock: when on, nothing in this window can change the cluster"));
    connect(m_lock, &QAction::toggled, this, [this](bool locked) {
        m_lock->setIcon(QIcon(locked ? QStringLiteral(":/icons/lock.svg")
                                     : QStringLiteral(":/icons/lock-open.svg")));
        m_lock->setText(locked ? QCoreApplication::translate("Ui::MainWindow", "Read-only (locked)")
                               : QCoreApplication::translate("Ui::MainWindow", "Read-only"));
        emit lockToggled(locked);
    });
}

QString WriteGate::whyNot() const
{
    const ClusterConnection *connection = m_connection();
    if (!connection || !connection->engine())
        return QCoreApplication::translate("Ui::MainWindow", "Not connected to a cluster.");
    if (m_lock->isChecked())
        return QCoreApplication::translate(
            "Ui::MainWindow",
            "The read-only lock is on; unlock it in the toolbar to make changes.");
    if (!connection->isWritePermissionKnown())
        return connection->whyWriteDenied().isEmpty()
                   ? QCoreApplication::translate(
                         "Ui::MainWindow",
                         "Checking whether your user may change volume placement…")
                   : connection->whyWriteDenied();
    if (!connection->isWriteAllowed())
        return connection->whyWriteDenied();
    return {};
}

void WriteGate::updateMoveAction(QAction *move, const QString &replica) const
{
    const QString why = whyNot();
    move->setEnabled(why.isEmpty() && !replica.isEmpty());
    if (!why.isEmpty())
        move->setToolTip(why);
    else if (replica.isEmpty())
        move->setToolTip(QCoreApplication::translate(
            "Ui::MainWindow",
            "Select a replica in the topology or the replicas table, then move it."));
    else
        move->setToolTip(QCoreApplication::translate(
            "Ui::MainWindow", "Plan moving the selected replica to another pool"));
    move->setStatusTip(move->toolTip());
}

void WriteGate::updateDrainAction(QAction *drain, const QString &node) const
{
    const QString why = whyNot();
    drain->setEnabled(why.isEmpty() && !node.isEmpty());
    if (!why.isEmpty())
        drain->setToolTip(why);
    else if (node.isEmpty())
        drain->setToolTip(QCoreApplication::translate(
            "Ui::MainWindow", "Select a node in the topology or the nodes table, then drain it."));
    else
        drain->setToolTip(
            QCoreApplication::translate("Ui::MainWindow", "Plan moving every replica off %1")
                .arg(node));
    drain->setStatusTip(drain->toolTip());
}

} // namespace Ui
