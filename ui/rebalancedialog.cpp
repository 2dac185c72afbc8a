#include "ui/rebalancedialog.h"

#include "models/cstor/capacity.h"
#include "models/migration/datapaths.h"
#include "ui/capacitytable.h"
#include "ui/durationlabel.h"
#include "ui/offthread.h"
#include "ui/projectionchart.h"
#include "ui/queuesettingsform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {
// The spread the CLI aims at without --max-spread.
constexpr int kDefaultSpreadPoints = 10;
} // namespace

RebalanceDialog::RebalanceDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                                 const Migration::MoveLimits &caps,
                                 const Migration::MaintenanceWindow &window,
                                 const QString &poolCluster, const QString &context,
                                 QWidget *parent)
    : QDialog(parent)
    , m_cluster(std::move(cluster))
    , m_poolCluster(new QComboBox(this))
    , m_maxSpread(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_duration(new DurationLabel(Migration::DataPaths::journal(), context, this))
    , m_moves(new QTreeWidget(this))
    , m_capacity(new CapacityTable(this))
    , m_chart(new ProjectionChart(this))
    , m_notes(new QPlainTextEdit(this))
    , m_queue(new QueueSettingsForm(caps, window, this))
    , m_replan(new QTimer(this))
{
    setObjectName(QStringLiteral("rebalanceDialog"));
    setWindowTitle(tr("Rebalance pools"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(
        tr("Brings the used capacity of a pool cluster's pools within a few points of each "
           "other: again and again a replica leaves the fullest pool for the pool that stays "
           "emptiest with it, small replicas of Healthy volumes first, under every rule of a "
           "single move. Only ONLINE, writable pools on live nodes count."),
        this);
    headline->setWordWrap(true);
    layout->addWidget(headline);

    auto *goalForm = new QFormLayout;
    m_poolCluster->setObjectName(QStringLiteral("rebalancePoolCluster"));
    m_poolCluster->setAccessibleName(tr("Pool cluster to rebalance"));
    goalForm->addRow(tr("Pool cl&uster:"), m_poolCluster);
    m_maxSpread->setObjectName(QStringLiteral("rebalanceMaxSpread"));
    m_maxSpread->setRange(1, 100);
    m_maxSpread->setValue(kDefaultSpreadPoints);
    m_maxSpread->setSuffix(tr(" points"));
    m_maxSpread->setAccessibleName(tr("Target spread in percentage points"));
    m_maxSpread->setToolTip(tr("The most percentage points of used capacity between the fullest "
                               "and the emptiest pool"));
    goalForm->addRow(tr("Target &spread:"), m_maxSpread);
    layout->addLayout(goalForm);

    m_summary->setObjectName(QStringLiteral("rebalanceSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_duration);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("rebalanceTabs"));
    auto *pools = new QWidget(tabs);
    auto *poolsLayout = new QVBoxLayout(pools);
    m_capacity->setObjectName(QStringLiteral("rebalanceCapacity"));
    m_capacity->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    poolsLayout->addWidget(m_capacity, 1);
    m_chart->setAccessibleName(tr("Capacity after the moves"));
    m_chart->setMinimumHeight(250);
    poolsLayout->addWidget(m_chart, 3);
    tabs->addTab(pools, tr("Pools before and &after"));
    m_moves->setObjectName(QStringLiteral("rebalanceMoves"));
    m_moves->setHeaderLabels(
        {tr("Volume"), tr("Size"), tr("From pool"), tr("To pool"), tr("To node")});
    m_moves->setRootIsDecorated(false);
    m_moves->setUniformRowHeights(true);
    m_moves->setAccessibleName(tr("Moves of the plan"));
    tabs->addTab(m_moves, tr("&Moves"));
    layout->addWidget(tabs, 3);

    m_notes->setObjectName(QStringLiteral("rebalanceNotes"));
    m_notes->setReadOnly(true);
    m_notes->setAccessibleName(tr("Pools left out and why the target is not reached"));
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_queue);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_showPlan = buttons->addButton(tr("Show plan…"), QDialogButtonBox::AcceptRole);
    m_showPlan->setObjectName(QStringLiteral("rebalanceShowPlan"));
    m_showPlan->setToolTip(tr("The moves with their checks, each pool's capacity before and "
                              "after, and the server's dry run, before anything changes"));
    connect(m_showPlan, &QPushButton::clicked, this,
            [this] { emit planRequested(m_plan.moves, limits(), maintenanceWindow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Planning follows the goal, once it settles.
    m_replan->setSingleShot(true);
    m_replan->setInterval(150);
    connect(m_replan, &QTimer::timeout, this, &RebalanceDialog::replan);
    if (const Migration::ClusterSnapshot *snapshot = m_cluster())
        fillPoolClusters(*snapshot, poolCluster);
    connect(m_poolCluster, &QComboBox::currentIndexChanged, m_replan, qOverload<>(&QTimer::start));
    connect(m_maxSpread, &QSpinBox::valueChanged, m_replan, qOverload<>(&QTimer::start));
    connect(m_queue, &QueueSettingsForm::changed, this, [this] {
        enableShowPlan();
        estimate();
    });
    resize(760, 720);
    replan();
}

void RebalanceDialog::fillPoolClusters(const Migration::ClusterSnapshot &cluster,
                                       const QString &chosen)
{
    QSet<QString> names;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        if (!pool->poolCluster.isEmpty())
            names.insert(pool->poolCluster);
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    m_poolCluster->addItem(tr("Every pool cluster"), QString());
    for (const QString &name : std::as_const(sorted))
        m_poolCluster->addItem(name, name);
    setPoolCluster(chosen);
}

void RebalanceDialog::setPoolCluster(const QString &name)
{
    m_poolCluster->setCurrentIndex(std::max(0, m_poolCluster->findData(name)));
}

void RebalanceDialog::setMaxSpread(int points)
{
    m_maxSpread->setValue(points);
}

Migration::RebalancePlanner::Goal RebalanceDialog::goal() const
{
    Migration::RebalancePlanner::Goal goal;
    goal.poolCluster = m_poolCluster->currentData().toString();
    goal.maxSpreadPoints = m_maxSpread->value();
    return goal;
}

Migration::MoveLimits RebalanceDialog::limits() const
{
    return m_queue->limits();
}

Migration::MaintenanceWindow RebalanceDialog::maintenanceWindow() const
{
    return m_queue->maintenanceWindow();
}

QString RebalanceDialog::goalText(const Migration::RebalancePlanner::Goal &goal)
{
    return goal.poolCluster.isEmpty() ? tr("Every pool cluster")
                                      : tr("Pool cluster %1").arg(goal.poolCluster);
}

RebalanceDialog::Planned RebalanceDialog::planOn(const Migration::ClusterSnapshot &cluster,
                                                 const Migration::RebalancePlanner::Goal &goal)
{
    Planned made;
    made.plan = Migration::RebalancePlanner::plan(cluster, goal);
    made.projection = Migration::CapacityProjection::project(cluster, made.plan.moves);
    for (const Migration::ReplicaMove &move : std::as_const(made.plan.moves)) {
        const Cstor::PoolInstance *target = cluster.pool(move.targetPool);
        made.moveRows.append(
            {move.volume, Cstor::Capacity::formatBytes(cluster.volumeSize(move.volume)),
             move.sourcePool, move.targetPool, target ? target->hostName : QString()});
    }
    return made;
}

void RebalanceDialog::replan()
{
    // A plan of a large cluster takes longer than a frame: it is made on a copy of the snapshot
    // (its tables are shared until the window's next change) off this thread.
    const Migration::ClusterSnapshot *cluster = m_cluster();
    const Migration::RebalancePlanner::Goal wanted = goal();
    if (!cluster) {
        Planned none;
        none.plan.goal = wanted;
        showPlan(none);
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
        this, [snapshot = *cluster, wanted] { return RebalanceDialog::planOn(snapshot, wanted); },
        [this](const Planned &made) { takePlan(made); });
}

void RebalanceDialog::takePlan(const Planned &made)
{
    m_planning = false;
    if (m_replanAfter) {
        m_replanAfter = false;
        replan();
        return;
    }
    showPlan(made);
}

void RebalanceDialog::showPlan(const Planned &made)
{
    m_plan = made.plan;
    m_projection = made.projection;
    m_moves->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(made.moveRows.size());
    for (const QStringList &row : made.moveRows) {
        auto *item = new QTreeWidgetItem(row);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        rows << item;
    }
    m_moves->addTopLevelItems(rows);
    for (int column = 0; column < m_moves->columnCount(); ++column)
        m_moves->resizeColumnToContents(column);
    m_capacity->setProjection(m_projection);
    m_chart->setProjection(m_projection);
    m_notes->setPlainText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());
    showSummary();
    estimate();
    emit planned();
}

void RebalanceDialog::showSummary()
{
    const Migration::RebalancePlanner::Goal &goal = m_plan.goal;
    if (!m_plan.reachesGoal()) {
        m_summary->setText(
            QStringLiteral("<b>%1</b>: %2 <span style=\"color:#b00020\">%3</span>")
                .arg(goalText(goal).toHtmlEscaped(),
                     tr("spread %1 points now.").arg(m_plan.spreadBefore),
                     tr("The best plan leaves a spread of %1 points, more than %2: nothing can "
                        "start. Set the target to %1 points to apply that plan.")
                         .arg(m_plan.spreadAfter)
                         .arg(goal.maxSpreadPoints)));
    } else if (m_plan.moves.isEmpty()) {
        m_summary->setText(tr("<b>%1</b>: the pools are within %2 points already (spread %3): "
                              "nothing to move.")
                               .arg(goalText(goal).toHtmlEscaped())
                               .arg(goal.maxSpreadPoints)
                               .arg(m_plan.spreadBefore));
    } else {
        m_summary->setText(tr("<b>%1</b>: spread %2 → %3 points (at most %4): %n replica(s) to "
                              "move, %5 to copy.",
                              nullptr, int(m_plan.moves.size()))
                               .arg(goalText(goal).toHtmlEscaped())
                               .arg(m_plan.spreadBefore)
                               .arg(m_plan.spreadAfter)
                               .arg(goal.maxSpreadPoints)
                               .arg(Cstor::Capacity::formatBytes(m_plan.bytesToCopy)));
    }
    enableShowPlan();
}

void RebalanceDialog::enableShowPlan()
{
    if (m_showPlan)
        m_showPlan->setEnabled(!m_planning && !m_plan.moves.isEmpty() && m_plan.reachesGoal() &&
                               m_queue->isValid());
}

void RebalanceDialog::estimate()
{
    const Migration::ClusterSnapshot *cluster = m_cluster();
    if (!cluster || m_planning || !m_plan.reachesGoal()) {
        m_duration->hideEstimate();
        return;
    }
    m_duration->estimate(m_plan.moves, *cluster, limits());
}

} // namespace Ui
