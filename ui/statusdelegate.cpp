#include "ui/statusdelegate.h"

#include "models/items/itemroles.h"
#include "ui/healthstyle.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    auto health = Items::Health(index.data(Items::HealthRole).toInt());
    const bool stale = index.data(Items::StaleRole).toBool();
    const int side = opt.fontMetrics.height() * 3 / 4;
    const QRect symbol(opt.rect.left() + 4, opt.rect.center().y() - side / 2, side, side);
    HealthStyle::paintSymbol(painter, symbol, stale ? Items::Health::Unknown : health, opt.palette);
    const QRect textRect = opt.rect.adjusted(side + 9, 0, -2, 0);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height() + 8;
    return size;
}

} // namespace Ui
