#include "ui/topologyscene.h"

#include "models/items/poolmodel.h"
#include "models/items/replicamodel.h"

#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologytooltips.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QMimeData>
#include <QToolTip>

#include <cmath>

namespace Ui {

namespace {

constexpr qreal kGridSpacing = 28;
constexpr int kChipColumns = 2;

} // namespace

TopologyScene::TopologyScene(Items::ClusterModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
{
    m_textFont = QApplication::font();
    m_headerFont = m_textFont;
    m_headerFont.setBold(true);
    m_headerFont.setPointSizeF(m_textFont.pointSizeF() * 1.1);
    m_smallFont = m_textFont;
    m_smallFont.setPointSizeF(m_textFont.pointSizeF() * 0.88);

    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(0);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &TopologyScene::relayout);
    connect(model, &Items::ClusterModel::applied, this, &TopologyScene::onApplied);
    connect(model, &Items::ClusterModel::cleared, this, [this] {
        m_currentKind = Kind::None;
        m_currentId.clear();
        m_highlightedVolume.clear();
        relayout();
    });
    relayout();
}

TopologyScene::~TopologyScene()
{
    // Items are deleted by QGraphicsScene; forget them first.
    m_chips.clear();
    m_pools.clear();
    m_nodes.clear();
}

QList<ReplicaChip *> TopologyScene::chipsOfVolume(const QString &volume) const
{
    QList<ReplicaChip *> chips;
    const QStringList uids = m_model->replicasOfVolume(volume);
    for (const QString &uid : uids) {
        if (ReplicaChip *chip = m_chips.value(uid))
            chips.append(chip);
    }
    return chips;
}

void TopologyScene::setFindingMarks(const QHash<QString, FindingMark> &marks)
{
    QStringList touched = m_findingMarks.keys();
    touched += marks.keys();
    m_findingMarks = marks;
    for (const QString &node : std::as_const(touched)) {
        if (NodeItem *item = m_nodes.value(node))
            item->update();
    }
}

void TopologyScene::setHighlightedVolume(const QString &volume)
{
    if (volume == m_highlightedVolume)
        return;
    m_highlightedVolume = volume;
    for (ReplicaChip *chip : std::as_const(m_chips))
        chip->update();
}

void TopologyScene::setCurrent(Kind kind, const QString &id)
{
    if (kind == m_currentKind && id == m_currentId)
        return;
    m_currentKind = kind;
    m_currentId = id;
    update();
    emit currentChanged();
}

void TopologyScene::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    update();
}

void TopologyScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    if (overview) {
        // Gone rather than hidden: a hidden item is still walked by every paint of the scene.
        const QList<ReplicaChip *> chips = m_chips.values();
        m_chips.clear();
        qDeleteAll(chips);
    }
    relayout();
}

QGraphicsItem *TopologyScene::itemShowing(Kind kind, const QString &id) const
{
    switch (kind) {
    case Kind::Node:
        return m_nodes.value(id);
    case Kind::Pool:
        return m_pools.value(id);
    case Kind::Replica:
        if (ReplicaChip *chip = m_chips.value(id))
            return chip;
        if (const Cstor::VolumeReplica *r = m_model->replicas()->find(id))
            return m_pools.value(r->pool);
        return nullptr;
    default:
        return nullptr;
    }
}

void TopologyScene::setWriteState(bool allowed, const QString &whyNot)
{
    m_writesAllowed = allowed;
    m_whyNoWrites = whyNot;
}

void TopologyScene::activate(Kind kind, const QString &id)
{
    setCurrent(kind, id);
    if (kind == Kind::Replica) {
        if (const Cstor::VolumeReplica *r = m_model->replicas()->find(id))
            setHighlightedVolume(r->volume);
    } else if (kind != Kind::Volume) {
        setHighlightedVolume({});
    }
    emit activated(kind, id);
}

