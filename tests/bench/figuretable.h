#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The figures a benchmark measured, one sample per run each, with the budget they are held to:
// a table (figure, min, median, max, budget, verdict) and the same as JSON.
class FigureTable
{
public:
    enum class Goal { Info, AtMost, Below };

    struct Figure
    {
        QString key;   // JSON name, e.g. "sync_paint_ms"
        QString label; // what the table says
        QString unit;  // "ms", "MB", "%", "x", "/s"
        Goal goal = Goal::Info;
        double budget = 0;
        QList<double> samples;
    };

    void define(const QString &key, const QString &label, const QString &unit,
                Goal goal = Goal::Info, double budget = 0);
    void record(const QString &key, double value);
    // The samples of the figures this table defines, from another table's toJson().
    void addSamples(const QJsonObject &figures);

    static double median(QList<double> values);
    static double percentile(QList<double> values, double fraction); // 0..1, nearest rank

    // "PASS" when every run is within the budget, "FAIL", "-" (no budget) or "n/a" (no sample).
    static QString verdict(const Figure &figure);
    QString table() const;
    QJsonObject toJson() const;
    int failures() const;

private:
    QList<Figure> m_figures;
};
