#pragma once

#include "ui/topologyscene.h"

#include <QColor>
#include <QGraphicsItem>

namespace Items {
enum class Health;
struct NodeRow;
} // namespace Items

namespace Ui {

// A node's card: name, health, a "stale" badge when its status stopped updating (or the view
// is not live), and its pools as children. In the overview it is a compact cell instead, with
// no children: filled in the colour of its fullest pool's used capacity (CapacityScale), with a
// thick outline and a symbol in the health's colour when something on it needs attention.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal kWidth = 300;
    static constexpr qreal kHeaderHeight = 30;
    static constexpr qreal kPadding = 8;
    // The overview's cell.
    static constexpr qreal kCellWidth = 44;
    static constexpr qreal kCellHeight = 30;

    NodeItem(TopologyScene *scene, const QString &name);

    QString name() const { return m_name; }
    TopologyScene *topologyScene() const { return m_scene; }
    const Items::NodeRow *row() const;
    bool isStale() const;
    // The cluster calls the node NotReady: its pools and replicas show their last report.
    bool isNotReady() const;
    // What the doctor found on this node (count 0: nothing).
    TopologyScene::FindingMark findingMark() const;
    void setHeight(qreal height);
    // Shown as the overview's cell.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    // The node's fullest pool by used capacity ("" and -1 when none of its pools reports one).
    struct FullestPool
    {
        QString name;
        double fraction = -1;
    };
    FullestPool fullestPool() const;
    // What the overview marks the node with: the worse of the node's health (NotReady, stale,
    // unhealthy or rebuilding replicas) and its pools' (offline, degraded, read-only). Ok, or
    // Unknown for a node without pools, when there is nothing to mark.
    Items::Health markHealth() const;
    static bool isMarked(Items::Health health);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void paintCell(QPainter *painter, const QPalette &palette) const;
    // The header's short summary of a node that reports: unhealthy, rebuilding or replicas.
    static QString summaryOf(const Items::NodeRow *row, bool stale);
    // Returns the new right edge for the name.
    qreal paintFindingMark(QPainter *painter, const QPalette &palette, qreal right) const;
    struct Badge
    {
        QString text; // none when empty
        QColor colour;
    };
    // Paints the badge, else the summary, at the header's right end; returns where the name
    // must end.
    qreal paintHeaderEnd(QPainter *painter, const QPalette &palette, const Badge &badge,
                         Items::Health health, const QString &summary) const;

    TopologyScene *m_scene;
    QString m_name;
    qreal m_height = kHeaderHeight;
    bool m_compact = false;
};

} // namespace Ui
