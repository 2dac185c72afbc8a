#pragma once

#include "models/metrics/poolforecaster.h"
#include "ui/chartwidget.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace Ui {

// Where the pools are going: each one's used percent over the history the cluster's Prometheus
// keeps, then its projection over a chosen horizon (7, 30 or 90 days) as a dashed line at the
// forecast's growth, inside the band the growth's uncertainty spans, with the 80 % line and the
// read-only threshold. It shows the five pools that go read-only soonest, or the one chosen.
class ForecastChart : public ChartWidget
{
    Q_OBJECT

public:
    static constexpr int kSoonestShown = 5;

    explicit ForecastChart(QWidget *parent = nullptr);

    void setResult(const Metrics::PoolForecaster::Result &result);
    void setHorizonDays(int days); // 7, 30 or 90
    int horizonDays() const { return m_horizonDays; }
    // Shows this pool alone (empty: the soonest five).
    void setPool(const QString &pool);

    // The pools drawn, soonest first.
    QStringList shownPools() const { return m_shown; }
    // The projection's points of a pool drawn: x ms since the epoch, y percent used.
    QList<QPointF> projection(const QString &pool, int errors = 0) const;

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;

private:
    void redraw();
    void fillPoolChoice();
    QList<const Metrics::PoolForecaster::PoolResult *> chosen() const;
    void drawPool(const Metrics::PoolForecaster::PoolResult &pool, const QColor &color);
    void drawLevel(double percent, const QString &name, const QColor &color, qint64 fromMs,
                   qint64 toMs);
    QList<QPointF> projectionOf(const Metrics::CapacityForecast &forecast, int errors = 0) const;
    QString captionText() const;

    Metrics::PoolForecaster::Result m_result;
    int m_horizonDays = 30;
    QString m_pool;
    QStringList m_shown;
    QComboBox *m_horizonChoice;
    QComboBox *m_poolChoice;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

} // namespace Ui
