#include "ui/overviewlegenditem.h"

#include "models/items/health.h"
#include "ui/capacityscale.h"
#include "ui/healthstyle.h"
#include "ui/nodeitem.h"
#include "ui/topologyscene.h"

#include <QCoreApplication>
#include <QPainter>

namespace Ui {

namespace {

constexpr qreal kSwatchWidth = NodeItem::kCellWidth;
constexpr qreal kSwatchHeight = NodeItem::kCellHeight;
constexpr qreal kRowHeight = 64;
constexpr qreal kGap = 10;     // swatch to text
constexpr qreal kSpacing = 48; // entry to entry

} // namespace

OverviewLegendItem::OverviewLegendItem(TopologyScene *scene)
    : m_scene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    const auto add = [this](Look look, int step, const QString &text, bool newRow = false) {
        Entry entry;
        entry.look = look;
        entry.step = step;
        entry.text = text;
        entry.newRow = newRow;
        m_entries.append(entry);
    };
    add(Look::Title, 0,
        QCoreApplication::translate("Ui::OverviewLegendItem", "Fullest pool used:"));
    for (int step = 0; step < CapacityScale::kSteps; ++step)
        add(Look::Step, step, CapacityScale::label(step));
    add(Look::NoCapacity, 0,
        QCoreApplication::translate("Ui::OverviewLegendItem", "capacity unknown"));
    add(Look::Mark, int(Items::Health::Error),
        QCoreApplication::translate("Ui::OverviewLegendItem", "offline, faulted or NotReady"),
        true);
    add(Look::Mark, int(Items::Health::Warning),
        QCoreApplication::translate("Ui::OverviewLegendItem", "degraded, read-only or stale"));
    add(Look::Mark, int(Items::Health::Busy),
        QCoreApplication::translate("Ui::OverviewLegendItem", "rebuilding"));
    add(Look::Hint, 0,
        QCoreApplication::translate("Ui::OverviewLegendItem", "Click a node to see it in detail"));
    setWidth(0);
}

QFont OverviewLegendItem::font(Look look) const
{
    QFont f = look == Look::Title ? m_scene->headerFont() : m_scene->textFont();
    f.setPixelSize(int(kTextSize));
    return f;
}

qreal OverviewLegendItem::entryWidth(const Entry &entry) const
{
    const qreal text = QFontMetricsF(font(entry.look)).horizontalAdvance(entry.text);
    return entry.look == Look::Title || entry.look == Look::Hint ? text
                                                                 : kSwatchWidth + kGap + text;
}

void OverviewLegendItem::setWidth(qreal width)
{
    qreal x = 0;
    qreal y = 0;
    qreal widest = 0;
    for (Entry &entry : m_entries) {
        const qreal w = entryWidth(entry);
        if (x > 0 && (entry.newRow || x + w > width)) {
            x = 0;
            y += kRowHeight;
        }
        entry.rect = QRectF(x, y, w, kRowHeight);
        x += w + kSpacing;
        widest = std::max(widest, entry.rect.right());
    }
    prepareGeometryChange();
    m_size = QSizeF(std::max(width, widest), y + kRowHeight);
}

QStringList OverviewLegendItem::texts() const
{
    QStringList out;
    for (const Entry &entry : m_entries)
        out.append(entry.text);
    return out;
}

QRectF OverviewLegendItem::boundingRect() const
{
    return {QPointF(0, 0), m_size};
}

void OverviewLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                               QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    const QPalette palette = m_scene->palette();
    painter->save();
    for (const Entry &entry : m_entries) {
        QRectF text = entry.rect;
        const QRectF swatch(entry.rect.left(), entry.rect.center().y() - kSwatchHeight / 2,
                            kSwatchWidth, kSwatchHeight);
        switch (entry.look) {
        case Look::Step:
            painter->fillRect(swatch, palette.color(QPalette::Mid));
            painter->fillRect(swatch.adjusted(1, 1, -1, -1), CapacityScale::color(entry.step));
            text.setLeft(swatch.right() + kGap);
            break;
        case Look::NoCapacity:
            painter->fillRect(swatch, palette.color(QPalette::Mid));
            painter->fillRect(swatch.adjusted(1, 1, -1, -1), palette.color(QPalette::Window));
            painter->fillRect(swatch.adjusted(1, 1, -1, -1),
                              QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
            text.setLeft(swatch.right() + kGap);
            break;
        case Look::Mark: {
            // As on a cell: the outline, a ring of the background and the symbol.
            const auto health = Items::Health(entry.step);
            painter->fillRect(swatch, HealthStyle::color(health, palette));
            painter->fillRect(swatch.adjusted(4, 4, -4, -4), palette.color(QPalette::Base));
            const qreal side = swatch.height() - 12;
            HealthStyle::paintSymbol(
                painter, QRectF(swatch.left() + 6, swatch.top() + 6, side, side), health, palette);
            text.setLeft(swatch.right() + kGap);
            break;
        }
        case Look::Title:
        case Look::Hint:
            break;
        }
        painter->setFont(font(entry.look));
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, entry.text);
    }
    painter->restore();
}

} // namespace Ui
