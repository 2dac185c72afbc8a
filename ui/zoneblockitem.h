#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace Ui {

class TopologyScene;

// In the topology's overview, the nodes of one zone (topology.kubernetes.io/zone) as a block: a
// header that names the zone, counts its nodes and those that carry a mark, and a background
// behind their cells (which are not its children: the scene places them). Nodes without the
// label get a block of their own ("No zone label"). It takes no clicks: the background pans.
class ZoneBlockItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    static constexpr qreal kHeaderHeight = 72;
    static constexpr qreal kPadding = 12;
    static constexpr qreal kTextSize = 44; // pixels in the scene, readable at the overview's zoom

    ZoneBlockItem(TopologyScene *scene, const QString &zone);

    QString zone() const { return m_zone; } // "" for the nodes without a zone label
    void setNodes(const QStringList &nodes) { m_nodes = nodes; }
    QStringList nodes() const { return m_nodes; } // in the order shown
    void setSize(const QSizeF &size);
    // "zone-a · 334 nodes", "No zone label · 2 nodes".
    QString headerText() const;
    // How many of its nodes carry a mark (NodeItem::isMarked).
    int markedCount() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    TopologyScene *m_scene;
    QString m_zone;
    QStringList m_nodes;
    QSizeF m_size;
};

} // namespace Ui
