#include "ui/poolitem.h"

#include "models/cstor/capacity.h"
#include "models/items/health.h"
#include "models/items/poolmodel.h"
#include "ui/healthstyle.h"
#include "ui/nodeitem.h"
#include "ui/topologyscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Ui {

PoolItem::PoolItem(TopologyScene *scene, const QString &name, NodeItem *node)
    : QGraphicsItem(node)
    , m_scene(scene)
    , m_name(name)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
}

const Cstor::PoolInstance *PoolItem::pool() const
{
    return m_scene->clusterModel()->pools()->findByName(m_name);
}

NodeItem *PoolItem::node() const
{
    return static_cast<NodeItem *>(parentItem());
}

bool PoolItem::isStale() const
{
    return node() && (node()->isStale() || node()->isNotReady());
}

qreal PoolItem::width()
{
    return NodeItem::kWidth - 2 * NodeItem::kPadding;
}

void PoolItem::setHeight(qreal height)
{
    if (qFuzzyCompare(height, m_height))
        return;
    prepareGeometryChange();
    m_height = height;
}

QRectF PoolItem::boundingRect() const
{
    return {0, 0, width(), m_height};
}

void PoolItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    paintPool(painter, option);
    paintDropState(painter, m_scene->palette());
}

struct PoolItem::Look
{
    const Cstor::PoolInstance *pool;
    QPalette palette;
    bool stale;
    Items::Health health;
    QColor color;
    QRectF rect;
    double fraction;
    // The capacity bar: where it is, its health by fullness and its fill.
    QRectF bar;
    Items::Health barHealth;
    QColor barColor;
    bool alarming;
};

void PoolItem::paintPool(QPainter *painter, const QStyleOptionGraphicsItem *option) const
{
    const Cstor::PoolInstance *p = pool();
    if (!p)
        return;
    Look look;
    look.pool = p;
    look.palette = m_scene->palette();
    look.stale = isStale();
    look.health = Items::HealthRules::ofPool(*p);
    look.color = look.stale ? HealthStyle::staleColor(look.palette)
                            : HealthStyle::color(look.health, look.palette);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    look.rect = boundingRect();
    look.fraction = Items::PoolModel::usedFraction(*p);

    painter->save();
    if (lod < 0.2) {
        paintFarOut(painter, look);
        painter->restore();
        return;
    }
    paintFrame(painter, look);

    // Capacity bar: fill by fullness, turning amber near the read-only threshold, red when
    // read-only.
    look.bar = QRectF(kPadding, 24, width() - 2 * kPadding, 14);
    look.barHealth = Items::Health::Ok;
    if (p->readOnly)
        look.barHealth = Items::Health::Error;
    else if (look.fraction * 100 >= p->roThresholdLimit - 10)
        look.barHealth = Items::Health::Warning;
    look.barColor = look.stale ? HealthStyle::staleColor(look.palette)
                               : (look.barHealth == Items::Health::Ok
                                      ? look.palette.color(QPalette::Highlight)
                                      : HealthStyle::color(look.barHealth, look.palette));
    look.barColor.setAlpha(look.stale ? 110 : 190);
    look.alarming = !look.stale && look.barHealth != Items::Health::Ok;
    paintCapacityBar(painter, look);
    if (lod < 0.35) {
        painter->restore();
        return;
    }
    paintHeader(painter, look);
    paintUsage(painter, look);
    painter->restore();
}

// Far out: the capacity bar alone, as a plain rectangle.
void PoolItem::paintFarOut(QPainter *painter, const Look &look) const
{
    const QPalette &palette = look.palette;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(look.rect, palette.color(QPalette::AlternateBase));
    QColor fill =
        look.stale
            ? HealthStyle::staleColor(palette)
            : (look.health == Items::Health::Ok ? palette.color(QPalette::Highlight) : look.color);
    painter->fillRect(
        QRectF(0, 0, look.rect.width() * look.fraction, std::min(look.rect.height(), 40.0)), fill);
}

void PoolItem::paintFrame(QPainter *painter, const Look &look) const
{
    const QPalette &palette = look.palette;
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::AlternateBase));
    if (m_scene->currentKind() == TopologyScene::Kind::Pool && m_scene->currentId() == m_name)
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
    else if (look.health == Items::Health::Error && !look.stale)
        painter->setPen(QPen(look.color, 2));
    painter->drawRoundedRect(look.rect, 5, 5);
}

