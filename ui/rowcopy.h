#pragma once

#include <QObject>

class QTableView;

namespace Ui {

// Ctrl+C (and "Copy rows" in the table's context menu) on a table: the selected rows' visible
// columns, in the order shown, tab-separated with the column titles first, ready to paste into
// a ticket or a spreadsheet.
class RowCopy : public QObject
{
    Q_OBJECT

public:
    // Adds the copy action to `view`; owned by the view.
    static void attach(QTableView *view);
    // The text that Ctrl+C puts on the clipboard for the view's selected rows ("" for none).
    static QString textOf(const QTableView *view);

private:
    explicit RowCopy(QTableView *view);
};

} // namespace Ui
