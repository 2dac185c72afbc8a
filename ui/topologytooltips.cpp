#include "ui/topologytooltips.h"

#include "models/cstor/capacity.h"
#include "models/items/clustermodel.h"
#include "models/items/replicamodel.h"
#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {

QString TopologyToolTips::problemsOf(const Items::NodeRow &row, const Items::PoolModel &pools)
{
    QString text;
    for (const QString &name : row.pools) {
        const Cstor::PoolInstance *pool = pools.findByName(name);
        if (pool && Items::HealthRules::isUnhealthy(Items::HealthRules::ofPool(*pool)))
            text +=
                QCoreApplication::translate("Ui::TopologyScene", "<br><b>Pool %1:</b> %2")
                    .arg(name.toHtmlEscaped(), Items::PoolModel::statusText(*pool).toHtmlEscaped());
    }
    if (row.unhealthyReplicas > 0)
        text += QCoreApplication::translate("Ui::TopologyScene",
                                            "<br><b>%n replica(s) unhealthy</b> (degraded, "
                                            "offline or in error)",
                                            nullptr, row.unhealthyReplicas);
    if (row.rebuildingReplicas > 0)
        text +=
            QCoreApplication::translate("Ui::TopologyScene", "<br><b>%n replica(s) rebuilding</b>",
                                        nullptr, row.rebuildingReplicas);
    return text;
}

QString TopologyToolTips::replica(const ReplicaChip &chip, const Items::ReplicaModel &replicas)
{
    const Cstor::VolumeReplica *r = chip.replica();
    if (!r)
        return {};
    QString text =
        QCoreApplication::translate(
            "Ui::TopologyScene",
            "<b>%1</b><br>Volume: %2<br>Pool: %3 on %4<br>Phase: %5<br>Used: %6")
            .arg(r->meta.name.toHtmlEscaped(), r->volume.toHtmlEscaped(), r->pool.toHtmlEscaped(),
                 r->node.toHtmlEscaped(), chip.phaseText().toHtmlEscaped(),
                 Cstor::Capacity::formatBytes(r->usedBytes));
    const double fraction = replicas.rebuildFraction(*r);
    if (fraction >= 0)
        text += QCoreApplication::translate(
                    "Ui::TopologyScene", "<br>Rebuilt: about %1 % (estimated from a healthy peer)")
                    .arg(qRound(fraction * 100));
    if (r->lastUpdateTime.isValid())
        text += QCoreApplication::translate("Ui::TopologyScene", "<br>Status updated: %1")
                    .arg(QLocale().toString(r->lastUpdateTime.toLocalTime(), QLocale::ShortFormat));
    if (chip.isStale())
        text += QCoreApplication::translate(
            "Ui::TopologyScene", "<br><b>Stale:</b> this status is no longer being updated; the "
                                 "phase may not be true any more.");
    return text;
}

QString TopologyToolTips::pool(const PoolItem &item)
{
    const Cstor::PoolInstance *p = item.pool();
    if (!p)
        return {};
    QString text = QCoreApplication::translate(
                       "Ui::TopologyScene",
                       "<b>%1</b><br>Node: %2<br>Phase: %3<br>Used %4 of %5 (%6 %), %7 free<br>"
                       "Replicas: %8 healthy of %9")
                       .arg(p->meta.name.toHtmlEscaped(), p->hostName.toHtmlEscaped(),
                            Items::PoolModel::statusText(*p).toHtmlEscaped(),
                            Cstor::Capacity::formatBytes(p->usedBytes),
                            Cstor::Capacity::formatBytes(p->totalBytes))
                       .arg(qRound(Items::PoolModel::usedFraction(*p) * 100))
                       .arg(Cstor::Capacity::formatBytes(p->freeBytes))
                       .arg(p->healthyReplicas)
                       .arg(p->provisionedReplicas);
    if (p->readOnly)
        text += QCoreApplication::translate("Ui::TopologyScene",
                                            "<br><b>Read-only:</b> the pool passed its %1 % "
                                            "threshold; its replicas accept no writes.")
                    .arg(p->roThresholdLimit);
    return text;
}

QString TopologyToolTips::node(const NodeItem &item, bool live)
{
    const Items::NodeRow *r = item.row();
    QString text = QCoreApplication::translate("Ui::TopologyScene", "<b>%1</b>")
                       .arg(item.name().toHtmlEscaped());
    if (r)
        text += QStringLiteral("<br>") +
                QCoreApplication::translate("Ui::TopologyScene", "%1, %2",
                                            "node: its pools, its replicas")
                    .arg(QCoreApplication::translate("Ui::TopologyScene", "%n pool(s)", nullptr,
                                                     int(r->pools.size())),
                         QCoreApplication::translate("Ui::TopologyScene", "%n replica(s)", nullptr,
                                                     r->replicas));
    if (r && !r->zone.isEmpty())
        text += QCoreApplication::translate("Ui::TopologyScene", "<br>Zone: %1")
                    .arg(r->zone.toHtmlEscaped());
    const NodeItem::FullestPool fullest = item.fullestPool();
    if (fullest.fraction >= 0)
        text += QCoreApplication::translate("Ui::TopologyScene", "<br>Fullest pool: %1, %2 % used")
                    .arg(fullest.name.toHtmlEscaped())
                    .arg(qRound(fullest.fraction * 100));
    if (r)
        text += problemsOf(*r, *item.topologyScene()->clusterModel()->pools());
    if (r && r->notReady)
        text += QCoreApplication::translate(
            "Ui::TopologyScene",
            "<br><b>NotReady:</b> the cluster lost contact with this node; its pools and "
            "replicas do not answer, and what they show is their last report.");
    const TopologyScene::FindingMark mark = item.findingMark();
    if (mark.count > 0) {
        text += QCoreApplication::translate("Ui::TopologyScene", "<br><b>Health:</b> %n finding(s)",
                                            nullptr, mark.count);
        for (const QString &summary : mark.summaries.mid(0, 3))
            text += QStringLiteral("<br>- ") + summary.toHtmlEscaped();
        const int more = int(mark.summaries.size()) - 3;
        if (more > 0)
            text += QStringLiteral("<br>") +
                    QCoreApplication::translate("Ui::TopologyScene",
                                                "and %n more in the Health dock (Alt+9)", nullptr,
                                                more);
    }
    if (!live)
        text += QCoreApplication::translate(
            "Ui::TopologyScene", "<br><b>Stale:</b> the connection to the cluster is not live.");
    else if (r && r->stale)
        text += QCoreApplication::translate("Ui::TopologyScene",
                                            "<br><b>Stale:</b> no replica on this node has "
                                            "reported since %1; the node or its pool manager may "
                                            "be down.")
                    .arg(QLocale().toString(r->lastUpdate.toLocalTime(), QLocale::ShortFormat));
    return text;
}

} // namespace Ui
