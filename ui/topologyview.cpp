#include "ui/topologyview.h"

#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyaccessible.h"
#include "ui/topologyscene.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace Ui {

namespace {

constexpr qreal kMinZoom = 0.03;
constexpr qreal kMaxZoom = 4.0;

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
    TopologyAccessible::install();
    setAccessibleName(tr("Cluster topology"));
    setFocusPolicy(Qt::StrongFocus);
    TopologyAccessible::adopt(this);
    connect(scene, &TopologyScene::currentChanged, this, [this] {
        viewport()->update();
        TopologyAccessible::notifyCurrent(this);
    });

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
    // Queued: the cell's own mouse press is over before the scene is laid out anew.
    connect(scene, &TopologyScene::zoomToNodeRequested, this, &TopologyView::zoomToNode,
            Qt::QueuedConnection);
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

std::optional<qreal> TopologyView::chosenZoom() const
{
    return m_userZoomed ? std::optional<qreal>(zoom()) : std::nullopt;
}

void TopologyView::setChosenZoom(qreal zoom)
{
    m_userZoomed = true;
    const qreal target = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(target, target));
    applyDetailLevel();
    emit zoomChanged(this->zoom());
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
    // Fitted, the view fits again on every resize, as before the operator zoomed.
    m_userZoomed = false;
    // The level of detail is chosen first, from the grid's extent at each level: fitting one
    // layout and letting the zoom pick the level could flip between the two for ever (the
    // detailed grid only fits below the overview's threshold, the overview only above it).
    const auto fitOf = [this](const QRectF &rect) {
        return std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    };
    if (m_scene->layoutBounds(false).isEmpty())
        return;
    // The whole scene rect (and a pixel more), so that a fitted view needs no scroll bars: one
    // appearing would shrink the viewport and ask for another fit.
    const qreal margin = TopologyScene::kMargin + 1;
    const QRectF detailed = m_scene->layoutBounds(false).adjusted(-margin, -margin, margin, margin);
    const bool overview = std::min(fitOf(detailed), 1.0) < kOverviewBelow;
    const QRectF rect = overview
                            ? m_scene->layoutBounds(true).adjusted(-margin, -margin, margin, margin)
                            : detailed;
    const qreal fit = fitOf(rect);
    // Readable first: a small cluster shows at natural size rather than blown up. The overview
    // stays below its threshold even where its smaller grid would fit larger.
    const qreal target = std::clamp(fit, kMinZoom, overview ? kOverviewBelow * 0.99 : 1.0);
    setTransform(QTransform::fromScale(target, target));
    m_scene->setOverview(overview);
    if (target < fit)
        centerOn(rect.center());
    else
        ensureVisible(rect, 0, 0);
    emit zoomChanged(zoom());
}

int TopologyView::heightToFit() const
{
    const QRectF bounds = m_scene->layoutBounds(false);
    if (bounds.isEmpty())
        return 0;
    const qreal margin = TopologyScene::kMargin + 1;
    const QRectF detailed = bounds.adjusted(-margin, -margin, margin, margin);
    const qreal zoom = std::min(viewport()->width() / detailed.width(), 1.0);
    if (zoom < kOverviewBelow)
        return 0;
    return int(std::ceil(detailed.height() * zoom)) + height() - viewport()->height();
}

void TopologyView::applyDetailLevel()
{
    m_scene->setOverview(zoom() < kOverviewBelow);
}

void TopologyView::centerOnItemOf(int kind, const QString &id)
{
    if (QGraphicsItem *item = m_scene->itemShowing(TopologyScene::Kind(kind), id))
        ensureVisible(item, 40, 40);
}

