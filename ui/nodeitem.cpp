#include "ui/nodeitem.h"

#include "models/items/nodemodel.h"
#include "models/items/poolmodel.h"
#include "ui/capacityscale.h"
#include "ui/healthstyle.h"
#include "ui/topologyscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Ui {

NodeItem::NodeItem(TopologyScene *scene, const QString &name)
    : m_scene(scene)
    , m_name(name)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
}

const Items::NodeRow *NodeItem::row() const
{
    return m_scene->clusterModel()->nodes()->findByName(m_name);
}

bool NodeItem::isStale() const
{
    if (!m_scene->isLive())
        return true;
    const Items::NodeRow *r = row();
    return r && r->stale;
}

bool NodeItem::isNotReady() const
{
    const Items::NodeRow *r = row();
    return r && r->notReady;
}

TopologyScene::FindingMark NodeItem::findingMark() const
{
    return m_scene->findingMark(m_name);
}

void NodeItem::setHeight(qreal height)
{
    if (qFuzzyCompare(height, m_height))
        return;
    prepareGeometryChange();
    m_height = height;
}

void NodeItem::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    prepareGeometryChange();
    m_compact = compact;
}

QRectF NodeItem::boundingRect() const
{
    return m_compact ? QRectF(0, 0, kCellWidth, kCellHeight) : QRectF(0, 0, kWidth, m_height);
}

NodeItem::FullestPool NodeItem::fullestPool() const
{
    FullestPool fullest;
    const Items::NodeRow *r = row();
    if (!r)
        return fullest;
    const Items::PoolModel *pools = m_scene->clusterModel()->pools();
    for (const QString &name : r->pools) {
        const Cstor::PoolInstance *pool = pools->findByName(name);
        if (!pool || pool->totalBytes <= 0)
            continue;
        const double fraction = Items::PoolModel::usedFraction(*pool);
        if (fraction > fullest.fraction)
            fullest = {name, fraction};
    }
    return fullest;
}

Items::Health NodeItem::markHealth() const
{
    const Items::NodeRow *r = row();
    if (!r)
        return Items::Health::Unknown;
    Items::Health health = Items::NodeModel::healthOf(*r);
    // The row counts its unhealthy pools; which is worse, offline or degraded, is the pool's.
    if (r->unhealthyPools > 0) {
        const Items::PoolModel *pools = m_scene->clusterModel()->pools();
        for (const QString &name : r->pools) {
            const Cstor::PoolInstance *pool = pools->findByName(name);
            const Items::Health poolHealth =
                pool ? Items::HealthRules::ofPool(*pool) : Items::Health::Unknown;
            if (Items::HealthRules::isUnhealthy(poolHealth))
                health = Items::HealthRules::worst(health, poolHealth);
        }
    }
    return health;
}

