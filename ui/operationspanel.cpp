#include "ui/operationspanel.h"

#include "models/items/migrationlistmodel.h"
#include "models/migration/auditlog.h"
#include "models/migration/migrationengine.h"
#include "ui/celltooltips.h"
#include "ui/columnsizing.h"
#include "ui/progressdelegate.h"
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
    buttons->addWidget(m_hint, 1);
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
    queueLayout->addStretch(0);
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
    connect(engine, &Migration::MigrationEngine::migrationFinished, this,
            &OperationsPanel::refreshAudit);
    connect(engine, &Migration::MigrationEngine::migrationChanged, this, [this](const QString &) {
        if (m_audit->isVisible())
            refreshAudit();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        QString why;
        if (!m_engine->cancel(m_model->idAt(rows.first().row()), &why))
            QMessageBox::information(this, tr("Cannot cancel"), why);
    });
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
    updateButtons();
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
    m_cancel->setEnabled(m_writesAllowed && cancellable);
    m_undo->setEnabled(m_writesAllowed && undoable);
    const QString tip = !m_writesAllowed ? m_whyNot : QString();
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
