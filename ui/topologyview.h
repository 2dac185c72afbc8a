#pragma once

#include <QGraphicsView>

#include <optional>

namespace Ui {

class TopologyScene;

// The topology's view: wheel and Ctrl+= / Ctrl+- zoom (around the cursor), drag the background
// to pan, Ctrl+0 fits everything; switches the scene to its overview when zoomed far out.
// From the keyboard: the arrow keys go from item to item (node, its pools, their replicas, in
// reading order), Page Up/Down from node to node, Home/End to the first and last, the Menu key
// (or Shift+F10) opens the current item's actions; the current item has a focus ring. In the
// overview a click on a node's cell (or Return on the current node) zooms to that node.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    // Below this zoom the scene shows its overview (no chips).
    static constexpr qreal kOverviewBelow = 0.45;
    // The zoom a node is shown at when the operator picks it in the overview.
    static constexpr qreal kNodeZoom = 1.0;

    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void centerOnItemOf(int kind, const QString &id);
    // Zooms to the detailed level, centred on the node (its header, for a card taller than the
    // view), as if the operator had chosen that zoom.
    void zoomToNode(const QString &node);
    qreal zoom() const;
    // The height the view needs to show the whole detailed cluster at the zoom its width allows
    // (natural size at most); 0 when that zoom would show the overview, or nothing is laid out.
    int heightToFit() const;
    // The zoom the operator chose; nullopt while the view fits the cluster by itself.
    std::optional<qreal> chosenZoom() const;
    // Zooms to `zoom` (within the view's limits) as if the operator had chosen it.
    void setChosenZoom(qreal zoom);
    TopologyScene *topologyScene() const { return m_scene; }
    // The items the arrow keys go through, in order: (kind, id) pairs.
    QList<QPair<int, QString>> keyboardOrder() const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(qreal factor);
    void applyDetailLevel();
    QGraphicsItem *currentItem() const;
    void moveCurrent(int step, bool byNode);

    TopologyScene *m_scene;
    bool m_userZoomed = false;
};

} // namespace Ui
