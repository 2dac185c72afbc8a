#include "ui/zoneblockitem.h"

#include "ui/healthstyle.h"
#include "ui/nodeitem.h"
#include "ui/topologyscene.h"

#include <QCoreApplication>
#include <QPainter>

namespace Ui {

ZoneBlockItem::ZoneBlockItem(TopologyScene *scene, const QString &zone)
    : m_scene(scene)
    , m_zone(zone)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1);
}

void ZoneBlockItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF ZoneBlockItem::boundingRect() const
{
    return {QPointF(0, 0), m_size};
}

QString ZoneBlockItem::headerText() const
{
    const QString name = m_zone.isEmpty()
                             ? QCoreApplication::translate("Ui::ZoneBlockItem", "No zone label")
                             : m_zone;
    return QCoreApplication::translate("Ui::ZoneBlockItem", "%1 · %n node(s)",
                                       "zone: its name, its node count", int(m_nodes.size()))
        .arg(name);
}

int ZoneBlockItem::markedCount() const
{
    if (!m_scene->isLive())
        return 0;
    int marked = 0;
    for (const QString &name : m_nodes) {
        if (const NodeItem *node = m_scene->nodeItem(name))
            marked += NodeItem::isMarked(node->markHealth()) ? 1 : 0;
    }
    return marked;
}

void ZoneBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QPalette palette = m_scene->palette();
    const QRectF rect = boundingRect();
    painter->save();
    painter->setPen(QPen(palette.color(QPalette::Mid), 1.5));
    painter->setBrush(palette.color(QPalette::Window));
    painter->drawRoundedRect(rect, 10, 10);

    QFont font = m_scene->headerFont();
    font.setPixelSize(int(kTextSize));
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::WindowText));
    const QRectF header(kPadding, 0, rect.width() - 2 * kPadding, kHeaderHeight);
    const QFontMetricsF metrics(font);
    // The marked nodes on the right, with the warning's symbol: what to look at first.
    qreal right = header.right();
    if (const int marked = markedCount(); marked > 0) {
        const QString text = QCoreApplication::translate("Ui::ZoneBlockItem",
                                                         "%n need(s) attention", nullptr, marked);
        const qreal w = metrics.horizontalAdvance(text);
        const QColor colour = HealthStyle::color(Items::Health::Warning, palette);
        painter->setPen(colour);
        painter->drawText(QRectF(right - w, 0, w, kHeaderHeight), Qt::AlignVCenter | Qt::AlignRight,
                          text);
        const qreal side = kTextSize * 0.9;
        const QRectF symbol(right - w - side - 8, (kHeaderHeight - side) / 2, side, side);
        HealthStyle::paintSymbol(painter, symbol, Items::Health::Warning, palette);
        right = symbol.left() - 16;
    }
    painter->setPen(palette.color(QPalette::WindowText));
    const QRectF nameRect(header.left(), 0, std::max(0.0, right - header.left()), kHeaderHeight);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(headerText(), Qt::ElideMiddle, nameRect.width()));
    painter->restore();
}

} // namespace Ui
