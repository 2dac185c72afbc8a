#include "ui/progressdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Ui {

namespace {

constexpr int kCellMargin = 3;
constexpr int kBarToText = 4;
constexpr int kMinimumBarWidth = 16;
constexpr int kPreferredBarWidth = 48;

int textRoom(const QFontMetrics &metrics, const QString &text)
{
    return std::max(metrics.horizontalAdvance(text),
                    metrics.horizontalAdvance(QStringLiteral("100 %")));
}

} // namespace

ProgressDelegate::ProgressDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{
}

ProgressDelegate::Parts ProgressDelegate::partsOf(const QRect &cell, const QFontMetrics &metrics,
                                                  const QString &text)
{
    Parts parts;
    // The number first: a column cut by the view's edge still shows it.
    const QRect inner = cell.adjusted(kCellMargin, 0, -kCellMargin, 0);
    const int room = std::min(textRoom(metrics, text), inner.width());
    parts.text = QRect(inner.left(), inner.top(), room, inner.height());
    const int barWidth = inner.width() - room - kBarToText;
    if (barWidth >= kMinimumBarWidth) {
        const int height = std::min(inner.height() - 4, metrics.height());
        parts.bar = QRect(parts.text.right() + 1 + kBarToText,
                          inner.top() + (inner.height() - height) / 2, barWidth, height);
    }
    return parts;
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as any other cell's, without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const Parts parts = partsOf(option.rect, option.fontMetrics, text);
    if (!parts.bar.isEmpty()) {
        QStyleOptionProgressBar bar;
        // The view's palette, which the window made readable, not the application's.
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        bar.direction = option.direction;
        bar.rect = parts.bar;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(m_fractionRole).toDouble() * 1000);
        bar.textVisible = false;
        bar.state = (option.state & ~QStyle::State_Selected) | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(parts.text, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int wanted =
        2 * kCellMargin + kPreferredBarWidth + kBarToText + textRoom(option.fontMetrics, text);
    size.setWidth(std::max(size.width(), wanted));
    return size;
}

} // namespace Ui