bool NodeItem::isMarked(Items::Health health)
{
    return health == Items::Health::Warning || health == Items::Health::Error ||
           health == Items::Health::Busy;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QPalette palette = m_scene->palette();
    if (m_compact) {
        paintCell(painter, palette);
        return;
    }
    const Items::NodeRow *r = row();
    // A node the cluster calls NotReady is lost as far as its replicas go: said louder than
    // stale, which only means its status stopped coming.
    const bool notReady = r && r->notReady; // isNotReady(), without a second lookup
    const bool stale = isStale() && !notReady;
    const Items::Health health = r ? Items::NodeModel::healthOf(*r) : Items::Health::Unknown;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect = boundingRect();

    QColor background = palette.color(QPalette::Window);
    if (stale)
        background = HealthStyle::isDark(palette) ? background.darker(130) : background.darker(112);
    const QColor headerColour =
        HealthStyle::tint(stale ? Items::Health::Unknown : health, palette, 50);
    const bool current =
        m_scene->currentKind() == TopologyScene::Kind::Node && m_scene->currentId() == m_name;
    // Far out, a thousand cards: filled rectangles only (no paths, no antialiasing, no dashes)
    // keep a frame cheap; the colours still tell health, staleness and the selection.
    if (lod < 0.2) {
        painter->fillRect(rect, current    ? palette.color(QPalette::Highlight)
                                : notReady ? HealthStyle::color(health, palette)
                                : stale    ? HealthStyle::staleColor(palette)
                                           : palette.color(QPalette::Mid));
        painter->fillRect(rect.adjusted(2, 2, -2, -2), background);
        painter->fillRect(QRectF(2, 2, kWidth - 4, kHeaderHeight - 2), headerColour);
        return;
    }
    painter->save();
    painter->setBrush(background);
    QPen border(palette.color(QPalette::Mid), 1.2);
    if (current)
        border = QPen(palette.color(QPalette::Highlight), 3);
    else if (notReady)
        border = QPen(HealthStyle::color(health, palette), 2, Qt::DashLine);
    else if (stale)
        border = QPen(HealthStyle::staleColor(palette), 1.5, Qt::DashLine);
    painter->setPen(border);
    painter->drawRoundedRect(rect, 8, 8);

    // Header strip in the node's health colour.
    painter->setPen(Qt::NoPen);
    painter->setBrush(headerColour);
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, kWidth, kHeaderHeight), 8, 8);
    painter->drawPath(header);

    const QRectF symbol(kPadding, 8, 14, 14);
    HealthStyle::paintSymbol(painter, symbol, stale ? Items::Health::Unknown : health, palette);

    // Right side: the NotReady or stale badge, or a short summary.
    Badge badge;
    if (notReady)
        badge = {QCoreApplication::translate("Ui::NodeItem", "NOT READY"),
                 HealthStyle::color(health, palette)};
    else if (stale)
        badge = {QCoreApplication::translate("Ui::NodeItem", "STALE"),
                 HealthStyle::staleColor(palette)};
    const qreal right = paintFindingMark(
        painter, palette,
        paintHeaderEnd(painter, palette, badge, health, summaryOf(r, stale || notReady)));
    painter->setFont(m_scene->headerFont());
    painter->setPen(palette.color(stale ? QPalette::PlaceholderText : QPalette::WindowText));
    const QFontMetricsF headerMetrics(m_scene->headerFont());
    const QRectF nameRect(kPadding + 20, 0, right - kPadding - 20, kHeaderHeight);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      headerMetrics.elidedText(m_name, Qt::ElideMiddle, nameRect.width()));
    if (r && r->pools.isEmpty()) {
        painter->setFont(m_scene->textFont());
        painter->drawText(rect.adjusted(kPadding, kHeaderHeight, -kPadding, 0), Qt::AlignCenter,
                          QCoreApplication::translate("Ui::NodeItem", "No cStor pool"));
    }
    painter->restore();
}