void TopologyScene::beginReplicaDrag(const QString &uid, const QPointF &scenePos)
{
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(uid);
    if (!replica)
        return;
    m_dragUid = uid;
    m_dragHover.clear();
    m_dropVerdicts.clear();
    const QString sourcePool = replica->pool;
    for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it) {
        QString verdict;
        if (it.key() == sourcePool)
            verdict = tr("The replica is already on this pool");
        else if (!m_writesAllowed)
            verdict = m_whyNoWrites;
        else if (m_dropCheck)
            verdict = m_dropCheck(uid, it.key());
        m_dropVerdicts.insert(it.key(), verdict);
        it.value()->setDropState(
            verdict.isEmpty() ? PoolItem::DropState::Valid : PoolItem::DropState::Invalid, verdict);
    }
    if (!m_dragLabel) {
        m_dragLabel = new QGraphicsSimpleTextItem;
        m_dragLabel->setZValue(1000);
        m_dragLabel->setFont(m_textFont);
        addItem(m_dragLabel);
    }
    m_dragLabel->show();
    updateReplicaDrag(scenePos);
}

void TopologyScene::updateReplicaDrag(const QPointF &scenePos)
{
    if (!isDragging())
        return;
    QString hovered;
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == PoolItem::Type) {
            hovered = static_cast<PoolItem *>(item)->name();
            break;
        }
    }
    if (hovered != m_dragHover) {
        if (PoolItem *old = m_pools.value(m_dragHover))
            old->setDropHover(false);
        if (PoolItem *now = m_pools.value(hovered))
            now->setDropHover(true);
        m_dragHover = hovered;
    }
    const Cstor::VolumeReplica *replica = m_model->replicas()->find(m_dragUid);
    QString text;
    if (hovered.isEmpty())
        text = tr("Drop on a pool to plan moving %1").arg(replica ? replica->volume : QString());
    else if (m_dropVerdicts.value(hovered).isEmpty())
        text = tr("Move to %1 (%2)").arg(hovered, nodeOfPool(hovered));
    else
        text = tr("Cannot move to %1: %2").arg(hovered, m_dropVerdicts.value(hovered));
    m_dragLabel->setText(text);
    m_dragLabel->setBrush(palette().color(
        hovered.isEmpty() || m_dropVerdicts.value(hovered).isEmpty() ? QPalette::Text
                                                                     : QPalette::PlaceholderText));
    m_dragLabel->setPos(scenePos + QPointF(14, 14));
}

void TopologyScene::endReplicaDrag(const QPointF &scenePos, bool cancelled)
{
    if (!isDragging())
        return;
    updateReplicaDrag(scenePos);
    const QString uid = m_dragUid;
    const QString target = m_dragHover;
    const bool valid = !cancelled && !target.isEmpty() && m_dropVerdicts.contains(target) &&
                       m_dropVerdicts.value(target).isEmpty();
    m_dragUid.clear();
    m_dragHover.clear();
    m_dropVerdicts.clear();
    for (PoolItem *pool : std::as_const(m_pools))
        pool->setDropState(PoolItem::DropState::None, {});
    if (m_dragLabel)
        m_dragLabel->hide();
    if (valid)
        emit moveReplicaToPoolRequested(uid, target);
}

QString TopologyScene::nodeOfPool(const QString &pool) const
{
    return m_model->nodeOfPool(pool);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    // The dragged chip went away under the pointer (its replica was deleted): nothing to drop.
    if (isDragging())
        endReplicaDrag(event->scenePos(), true);
}

namespace {
// The first replica a drag from the replicas table carries ("" when it carries none).
QString draggedReplica(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(Items::ReplicaModel::mimeType()))
        return {};
    return QString::fromUtf8(mime->data(Items::ReplicaModel::mimeType()))
        .section(QLatin1Char('\n'), 0, 0);
}
} // namespace

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString uid = draggedReplica(event->mimeData());
    if (uid.isEmpty() || !m_model->replicas()->find(uid)) {
        event->ignore();
        return;
    }
    beginReplicaDrag(uid, event->scenePos());
    event->acceptProposedAction();
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!isDragging()) {
        event->ignore();
        return;
    }
    updateReplicaDrag(event->scenePos());
    // Accepted everywhere, so that the drop reaches the scene and the label can say why a
    // pool does not take the replica; only a valid pool starts a plan.
    event->acceptProposedAction();
}

void TopologyScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (isDragging())
        endReplicaDrag(event->scenePos(), true);
    event->accept();
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!isDragging()) {
        event->ignore();
        return;
    }
    endReplicaDrag(event->scenePos());
    event->acceptProposedAction();
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (!event->isAccepted() && event->button() == Qt::LeftButton && !itemAt(event->scenePos(), {}))
        activate(Kind::None, {});
}

