#include "ui/lostnodedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

using Fate = Recovery::LostNodeVolume::Fate;

LostNodeDialog::LostNodeDialog(const Recovery::LostNodePlan &plan, const QStringList &removalSteps,
                               const QString &whyNoWrites, QWidget *parent)
    : QDialog(parent)
    , m_volumes(new QTreeWidget(this))
    , m_why(new QLabel(this))
    , m_steps(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("lostNodeDialog"));
    setWindowTitle(tr("Recover lost node %1").arg(plan.node));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("lostNodeHeadline"));
    headline->setWordWrap(true);
    headline->setTextFormat(Qt::RichText);
    headline->setText(
        tr("<b>Node %1 is lost</b>: %2.<br>Its replicas cannot be moved off, only replaced: "
           "each volume that keeps a Healthy replica on another node gets a new replica, rebuilt "
           "from it, and then the lost one leaves the volume. A volume with no Healthy replica "
           "left is reported, never changed.")
            .arg(plan.node.toHtmlEscaped(), plan.state.toHtmlEscaped()));
    layout->addWidget(headline);

    m_volumes->setObjectName(QStringLiteral("lostNodeVolumes"));
    m_volumes->setHeaderLabels(
        {tr("Volume"), tr("Replica on"), tr("Healthy elsewhere"), tr("What the console does")});
    m_volumes->setRootIsDecorated(false);
    for (int column = 0; column < 3; ++column)
        m_volumes->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_volumes->header()->setStretchLastSection(true);
    m_volumes->setAccessibleName(tr("Volumes with a replica on the lost node"));
    auto *volumesLabel = new QLabel(tr("&Volumes with a replica there"), this);
    volumesLabel->setBuddy(m_volumes);
    layout->addWidget(volumesLabel);
    layout->addWidget(m_volumes, 2);
    m_why->setObjectName(QStringLiteral("lostNodeWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    connect(m_volumes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_why->setText(item ? item->data(3, Qt::UserRole).toString() : QString());
    });
    fillVolumes(plan);
    if (m_volumes->topLevelItemCount() > 0)
        m_volumes->setCurrentItem(m_volumes->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const QList<Migration::ReplicaMove> moves = plan.moves();
    // Only when there is something to replace (a button box shows every button it holds).
    m_replace = moves.isEmpty()
                    ? new QPushButton(this)
                    : buttons->addButton(tr("Replace %n replica(s)…", nullptr, int(moves.size())),
                                         QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("lostNodeReplace"));
    m_replace->setEnabled(!moves.isEmpty() && whyNoWrites.isEmpty());
    m_replace->setHidden(moves.isEmpty());
    m_replace->setToolTip(!whyNoWrites.isEmpty() ? whyNoWrites
                          : moves.isEmpty()
                              ? tr("No volume can get a new replica now")
                              : tr("Plan the new replicas: checks, capacity and the server's "
                                   "dry run before anything changes"));
    connect(m_replace, &QPushButton::clicked, this, [this, moves] {
        emit replaceRequested(moves);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_steps->setObjectName(QStringLiteral("lostNodeRemovalSteps"));
    m_steps->setReadOnly(true);
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_steps->setAccessibleName(tr("Steps that remove the dead pool"));
    if (!removalSteps.isEmpty()) {
        auto *stepsLabel = new QLabel(
            tr("No volume uses the pools of %1 any more. If the node is gone for good (if it "
               "comes back, its pools still hold these datasets), remove the dead pool by hand:")
                .arg(plan.node),
            this);
        stepsLabel->setWordWrap(true);
        stepsLabel->setBuddy(m_steps);
        QString text;
        for (int i = 0; i < removalSteps.size(); ++i)
            text += QStringLiteral("%1. %2\n\n").arg(i + 1).arg(removalSteps.at(i));
        m_steps->setPlainText(text.trimmed());
        m_steps->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        QPushButton *copy = buttons->addButton(tr("Copy steps"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this,
                [this] { QApplication::clipboard()->setText(m_steps->toPlainText()); });
        layout->addWidget(stepsLabel);
        layout->addWidget(m_steps, 3);
        layout->setStretchFactor(m_volumes, 1);
    } else {
        m_steps->hide();
    }
    layout->addWidget(buttons);
    resize(900, 560);
}

void LostNodeDialog::fillVolumes(const Recovery::LostNodePlan &plan)
{
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const Recovery::LostNodeVolume &volume : plan.volumes) {
        QString action;
        QIcon icon = warn;
        switch (volume.fate) {
        case Fate::Rereplicate:
            action = tr("New replica on %1").arg(volume.targetPool);
            icon = ok;
            break;
        case Fate::Waiting:
            action = tr("Wait");
            break;
        case Fate::NoRoom:
            action = tr("No room");
            break;
        case Fate::NoQuorum:
            action = tr("No quorum");
            break;
        case Fate::Lost:
            action = tr("Lost");
            icon = bad;
            break;
        }
        const QString why = tr("%1: %2").arg(volume.volume, volume.why);
        auto *item = new QTreeWidgetItem(
            m_volumes, {volume.volume, volume.pool,
                        tr("%1 of %2").arg(volume.healthyCopies).arg(volume.replicaCount), action});
        item->setIcon(3, icon);
        item->setData(3, Qt::UserRole, why);
        item->setToolTip(3, why);
    }
    if (plan.volumes.isEmpty())
        new QTreeWidgetItem(m_volumes, {tr("No volume counts on a replica there.")});
}

} // namespace Ui
