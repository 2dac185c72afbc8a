#include "ui/operationspanel.h"

#include "models/items/claimedmovelistmodel.h"
#include "models/items/migrationlistmodel.h"
#include "models/migration/auditlog.h"
#include "models/migration/migrationengine.h"
#include "ui/celltooltips.h"
#include "ui/columnsizing.h"
#include "ui/healthstyle.h"
#include "ui/progressdelegate.h"
#include "ui/queuebar.h"
#include "ui/rowcopy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

OperationsPanel::OperationsPanel(Migration::MigrationEngine *engine, const QString &auditPath,
                                 QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_auditPath(auditPath)
{
    setObjectName(QStringLiteral("operationsPanel"));
    auto *tabs = new QTabWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    auto *queue = new QWidget(tabs);
    auto *queueLayout = new QVBoxLayout(queue);
    m_queueBar = new QueueBar(engine, queue);
    queueLayout->addWidget(m_queueBar);
    m_model = new Items::MigrationListModel(engine, this);
    m_view = new QTableView(queue);
    m_view->setObjectName(QStringLiteral("operationsQueue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    CellToolTips::attach(m_view);
    RowCopy::attach(m_view);
    // Qt's defaults squeezed Volume, From, To and State and gave the rest to ETA.
    using Queue = Items::MigrationListModel;
    ColumnSizing::fit(m_view,
                      {{Queue::Volume, QLatin1String("pvc-00000000-0000-0000-0000-000000000000")},
                       {Queue::From, QLatin1String("cspc-stripe-pool-0000")},
                       {Queue::To, QLatin1String("cspc-stripe-pool-0000")},
                       {Queue::State, QLatin1String("ScalingDown")},
                       {Queue::Progress, QLatin1String("100 % ........")},
                       {Queue::Rate, QLatin1String("999.9 MiB/s")},
                       {Queue::Eta, QLatin1String("99 min 59 s")}},
                      Queue::Step);
    m_view->setItemDelegateForColumn(
        Items::MigrationListModel::Progress,
        new ProgressDelegate(Items::MigrationListModel::ProgressFractionRole, m_view));
    m_view->setAccessibleName(tr("Migration queue"));
    queueLayout->addWidget(m_view, 1);

    m_buttons = new QWidget(queue);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(tr("Progress is estimated from the replicas' used space."), m_buttons);
    m_cancel = new QPushButton(tr("Cancel move"), m_buttons);
    m_cancel->setObjectName(QStringLiteral("cancelMigration"));
    m_undo = new QPushButton(tr("Move back…"), m_buttons);
    m_undo->setObjectName(QStringLiteral("undoMigration"));
    m_sooner = new QPushButton(tr("Start sooner"), m_buttons);
    m_sooner->setObjectName(QStringLiteral("startSooner"));
    m_later = new QPushButton(tr("Start later"), m_buttons);
    m_later->setObjectName(QStringLiteral("startLater"));
    m_cancelWaiting = new QPushButton(tr("Cancel waiting…"), m_buttons);
    m_cancelWaiting->setObjectName(QStringLiteral("cancelWaiting"));
    for (QPushButton *button : {m_cancel, m_undo, m_sooner, m_later, m_cancelWaiting})
        button->setAccessibleName(button->text().remove(QStringLiteral("…")));
    m_hint->setObjectName(QStringLiteral("migrationHint"));
    m_hint->setAccessibleName(tr("About the progress"));
    m_hint->setWordWrap(true);
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_sooner);
    buttons->addWidget(m_later);
    buttons->addWidget(m_cancelWaiting);
    buttons->addSpacing(m_hint->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    buttons->addWidget(m_undo);
    buttons->addWidget(m_cancel);
    queueLayout->addWidget(m_buttons);
    // No migration yet: one line that says how to start one, in place of an empty table.
    m_empty = new QLabel(tr("No migrations yet: drag a replica onto another pool in the "
                            "topology, or select it and press Ctrl+M."),
                         queue);
    m_empty->setObjectName(QStringLiteral("noMigrations"));
    m_empty->setWordWrap(true);
    queueLayout->addWidget(m_empty);

    // The moves other consoles run on this cluster (their records on the volumes' CVCs): shown
    // only while there are some; one whose console has gone silent can be adopted.
    m_elsewhere = new QWidget(queue);
    m_elsewhere->setObjectName(QStringLiteral("movesElsewhere"));
    auto *elsewhereLayout = new QVBoxLayout(m_elsewhere);
    elsewhereLayout->setContentsMargins(0, 0, 0, 0);
    auto *elsewhereTitle = new QLabel(tr("Moved by another console"), m_elsewhere);
    QFont titleFont = elsewhereTitle->font();
    titleFont.setBold(true);
    elsewhereTitle->setFont(titleFont);
    elsewhereLayout->addWidget(elsewhereTitle);
    m_elsewhereModel = new Items::ClaimedMoveListModel(engine, this);
    m_elsewhereModel->setSilentTint(HealthStyle::tint(Items::Health::Warning, palette()));
    m_elsewhereView = new QTableView(m_elsewhere);
    m_elsewhereView->setObjectName(QStringLiteral("movesElsewhereView"));
    m_elsewhereView->setModel(m_elsewhereModel);
    m_elsewhereView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_elsewhereView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_elsewhereView->verticalHeader()->hide();
    m_elsewhereView->setAccessibleName(tr("Moves run by other consoles"));
    CellToolTips::attach(m_elsewhereView);
    RowCopy::attach(m_elsewhereView);
    using Elsewhere = Items::ClaimedMoveListModel;
    ColumnSizing::fit(
        m_elsewhereView,
        {{Elsewhere::Volume, QLatin1String("pvc-00000000-0000-0000-0000-000000000000")},
         {Elsewhere::From, QLatin1String("cspc-stripe-pool-0000")},
         {Elsewhere::To, QLatin1String("cspc-stripe-pool-0000")},
         {Elsewhere::Step, QLatin1String("rolling-back")},
         {Elsewhere::By, QLatin1String("system:admin")},
         {Elsewhere::Where, QLatin1String("jump-host-1, pid 999999")},
         {Elsewhere::Started, QLatin1String("99 min ago")},
         {Elsewhere::LastHeard, QLatin1String("99 min ago (silent)")}},
        Elsewhere::Where);
    // A few rows at most: the section stays compact below this console's queue.
    m_elsewhereView->setMaximumHeight(m_elsewhereView->horizontalHeader()->sizeHint().height() +
                                      4 * m_elsewhereView->verticalHeader()->defaultSectionSize() +
                                      2 * m_elsewhereView->frameWidth());
    elsewhereLayout->addWidget(m_elsewhereView);
    auto *elsewhereButtons = new QHBoxLayout;
    auto *elsewhereHint =
        new QLabel(tr("A move can be adopted once its console is silent: its process on this "
                      "host is gone, or it has not renewed its record for %1.")
                       .arg(Migration::MoveClaim::age(Migration::MoveClaim::kSilentSeconds)),
                   m_elsewhere);
    elsewhereHint->setWordWrap(true);
    elsewhereButtons->addWidget(elsewhereHint, 1);
    m_adopt = new QPushButton(tr("Adopt move…"), m_elsewhere);
    m_adopt->setObjectName(QStringLiteral("adoptMove"));
    m_adopt->setAccessibleName(tr("Adopt move"));
    elsewhereButtons->addWidget(m_adopt);
    elsewhereLayout->addLayout(elsewhereButtons);
    queueLayout->addWidget(m_elsewhere);
    queueLayout->addStretch(0);
    connect(m_elsewhereModel, &QAbstractItemModel::rowsInserted, this,
            &OperationsPanel::showMovesElsewhere);
    connect(m_elsewhereModel, &QAbstractItemModel::rowsRemoved, this,
            &OperationsPanel::showMovesElsewhere);
    connect(m_elsewhereModel, &QAbstractItemModel::dataChanged, this,
            &OperationsPanel::updateAdoptButton);
    connect(m_elsewhereView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsPanel::updateAdoptButton);
    connect(m_adopt, &QPushButton::clicked, this, &OperationsPanel::confirmAdopt);
    m_elsewhereTick.setInterval(5000);
    connect(&m_elsewhereTick, &QTimer::timeout, m_elsewhereModel,
            &Items::ClaimedMoveListModel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsPanel::showQueueOrHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OperationsPanel::showQueueOrHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperationsPanel::showQueueOrHint);
    tabs->addTab(queue, tr("Operations"));

    m_audit = new QTreeWidget(tabs);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_audit->setRootIsDecorated(false);
    m_audit->setHeaderLabels(
        {tr("Time"), tr("User"), tr("Context"), tr("Action"), tr("Target"), tr("Result")});
    tabs->addTab(m_audit, tr("Audit log"));

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &OperationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsPanel::updateButtons);
    // The audit log is read again once the moves have settled: cancelling the waiting moves of
    // a large plan ends hundreds of them at once.
    m_auditRefresh.setSingleShot(true);
    m_auditRefresh.setInterval(250);
    connect(&m_auditRefresh, &QTimer::timeout, this, &OperationsPanel::refreshAudit);
    connect(engine, &Migration::MigrationEngine::migrationFinished, this,
            [this] { m_auditRefresh.start(); });
    connect(engine, &Migration::MigrationEngine::migrationChanged, this, [this](const QString &) {
        if (m_audit->isVisible() && !m_auditRefresh.isActive())
            m_auditRefresh.start();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        QString why;
        if (!m_engine->cancel(m_model->idAt(rows.first().row()), &why))
            QMessageBox::information(this, tr("Cannot cancel"), why);
    });
    connect(m_sooner, &QPushButton::clicked, this, [this] { reorderSelected(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { reorderSelected(+1); });
    connect(m_cancelWaiting, &QPushButton::clicked, this, &OperationsPanel::confirmCancelWaiting);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const auto status = m_engine->status(m_model->idAt(rows.first().row()));
        emit undoRequested(status.move.volume, status.move.targetPool, status.move.sourcePool);
    });
    refreshAudit();
    updateButtons();
    showQueueOrHint();
    showMovesElsewhere();
}

void OperationsPanel::showMovesElsewhere()
{
    const bool any = m_elsewhereModel->rowCount() > 0;
    m_elsewhere->setVisible(any);
    if (any)
        m_elsewhereTick.start();
    else
        m_elsewhereTick.stop();
    updateAdoptButton();
}

void OperationsPanel::updateAdoptButton()
{
    const QModelIndexList rows = m_elsewhereView->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const QString whyNot = !m_writesAllowed ? m_whyNot : m_elsewhereModel->whyNotAdoptable(row);
    m_adopt->setEnabled(whyNot.isEmpty());
    m_adopt->setToolTip(whyNot.isEmpty()
                            ? tr("Finish this move here: wait for the new replica and the volume "
                                 "to be Healthy, then remove the old replica")
                            : whyNot);
}

// Asked without a nested event loop; the move is adopted only if, when the operator answers,
// its record is still the one shown and its console still silent (adopt() checks both).
void OperationsPanel::confirmAdopt()
{
    const QModelIndexList rows = m_elsewhereView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_elsewhereModel->isSilent(rows.first().row()))
        return;
    const int row = rows.first().row();
    const QString volume = m_elsewhereModel->keyAt(row);
    const Migration::MoveClaim claim = m_elsewhereModel->at(row).claim;
    const QString claimText = claim.toText();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Adopt move"),
                        tr("Adopt the move of %1?").arg(volume), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("adoptQuestion"));
    box->setInformativeText(
        tr("%1\n\nThis console then finishes the move: it waits until the new replica on %2 and "
           "the volume are Healthy, then removes the old replica on %3 (a move that was rolling "
           "back is rolled back). If the other console comes back, it leaves the move to this "
           "one.")
            .arg(claim.describe(m_elsewhereModel->now()), claim.toPool, claim.fromPool));
    QPushButton *yes = box->addButton(tr("Adopt move"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("adoptYes"));
    QPushButton *no = box->addButton(tr("Leave it"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("adoptNo"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, volume, claimText] {
        if (box->clickedButton() != yes || !m_writesAllowed)
            return;
        QString why;
        if (m_engine->adopt(volume, claimText, &why).isEmpty()) {
            auto *failed = new QMessageBox(QMessageBox::Warning, tr("Cannot adopt"),
                                           tr("Cannot adopt the move of %1: %2").arg(volume, why),
                                           QMessageBox::Ok, this);
            failed->setObjectName(QStringLiteral("adoptFailed"));
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
        }
        m_elsewhereModel->refresh();
    });
    box->open();
}

void OperationsPanel::showQueueOrHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_buttons->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty != m_shownEmpty) {
        m_shownEmpty = empty;
        emit emptyChanged(empty);
    }
}

