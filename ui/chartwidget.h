#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace Ui {

// A chart with its caption and "Export PNG…" / "Export CSV…" (buttons and context menu). The
// charting library stays behind this class and its subclasses: nothing else in the console
// includes it. For assistive technology the chart's accessible description is a text summary
// of what it shows, renewed when the data changes (at most once a second).
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // The chart as shown, as a PNG image.
    bool exportPng(const QString &path);
    // The chart's data: a header line, then one row per point.
    bool exportCsv(const QString &path) const;

    // The caption above the chart (what it shows, and how things stand).
    QString caption() const;

protected:
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    void setCaption(const QString &text);
    // Puts a control (a choice of what to show) beside the caption, before the export buttons.
    void addControl(QWidget *control);
    // Shows the caption in the warning colour.
    void setCaptionWarning(bool warning);
    // The CSV lines, header first.
    virtual QStringList csvLines() const = 0;
    // A name for the exported files, without extension.
    virtual QString exportBaseName() const = 0;
    // What the chart shows now, in words (default: the caption).
    virtual QString accessibleSummary() const;
    // The data changed: renews the accessible description (at most once a second).
    void summaryChanged();

private:
    void chooseExportPng();
    void chooseExportCsv();
    void updateAccessibleText();

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_caption;
    QHBoxLayout *m_top = nullptr;
    QTimer m_accessibleTimer;
    QElapsedTimer m_accessibleClock;
};

// Quotes a CSV field when needed.
QString csvField(const QString &text);

} // namespace Ui
