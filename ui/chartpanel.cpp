#include "ui/chartpanel.h"

#include "ui/capacitychart.h"
#include "ui/rebuildchart.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

ChartPanel::ChartPanel(Items::ClusterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_rebuild(new RebuildChart(this))
    , m_capacity(new CapacityChart(model, this))
{
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Charts"));
    m_rebuild->setAccessibleName(tr("Rebuild progress"));
    m_capacity->setAccessibleName(tr("Pool capacity"));
    m_tabs->addTab(m_rebuild, tr("Rebuild progress"));
    m_tabs->addTab(m_capacity, tr("Pool capacity"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ChartPanel::setEngine(Migration::MigrationEngine *engine)
{
    m_rebuild->setEngine(engine);
    if (engine)
        m_tabs->setCurrentWidget(m_rebuild);
}

} // namespace Ui
