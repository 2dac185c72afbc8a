#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QStringList>

namespace Items {
enum class Health;
}

namespace Ui {

class TopologyScene;

// The overview's legend, above the zone blocks: the colour steps of a node's fullest pool, the
// marks (their symbols and outlines) and what a click does. A scene item rather than a widget
// pinned to the view: it never covers a cell, it is sized with the picture (its text as large as
// the zone headers'), and it needs nothing from the view, so the fit stays one step.
class OverviewLegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };
    static constexpr qreal kTextSize = 42; // pixels in the scene

    explicit OverviewLegendItem(TopologyScene *scene);

    // Lays the entries out in rows no wider than `width` (the blocks' width; never narrower
    // than the widest entry); the height follows.
    void setWidth(qreal width);
    qreal height() const { return m_size.height(); }
    // What each entry says, in order (for tests and assistive technology).
    QStringList texts() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class Look { Title, Step, NoCapacity, Mark, Hint };
    struct Entry
    {
        Look look = Look::Title;
        int step = 0; // Step: the capacity step; Mark: the Items::Health
        QString text;
        bool newRow = false; // starts a row of its own
        QRectF rect;         // laid out by setWidth
    };
    QFont font(Look look) const;
    qreal entryWidth(const Entry &entry) const;

    TopologyScene *m_scene;
    QList<Entry> m_entries;
    QSizeF m_size;
};

} // namespace Ui
