#pragma once

#include <QObject>

class QAbstractItemView;

namespace Ui {

// A cell's whole text as its tooltip when its column cuts it (elided or clipped), so that no
// text in a table is out of reach; a cell with a tooltip of its own keeps it.
class CellToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `view`'s viewport; owned by the view.
    static void attach(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CellToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace Ui
