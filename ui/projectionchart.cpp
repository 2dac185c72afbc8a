#include "ui/projectionchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace Ui {

namespace {

double percentOf(qint64 used, qint64 total)
{
    return total > 0 ? 100.0 * double(used) / double(total) : 0.0;
}

} // namespace

ProjectionChart::ProjectionChart(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("projectionChart"));
    chart()->setTitle(tr("Used capacity before and after"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ProjectionChart::setProjection(const QList<Migration::PoolProjection> &projection,
                                    int thresholdPercent)
{
    m_projection = projection;
    m_calledOut.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }

    auto *before = new QBarSet(tr("Before"));
    auto *after = new QBarSet(tr("After"));
    after->setSelectedColor(QColor(0xd3, 0x2f, 0x2f));
    QStringList categories;
    QStringList warnings;
    for (const Migration::PoolProjection &pool : projection) {
        categories.append(pool.pool);
        const double b = percentOf(pool.usedBefore, pool.totalBytes);
        const double a = percentOf(pool.usedAfter, pool.totalBytes);
        before->append(b);
        after->append(a);
        if (a >= thresholdPercent) {
            m_calledOut.append(pool.pool);
            after->selectBar(int(after->count()) - 1);
            warnings.append(b < thresholdPercent ? tr("%1 crosses %2 %: %3 % → %4 %")
                                                       .arg(pool.pool)
                                                       .arg(thresholdPercent)
                                                       .arg(qRound(b))
                                                       .arg(qRound(a))
                                                 : tr("%1 stays above %2 %: %3 % → %4 %")
                                                       .arg(pool.pool)
                                                       .arg(thresholdPercent)
                                                       .arg(qRound(b))
                                                       .arg(qRound(a)));
        }
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(after);
    chart()->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setTitleText(tr("Used (%)"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    if (warnings.isEmpty()) {
        setCaption(tr("No affected pool reaches %1 % used.").arg(thresholdPercent));
        setCaptionWarning(false);
    } else {
        setCaption(warnings.join(QLatin1Char('\n')));
        setCaptionWarning(true);
    }
}

QStringList ProjectionChart::csvLines() const
{
    QStringList lines{QStringLiteral(
        "pool,node,total_bytes,used_before,used_after,percent_before,percent_after")};
    for (const Migration::PoolProjection &pool : m_projection)
        lines.append(QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                         .arg(csvField(pool.pool), csvField(pool.node))
                         .arg(pool.totalBytes)
                         .arg(pool.usedBefore)
                         .arg(pool.usedAfter)
                         .arg(percentOf(pool.usedBefore, pool.totalBytes), 0, 'f', 2)
                         .arg(percentOf(pool.usedAfter, pool.totalBytes), 0, 'f', 2));
    return lines;
}

QString ProjectionChart::exportBaseName() const
{
    return QStringLiteral("capacity-projection");
}

} // namespace Ui
