#pragma once

#include "ui/chartwidget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Items {
class ClusterModel;
}

namespace Ui {

// Each pool's used fraction over time, sampled from the cluster model once a second while the
// console runs (the last `historySize` samples), with the cluster's total. Only the `topN`
// fullest pools get a line of their own; the rest are summed up as "others", so a thousand
// pools cost a thousand numbers per sample and a dozen lines. Pools above the threshold are
// drawn highlighted.
class CapacityChart : public ChartWidget
{
    Q_OBJECT

public:
    static constexpr int kSampleIntervalMs = 1000;

    explicit CapacityChart(Items::ClusterModel *model, QWidget *parent = nullptr);
    ~CapacityChart() override;

    void setThreshold(double fraction); // default 0.8
    double threshold() const { return m_threshold; }
    void setTopN(int count);          // default 10
    void setHistorySize(int samples); // default 600

    // Takes a sample now (the timer does it every second).
    void sample();

    // The lines shown: pool names, then possibly othersName() and totalName().
    QStringList seriesNames() const;
    // The points of a shown line: x seconds since the chart started, y used fraction (0..1).
    QList<QPointF> points(const QString &name) const;
    bool isHighlighted(const QString &name) const;
    int sampleCount() const { return int(m_times.size()); }
    static QString othersName();
    static QString totalName();

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;

private:
    struct History
    {
        QList<double> used; // bytes, aligned with m_times; -1 where the pool was absent
        QList<double> total;
    };

    void rebuildSeries();
    QLineSeries *seriesFor(const QString &name);
    QList<QPointF> fractionPoints(const History &history) const;
    void forget();

    QPointer<Items::ClusterModel> m_model;
    double m_threshold = 0.8;
    int m_topN = 10;
    int m_historySize = 600;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<double> m_times; // seconds since the chart started
    QHash<QString, History> m_pools;
    History m_others;
    History m_total;
    QStringList m_shown; // pools with a line, fullest first
    QHash<QString, QLineSeries *> m_series;
    QHash<QString, QList<QPointF>> m_shownPoints;
    QSet<QString> m_highlighted;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace Ui
