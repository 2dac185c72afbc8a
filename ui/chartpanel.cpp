#include "ui/chartpanel.h"

#include "models/migration/migrationengine.h"
#include "ui/capacitychart.h"
#include "ui/forecastchart.h"
#include "ui/iochart.h"
#include "ui/rebuildchart.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {
// Rebuilds report progress many times a second; the plan's line need not follow each report.
constexpr int kPlanRefreshIntervalMs = 500;
} // namespace

ChartPanel::ChartPanel(Items::ClusterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_plan(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rebuild(new RebuildChart(this))
    , m_capacity(new CapacityChart(model, this))
    , m_forecast(new ForecastChart(this))
    , m_io(new IoChart(this))
{
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_rebuild->setAccessibleName(tr("Rebuild progress"));
    m_capacity->setAccessibleName(tr("Pool capacity"));
    m_tabs->addTab(m_rebuild, tr("Rebuild progress"));
    m_tabs->addTab(m_capacity, tr("Pool capacity"));
    m_forecast->setAccessibleName(tr("Capacity forecast"));
    m_tabs->addTab(m_forecast, tr("Capacity forecast"));
    m_io->setAccessibleName(tr("I/O"));
    m_tabs->addTab(m_io, tr("I/O"));
    m_plan->setObjectName(QStringLiteral("chartPlanProgress"));
    m_plan->setAccessibleName(tr("Plan progress"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText);
    m_plan->setVisible(false);
    m_plan->setContentsMargins(6, 2, 6, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plan);
    layout->addWidget(m_tabs);
    m_planThrottle.setSingleShot(true);
    m_planThrottle.setInterval(kPlanRefreshIntervalMs);
    connect(&m_planThrottle, &QTimer::timeout, this, &ChartPanel::showPlanProgress);
}

void ChartPanel::setEngine(Migration::MigrationEngine *engine)
{
    m_rebuild->setEngine(engine);
    if (engine)
        m_tabs->setCurrentWidget(m_rebuild);
    if (m_engine == engine)
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        const auto soon = [this] {
            if (!m_planThrottle.isActive())
                m_planThrottle.start();
        };
        connect(engine, &Migration::MigrationEngine::migrationChanged, this, soon);
        connect(engine, &Migration::MigrationEngine::queueChanged, this, soon);
    }
    showPlanProgress();
}

void ChartPanel::showPlanProgress()
{
    m_planThrottle.stop();
    const Migration::QueueProgress progress =
        m_engine ? m_engine->progress() : Migration::QueueProgress();
    m_plan->setVisible(!progress.isEmpty());
    if (!progress.isEmpty())
        m_plan->setText(progress.text());
}

} // namespace Ui
