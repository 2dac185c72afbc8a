#include "ui/evacuatedialog.h"

#include "models/cstor/capacity.h"
#include "models/migration/datapaths.h"
#include "ui/durationlabel.h"
#include "ui/nodepoolpicker.h"
#include "ui/offthread.h"
#include "ui/queuesettingsform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

EvacuateDialog::EvacuateDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                               const Migration::MoveLimits &caps,
                               const Migration::MaintenanceWindow &window,
                               const QStringList &ticked, const QString &context, QWidget *parent)
    : QDialog(parent)
    , m_cluster(std::move(cluster))
    , m_picker(new NodePoolPicker(this))
    , m_queue(new QueueSettingsForm(caps, window, this))
    , m_summary(new QLabel(this))
    , m_duration(new DurationLabel(Migration::DataPaths::journal(), context, this))
    , m_nowhere(new QPlainTextEdit(this))
    , m_replan(new QTimer(this))
{
    setObjectName(QStringLiteral("evacuateDialog"));
    setWindowTitle(tr("Evacuate nodes or pools"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(
        tr("Tick the nodes to empty (every pool on them) or single pools. Each replica there "
           "moves to the pool of its pool cluster with the most free space, never beside "
           "another replica of its volume, never past a read-only threshold."),
        this);
    headline->setWordWrap(true);
    layout->addWidget(headline);

    m_picker->view()->setObjectName(QStringLiteral("evacuateTree"));
    m_picker->filterField()->setObjectName(QStringLiteral("evacuateFilter"));
    m_picker->countLabel()->setObjectName(QStringLiteral("evacuateNodeCount"));
    layout->addWidget(m_picker, 3);
    layout->addWidget(m_queue);

    m_summary->setObjectName(QStringLiteral("evacuateSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_duration);
    m_nowhere->setObjectName(QStringLiteral("evacuateNowhere"));
    m_nowhere->setReadOnly(true);
    m_nowhere->setAccessibleName(tr("Replicas with nowhere to go"));
    m_nowhere->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_nowhere, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_showPlan = buttons->addButton(tr("Show plan…"), QDialogButtonBox::AcceptRole);
    m_showPlan->setObjectName(QStringLiteral("evacuateShowPlan"));
    m_showPlan->setToolTip(tr("The moves with their checks, each pool's capacity before and "
                              "after, and the server's dry run, before anything changes"));
    connect(m_showPlan, &QPushButton::clicked, this,
            [this] { emit planRequested(m_plan.moves, limits(), maintenanceWindow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Planning follows the ticks, once they settle.
    m_replan->setSingleShot(true);
    m_replan->setInterval(150);
    connect(m_replan, &QTimer::timeout, this, &EvacuateDialog::replan);
    if (const Migration::ClusterSnapshot *snapshot = m_cluster())
        m_picker->fill(*snapshot, ticked);
    connect(m_picker, &NodePoolPicker::ticksChanged, m_replan, qOverload<>(&QTimer::start));
    connect(m_queue, &QueueSettingsForm::changed, this, [this] {
        enableShowPlan();
        estimate();
    });
    resize(640, 680);
    replan();
}

Migration::MaintenanceWindow EvacuateDialog::maintenanceWindow() const
{
    return m_queue->maintenanceWindow();
}

void EvacuateDialog::setMaintenanceWindow(const Migration::MaintenanceWindow &window)
{
    m_queue->setMaintenanceWindow(window);
}

void EvacuateDialog::enableShowPlan()
{
    if (m_showPlan)
        m_showPlan->setEnabled(!m_planning && !m_plan.moves.isEmpty() && m_plan.isComplete() &&
                               m_queue->isValid());
}

void EvacuateDialog::tick(const QString &name, bool on)
{
    m_picker->tick(name, on);
}

Migration::EvacuationPlanner::Goal EvacuateDialog::goal() const
{
    Migration::EvacuationPlanner::Goal goal;
    goal.nodes = m_picker->tickedNodes();
    goal.pools = m_picker->tickedPools();
    return goal;
}

Migration::MoveLimits EvacuateDialog::limits() const
{
    return m_queue->limits();
}

void EvacuateDialog::replan()
{
    // A plan of many nodes on a large cluster takes longer than a frame: it is made on a copy
    // of the snapshot (its tables are shared until the window's next change) off this thread.
    const Migration::ClusterSnapshot *cluster = m_cluster();
    const Migration::EvacuationPlanner::Goal wanted = goal();
    if (!cluster) {
        m_plan = {wanted, {}, {}, 0};
        showSummary();
        emit planned();
        return;
    }
    if (m_planning) {
        m_replanAfter = true; // once the one under way ends
        return;
    }
    m_summary->setText(tr("Planning…"));
    m_showPlan->setEnabled(false);
    m_planning = true;
    OffThread::run(
        this,
        [snapshot = *cluster, wanted] {
            return Migration::EvacuationPlanner::plan(snapshot, wanted);
        },
        [this](const Migration::EvacuationPlanner::Plan &plan) { takePlan(plan); });
}

void EvacuateDialog::takePlan(const Migration::EvacuationPlanner::Plan &plan)
{
    m_planning = false;
    if (m_replanAfter) {
        m_replanAfter = false;
        replan();
        return;
    }
    m_plan = plan;
    showSummary();
    estimate();
    emit planned();
}

void EvacuateDialog::estimate()
{
    const Migration::ClusterSnapshot *cluster = m_cluster();
    if (!cluster || m_planning || !m_plan.isComplete()) {
        m_duration->hideEstimate();
        return;
    }
    m_duration->estimate(m_plan.moves, *cluster, limits());
}

void EvacuateDialog::showSummary()
{
    const bool nothingTicked = m_plan.goal.nodes.isEmpty() && m_plan.goal.pools.isEmpty();
    if (nothingTicked)
        m_summary->setText(tr("Nothing ticked yet."));
    else if (m_plan.moves.isEmpty() && m_plan.isComplete())
        m_summary->setText(tr("%1 hold(s) no replicas: nothing to move.").arg(m_plan.goal.text()));
    else
        m_summary->setText(
            tr("<b>%1</b>: %n replica(s) to move, %2 to copy.", nullptr, int(m_plan.moves.size()))
                .arg(m_plan.goal.text().toHtmlEscaped(),
                     Cstor::Capacity::formatBytes(m_plan.bytesToCopy)) +
            (m_plan.isComplete()
                 ? QString()
                 : QStringLiteral(" <span style=\"color:#b00020\">%1</span>")
                       .arg(tr("%n replica(s) have nowhere to go; nothing can start until "
                               "they do.",
                               nullptr, int(m_plan.unplaceable.size())))));
    m_nowhere->setPlainText(m_plan.unplaceableTexts().join(QLatin1Char('\n')));
    m_nowhere->setVisible(!m_plan.isComplete());
    enableShowPlan();
}

} // namespace Ui