void TopologyScene::requestContextMenu(Kind kind, const QString &id, const QPoint &screenPos)
{
    contextMenu(kind, id)->exec(screenPos);
}

std::unique_ptr<QMenu> TopologyScene::contextMenu(Kind kind, const QString &id)
{
    auto owned = std::make_unique<QMenu>();
    QMenu &menu = *owned;
    menu.setToolTipsVisible(true);
    if (kind == Kind::Replica) {
        QAction *move = menu.addAction(tr("Move replica to…"));
        move->setEnabled(m_writesAllowed);
        move->setToolTip(m_writesAllowed ? tr("Plan moving this replica to another pool")
                                         : m_whyNoWrites);
        connect(move, &QAction::triggered, this, [this, id] { emit moveReplicaRequested(id); });
        QAction *volume = menu.addAction(tr("Highlight all replicas of this volume"));
        connect(volume, &QAction::triggered, this, [this, id] {
            if (const Cstor::VolumeReplica *r = m_model->replicas()->find(id))
                activate(Kind::Volume, r->volume);
        });
        const Cstor::VolumeReplica *replica = m_model->replicas()->find(id);
        const QString volumeName = replica ? replica->volume : QString();
        QAction *recover = menu.addAction(tr("Recover volume…"));
        recover->setObjectName(QStringLiteral("recoverVolume"));
        const bool recoverable =
            !volumeName.isEmpty() && m_recoverCheck && m_recoverCheck(volumeName);
        recover->setEnabled(recoverable);
        recover->setToolTip(recoverable
                                ? tr("Show how the console would bring %1 back to its "
                                     "replica count, then do it")
                                      .arg(volumeName)
                                : tr("%1 needs no recovery the console can offer").arg(volumeName));
        connect(recover, &QAction::triggered, this,
                [this, volumeName] { emit recoverVolumeRequested(volumeName); });
    }
    if (kind == Kind::Node) {
        const NodeItem *item = m_nodes.value(id);
        const bool lost = item && item->isNotReady();
        QAction *drain = menu.addAction(lost ? tr("Recover lost node…") : tr("Drain node…"));
        drain->setEnabled(m_writesAllowed);
        drain->setToolTip(!m_writesAllowed ? m_whyNoWrites
                          : lost ? tr("Show what happens to each volume with a replica on this "
                                      "node, and replace those replicas from their Healthy "
                                      "copies on other nodes")
                                 : tr("Plan moving every replica off this node's pools"));
        connect(drain, &QAction::triggered, this, [this, id] { emit drainNodeRequested(id); });
        // It only reads the cluster, so it needs no write permission; a lost node has its own
        // account in "Recover lost node…".
        QAction *whatIf = menu.addAction(tr("If this node is lost…"));
        whatIf->setObjectName(QStringLiteral("nodeLossWhatIf"));
        whatIf->setEnabled(!lost);
        whatIf->setToolTip(lost ? tr("This node is lost already: Recover lost node… shows what "
                                     "it costs each volume")
                                : tr("What each volume with a replica on this node would lose "
                                     "if it went down now, and where replacements would go. "
                                     "Changes nothing."));
        connect(whatIf, &QAction::triggered, this, [this, id] { emit nodeLossRequested(id); });
    }
    if (kind == Kind::Pool) {
        // It only plans; the plan dialog it leads to checks the write permission.
        const Cstor::PoolInstance *pool = m_model->pools()->findByName(id);
        const QString poolCluster = pool ? pool->poolCluster : QString();
        QAction *rebalance = menu.addAction(tr("Rebalance pool cluster…"));
        rebalance->setObjectName(QStringLiteral("rebalancePoolCluster"));
        rebalance->setEnabled(!poolCluster.isEmpty());
        rebalance->setToolTip(tr("Plan moves that bring the used capacity of the pools of %1 "
                                 "within a few points of each other")
                                  .arg(poolCluster));
        connect(rebalance, &QAction::triggered, this,
                [this, poolCluster] { emit rebalanceRequested(poolCluster); });
    }
    QAction *show = menu.addAction(tr("Show in table"));
    connect(show, &QAction::triggered, this,
            [this, kind, id] { emit showInTableRequested(kind, id); });
    return owned;
}

