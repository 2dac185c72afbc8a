#include "ui/emptystatewidget.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A wrapped label centred between stretches: given an alignment of its own instead, a layout
// sizes it to its size hint, one line high, and the rest of the text is cut off.
QHBoxLayout *centred(QLabel *label)
{
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(label, 1);
    row->addStretch();
    return row;
}

} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setOpenExternalLinks(true);
    m_explanation->setMaximumWidth(640);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setMaximumWidth(640);
    m_buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addLayout(centred(m_explanation));
    layout->addSpacing(8);
    layout->addLayout(centred(m_detail));
    layout->addSpacing(16);
    layout->addLayout(m_buttonRow);
    layout->addStretch(3);
    m_buttonRow->addStretch();
}

void EmptyStateWidget::setContent(const QString &title, const QString &explanation,
                                  const QString &detail)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void EmptyStateWidget::clearButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

QPushButton *EmptyStateWidget::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    m_buttons.append(button);
    return button;
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::explanation() const
{
    return m_explanation->text();
}

QString EmptyStateWidget::detail() const
{
    return m_detail->text();
}

} // namespace Ui
