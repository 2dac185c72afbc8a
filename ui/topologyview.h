#pragma once

#include <QGraphicsView>

namespace Ui {

class TopologyScene;

// The topology's view: wheel and Ctrl+= / Ctrl+- zoom (around the cursor), drag the background
// to pan, Ctrl+0 fits everything; switches the scene to its overview when zoomed far out.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void centerOnItemOf(int kind, const QString &id);
    qreal zoom() const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void scaleBy(qreal factor);
    void applyDetailLevel();

    TopologyScene *m_scene;
    bool m_userZoomed = false;
};

} // namespace Ui