void TopologyView::zoomToNode(const QString &node)
{
    if (!m_scene->nodeItem(node))
        return;
    m_userZoomed = true;
    setTransform(QTransform::fromScale(kNodeZoom, kNodeZoom));
    applyDetailLevel(); // lays the cards out (synchronously) when the level changes
    m_scene->setCurrent(TopologyScene::Kind::Node, node);
    if (NodeItem *item = m_scene->nodeItem(node)) {
        const QRectF card = item->sceneBoundingRect();
        const qreal visible = viewport()->height() / zoom();
        const qreal y =
            card.height() + 40 > visible ? card.top() - 20 + visible / 2 : card.center().y();
        centerOn(card.center().x(), y);
    }
    emit zoomChanged(zoom());
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the operator zooms, the whole cluster stays in view as the pane changes size.
    if (!m_userZoomed)
        zoomToFit();
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
    // Items take clicks; the background (and the overview's zone blocks and legend) pans.
    const QGraphicsItem *under = itemAt(event->position().toPoint());
    setDragMode(under && under->acceptedMouseButtons() != Qt::NoButton
                    ? QGraphicsView::NoDrag
                    : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

QList<QPair<int, QString>> TopologyView::keyboardOrder() const
{
    QList<QPair<int, QString>> order;
    using Kind = TopologyScene::Kind;
    for (const QString &node : TopologyAccessible::childIds(m_scene, Kind::None, {})) {
        order.append({int(Kind::Node), node});
        for (const QString &pool : TopologyAccessible::childIds(m_scene, Kind::Node, node)) {
            order.append({int(Kind::Pool), pool});
            if (m_scene->isOverview())
                continue;
            for (const QString &uid : TopologyAccessible::childIds(m_scene, Kind::Pool, pool))
                order.append({int(Kind::Replica), uid});
        }
    }
    return order;
}

QGraphicsItem *TopologyView::currentItem() const
{
    return m_scene->itemShowing(m_scene->currentKind(), m_scene->currentId());
}

void TopologyView::moveCurrent(int step, bool byNode)
{
    const QList<QPair<int, QString>> order = keyboardOrder();
    if (order.isEmpty())
        return;
    const QPair<int, QString> current{int(m_scene->currentKind()), m_scene->currentId()};
    qsizetype index = order.indexOf(current);
    if (index < 0)
        index = step > 0 ? -1 : order.size();
    if (byNode) {
        do {
            index += step > 0 ? 1 : -1;
        } while (index >= 0 && index < order.size() &&
                 order.at(index).first != int(TopologyScene::Kind::Node));
    } else {
        index += step;
    }
    index = std::clamp<qsizetype>(index, 0, order.size() - 1);
    const auto &[kind, id] = order.at(index);
    m_scene->activate(TopologyScene::Kind(kind), id);
    if (QGraphicsItem *item = currentItem())
        ensureVisible(item, 40, 40);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            moveCurrent(1, false);
            return;
        case Qt::Key_Left:
        case Qt::Key_Up:
            moveCurrent(-1, false);
            return;
        case Qt::Key_PageDown:
            moveCurrent(1, true);
            return;
        case Qt::Key_PageUp:
            moveCurrent(-1, true);
            return;
        case Qt::Key_Home:
            moveCurrent(-int(keyboardOrder().size()), false);
            return;
        case Qt::Key_End:
            moveCurrent(int(keyboardOrder().size()), false);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // As a click on the cell does.
            if (m_scene->isOverview() && m_scene->currentKind() == TopologyScene::Kind::Node) {
                zoomToNode(m_scene->currentId());
                return;
            }
            break;
        default:
            break;
        }
    }
    const bool menuKey = event->key() == Qt::Key_Menu ||
                         (event->key() == Qt::Key_F10 && modifiers == Qt::ShiftModifier);
    if (menuKey) {
        if (QGraphicsItem *item = currentItem()) {
            ensureVisible(item, 40, 40);
            const QPoint at =
                viewport()->mapToGlobal(mapFromScene(item->sceneBoundingRect().center()));
            m_scene->requestContextMenu(m_scene->currentKind(), m_scene->currentId(), at);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
    TopologyAccessible::notifyCurrent(this);
}

void TopologyView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

// While the view has the keyboard focus, the current item gets a dashed ring (a shape, not
// only a colour) around its own outline.
void TopologyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    QGraphicsItem *item = hasFocus() ? currentItem() : nullptr;
    if (!item || !item->isVisible())
        return;
    painter->save();
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal margin = 4 / std::max(zoom(), 0.05);
    painter->drawRoundedRect(item->sceneBoundingRect().adjusted(-margin, -margin, margin, margin),
                             margin, margin);
    painter->restore();
}

} // namespace Ui
