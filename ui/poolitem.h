#pragma once

#include <QGraphicsItem>

namespace Cstor {
struct PoolInstance;
}

namespace Ui {

class TopologyScene;
class NodeItem;

// A pool inside its node's card: name, phase (symbol and text), read-only/offline marks and a
// capacity bar with the percentage used; its replicas are child chips. Only at the detailed
// level: the overview shows a node as one cell.
class PoolItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal kHeaderHeight = 44; // name line + capacity bar
    static constexpr qreal kPadding = 6;

    PoolItem(TopologyScene *scene, const QString &name, NodeItem *node);

    QString name() const { return m_name; }
    const Cstor::PoolInstance *pool() const;
    NodeItem *node() const;
    bool isStale() const;
    void setHeight(qreal height);
    // While a replica is dragged: whether it may be dropped here (and why not), and whether
    // the pointer is over this pool.
    enum class DropState { None, Valid, Invalid };
    void setDropState(DropState state, const QString &why);
    DropState dropState() const { return m_dropState; }
    void setDropHover(bool hover);
    // The chip area's width (chips are laid out by the scene).
    static qreal width();
    // The colour of the usage text over the capacity bar's fill (`fill` with its alpha, drawn on
    // the palette's Base).
    static QColor textOnFill(const QColor &fill, const QPalette &palette);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    // What one paint of the pool shows, worked out once and read by each step.
    struct Look;
    void paintPool(QPainter *painter, const QStyleOptionGraphicsItem *option) const;
    void paintFarOut(QPainter *painter, const Look &look) const;
    void paintFrame(QPainter *painter, const Look &look) const;
    void paintCapacityBar(QPainter *painter, const Look &look) const;
    void paintHeader(QPainter *painter, const Look &look) const;
    void paintUsage(QPainter *painter, const Look &look) const;
    void paintDropState(QPainter *painter, const QPalette &palette) const;

    TopologyScene *m_scene;
    QString m_name;
    qreal m_height = kHeaderHeight;
    DropState m_dropState = DropState::None;
    bool m_dropHover = false;
};

} // namespace Ui
