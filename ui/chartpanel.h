#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace Items {
class ClusterModel;
}

namespace Migration {
class MigrationEngine;
}

namespace Ui {

class CapacityChart;
class ForecastChart;
class IoChart;
class RebuildChart;

// The live charts: rebuild progress of the running migrations and pool capacity over time,
// under one line that says how far the plan being run has got (hidden when there is none).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(Items::ClusterModel *model, QWidget *parent = nullptr);

    // The current context's engine (null when not connected).
    void setEngine(Migration::MigrationEngine *engine);

    RebuildChart *rebuildChart() const { return m_rebuild; }
    CapacityChart *capacityChart() const { return m_capacity; }
    ForecastChart *forecastChart() const { return m_forecast; }
    IoChart *ioChart() const { return m_io; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *planProgress() const { return m_plan; }

private:
    void showPlanProgress();

    QPointer<Migration::MigrationEngine> m_engine;
    QLabel *m_plan;
    QTimer m_planThrottle;
    QTabWidget *m_tabs;
    RebuildChart *m_rebuild;
    CapacityChart *m_capacity;
    ForecastChart *m_forecast;
    IoChart *m_io;
};

} // namespace Ui
