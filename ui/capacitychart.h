#pragma once

#include "models/items/capacityhistory.h"
#include "ui/capacityhistoryfile.h"
#include "ui/chartwidget.h"

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QCategoryAxis;
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
// drawn highlighted. The history can be kept between runs, per context and namespace
// (setHistoryFile); an earlier run's samples are drawn before 0 on the time axis.
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
    // Where the history of the cluster now shown is kept: it is saved there when the cluster
    // changes or the chart closes, and read from there now (in the background). Empty: not kept.
    // Nothing is read or written while keeping is switched off.
    void setHistoryFile(const QString &path);
    void setKeepHistory(bool keep); // default: the "charts/keepCapacityHistory" setting, true
    bool keepsHistory() const { return m_keep; }
    // True while an earlier run's history is being read.
    bool isLoading() const { return m_loading; }

    // Takes a sample now (the timer does it every second).
    void sample();

    // The lines shown: pool names, then possibly othersName() and totalName().
    QStringList seriesNames() const;
    // The points of a shown line: x seconds since the chart started, y used fraction (0..1).
    QList<QPointF> points(const QString &name) const;
    bool isHighlighted(const QString &name) const;
    int sampleCount() const { return m_history.size(); }
    static QString othersName();
    static QString totalName();

signals:
    void historyLoaded(); // an earlier run's history was read and is shown

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;
    QString accessibleSummary() const override;

private:
    using Series = Items::CapacityHistory::Series;

    void rebuildSeries();
    void rankAndShow();
    QLineSeries *seriesFor(const QString &name);
    double x(qint64 msecsSinceEpoch) const;
    QList<QPointF> fractionPoints(const Series &series) const;
    Series others() const; // the pools without a line of their own, summed
    Items::CapacityHistory::Sample othersAt(qsizetype i) const; // the same, at sample i
    void forget();
    QString captionText() const;
    void saveHistory();
    void loadHistory();

    QPointer<Items::ClusterModel> m_model;
    double m_threshold = 0.8;
    int m_topN = 10;
    qint64 m_originMs; // x = 0: when the chart started
    QTimer m_timer;
    Items::CapacityHistory m_history;
    QString m_historyFile;
    bool m_keep = true;
    bool m_loading = false;
    CapacityHistoryFile m_keptFile{QStringLiteral("capacity history")};
    QStringList m_shown; // pools with a line, fullest first
    QHash<QString, QLineSeries *> m_series;
    QHash<QString, QList<QPointF>> m_shownPoints;
    QSet<QString> m_highlighted;
    QCategoryAxis *m_x; // time, labelled by TimeAxis
    QValueAxis *m_y;
};

} // namespace Ui
