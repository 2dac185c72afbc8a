#include "ui/evacuatedialog.h"

#include "models/cstor/capacity.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Ui {

namespace {
constexpr int kTickedKindRole = Qt::UserRole;     // "node" or "pool"
constexpr int kTickedNameRole = Qt::UserRole + 1; // the node's or the pool's name

const QString kTimeFormat = QStringLiteral("HH:mm");

QTime toMinute(const QTime &time)
{
    return QTime(time.hour(), time.minute());
}

QString percentText(qint64 used, qint64 total)
{
    return total > 0 ? EvacuateDialog::tr("%1 %").arg(used * 100 / total) : QString();
}
} // namespace

EvacuateDialog::EvacuateDialog(std::function<const Migration::ClusterSnapshot *()> cluster,
                               const Migration::MoveLimits &caps,
                               const Migration::MaintenanceWindow &window,
                               const QStringList &ticked, QWidget *parent)
    : QDialog(parent)
    , m_cluster(std::move(cluster))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
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

    m_tree->setObjectName(QStringLiteral("evacuateTree"));
    m_tree->setHeaderLabels({tr("Node / pool"), tr("Replicas"), tr("Used")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Nodes and pools to empty"));
    layout->addWidget(m_tree, 3);

    auto *form = new QFormLayout;
    m_perPool = addCap(tr("Rebuilds onto one &pool at once:"),
                       tr("A pool that receives replicas rebuilds them with its own disks"),
                       caps.perPool, form);
    m_perNode = addCap(tr("Moves off one &node at once:"),
                       tr("Every move reads its data from the volume's other replicas"),
                       caps.perSourceNode, form);
    m_total = addCap(tr("Moves in the &cluster at once:"), tr("All moves of every plan"),
                     caps.perCluster, form);
    auto *capsNote = new QLabel(
        tr("cStor has no rebuild throttle: these caps are the lever on the load."), this);
    capsNote->setWordWrap(true);
    form->addRow(capsNote);
    addWindow(window, form);
    layout->addLayout(form);

    m_summary->setObjectName(QStringLiteral("evacuateSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
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
        fillTree(*snapshot, ticked);
    connect(m_tree, &QTreeWidget::itemChanged, m_replan, qOverload<>(&QTimer::start));
    connect(&m_planning, &QFutureWatcher<Migration::EvacuationPlanner::Plan>::finished, this,
            &EvacuateDialog::takePlan);
    resize(640, 620);
    replan();
}

QSpinBox *EvacuateDialog::addCap(const QString &label, const QString &tip, int value,
                                 QFormLayout *layout)
{
    auto *box = new QSpinBox(this);
    box->setRange(1, 100);
    box->setValue(value);
    box->setToolTip(tip);
    layout->addRow(label, box);
    return box;
}

void EvacuateDialog::addWindow(const Migration::MaintenanceWindow &window, QFormLayout *layout)
{
    m_windowOn = new QCheckBox(tr("Start moves only &between"), this);
    m_windowOn->setObjectName(QStringLiteral("evacuateWindowOn"));
    m_windowOn->setAccessibleName(tr("Start moves only in a maintenance window"));
    m_windowOn->setToolTip(tr("Waiting moves start only in these hours of the day (local "
                              "time); a move running when the window closes finishes"));
    const auto timeEdit = [this](const QString &name, const QString &accessibleName) {
        auto *edit = new QTimeEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(kTimeFormat);
        edit->setWrapping(true);
        return edit;
    };
    m_windowFrom = timeEdit(QStringLiteral("evacuateWindowFrom"), tr("Window opens at"));
    m_windowTo = timeEdit(QStringLiteral("evacuateWindowTo"), tr("Window closes at"));
    m_windowNote = new QLabel(this);
    m_windowNote->setObjectName(QStringLiteral("evacuateWindowNote"));
    m_windowNote->setAccessibleName(tr("Time zone of the window"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_windowFrom);
    auto *to = new QLabel(tr("and"), this);
    to->setObjectName(QStringLiteral("evacuateWindowAnd"));
    to->setAccessibleName(tr("and"));
    hours->addWidget(to);
    hours->addWidget(m_windowTo);
    hours->addWidget(m_windowNote, 1);
    layout->addRow(m_windowOn, hours);
    setMaintenanceWindow(window);
    connect(m_windowOn, &QCheckBox::toggled, this, [this](bool on) {
        m_windowFrom->setEnabled(on);
        m_windowTo->setEnabled(on);
        showWindowNote();
    });
    connect(m_windowFrom, &QTimeEdit::timeChanged, this, &EvacuateDialog::showWindowNote);
    connect(m_windowTo, &QTimeEdit::timeChanged, this, &EvacuateDialog::showWindowNote);
}

Migration::MaintenanceWindow EvacuateDialog::maintenanceWindow() const
{
    if (!m_windowOn->isChecked() || !windowValid())
        return {};
    return Migration::MaintenanceWindow(toMinute(m_windowFrom->time()),
                                        toMinute(m_windowTo->time()));
}

void EvacuateDialog::setMaintenanceWindow(const Migration::MaintenanceWindow &window)
{
    // Unset, the boxes offer the night.
    m_windowFrom->setTime(window.isSet() ? window.from() : QTime(22, 0));
    m_windowTo->setTime(window.isSet() ? window.to() : QTime(6, 0));
    m_windowOn->setChecked(window.isSet());
    m_windowFrom->setEnabled(window.isSet());
    m_windowTo->setEnabled(window.isSet());
    showWindowNote();
}

bool EvacuateDialog::windowValid() const
{
    return !m_windowOn->isChecked() ||
           toMinute(m_windowFrom->time()) != toMinute(m_windowTo->time());
}

void EvacuateDialog::showWindowNote()
{
    if (windowValid()) {
        m_windowNote->setText(QDateTime::currentDateTime().timeZoneAbbreviation());
        m_windowNote->setToolTip(tr("Local time"));
    } else {
        m_windowNote->setText(tr("opens and closes at the same minute"));
        m_windowNote->setToolTip(tr("Untick the box to start moves at any time"));
    }
    enableShowPlan();
}

void EvacuateDialog::enableShowPlan()
{
    if (m_showPlan)
        m_showPlan->setEnabled(!m_planning.isRunning() && !m_plan.moves.isEmpty() &&
                               m_plan.isComplete() && windowValid());
}

void EvacuateDialog::fillTree(const Migration::ClusterSnapshot &cluster, const QStringList &ticked)
{
    QMap<QString, QList<const Cstor::PoolInstance *>> byNode;
    for (const Cstor::PoolInstance *pool : cluster.pools())
        byNode[pool->hostName].append(pool);
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
        auto *node = new QTreeWidgetItem(m_tree);
        node->setText(0, it.key());
        node->setData(0, kTickedKindRole, QStringLiteral("node"));
        node->setData(0, kTickedNameRole, it.key());
        node->setCheckState(0, ticked.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        int replicas = 0;
        qint64 used = 0;
        qint64 total = 0;
        for (const Cstor::PoolInstance *pool : it.value()) {
            auto *item = new QTreeWidgetItem(node);
            const int count = int(cluster.replicasOnPool(pool->meta.name).size());
            replicas += count;
            used += pool->usedBytes;
            total += pool->totalBytes;
            item->setText(0, pool->meta.name);
            item->setText(1, QString::number(count));
            item->setText(2, percentText(pool->usedBytes, pool->totalBytes));
            item->setData(0, kTickedKindRole, QStringLiteral("pool"));
            item->setData(0, kTickedNameRole, pool->meta.name);
            item->setCheckState(0, ticked.contains(pool->meta.name) ? Qt::Checked : Qt::Unchecked);
        }
        node->setText(1, QString::number(replicas));
        node->setText(2, percentText(used, total));
    }
    m_tree->resizeColumnToContents(1);
}

void EvacuateDialog::tick(const QString &name, bool on)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kTickedNameRole).toString() == name)
            (*it)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
}

Migration::EvacuationPlanner::Goal EvacuateDialog::goal() const
{
    Migration::EvacuationPlanner::Goal goal;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Checked); *it; ++it) {
        const QString name = (*it)->data(0, kTickedNameRole).toString();
        if ((*it)->data(0, kTickedKindRole).toString() == QLatin1String("node"))
            goal.nodes << name;
        else if ((*it)->parent()->checkState(0) != Qt::Checked)
            goal.pools << name; // a ticked node takes its pools anyway
    }
    return goal;
}

Migration::MoveLimits EvacuateDialog::limits() const
{
    Migration::MoveLimits limits;
    limits.perPool = m_perPool->value();
    limits.perSourceNode = m_perNode->value();
    limits.perCluster = m_total->value();
    return limits;
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
    if (m_planning.isRunning()) {
        m_replanAfter = true; // once the one under way ends
        return;
    }
    m_summary->setText(tr("Planning…"));
    m_showPlan->setEnabled(false);
    m_planning.setFuture(QtConcurrent::run([snapshot = *cluster, wanted] {
        return Migration::EvacuationPlanner::plan(snapshot, wanted);
    }));
}

void EvacuateDialog::takePlan()
{
    if (m_replanAfter) {
        m_replanAfter = false;
        replan();
        return;
    }
    m_plan = m_planning.result();
    showSummary();
    emit planned();
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
