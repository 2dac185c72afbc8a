#pragma once

#include "ui/chartwidget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace Migration {
class MigrationEngine;
}

namespace Ui {

// For each migration that rebuilds a replica: the estimated percent copied over time, one line
// per migration, sampled when the engine reports a change and at most once per update interval.
// The caption gives the estimated time left and rate, or says the copy has stalled.
class RebuildChart : public ChartWidget
{
    Q_OBJECT

public:
    static constexpr int kUpdateIntervalMs = 1000;
    // Beyond this many lines the legend is hidden (names on the lines' tooltips).
    static constexpr int kMaxLegendEntries = 10;
    // Running copies listed in the caption, stalled and slowest first; the rest are counted.
    static constexpr int kMaxCaptionLines = 5;

    explicit RebuildChart(QWidget *parent = nullptr);
    ~RebuildChart() override;

    // The engine of the current context (null: nothing to show). Forgets the previous lines.
    void setEngine(Migration::MigrationEngine *engine);

    QStringList migrationIds() const;
    // Points of one migration: x seconds since the chart started, y estimated percent copied.
    QList<QPointF> points(const QString &id) const;
    // What the chart shows now for one migration.
    std::optional<qint64> shownEtaSeconds(const QString &id) const;
    double shownBytesPerSecond(const QString &id) const;
    bool shownStalled(const QString &id) const;
    QString seriesName(const QString &id) const;
    bool isLegendShown() const;

signals:
    // A point was added (or the caption updated) for one migration.
    void sampled(const QString &id);

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;
    QString accessibleSummary() const override;

private:
    struct Line
    {
        QString label;
        QLineSeries *series = nullptr;
        QList<QPointF> points;
        qint64 lastSampleMs = -1;
        bool pending = false; // changed since the last sample
        bool finished = false;
        std::optional<qint64> eta;
        double rate = 0;
        bool stalled = false;
    };

    enum class Refresh { Now, Later };

    void onChanged(const QString &id);
    // Adds a line for a new migration and samples it when due.
    void follow(const QString &id, Refresh refreshWhen);
    void sample(const QString &id, Refresh refreshWhen);
    void tick();
    // Axes, legend and caption after one or more samples.
    void refresh();
    void updateCaption();
    void updateAxes();
    void updateLegend();
    void setTitleText(const QString &title);
    void showLineTip(const QString &id, const QPointF &point, bool entered);
    void clear();

    QPointer<Migration::MigrationEngine> m_engine;
    QHash<QString, Line> m_lines;
    QStringList m_order;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QCategoryAxis *m_x; // time, labelled by TimeAxis
    QValueAxis *m_y;
};

} // namespace Ui