void PoolItem::paintCapacityBar(QPainter *painter, const Look &look) const
{
    const QPalette &palette = look.palette;
    const QRectF &bar = look.bar;
    const QRectF filled(bar.left(), bar.top(), bar.width() * look.fraction, bar.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(bar, 3, 3);
    painter->setBrush(look.barColor);
    painter->drawRoundedRect(filled, 3, 3);
    // Near or past the threshold the fill is also hatched: not only its colour says so.
    if (look.alarming) {
        QColor hatch = HealthStyle::textOn(look.barColor);
        hatch.setAlpha(70);
        painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter->drawRoundedRect(filled, 3, 3);
    }
    // The read-only threshold, as a tick on the bar.
    const Cstor::PoolInstance *p = look.pool;
    if (p->roThresholdLimit > 0 && p->roThresholdLimit < 100) {
        const qreal x = bar.left() + bar.width() * p->roThresholdLimit / 100.0;
        painter->setPen(QPen(palette.color(QPalette::Mid), 1.5));
        painter->drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    }
}

// The health symbol, the name on the left and the phase on the right.
void PoolItem::paintHeader(QPainter *painter, const Look &look) const
{
    const QPalette &palette = look.palette;
    const QFontMetricsF textMetrics(m_scene->textFont());
    painter->setFont(m_scene->textFont());
    const QRectF symbol(kPadding, 6, 12, 12);
    HealthStyle::paintSymbol(painter, symbol, look.stale ? Items::Health::Unknown : look.health,
                             palette);
    // Right side: phase text and marks.
    QString marks = Items::PoolModel::statusText(*look.pool);
    painter->setPen(look.stale ? HealthStyle::staleColor(palette) : look.color);
    const qreal marksWidth = textMetrics.horizontalAdvance(marks);
    const QRectF right(look.rect.right() - kPadding - marksWidth, 3, marksWidth, 18);
    painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter, marks);
    painter->setPen(palette.color(look.stale ? QPalette::PlaceholderText : QPalette::Text));
    const QRectF nameRect(kPadding + 16, 3, right.left() - kPadding - 20, 18);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      textMetrics.elidedText(m_name, Qt::ElideMiddle, nameRect.width()));
}

// Text on the bar.
void PoolItem::paintUsage(QPainter *painter, const Look &look) const
{
    const Cstor::PoolInstance *p = look.pool;
    const QPalette &palette = look.palette;
    const double fraction = look.fraction;
    const QRectF &bar = look.bar;
    painter->setFont(m_scene->smallFont());
    QString usage = QCoreApplication::translate("Ui::PoolItem", "%1 % used · %2 free of %3")
                        .arg(qRound(fraction * 100))
                        .arg(Cstor::Capacity::formatBytes(p->freeBytes),
                             Cstor::Capacity::formatBytes(p->totalBytes));
    if (p->readOnly)
        usage = QCoreApplication::translate("Ui::PoolItem", "READ-ONLY · %1 % used · %2 free")
                    .arg(qRound(fraction * 100))
                    .arg(Cstor::Capacity::formatBytes(p->freeBytes));
    else if (look.barHealth == Items::Health::Warning)
        usage = QCoreApplication::translate("Ui::PoolItem", "NEAR LIMIT · %1 % used · %2 free")
                    .arg(qRound(fraction * 100))
                    .arg(Cstor::Capacity::formatBytes(p->freeBytes));
    // Black or white on the filled part, whichever reads better on the fill as shown (its
    // colour over the bar's base), the palette's text on the rest: every letter stays readable.
    const QRectF textRect = bar.adjusted(5, 0, -4, 0);
    const QRectF filled(bar.left(), bar.top(), bar.width() * fraction, bar.height());
    painter->save();
    painter->setClipRect(filled);
    painter->setPen(textOnFill(look.barColor, palette));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, usage);
    painter->setClipRect(
        QRectF(filled.right(), bar.top(), bar.right() - filled.right(), bar.height()));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, usage);
    painter->restore();
}

QColor PoolItem::textOnFill(const QColor &fill, const QPalette &palette)
{
    return HealthStyle::textOn(HealthStyle::over(fill, palette.color(QPalette::Base)));
}

void PoolItem::setDropState(DropState state, const QString &why)
{
    m_dropState = state;
    m_dropHover = false;
    setToolTip(state == DropState::Invalid ? why : QString());
    update();
}

void PoolItem::setDropHover(bool hover)
{
    if (m_dropHover == hover)
        return;
    m_dropHover = hover;
    update();
}

void PoolItem::paintDropState(QPainter *painter, const QPalette &palette) const
{
    if (m_dropState == DropState::None)
        return;
    const QRectF rect = boundingRect().adjusted(1, 1, -1, -1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_dropState == DropState::Valid) {
        QColor fill = HealthStyle::color(Items::Health::Ok, palette);
        fill.setAlpha(m_dropHover ? 90 : 40);
        painter->setBrush(fill);
        painter->setPen(QPen(HealthStyle::color(Items::Health::Ok, palette), m_dropHover ? 3 : 2));
    } else {
        QColor fill = palette.color(QPalette::Window);
        fill.setAlpha(150);
        painter->setBrush(fill);
        painter->setPen(QPen(HealthStyle::color(Items::Health::Error, palette), m_dropHover ? 3 : 1,
                             Qt::DashLine));
    }
    painter->drawRoundedRect(rect, 4, 4);
    painter->restore();
}

void PoolItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_scene->activate(TopologyScene::Kind::Pool, m_name);
    event->accept();
}

void PoolItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene->activate(TopologyScene::Kind::Pool, m_name);
    m_scene->requestContextMenu(TopologyScene::Kind::Pool, m_name, event->screenPos());
    event->accept();
}

} // namespace Ui