void TopologyScene::onApplied(const Items::ChangeSet &changes)
{
    if (changes.structural)
        scheduleRelayout();
    for (const QString &name : changes.nodes) {
        if (NodeItem *item = m_nodes.value(name))
            item->update();
    }
    for (const QString &name : changes.pools) {
        if (PoolItem *item = m_pools.value(name))
            item->update();
    }
    for (const QString &uid : changes.replicas) {
        if (ReplicaChip *chip = m_chips.value(uid)) {
            chip->update();
        } else if (m_overview) {
            // The pool draws its replicas' health itself.
            if (const Cstor::VolumeReplica *r = m_model->replicas()->find(uid)) {
                if (PoolItem *pool = m_pools.value(r->pool))
                    pool->update();
            }
        }
    }
}

void TopologyScene::scheduleRelayout()
{
    if (!m_relayoutTimer.isActive())
        m_relayoutTimer.start();
}

void TopologyScene::dropPool(PoolItem *item)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == ReplicaChip::Type)
            m_chips.remove(static_cast<ReplicaChip *>(child)->uid());
    }
    m_pools.remove(item->name());
    delete item;
}

void TopologyScene::dropNode(NodeItem *item)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == PoolItem::Type)
            dropPool(static_cast<PoolItem *>(child));
    }
    m_nodes.remove(item->name());
    removeItem(item);
    delete item;
}

void TopologyScene::layOutChips(PoolItem *pool, const QStringList &uids)
{
    const qreal chipRowHeight = ReplicaChip::kHeight + ReplicaChip::kSpacing;
    const QSet<QString> wanted(uids.cbegin(), uids.cend());
    const QList<QGraphicsItem *> chips = pool->childItems();
    for (QGraphicsItem *child : chips) {
        auto *chip = static_cast<ReplicaChip *>(child);
        if (!wanted.contains(chip->uid())) {
            m_chips.remove(chip->uid());
            delete chip;
        }
    }
    for (int c = 0; c < uids.size(); ++c) {
        const QString &uid = uids.at(c);
        ReplicaChip *chip = m_chips.value(uid);
        if (chip && chip->parentItem() != pool) {
            m_chips.remove(uid);
            delete chip;
            chip = nullptr;
        }
        if (!chip) {
            const Cstor::VolumeReplica *r = m_model->replicas()->find(uid);
            chip = new ReplicaChip(this, uid, r ? r->volume : QString(), pool);
            m_chips.insert(uid, chip);
        }
        chip->setPos(PoolItem::kPadding +
                         (c % kChipColumns) * (ReplicaChip::kWidth + ReplicaChip::kSpacing),
                     PoolItem::kHeaderHeight + (c / kChipColumns) * chipRowHeight);
    }
}

