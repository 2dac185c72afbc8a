#pragma once

#include <QRect>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace Ui {

// Draws a cell's fraction (a role holding 0..1) as the cell's text, right aligned, and a bar
// beside it, never under it: text drawn over a fill is cut by its edge and reads on neither part.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int fractionRole, QObject *parent = nullptr);

    struct Parts
    {
        QRect bar; // empty when the cell leaves no room for one
        QRect text;
    };
    // Where the bar and the text go in `cell`: the text's room is as wide as the widest of
    // `text` and "100 %", so that the bars of a column line up.
    static Parts partsOf(const QRect &cell, const QFontMetrics &metrics, const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace Ui
