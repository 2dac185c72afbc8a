#include "ui/replicachip.h"

#include "models/items/health.h"
#include "ui/healthstyle.h"
#include "ui/poolitem.h"
#include "ui/topologyscene.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <QStyleOptionGraphicsItem>

namespace Ui {

ReplicaChip::ReplicaChip(TopologyScene *scene, const QString &uid, const QString &volume,
                         PoolItem *pool)
    : QGraphicsItem(pool)
    , m_scene(scene)
    , m_uid(uid)
    , m_volume(volume)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
}

const Cstor::VolumeReplica *ReplicaChip::replica() const
{
    return m_scene->clusterModel()->replicas()->find(m_uid);
}

QString ReplicaChip::phaseText() const
{
    const Cstor::VolumeReplica *r = replica();
    if (!r)
        return {};
    return r->phaseText.isEmpty() ? QCoreApplication::translate("Ui::ReplicaChip", "(new)")
                                  : r->phaseText;
}

bool ReplicaChip::isHighlighted() const
{
    return !m_scene->highlightedVolume().isEmpty() && m_scene->highlightedVolume() == m_volume;
}

bool ReplicaChip::isStale() const
{
    if (!m_scene->isLive())
        return true;
    // On a node the cluster calls NotReady, what the replica shows is its last report.
    const auto *pool = static_cast<const PoolItem *>(parentItem());
    if (pool && pool->isStale())
        return true;
    return m_scene->clusterModel()->replicas()->isStale(m_uid);
}

QRectF ReplicaChip::boundingRect() const
{
    return {-2, -2, kWidth + 4, kHeight + 4};
}

void ReplicaChip::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const Cstor::VolumeReplica *r = replica();
    if (!r)
        return;
    const QPalette palette = m_scene->palette();
    const bool stale = isStale();
    const Items::Health health = Items::HealthRules::ofReplica(r->phase);
    const QColor color =
        stale ? HealthStyle::staleColor(palette) : HealthStyle::color(health, palette);
    const bool highlighted = isHighlighted();
    const bool dimmed = !m_scene->highlightedVolume().isEmpty() && !highlighted;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(0, 0, kWidth, kHeight);

    painter->save();
    if (dimmed)
        painter->setOpacity(0.35);
    QColor fill = palette.color(QPalette::Base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 4, 4);
    // Rebuild progress (an estimate) fills the chip from the left.
    const double fraction = m_scene->clusterModel()->replicas()->rebuildFraction(*r);
    if (fraction > 0) {
        painter->setBrush(HealthStyle::tint(health, palette, 70));
        painter->drawRoundedRect(QRectF(0, 0, kWidth * fraction, kHeight), 4, 4);
    } else {
        painter->setBrush(HealthStyle::tint(stale ? Items::Health::Unknown : health, palette, 28));
        painter->drawRoundedRect(rect, 4, 4);
    }
    QPen border(color, highlighted ? 2.5 : 1.2);
    if (stale)
        border.setStyle(Qt::DashLine);
    if (m_scene->currentKind() == TopologyScene::Kind::Replica && m_scene->currentId() == m_uid) {
        border.setColor(palette.color(QPalette::Highlight));
        border.setWidth(3);
    } else if (highlighted) {
        border.setColor(palette.color(QPalette::Highlight));
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, 4, 4);

    if (lod < 0.5) { // too small to read: colour, shape of the border and fill only
        painter->restore();
        return;
    }
    const QRectF symbol(5, kHeight - 15, 11, 11);
    HealthStyle::paintSymbol(painter, symbol, stale ? Items::Health::Unknown : health, palette);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(m_scene->smallFont());
    const QFontMetricsF metrics(m_scene->smallFont());
    const QRectF top(5, 2, kWidth - 10, kHeight / 2 - 1);
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_volume, Qt::ElideMiddle, top.width()));
    // The long phases shortened so that the estimate still fits; the tooltip has them whole.
    QString phase = phaseText();
    if (r->phase == Cstor::ReplicaPhase::ReconstructingNewReplica)
        phase = QCoreApplication::translate("Ui::ReplicaChip", "Reconstructing");
    else if (r->phase == Cstor::ReplicaPhase::NewReplicaDegraded)
        phase = QCoreApplication::translate("Ui::ReplicaChip", "New, degraded");
    const QRectF bottom(19, kHeight / 2, kWidth - 23, kHeight / 2 - 2);
    painter->setPen(stale ? HealthStyle::staleColor(palette) : palette.color(QPalette::Text));
    painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                      phaseLine(phase, fraction, stale, metrics, bottom.width()));
    painter->restore();
}

QString ReplicaChip::phaseLine(const QString &phase, double fraction, bool stale,
                               const QFontMetricsF &metrics, qreal width)
{
    const QString estimate =
        fraction >= 0
            ? QCoreApplication::translate("Ui::ReplicaChip", "~%1 %").arg(qRound(fraction * 100))
            : QString();
    const QString staleWord = QCoreApplication::translate("Ui::ReplicaChip", "stale");
    const QString dot = QStringLiteral(" · ");
    QStringList whole{phase};
    if (!estimate.isEmpty())
        whole << estimate;
    if (stale)
        whole << staleWord;
    QStringList candidates{whole.join(dot)};
    if (!estimate.isEmpty()) {
        candidates << (stale ? estimate + dot + staleWord : estimate);
        candidates << estimate;
    } else if (stale) {
        candidates << staleWord;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
    }
    return metrics.elidedText(candidates.last(), Qt::ElideRight, width);
}

void ReplicaChip::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_scene->activate(TopologyScene::Kind::Replica, m_uid);
    event->accept();
}

// Dragging a chip onto another pool plans moving the replica there.
void ReplicaChip::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_scene->isDragging()) {
        const QPointF pressed = event->buttonDownScreenPos(Qt::LeftButton);
        if ((event->screenPos() - pressed).manhattanLength() < QApplication::startDragDistance())
            return;
        m_scene->beginReplicaDrag(m_uid, event->scenePos());
    }
    m_scene->updateReplicaDrag(event->scenePos());
}

void ReplicaChip::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_scene->isDragging())
        m_scene->endReplicaDrag(event->scenePos(), event->button() != Qt::LeftButton);
    event->accept();
}

void ReplicaChip::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene->activate(TopologyScene::Kind::Replica, m_uid);
    m_scene->requestContextMenu(TopologyScene::Kind::Replica, m_uid, event->screenPos());
    event->accept();
}

} // namespace Ui
