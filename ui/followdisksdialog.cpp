#include "ui/followdisksdialog.h"

#include "models/recovery/moveddiskstask.h"

#include <QPushButton>

namespace Ui {

using Recovery::MovedDisksPlan;
using PlanKind = MovedDisksPlan::Kind;

FollowDisksDialog::FollowDisksDialog(const QString &pool, Kube::RestClient *client,
                                     const QString &namespaceName, const QString &whyNoWrites,
                                     QWidget *parent)
    : PoolTaskDialog(QStringLiteral("follow"), pool, whyNoWrites, parent)
    , m_task(new Recovery::MovedDisksTask(client, namespaceName, this))
{
    setObjectName(QStringLiteral("followDisksDialog"));
    setWindowTitle(tr("Follow the moved disks of pool %1").arg(pool));
    m_apply = addAction(tr("Point the pool there"), QStringLiteral("followApply"));
    connect(m_apply, &QPushButton::clicked, this, &FollowDisksDialog::run);

    watch(m_task);
    connect(m_task, &Recovery::MovedDisksTask::loaded, this,
            [this](const Recovery::MovedDisksPlanner::Input &input) {
                m_plan = Recovery::MovedDisksPlanner::plan(input);
                showPlan();
                if (m_plan.kind == PlanKind::InProgress)
                    run(); // follow what is under way
            });
    connect(
        m_task, &Recovery::MovedDisksTask::finished, this, [this](bool ok, const QString &text) {
            endRun(text, ok ? tr("<b>Back</b>: %1").arg(text.toHtmlEscaped())
                            : tr("<b>The pool is not back yet</b>: %1").arg(text.toHtmlEscaped()));
            emit followEnded(ok);
        });
    m_task->load(pool);
    resize(760, 420);
}

void FollowDisksDialog::showPlan()
{
    const MovedDisksPlan &plan = m_plan;
    const QString pool = plan.pool.toHtmlEscaped();
    QStringList disks;
    for (const Recovery::BlockDeviceInfo &disk : plan.disks)
        disks << tr("%1 on %2").arg(disk.name, disk.node);
    showDetails(plan.kind == PlanKind::NotFound
                    ? QString()
                    : tr("Node %1, CStorPoolCluster %2, %3. Disks: %4.")
                          .arg(plan.oldNode, plan.poolCluster,
                               plan.phase.isEmpty() ? tr("no status") : plan.phase,
                               disks.isEmpty() ? tr("none") : disks.join(QStringLiteral(", "))));
    switch (plan.kind) {
    case PlanKind::NotFound:
        showHeadline(tr("<b>No such pool</b>: %1").arg(plan.why.toHtmlEscaped()));
        break;
    case PlanKind::NothingToDo:
        showHeadline(tr("<b>Nothing to do</b>: %1.").arg(plan.why.toHtmlEscaped()));
        break;
    case PlanKind::InProgress:
        showHeadline(tr("<b>Pool %1 is being pointed at node %2</b>; following it.")
                         .arg(pool, plan.newNode.toHtmlEscaped()));
        break;
    case PlanKind::Refused:
        showRefusal(
            tr("<b>Pool %1 cannot follow its disks</b>: %2.").arg(pool, plan.why.toHtmlEscaped()),
            plan.options);
        break;
    case PlanKind::Repoint: {
        QString text =
            tr("<b>The disks of pool %1 are on node %2 now</b>, its spec still names node %3. "
               "Point it at %2: the CSPC operator moves the pool's pod there, the pool is "
               "imported and its replicas serve again.")
                .arg(pool, plan.newNode.toHtmlEscaped(), plan.oldNode.toHtmlEscaped());
        if (!plan.alongside.isEmpty()) {
            text += QStringLiteral("<br>") +
                    tr("In the same edit (the webhook refuses any edit while a pool spec names a "
                       "gone node):") +
                    QStringLiteral("<ul>");
            for (const MovedDisksPlan &other : plan.alongside)
                text += QStringLiteral("<li>%1</li>")
                            .arg(tr("pool %1 from gone node %2 to node %3, where its disks are")
                                     .arg(other.pool, other.oldNode, other.newNode)
                                     .toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
        showHeadline(text);
        showEdit(
            tr("The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):\n%2")
                .arg(plan.poolCluster),
            plan.patch);
        break;
    }
    }
    m_apply->setText(plan.alongside.isEmpty() ? tr("Point the pool there")
                                              : tr("Point the pools there"));
    offerAction(plan.kind == PlanKind::Repoint,
                tr("Edit the CStorPoolCluster and follow the pool to its new node"));
}

void FollowDisksDialog::run()
{
    if (isRunning())
        return;
    startRun(m_plan.kind == PlanKind::Repoint);
    m_task->run(m_plan);
}

} // namespace Ui
