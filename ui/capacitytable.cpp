#include "ui/capacitytable.h"

#include "models/cstor/capacity.h"
#include "models/items/readonlydays.h"

#include <cmath>

namespace Ui {

CapacityTable::CapacityTable(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Pool"), tr("Node"), tr("Used before"), tr("Used after"), tr("Capacity"),
                     tr("Read-only")});
    setRootIsDecorated(false);
    setAccessibleName(tr("Capacity before and after"));
}

void CapacityTable::setProjection(const QList<Migration::PoolProjection> &projection)
{
    clear();
    for (const Migration::PoolProjection &pool : projection) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, pool.pool);
        item->setText(1, pool.node);
        item->setText(2, tr("%1 (%2%)")
                             .arg(Cstor::Capacity::formatBytes(pool.usedBefore))
                             .arg(pool.percentBefore()));
        QString after = tr("%1 (%2%)")
                            .arg(Cstor::Capacity::formatBytes(pool.usedAfter))
                            .arg(pool.percentAfter());
        if (pool.aboveThresholdAfter())
            after += tr(" — at or above the %1% read-only threshold").arg(pool.thresholdPercent);
        item->setText(3, after);
        item->setText(4, Cstor::Capacity::formatBytes(pool.totalBytes));
        item->setText(5, readOnlyText(pool));
        if (pool.aboveThresholdAfter())
            item->setForeground(3, QColor(Qt::red));
    }
    for (int c = 0; c < columnCount(); ++c)
        resizeColumnToContents(c);
}

QString CapacityTable::readOnlyText(const Migration::PoolProjection &pool)
{
    if (!pool.trendKnown)
        return tr("(no forecast)");
    return Items::ReadOnlyDays::change(pool.readOnlyDaysBefore, pool.readOnlyDaysAfter);
}

} // namespace Ui
