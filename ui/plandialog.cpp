#include "ui/plandialog.h"

#include "models/migration/migrationengine.h"
#include "ui/capacitytable.h"
#include "ui/projectionchart.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

void PlanDialog::setVolumeIo(const QString &volume, const QString &text)
{
    m_io->setText(tr("Recent I/O of %1: %2. A rebuild adds its copy to the pools' load while "
                     "it runs; a busy volume may be better moved at a quiet hour.")
                      .arg(volume, text));
    m_io->setVisible(!text.isEmpty());
}

PlanDialog::PlanDialog(Migration::MigrationEngine *engine,
                       const QList<Migration::ReplicaMove> &moves, bool readOnly,
                       const QString &readOnlyReason, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_moves(moves)
    , m_readOnly(readOnly)
    , m_readOnlyReason(readOnlyReason)
{
    setWindowTitle(moves.size() == 1 ? tr("Move replica")
                                     : tr("Move %n replicas", nullptr, int(moves.size())));
    setObjectName(QStringLiteral("planDialog"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    QString summary;
    if (moves.size() == 1) {
        const Migration::ReplicaMove &m = moves.first();
        summary = tr("<b>Move a replica of %1</b><br>from pool <b>%2</b> to pool <b>%3</b>.")
                      .arg(m.volume.toHtmlEscaped(), m.sourcePool.toHtmlEscaped(),
                           m.targetPool.toHtmlEscaped());
    } else {
        summary = tr("<b>Move %n replicas</b>", nullptr, int(moves.size()));
    }
    summary += tr("<ol><li>Add the target pool to the volume (a new replica is created and "
                  "rebuilds from its peers).</li><li>Wait until the new replica and the volume "
                  "are Healthy.</li><li>Remove the source pool (the old replica is deleted).</li>"
                  "</ol>The old replica is never removed before its replacement is Healthy.");
    m_summary->setText(summary);
    layout->addWidget(m_summary);
    m_io = new QLabel(this);
    m_io->setObjectName(QStringLiteral("planVolumeIo"));
    m_io->setWordWrap(true);
    m_io->setTextFormat(Qt::PlainText);
    m_io->hide();
    layout->addWidget(m_io);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("planChecks"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setRootIsDecorated(moves.size() > 1);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->setAccessibleName(tr("Checks"));
    auto *checksLabel = new QLabel(tr("&Checks"), this);
    checksLabel->setBuddy(m_checks);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 2);

    m_capacity = new CapacityTable(this);
    m_capacity->setObjectName(QStringLiteral("planCapacity"));
    auto *capacityLabel = new QLabel(tr("C&apacity before and after"), this);
    capacityLabel->setBuddy(m_capacity);
    layout->addWidget(capacityLabel);
    layout->addWidget(m_capacity, 1);
    m_projectionChart = new ProjectionChart(this);
    m_projectionChart->setMinimumHeight(220);
    layout->addWidget(m_projectionChart, 2);

    m_dryRun = new QLabel(this);
    m_dryRun->setObjectName(QStringLiteral("planDryRun"));
    m_dryRun->setWordWrap(true);
    layout->addWidget(m_dryRun);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("planApply"));
    m_apply->setEnabled(false);
    m_projectionChart->setAccessibleName(tr("Capacity after the moves"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!canApply())
            return;
        emit applyRequested(m_moves);
        accept();
    });
    layout->addWidget(buttons);
    resize(720, 760);

    fillChecks();
    fillCapacity();
    startDryRun();
    updateApply();
}

bool PlanDialog::canApply() const
{
    return !m_readOnly && m_checksPassed && m_dryRunsPending == 0 && m_dryRunOk;
}

void PlanDialog::fillChecks()
{
    m_checksPassed = true;
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Migration::ReplicaMove &move : m_moves) {
        QTreeWidgetItem *parent = nullptr;
        if (m_moves.size() > 1) {
            parent = new QTreeWidgetItem(
                m_checks,
                {QStringLiteral("%1: %2 → %3").arg(move.volume, move.sourcePool, move.targetPool)});
            parent->setExpanded(true);
        }
        const auto checks = m_engine->plan(move);
        if (!Migration::Preflight::passed(checks))
            m_checksPassed = false;
        for (const Migration::PreflightCheck &check : checks) {
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_checks);
            item->setText(0, check.title);
            // Never colour alone: the result column says it in words too.
            const QString verdict = check.passed     ? tr("passed")
                                    : check.blocking ? tr("REFUSED")
                                                     : tr("warning");
            item->setText(1, QStringLiteral("%1: %2").arg(verdict, check.detail));
            item->setIcon(0, check.passed ? ok : check.blocking ? bad : warn);
            item->setToolTip(1, check.detail);
        }
    }
    if (m_readOnly) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, tr("Writes are allowed"));
        item->setText(1, tr("REFUSED: %1").arg(m_readOnlyReason));
        item->setIcon(0, bad);
    }
}

void PlanDialog::fillCapacity()
{
    const auto projection = Migration::CapacityProjection::project(m_engine->cluster(), m_moves);
    m_capacity->setProjection(projection);
    m_projectionChart->setProjection(projection);
}

void PlanDialog::startDryRun()
{
    if (!m_checksPassed || m_readOnly) {
        m_dryRun->setText(tr("Dry run: not sent, a check refused the plan."));
        return;
    }
    m_dryRun->setText(tr("Dry run: asking the server…"));
    m_dryRunsPending = int(m_moves.size());
    QPointer<PlanDialog> self(this);
    for (const Migration::ReplicaMove &move : m_moves) {
        m_engine->dryRun(move, [self, move](bool ok, const QString &message) {
            if (!self)
                return;
            --self->m_dryRunsPending;
            if (!ok) {
                self->m_dryRunOk = false;
                self->m_dryRunResult += tr("%1: %2\n").arg(move.volume, message);
            }
            if (self->m_dryRunsPending == 0) {
                self->m_dryRun->setText(
                    self->m_dryRunOk
                        ? tr("Dry run: the server accepts the change.")
                        : tr("Dry run refused: %1").arg(self->m_dryRunResult.trimmed()));
                self->updateApply();
                emit self->dryRunFinished();
            }
        });
    }
}

void PlanDialog::updateApply()
{
    const bool wasEnabled = m_apply->isEnabled();
    m_apply->setEnabled(canApply());
    // Once the plan may be applied, Apply is the default button and has the focus: Enter
    // applies, Esc cancels.
    if (canApply() && !wasEnabled) {
        m_apply->setDefault(true);
        m_apply->setFocus(Qt::OtherFocusReason);
    }
    if (m_readOnly)
        m_apply->setToolTip(m_readOnlyReason);
    else if (!m_checksPassed)
        m_apply->setToolTip(tr("A check refused the plan"));
    else if (m_dryRunsPending > 0)
        m_apply->setToolTip(tr("Waiting for the server's dry run"));
    else
        m_apply->setToolTip({});
}

} // namespace Ui
