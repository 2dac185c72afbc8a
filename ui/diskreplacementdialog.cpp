#include "ui/diskreplacementdialog.h"

#include "models/cstor/capacity.h"
#include "models/recovery/diskreplacementtask.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using Recovery::DiskReplacementPlan;
using Kind = DiskReplacementPlan::Kind;

DiskReplacementDialog::DiskReplacementDialog(const QString &pool, Kube::RestClient *client,
                                             const QString &namespaceName,
                                             const QString &whyNoWrites, QWidget *parent)
    : PoolTaskDialog(QStringLiteral("disk"), pool, whyNoWrites, parent)
    , m_task(new Recovery::DiskReplacementTask(client, namespaceName, this))
    , m_spares(new QComboBox(this))
    , m_sparesLabel(new QLabel(tr("&Put in its place:"), this))
{
    setObjectName(QStringLiteral("diskReplacementDialog"));
    setWindowTitle(tr("Replace failed disk of pool %1").arg(pool));
    auto *form = new QFormLayout;
    m_spares->setObjectName(QStringLiteral("diskSpares"));
    m_spares->setAccessibleName(tr("Disk to put in its place"));
    m_sparesLabel->setBuddy(m_spares);
    form->addRow(m_sparesLabel, m_spares);
    body()->addLayout(form);
    m_spares->hide();
    m_sparesLabel->hide();
    connect(m_spares, &QComboBox::activated, this, [this] {
        m_input.replacement = m_spares->currentData().toString();
        m_plan = Recovery::DiskReplacementPlanner::plan(m_input);
        showPlan();
    });
    QPushButton *replace = addAction(tr("Replace disk"), QStringLiteral("diskReplace"));
    connect(replace, &QPushButton::clicked, this, &DiskReplacementDialog::run);

    watch(m_task);
    connect(m_task, &Recovery::DiskReplacementTask::loaded, this, &DiskReplacementDialog::planFrom);
    connect(m_task, &Recovery::DiskReplacementTask::finished, this,
            [this](bool ok, const QString &text) {
                endRun(
                    text,
                    ok ? tr("<b>Replaced</b>: pool %1 is ONLINE.").arg(m_plan.pool.toHtmlEscaped())
                       : tr("<b>The replacement did not finish</b>: %1").arg(text.toHtmlEscaped()));
                emit replacementEnded(ok);
            });
    m_task->load(pool);
    resize(760, 460);
}

void DiskReplacementDialog::planFrom(const Recovery::DiskReplacementPlanner::Input &input)
{
    m_input = input;
    m_plan = Recovery::DiskReplacementPlanner::plan(m_input);
    m_spares->clear();
    for (const Recovery::BlockDeviceInfo &spare : std::as_const(m_plan.spares))
        m_spares->addItem(tr("%1 (%2)").arg(spare.name, Cstor::Capacity::formatBytes(spare.bytes)),
                          spare.name);
    // The spares to choose from, while there is a replacement to make.
    const bool choosable = m_plan.kind == Kind::Replace && !m_plan.spares.isEmpty();
    m_spares->setVisible(choosable);
    m_sparesLabel->setVisible(choosable);
    showPlan();
    if (m_plan.kind == Kind::InProgress)
        run(); // follow what is under way
}

void DiskReplacementDialog::showPlan()
{
    const DiskReplacementPlan &plan = m_plan;
    const QString pool = plan.pool.toHtmlEscaped();
    showDetails(plan.kind == Kind::NotFound
                    ? QString()
                    : tr("A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.")
                          .arg(plan.raidType, plan.node, plan.poolCluster,
                               plan.failedDisks.isEmpty()
                                   ? tr("none")
                                   : plan.failedDisks.join(QStringLiteral(", "))));
    switch (plan.kind) {
    case Kind::NotFound:
        showHeadline(tr("<b>No such pool</b>: %1").arg(plan.why.toHtmlEscaped()));
        break;
    case Kind::NothingToDo:
        showHeadline(tr("<b>Pool %1 is %2</b>: %3.")
                         .arg(pool, plan.phase.toHtmlEscaped(), plan.why.toHtmlEscaped()));
        break;
    case Kind::InProgress:
        showHeadline(tr("<b>Pool %1 is resilvering a replaced disk</b>; following it.").arg(pool));
        break;
    case Kind::Refused:
        showRefusal(tr("<b>The disk of pool %1 cannot be replaced</b>: %2.")
                        .arg(pool, plan.why.toHtmlEscaped()),
                    plan.options);
        break;
    case Kind::Replace:
        showHeadline(
            tr("<b>Disk %1 of pool %2 has failed</b> (the pool is %3). Put an unclaimed disk of "
               "node %4 in its place: the CSPC operator adds it to the pool, which resilvers it "
               "while its replicas keep serving.")
                .arg(plan.disk.toHtmlEscaped(), pool, plan.phase.toHtmlEscaped(),
                     plan.node.toHtmlEscaped()));
        showEdit(
            tr("The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):\n%2")
                .arg(plan.poolCluster),
            plan.patch);
        break;
    }
    offerAction(plan.kind == Kind::Replace,
                tr("Edit the CStorPoolCluster and follow the resilver"));
}

void DiskReplacementDialog::run()
{
    if (isRunning())
        return;
    startRun(m_plan.kind == Kind::Replace);
    m_spares->setEnabled(false);
    m_task->run(m_plan);
}

} // namespace Ui
