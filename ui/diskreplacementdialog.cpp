#include "ui/diskreplacementdialog.h"

#include "models/cstor/capacity.h"
#include "models/recovery/diskreplacementtask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using Recovery::DiskReplacementPlan;
using Kind = DiskReplacementPlan::Kind;

DiskReplacementDialog::DiskReplacementDialog(const QString &pool, Kube::RestClient *client,
                                             const QString &namespaceName,
                                             const QString &whyNoWrites, QWidget *parent)
    : QDialog(parent)
    , m_task(new Recovery::DiskReplacementTask(client, namespaceName, this))
    , m_whyNoWrites(whyNoWrites)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_spares(new QComboBox(this))
    , m_sparesLabel(new QLabel(tr("&Put in its place:"), this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diskReplacementDialog"));
    setWindowTitle(tr("Replace failed disk of pool %1").arg(pool));
    auto *layout = new QVBoxLayout(this);
    m_headline->setObjectName(QStringLiteral("diskHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(tr("Reading pool %1 …").arg(pool.toHtmlEscaped()));
    layout->addWidget(m_headline);
    m_details->setObjectName(QStringLiteral("diskDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *form = new QFormLayout;
    m_spares->setObjectName(QStringLiteral("diskSpares"));
    m_spares->setAccessibleName(tr("Disk to put in its place"));
    m_sparesLabel->setBuddy(m_spares);
    form->addRow(m_sparesLabel, m_spares);
    layout->addLayout(form);
    m_spares->hide();
    m_sparesLabel->hide();
    connect(m_spares, &QComboBox::activated, this, [this] {
        m_input.replacement = m_spares->currentData().toString();
        m_plan = Recovery::DiskReplacementPlanner::plan(m_input);
        showPlan();
    });

    m_log->setObjectName(QStringLiteral("diskLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("The edit and its progress"));
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_replace = buttons->addButton(tr("Replace disk"), QDialogButtonBox::ActionRole);
    m_replace->setObjectName(QStringLiteral("diskReplace"));
    m_replace->setEnabled(false);
    connect(m_replace, &QPushButton::clicked, this, &DiskReplacementDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_task, &Recovery::DiskReplacementTask::loaded, this, &DiskReplacementDialog::planFrom);
    connect(m_task, &Recovery::DiskReplacementTask::failed, this, [this](const QString &why) {
        m_headline->setText(tr("<b>The pool cannot be read</b>: %1").arg(why.toHtmlEscaped()));
    });
    connect(m_task, &Recovery::DiskReplacementTask::progress, this, &DiskReplacementDialog::log);
    connect(m_task, &Recovery::DiskReplacementTask::finished, this,
            [this](bool ok, const QString &text) {
                m_running = false;
                log(text);
                m_headline->setText(
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
    QString details;
    if (plan.kind != Kind::NotFound)
        details =
            tr("A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.")
                .arg(plan.raidType, plan.node, plan.poolCluster,
                     plan.failedDisks.isEmpty() ? tr("none")
                                                : plan.failedDisks.join(QStringLiteral(", ")));
    switch (plan.kind) {
    case Kind::NotFound:
        m_headline->setText(tr("<b>No such pool</b>: %1").arg(plan.why.toHtmlEscaped()));
        break;
    case Kind::NothingToDo:
        m_headline->setText(tr("<b>Pool %1 is %2</b>: %3.")
                                .arg(pool, plan.phase.toHtmlEscaped(), plan.why.toHtmlEscaped()));
        break;
    case Kind::InProgress:
        m_headline->setText(
            tr("<b>Pool %1 is resilvering a replaced disk</b>; following it.").arg(pool));
        break;
    case Kind::Refused: {
        QString text = tr("<b>The disk of pool %1 cannot be replaced</b>: %2.")
                           .arg(pool, plan.why.toHtmlEscaped());
        if (!plan.options.isEmpty()) {
            text += QStringLiteral("<br>") + tr("What you can do:") + QStringLiteral("<ul>");
            for (const QString &option : plan.options)
                text += QStringLiteral("<li>%1</li>").arg(option.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
        m_headline->setText(text);
        break;
    }
    case Kind::Replace:
        m_headline->setText(
            tr("<b>Disk %1 of pool %2 has failed</b> (the pool is %3). Put an unclaimed disk of "
               "node %4 in its place: the CSPC operator adds it to the pool, which resilvers it "
               "while its replicas keep serving.")
                .arg(plan.disk.toHtmlEscaped(), pool, plan.phase.toHtmlEscaped(),
                     plan.node.toHtmlEscaped()));
        m_log->setPlainText(
            tr("The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):\n%2")
                .arg(plan.poolCluster,
                     QString::fromUtf8(QJsonDocument(plan.patch).toJson(QJsonDocument::Indented))));
        break;
    }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    const bool replace = plan.kind == Kind::Replace && !m_running;
    m_replace->setVisible(plan.kind == Kind::Replace);
    m_replace->setEnabled(replace && m_whyNoWrites.isEmpty());
    m_replace->setToolTip(m_whyNoWrites.isEmpty()
                              ? tr("Edit the CStorPoolCluster and follow the resilver")
                              : m_whyNoWrites);
}

void DiskReplacementDialog::run()
{
    if (m_running)
        return;
    m_running = true;
    m_replace->setEnabled(false);
    m_spares->setEnabled(false);
    if (m_plan.kind == Kind::Replace)
        m_log->clear();
    m_task->run(m_plan);
}

void DiskReplacementDialog::log(const QString &text)
{
    m_log->appendPlainText(text);
}

} // namespace Ui
