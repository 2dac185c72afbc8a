#pragma once

#include "models/planning/capacityprojection.h"

#include <QTreeWidget>

namespace Ui {

// Each pool a plan of moves touches, one row: its node, the data used before and after the
// moves with the percent of its capacity, its capacity, and when it goes read-only before and
// after the moves (from the pools' capacity forecast); a pool that ends at or above its
// read-only threshold says so in words and in red.
class CapacityTable : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CapacityTable(QWidget *parent = nullptr);

    void setProjection(const QList<Migration::PoolProjection> &projection);
    // "in ~9 days → in ~41 days": what the moves do to the day the pool goes read-only, from
    // its capacity forecast; "(no forecast)" without one.
    static QString readOnlyText(const Migration::PoolProjection &pool);
};

} // namespace Ui
