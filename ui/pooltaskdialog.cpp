#include "ui/pooltaskdialog.h"

#include "models/recovery/poolclustertask.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

PoolTaskDialog::PoolTaskDialog(const QString &names, const QString &pool,
                               const QString &whyNoWrites, QWidget *parent)
    : QDialog(parent)
    , m_whyNoWrites(whyNoWrites)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_log(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    m_headline->setObjectName(names + QStringLiteral("Headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setText(tr("Reading pool %1 …").arg(pool.toHtmlEscaped()));
    layout->addWidget(m_headline);
    m_details->setObjectName(names + QStringLiteral("Details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    layout->addLayout(m_body);

    m_log->setObjectName(names + QStringLiteral("Log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("The edit and its progress"));
    layout->addWidget(m_log, 1);
}

QPushButton *PoolTaskDialog::addAction(const QString &text, const QString &objectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_action = buttons->addButton(text, QDialogButtonBox::ActionRole);
    m_action->setObjectName(objectName);
    m_action->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
    return m_action;
}

void PoolTaskDialog::watch(Recovery::PoolClusterTask *task)
{
    connect(task, &Recovery::PoolClusterTask::failed, this, [this](const QString &why) {
        m_headline->setText(tr("<b>The pool cannot be read</b>: %1").arg(why.toHtmlEscaped()));
    });
    connect(task, &Recovery::PoolClusterTask::progress, m_log, &QPlainTextEdit::appendPlainText);
}

void PoolTaskDialog::showHeadline(const QString &html)
{
    m_headline->setText(html);
}

void PoolTaskDialog::showDetails(const QString &text)
{
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void PoolTaskDialog::showRefusal(const QString &headlineHtml, const QStringList &options)
{
    QString text = headlineHtml;
    if (!options.isEmpty()) {
        text += QStringLiteral("<br>") + tr("What you can do:") + QStringLiteral("<ul>");
        for (const QString &option : options)
            text += QStringLiteral("<li>%1</li>").arg(option.toHtmlEscaped());
        text += QStringLiteral("</ul>");
    }
    m_headline->setText(text);
}

void PoolTaskDialog::showEdit(const QString &text, const QJsonArray &patch)
{
    m_log->setPlainText(
        text.arg(QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Indented))));
}

void PoolTaskDialog::offerAction(bool offered, const QString &whatItDoes)
{
    m_action->setVisible(offered);
    m_action->setEnabled(offered && !m_running && m_whyNoWrites.isEmpty());
    m_action->setToolTip(m_whyNoWrites.isEmpty() ? whatItDoes : m_whyNoWrites);
}

void PoolTaskDialog::startRun(bool fresh)
{
    m_running = true;
    m_action->setEnabled(false);
    if (fresh)
        m_log->clear();
}

void PoolTaskDialog::endRun(const QString &text, const QString &headlineHtml)
{
    m_running = false;
    m_log->appendPlainText(text);
    m_headline->setText(headlineHtml);
}

} // namespace Ui
