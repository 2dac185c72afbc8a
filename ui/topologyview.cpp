#include "ui/topologyview.h"

#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyscene.h"

#include <QAction>
#include <QMouseEvent>
#include <QWheelEvent>

namespace Ui {

namespace {

constexpr qreal kMinZoom = 0.03;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kOverviewBelow = 0.45;

} // namespace

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundRole(QPalette::Base);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Cluster topology"));

    auto addShortcut = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                 QKeySequence::ZoomIn},
                &TopologyView::zoomIn);
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut},
                &TopologyView::zoomOut);
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, &TopologyView::zoomToFit);
    connect(scene, &TopologyScene::layoutDone, this, [this] {
        if (!m_userZoomed)
            zoomToFit();
    });
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    factor = target / zoom();
    scale(factor, factor);
    applyDetailLevel();
    emit zoomChanged(zoom());
}

void TopologyView::zoomIn()
{
    m_userZoomed = true;
    scaleBy(1.25);
}

void TopologyView::zoomOut()
{
    m_userZoomed = true;
    scaleBy(1 / 1.25);
}

void TopologyView::resetZoom()
{
    m_userZoomed = true;
    setTransform({});
    applyDetailLevel();
    emit zoomChanged(zoom());
}

void TopologyView::zoomToFit()
{
    const QRectF rect = scene()->itemsBoundingRect().adjusted(-16, -16, 16, 16);
    if (rect.isEmpty())
        return;
    // Readable first: a small cluster shows at natural size rather than blown up.
    const qreal fit =
        std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    const qreal target = std::clamp(fit, kMinZoom, 1.0);
    setTransform(QTransform::fromScale(target, target));
    if (target < fit)
        centerOn(rect.center());
    else
        ensureVisible(rect, 0, 0);
    applyDetailLevel();
    emit zoomChanged(zoom());
}

void TopologyView::applyDetailLevel()
{
    m_scene->setOverview(zoom() < kOverviewBelow);
}

void TopologyView::centerOnItemOf(int kind, const QString &id)
{
    QGraphicsItem *item = nullptr;
    switch (TopologyScene::Kind(kind)) {
    case TopologyScene::Kind::Node:
        item = m_scene->nodeItem(id);
        break;
    case TopologyScene::Kind::Pool:
        item = m_scene->poolItem(id);
        break;
    case TopologyScene::Kind::Replica:
        item = m_scene->replicaChip(id);
        if (item && !item->isVisible())
            item = item->parentItem();
        break;
    default:
        break;
    }
    if (item)
        ensureVisible(item, 40, 40);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_userZoomed = true;
    scaleBy(std::pow(1.0015, delta));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    // Items take clicks; the background pans.
    setDragMode(itemAt(event->position().toPoint()) ? QGraphicsView::NoDrag
                                                    : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

} // namespace Ui
