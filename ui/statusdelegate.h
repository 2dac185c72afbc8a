#pragma once

#include <QStyledItemDelegate>

namespace Ui {

// A status cell: the health symbol (Items::HealthRole; hollow when Items::StaleRole) then the
// cell's text, so status never relies on colour alone.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ui
