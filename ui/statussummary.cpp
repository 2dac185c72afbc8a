#include "ui/statussummary.h"

#include "models/cstor/capacity.h"
#include "models/items/clustermodel.h"

#include <QCoreApplication>
#include <QLabel>

namespace Ui {

StatusSummary::StatusSummary(Items::ClusterModel *model, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_label(new QLabel(window))
{
    m_label->setObjectName(QStringLiteral("summary"));
    m_label->setAccessibleName(QCoreApplication::translate("Ui::MainWindow", "Cluster summary"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &StatusSummary::update);
    connect(m_model, &Items::ClusterModel::applied, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(m_model, &Items::ClusterModel::cleared, this, &StatusSummary::update);
}

void StatusSummary::update()
{
    const Items::ClusterSummary s = m_model->summary();
    QStringList parts;
    parts << QCoreApplication::translate("Ui::MainWindow", "%n node(s)", nullptr, s.nodes)
          << QCoreApplication::translate("Ui::MainWindow", "%n pool(s)", nullptr, s.pools)
          << QCoreApplication::translate("Ui::MainWindow", "%n volume(s)", nullptr, s.volumes)
          << QCoreApplication::translate("Ui::MainWindow", "%n replica(s)", nullptr, s.replicas);
    QString text = parts.join(QStringLiteral(" · "));
    if (s.totalBytes > 0)
        text += QStringLiteral("   |   ") +
                QCoreApplication::translate("Ui::MainWindow", "%1 of %2 used (%3 %)")
                    .arg(Cstor::Capacity::formatBytes(s.usedBytes),
                         Cstor::Capacity::formatBytes(s.totalBytes))
                    .arg(qRound(100.0 * double(s.usedBytes) / double(s.totalBytes)));
    QStringList attention;
    if (s.rebuildingReplicas > 0)
        attention << QCoreApplication::translate("Ui::MainWindow", "%n rebuilding", nullptr,
                                                 s.rebuildingReplicas);
    const int unhealthy = s.unhealthyPools + s.unhealthyReplicas + s.unhealthyVolumes;
    attention << QCoreApplication::translate("Ui::MainWindow", "%n unhealthy", nullptr, unhealthy);
    if (s.staleNodes > 0)
        attention << QCoreApplication::translate("Ui::MainWindow", "%n stale node(s)", nullptr,
                                                 s.staleNodes);
    if (s.readOnlyPools > 0)
        attention << QCoreApplication::translate("Ui::MainWindow", "%n read-only pool(s)", nullptr,
                                                 s.readOnlyPools);
    text += QStringLiteral("   |   ") + attention.join(QStringLiteral(" · "));
    m_label->setText(text);
    m_label->setToolTip(QCoreApplication::translate("Ui::MainWindow",
                                                    "Unhealthy: %1 pools, %2 volumes, %3 replicas "
                                                    "(stale replicas count as unhealthy)")
                            .arg(s.unhealthyPools)
                            .arg(s.unhealthyVolumes)
                            .arg(s.unhealthyReplicas));
}

} // namespace Ui
