#pragma once

#include "models/planning/capacityprojection.h"
#include "ui/chartwidget.h"

namespace Ui {

// Bars of each affected pool's used percent before and after planned moves. Pools that end at
// or above the threshold (default 80 %) are drawn red and named below the chart.
class ProjectionChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit ProjectionChart(QWidget *parent = nullptr);

    void setProjection(const QList<Migration::PoolProjection> &projection,
                       int thresholdPercent = 80);
    // The pools at or above the threshold after the moves.
    QStringList calledOut() const { return m_calledOut; }

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;

private:
    QList<Migration::PoolProjection> m_projection;
    QStringList m_calledOut;
};

} // namespace Ui