void OperationsPanel::setWritesAllowed(bool allowed, const QString &whyNot)
{
    m_writesAllowed = allowed;
    m_whyNot = whyNot;
    m_queueBar->setWritesAllowed(allowed, whyNot);
    updateButtons();
    updateAdoptButton();
}

QString OperationsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void OperationsPanel::reorderSelected(int by)
{
    const QString id = selectedId();
    const qsizetype at = m_model->waitingIds().indexOf(id);
    if (at < 0)
        return;
    // The model follows the engine's new order (queueChanged) and keeps the row selected.
    m_engine->reorder(id, int(at) + by);
    m_view->scrollTo(m_view->selectionModel()->currentIndex());
}

// Asked without a nested event loop: moves go on running while the question is shown, and
// whatever still waits when the operator answers is cancelled.
void OperationsPanel::confirmCancelWaiting()
{
    const int count = int(m_model->waitingIds().size());
    if (count == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel waiting moves"),
                                tr("Cancel the %n move(s) that have not started?", nullptr, count),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelWaitingQuestion"));
    box->setInformativeText(tr("Running moves go on to the end. The cancelled moves can be "
                               "planned again later."));
    QPushButton *yes = box->addButton(tr("Cancel waiting moves"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("cancelWaitingYes"));
    QPushButton *keep = box->addButton(tr("Keep them"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelWaitingNo"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes && m_writesAllowed)
            m_engine->cancelWaiting();
    });
    box->open();
}

void OperationsPanel::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const auto status = rows.isEmpty() ? Migration::MigrationStatus()
                                       : m_engine->status(m_model->idAt(rows.first().row()));
    const bool selected = !rows.isEmpty();
    const bool cancellable = selected && !Migration::MigrationStates::isFinal(status.state) &&
                             status.state != Migration::MigrationState::ScalingDown;
    const bool undoable = selected && status.state == Migration::MigrationState::Done;
    const QStringList waiting = m_model->waitingIds();
    const qsizetype at = selected ? waiting.indexOf(status.id) : -1;
    m_cancel->setEnabled(m_writesAllowed && cancellable);
    m_undo->setEnabled(m_writesAllowed && undoable);
    m_sooner->setEnabled(m_writesAllowed && at > 0);
    m_later->setEnabled(m_writesAllowed && at >= 0 && at < waiting.size() - 1);
    m_cancelWaiting->setEnabled(m_writesAllowed && !waiting.isEmpty());
    const QString tip = !m_writesAllowed ? m_whyNot : QString();
    m_sooner->setToolTip(
        tip.isEmpty() ? tr("Start the selected waiting move before the one ahead of it") : tip);
    m_later->setToolTip(
        tip.isEmpty() ? tr("Start the selected waiting move after the one behind it") : tip);
    m_cancelWaiting->setToolTip(
        tip.isEmpty() ? tr("Cancel every move that has not started; running moves finish") : tip);
    m_cancel->setToolTip(tip.isEmpty() ? tr("Remove the new replica again and keep the source "
                                            "(before the old replica is removed)")
                                       : tip);
    m_undo->setToolTip(tip.isEmpty() ? tr("Plan the reverse move") : tip);
}

void OperationsPanel::refreshAudit()
{
    m_audit->clear();
    const auto records = Migration::AuditLog(m_auditPath).records();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(0, QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->user);
        item->setText(2, it->context);
        item->setText(3, it->action);
        item->setText(4, it->target);
        item->setText(5, it->result);
    }
}

} // namespace Ui
