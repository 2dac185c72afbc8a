#include "ui/followdisksdialog.h"

#include "models/recovery/moveddiskstask.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using Recovery::MovedDisksPlan;
using PlanKind = MovedDisksPlan::Kind;

FollowDisksDialog::FollowDisksDialog(const QString &pool, Kube::RestClient *client,
                                     const QString &namespaceName, const QString &whyNoWrites,
                                     QWidget *parent)
    : QDialog(parent)
    , m_task(new Recovery::MovedDisksTask(client, namespaceName, this))
    , m_whyNoWrites(whyNoWrites)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("followDisksDialog"));
    setWindowTitle(tr("Follow the moved disks of pool %1").arg(pool));
    auto *layout = new QVBoxLayout(this);
    m_headline->setObjectName(QStringLiteral("followHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(tr("Reading pool %1 …").arg(pool.toHtmlEscaped()));
    layout->addWidget(m_headline);
    m_details->setObjectName(QStringLiteral("followDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_log->setObjectName(QStringLiteral("followLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("The edit and its progress"));
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Point the pool there"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("followApply"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &FollowDisksDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_task, &Recovery::MovedDisksTask::loaded, this,
            [this](const Recovery::MovedDisksPlanner::Input &input) {
                m_plan = Recovery::MovedDisksPlanner::plan(input);
                showPlan();
                if (m_plan.kind == PlanKind::InProgress)
                    run(); // follow what is under way
            });
    connect(m_task, &Recovery::MovedDisksTask::failed, this, [this](const QString &why) {
        m_headline->setText(tr("<b>The pool cannot be read</b>: %1").arg(why.toHtmlEscaped()));
    });
    connect(m_task, &Recovery::MovedDisksTask::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_task, &Recovery::MovedDisksTask::finished, this,
            [this](bool ok, const QString &text) {
                m_running = false;
                m_log->appendPlainText(text);
                m_headline->setText(
                    ok ? tr("<b>Back</b>: pool %1 is ONLINE on node %2.")
                             .arg(m_plan.pool.toHtmlEscaped(), m_plan.newNode.toHtmlEscaped())
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
    QString details;
    if (plan.kind != PlanKind::NotFound)
        details = tr("Node %1, CStorPoolCluster %2, %3. Disks: %4.")
                      .arg(plan.oldNode, plan.poolCluster,
                           plan.phase.isEmpty() ? tr("no status") : plan.phase,
                           disks.isEmpty() ? tr("none") : disks.join(QStringLiteral(", ")));
    switch (plan.kind) {
    case PlanKind::NotFound:
        m_headline->setText(tr("<b>No such pool</b>: %1").arg(plan.why.toHtmlEscaped()));
        break;
    case PlanKind::NothingToDo:
        m_headline->setText(tr("<b>Nothing to do</b>: %1.").arg(plan.why.toHtmlEscaped()));
        break;
    case PlanKind::InProgress:
        m_headline->setText(tr("<b>Pool %1 is being pointed at node %2</b>; following it.")
                                .arg(pool, plan.newNode.toHtmlEscaped()));
        break;
    case PlanKind::Refused: {
        QString text =
            tr("<b>Pool %1 cannot follow its disks</b>: %2.").arg(pool, plan.why.toHtmlEscaped());
        if (!plan.options.isEmpty()) {
            text += QStringLiteral("<br>") + tr("What you can do:") + QStringLiteral("<ul>");
            for (const QString &option : plan.options)
                text += QStringLiteral("<li>%1</li>").arg(option.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
        m_headline->setText(text);
        break;
    }
    case PlanKind::Repoint:
        m_headline->setText(
            tr("<b>The disks of pool %1 are on node %2 now</b>, its spec still names node %3. "
               "Point it at %2: the CSPC operator moves the pool's pod there, the pool is "
               "imported and its replicas serve again.")
                .arg(pool, plan.newNode.toHtmlEscaped(), plan.oldNode.toHtmlEscaped()));
        m_log->setPlainText(
            tr("The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):\n%2")
                .arg(plan.poolCluster,
                     QString::fromUtf8(QJsonDocument(plan.patch).toJson(QJsonDocument::Indented))));
        break;
    }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_apply->setVisible(plan.kind == PlanKind::Repoint);
    m_apply->setEnabled(plan.kind == PlanKind::Repoint && !m_running && m_whyNoWrites.isEmpty());
    m_apply->setToolTip(m_whyNoWrites.isEmpty()
                            ? tr("Edit the CStorPoolCluster and follow the pool to its new node")
                            : m_whyNoWrites);
}

void FollowDisksDialog::run()
{
    if (m_running)
        return;
    m_running = true;
    m_apply->setEnabled(false);
    if (m_plan.kind == PlanKind::Repoint)
        m_log->clear();
    m_task->run(m_plan);
}

} // namespace Ui
