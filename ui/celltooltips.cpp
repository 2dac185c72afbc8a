#include "ui/celltooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace Ui {

CellToolTips::CellToolTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void CellToolTips::attach(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new CellToolTips(view));
}

bool CellToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return false; // the view shows the model's own tooltip, or none
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    // The delegate's margins and decoration take some of the cell: a little slack.
    const int needed = m_view->fontMetrics().horizontalAdvance(text) + 12;
    if (text.isEmpty() || needed <= cell.width()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace Ui
