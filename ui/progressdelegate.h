#pragma once

#include <QStyledItemDelegate>

namespace Ui {

// Draws a cell's fraction (a role holding 0..1) as a progress bar with the cell's text on it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int fractionRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace Ui
