#pragma once

#include "models/planning/capacityprojection.h"

#include <QTreeWidget>

namespace Ui {

// Each pool a plan of moves touches, one row: its node, the data used before and after the
// moves with the percent of its capacity, and its capacity; a pool that ends at or above its
// read-only threshold says so in words and in red.
class CapacityTable : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CapacityTable(QWidget *parent = nullptr);

    void setProjection(const QList<Migration::PoolProjection> &projection);
};

} // namespace Ui