// Filled rectangles for every cell (a thousand of them in a frame); the outline and the symbol,
// antialiased, only on the few cells that carry a mark.
void NodeItem::paintCell(QPainter *painter, const QPalette &palette) const
{
    const QRectF rect = boundingRect();
    const FullestPool fullest = fullestPool();
    const bool live = m_scene->isLive();
    const Items::Health mark = markHealth();
    const bool marked = live && isMarked(mark);
    const bool current =
        m_scene->currentKind() == TopologyScene::Kind::Node && m_scene->currentId() == m_name;

    QColor fill = fullest.fraction < 0
                      ? palette.color(QPalette::Window)
                      : CapacityScale::color(CapacityScale::stepOf(fullest.fraction));
    if (!live) // nothing shown can be trusted: every cell greyed
        fill = HealthStyle::over(QColor(fill.red(), fill.green(), fill.blue(), 80),
                                 HealthStyle::staleColor(palette));
    const QColor markColour = HealthStyle::color(mark, palette);
    const qreal outline = marked ? 4 : 1;
    painter->fillRect(rect, marked ? markColour : palette.color(QPalette::Mid));
    QRectF inner = rect.adjusted(outline, outline, -outline, -outline);
    if (marked) {
        // A ring of the background between the outline and the fill, so that the outline reads
        // on the darkest step too.
        painter->fillRect(inner, palette.color(QPalette::Base));
        inner.adjust(1.5, 1.5, -1.5, -1.5);
    }
    painter->fillRect(inner, fill);
    if (fullest.fraction < 0) {
        // No capacity known (no pool, or none reporting): hatched, not a colour of the scale.
        painter->fillRect(inner, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
    }
    if (marked) {
        const qreal side = inner.height() - 2;
        const QRectF symbol(inner.left() + 1, inner.top() + 1, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(symbol.adjusted(-1, -1, 1, 1), 4, 4);
        HealthStyle::paintSymbol(painter, symbol, mark, palette);
        painter->restore();
    }
    if (current) {
        // Inside the cell (the view rings the current item outside it while it has the focus).
        QPen pen(palette.color(QPalette::Highlight), 3);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(inner.adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

QString NodeItem::summaryOf(const Items::NodeRow *r, bool stale)
{
    if (!r || stale)
        return {};
    if (r->unhealthyPools + r->unhealthyReplicas > 0)
        return QCoreApplication::translate("Ui::NodeItem", "%n unhealthy", nullptr,
                                           r->unhealthyPools + r->unhealthyReplicas);
    if (r->rebuildingReplicas > 0)
        return QCoreApplication::translate("Ui::NodeItem", "%n rebuilding", nullptr,
                                           r->rebuildingReplicas);
    return QCoreApplication::translate("Ui::NodeItem", "%n replica(s)", nullptr, r->replicas);
}

qreal NodeItem::paintHeaderEnd(QPainter *painter, const QPalette &palette, const Badge &badge,
                               Items::Health health, const QString &summary) const
{
    painter->setFont(m_scene->textFont());
    qreal right = kWidth - kPadding;
    if (!badge.text.isEmpty()) {
        const QFontMetricsF metrics(m_scene->smallFont());
        const qreal w = metrics.horizontalAdvance(badge.text) + 12;
        const QRectF pill(right - w, 7, w, 16);
        painter->setBrush(badge.colour);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(HealthStyle::textOn(badge.colour));
        painter->setFont(m_scene->smallFont());
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        right = pill.left() - 6;
    } else if (!summary.isEmpty()) {
        const QFontMetricsF metrics(m_scene->textFont());
        const qreal w = metrics.horizontalAdvance(summary);
        painter->setPen(HealthStyle::color(health, palette));
        painter->drawText(QRectF(right - w, 0, w, kHeaderHeight), Qt::AlignVCenter | Qt::AlignRight,
                          summary);
        right -= w + 8;
    }
    return right;
}

// The doctor's findings on this node: their count in a disc of the worst one's colour, left of
// the header's end; the tooltip names them.
qreal NodeItem::paintFindingMark(QPainter *painter, const QPalette &palette, qreal right) const
{
    const TopologyScene::FindingMark mark = findingMark();
    if (mark.count == 0)
        return right;
    const QColor colour = HealthStyle::color(mark.worst == Doctor::Finding::Severity::Critical
                                                 ? Items::Health::Error
                                                 : Items::Health::Warning,
                                             palette);
    const QString text = mark.count > 9 ? QStringLiteral("9+") : QString::number(mark.count);
    const QFontMetricsF metrics(m_scene->smallFont());
    const qreal w = std::max(16.0, metrics.horizontalAdvance(text) + 8);
    const QRectF disc(right - w, 7, w, 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(disc, 8, 8);
    painter->setPen(HealthStyle::textOn(colour));
    painter->setFont(m_scene->smallFont());
    painter->drawText(disc, Qt::AlignCenter, text);
    return disc.left() - 6;
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_scene->activate(TopologyScene::Kind::Node, m_name);
        // A cell of the overview is too small to work on: a click shows the node in detail.
        if (m_compact)
            m_scene->requestZoomToNode(m_name);
    }
    event->accept();
}

void NodeItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene->activate(TopologyScene::Kind::Node, m_name);
    m_scene->requestContextMenu(TopologyScene::Kind::Node, m_name, event->screenPos());
    event->accept();
}

} // namespace Ui