void TopologyScene::relayout()
{
    m_relayoutTimer.stop();
    const QStringList names = m_model->nodeNames();
    dropNodesOtherThan(names);

    const int count = int(names.size());
    // A small cluster in one row; a large one in a grid a little wider than tall.
    const int columns = count == 0
                            ? 1
                            : std::clamp(std::max(int(std::lround(std::sqrt(count * 1.6))), 4), 1,
                                         std::min(count, 60));
    // The grid is laid out at the current level; the other level's extent is measured alongside
    // ([0] detailed, [1] overview).
    qreal y[2] = {0, 0};
    qreal rowHeight[2] = {0, 0};
    for (int i = 0; i < count; ++i) {
        NodeItem *node = nodeItemFor(names.at(i));
        const Heights heights = layOutNode(node);
        const int column = i % columns;
        if (column == 0 && i > 0) {
            for (int level = 0; level < 2; ++level) {
                y[level] += rowHeight[level] + kGridSpacing;
                rowHeight[level] = 0;
            }
        }
        const int here = m_overview ? 1 : 0;
        node->setPos(column * (NodeItem::kWidth + kGridSpacing), y[here]);
        rowHeight[here] = std::max(rowHeight[here], heights.here);
        rowHeight[1 - here] = std::max(rowHeight[1 - here], heights.other);
    }
    const int usedColumns = std::min(count, columns);
    const qreal width = usedColumns * NodeItem::kWidth + (usedColumns - 1) * kGridSpacing;
    for (int level = 0; level < 2; ++level)
        m_layoutBounds[level] =
            count == 0 ? QRectF() : QRectF(0, 0, width, y[level] + rowHeight[level]);
    const QRectF &bounds = m_layoutBounds[m_overview ? 1 : 0];
    setSceneRect(bounds.isEmpty() ? QRectF(0, 0, 400, 300)
                                  : bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    update();
    emit layoutDone();
}

void TopologyScene::dropNodesOtherThan(const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    const QList<NodeItem *> existing = m_nodes.values();
    for (NodeItem *item : existing) {
        if (!wanted.contains(item->name()))
            dropNode(item);
    }
}

NodeItem *TopologyScene::nodeItemFor(const QString &name)
{
    NodeItem *node = m_nodes.value(name);
    if (!node) {
        node = new NodeItem(this, name);
        addItem(node);
        m_nodes.insert(name, node);
    }
    return node;
}

// Stacks the node's pools (made, moved or dropped to match the model) and sizes the node.
TopologyScene::Heights TopologyScene::layOutNode(NodeItem *node)
{
    const QStringList pools = m_model->poolsOfNode(node->name());
    const QSet<QString> wantedPools(pools.cbegin(), pools.cend());
    const QList<QGraphicsItem *> children = node->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == PoolItem::Type &&
            !wantedPools.contains(static_cast<PoolItem *>(child)->name()))
            dropPool(static_cast<PoolItem *>(child));
    }
    Heights poolY{NodeItem::kHeaderHeight, NodeItem::kHeaderHeight};
    for (const QString &poolName : pools) {
        PoolItem *pool = m_pools.value(poolName);
        if (pool && pool->node() != node) {
            dropPool(pool);
            pool = nullptr;
        }
        if (!pool) {
            pool = new PoolItem(this, poolName, node);
            m_pools.insert(poolName, pool);
        }
        pool->setPos(NodeItem::kPadding, poolY.here);
        const Heights poolHeight = layOutPool(pool);
        poolY.here += poolHeight.here + 6;
        poolY.other += poolHeight.other + 6;
    }
    const Heights nodeHeight =
        pools.isEmpty() ? Heights{NodeItem::kHeaderHeight + 34, NodeItem::kHeaderHeight + 34}
                        : Heights{poolY.here + 2, poolY.other + 2};
    node->setHeight(nodeHeight.here);
    return nodeHeight;
}

// Lays out the pool's chips (in the detailed level) and sizes the pool.
TopologyScene::Heights TopologyScene::layOutPool(PoolItem *pool)
{
    int replicas = 0;
    if (m_overview) {
        replicas = m_model->replicaCountOfPool(pool->name());
    } else {
        const QStringList uids = m_model->replicasOfPool(pool->name());
        layOutChips(pool, uids);
        replicas = int(uids.size());
    }
    const qreal chipRowHeight = ReplicaChip::kHeight + ReplicaChip::kSpacing;
    const int chipRows = (replicas + kChipColumns - 1) / kChipColumns;
    const qreal overviewHeight = PoolItem::kHeaderHeight + 14;
    const qreal detailedHeight =
        PoolItem::kHeaderHeight + chipRows * chipRowHeight + (chipRows > 0 ? 2 : 0);
    const Heights heights = m_overview ? Heights{overviewHeight, detailedHeight}
                                       : Heights{detailedHeight, overviewHeight};
    pool->setHeight(heights.here);
    return heights;
}

QString TopologyScene::toolTipFor(QGraphicsItem *item) const
{
    switch (item->type()) {
    case ReplicaChip::Type:
        return TopologyToolTips::replica(*static_cast<ReplicaChip *>(item), *m_model->replicas());
    case PoolItem::Type:
        return TopologyToolTips::pool(*static_cast<PoolItem *>(item));
    case NodeItem::Type:
        return TopologyToolTips::node(*static_cast<NodeItem *>(item), m_live);
    }
    return {};
}

void TopologyScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QList<QGraphicsItem *> under =
        items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    QString text;
    for (QGraphicsItem *item : under) {
        if (!item->isVisible())
            continue;
        text = toolTipFor(item);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->accept();
}

} // namespace Ui
