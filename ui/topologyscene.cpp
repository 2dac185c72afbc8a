#include "ui/topologyscene.h"

#include "models/items/poolmodel.h"
#include "models/items/replicamodel.h"

#include "ui/nodeitem.h"
#include "ui/overviewlegenditem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologytooltips.h"
#include "ui/zoneblockitem.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QMimeData>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace Ui {

namespace {

constexpr qreal kGridSpacing = 28;
constexpr int kChipColumns = 2;
// The overview: room between cells, between blocks, and the shape its blocks aim at (wider
// than tall, as the topology's pane is).
constexpr qreal kCellSpacing = 6;
constexpr qreal kBlockSpacing = 28;
constexpr qreal kOverviewAspect = 2.5;
constexpr qreal kLegendMinWidth = 2700;

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
    m_legend = new OverviewLegendItem(this);
    m_legend->setVisible(false);
    addItem(m_legend);
    relayout();
}

TopologyScene::~TopologyScene()
{
    // Items are deleted by QGraphicsScene; forget them first.
    m_legend = nullptr;
    m_zoneBlocks.clear();
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
        // In the overview a pool is shown by its node's cell.
        if (PoolItem *pool = m_pools.value(id))
            return pool;
        return m_nodes.value(m_model->nodeOfPool(id));
    case Kind::Replica:
        if (ReplicaChip *chip = m_chips.value(id))
            return chip;
        if (const Cstor::VolumeReplica *r = m_model->replicas()->find(id))
            return itemShowing(Kind::Pool, r->pool);
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
    // The zone blocks and the legend take no clicks: a click on them is on the background.
    const QGraphicsItem *under = itemAt(event->scenePos(), {});
    if (!event->isAccepted() && event->button() == Qt::LeftButton &&
        (!under || under->acceptedMouseButtons() == Qt::NoButton))
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
        else if (m_overview) // the node's cell draws its fullest pool
            if (NodeItem *node = m_nodes.value(m_model->nodeOfPool(name)))
                node->update();
    }
    for (const QString &uid : changes.replicas) {
        if (ReplicaChip *chip = m_chips.value(uid)) {
            chip->update();
        } else if (m_overview) {
            // The node's cell draws its replicas' health itself.
            if (const Cstor::VolumeReplica *r = m_model->replicas()->find(uid)) {
                if (NodeItem *node = m_nodes.value(m_model->nodeOfPool(r->pool)))
                    node->update();
            }
        }
    }
    // A block's header counts its marked nodes.
    if (m_overview && !m_zoneBlocks.isEmpty() &&
        !(changes.nodes.isEmpty() && changes.pools.isEmpty() && changes.replicas.isEmpty())) {
        for (ZoneBlockItem *block : std::as_const(m_zoneBlocks))
            block->update(
                QRectF(0, 0, block->boundingRect().width(), ZoneBlockItem::kHeaderHeight));
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
    // Both levels are measured, whichever is shown: a view can choose the level that fits
    // before anything is laid out again.
    m_layoutBounds[0] = layOutGrid(names);
    m_layoutBounds[1] = layOutOverview(names);
    const QRectF &bounds = m_layoutBounds[m_overview ? 1 : 0];
    setSceneRect(bounds.isEmpty() ? QRectF(0, 0, 400, 300)
                                  : bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    update();
    emit layoutDone();
}

QRectF TopologyScene::layOutGrid(const QStringList &names)
{
    const int count = int(names.size());
    if (!m_overview)
        m_nodeOrder = names;
    // A small cluster in one row; a large one in a grid a little wider than tall.
    const int columns = count == 0
                            ? 1
                            : std::clamp(std::max(int(std::lround(std::sqrt(count * 1.6))), 4), 1,
                                         std::min(count, 60));
    qreal y = 0;
    qreal rowHeight = 0;
    for (int i = 0; i < count; ++i) {
        const int column = i % columns;
        if (column == 0 && i > 0) {
            y += rowHeight + kGridSpacing;
            rowHeight = 0;
        }
        qreal height = 0;
        if (m_overview) {
            height = detailedHeightOf(names.at(i));
        } else {
            NodeItem *node = nodeItemFor(names.at(i));
            node->setCompact(false);
            height = layOutNode(node);
            node->setPos(column * (NodeItem::kWidth + kGridSpacing), y);
        }
        rowHeight = std::max(rowHeight, height);
    }
    if (!m_overview) {
        dropZoneBlocks();
        m_legend->setVisible(false);
    }
    const int usedColumns = std::min(count, columns);
    const qreal width = usedColumns * NodeItem::kWidth + (usedColumns - 1) * kGridSpacing;
    return count == 0 ? QRectF() : QRectF(0, 0, width, y + rowHeight);
}

QRectF TopologyScene::layOutOverview(const QStringList &names)
{
    const int count = int(names.size());
    if (count == 0) {
        if (m_overview) {
            m_nodeOrder.clear();
            dropZoneBlocks();
            m_legend->setVisible(false);
        }
        return {};
    }
    // The zones, sorted; the nodes without one last. `names` is sorted, so is each zone's list.
    QMap<QString, QStringList> byZone;
    QStringList unzoned;
    for (const QString &name : names) {
        const Items::NodeRow *row = m_model->nodes()->findByName(name);
        const QString zone = row ? row->zone : QString();
        if (zone.isEmpty())
            unzoned.append(name);
        else
            byZone[zone].append(name);
    }
    QList<std::pair<QString, QStringList>> groups;
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it)
        groups.append({it.key(), it.value()});
    if (!unzoned.isEmpty())
        groups.append({QString(), unzoned});
    const bool headed = !byZone.isEmpty();
    const qreal headerHeight = headed ? ZoneBlockItem::kHeaderHeight : 0;
    const qreal padding = headed ? ZoneBlockItem::kPadding : 0;
    const qreal pitchX = NodeItem::kCellWidth + kCellSpacing;
    const qreal pitchY = NodeItem::kCellHeight + kCellSpacing;

    // The columns that bring the whole (the legend aside) nearest the aimed-at shape.
    const auto blocksHeight = [&](int columns) {
        qreal height = 0;
        for (const auto &[zone, nodes] : std::as_const(groups)) {
            const int rows = int((nodes.size() + columns - 1) / columns);
            height += headerHeight + 2 * padding + rows * pitchY - kCellSpacing + kBlockSpacing;
        }
        return height - kBlockSpacing;
    };
    const auto widthOf = [&](int columns) { return columns * pitchX - kCellSpacing + 2 * padding; };
    int columns = 1;
    double bestMiss = std::numeric_limits<double>::max();
    for (int c = 1; c <= std::min(count, 200); ++c) {
        const double miss = std::abs(std::log(widthOf(c) / blocksHeight(c) / kOverviewAspect));
        if (miss < bestMiss) {
            bestMiss = miss;
            columns = c;
        }
    }
    const qreal width = widthOf(columns);
    // The legend in rows as wide as the blocks, and in few rows even for a small
    // cluster's narrow blocks.
    m_legend->setWidth(std::max(width, kLegendMinWidth));
    const qreal top = m_legend->height() + kBlockSpacing;
    const QRectF bounds(0, 0, std::max(width, m_legend->boundingRect().width()),
                        top + blocksHeight(columns));
    if (!m_overview)
        return bounds;

    m_legend->setPos(0, 0);
    m_legend->setVisible(true);
    dropZoneBlocks();
    m_nodeOrder.clear();
    m_nodeOrder.reserve(count);
    qreal y = top;
    for (const auto &[zone, nodes] : std::as_const(groups)) {
        const int rows = int((nodes.size() + columns - 1) / columns);
        const qreal blockHeight = headerHeight + 2 * padding + rows * pitchY - kCellSpacing;
        if (headed) {
            auto *block = new ZoneBlockItem(this, zone);
            block->setNodes(nodes);
            block->setSize(QSizeF(width, blockHeight));
            block->setPos(0, y);
            addItem(block);
            m_zoneBlocks.append(block);
        }
        for (int i = 0; i < nodes.size(); ++i) {
            NodeItem *node = nodeItemFor(nodes.at(i));
            dropPoolsOf(node);
            node->setCompact(true);
            node->setPos(padding + (i % columns) * pitchX,
                         y + headerHeight + padding + (i / columns) * pitchY);
            m_nodeOrder.append(nodes.at(i));
        }
        y += blockHeight + kBlockSpacing;
    }
    return bounds;
}

void TopologyScene::dropZoneBlocks()
{
    const QList<ZoneBlockItem *> blocks = std::exchange(m_zoneBlocks, {});
    qDeleteAll(blocks);
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

void TopologyScene::dropPoolsOf(NodeItem *node)
{
    const QList<QGraphicsItem *> children = node->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == PoolItem::Type)
            dropPool(static_cast<PoolItem *>(child));
    }
}

qreal TopologyScene::detailedPoolHeight(int replicas)
{
    const qreal chipRowHeight = ReplicaChip::kHeight + ReplicaChip::kSpacing;
    const int chipRows = (replicas + kChipColumns - 1) / kChipColumns;
    return PoolItem::kHeaderHeight + chipRows * chipRowHeight + (chipRows > 0 ? 2 : 0);
}

qreal TopologyScene::detailedHeightOf(const QString &node) const
{
    const QStringList pools = m_model->poolsOfNode(node);
    if (pools.isEmpty())
        return NodeItem::kHeaderHeight + 34;
    qreal y = NodeItem::kHeaderHeight;
    for (const QString &pool : pools)
        y += detailedPoolHeight(m_model->replicaCountOfPool(pool)) + 6;
    return y + 2;
}

// Stacks the node's pools (made, moved or dropped to match the model) and sizes the node.
qreal TopologyScene::layOutNode(NodeItem *node)
{
    const QStringList pools = m_model->poolsOfNode(node->name());
    const QSet<QString> wantedPools(pools.cbegin(), pools.cend());
    const QList<QGraphicsItem *> children = node->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == PoolItem::Type &&
            !wantedPools.contains(static_cast<PoolItem *>(child)->name()))
            dropPool(static_cast<PoolItem *>(child));
    }
    qreal poolY = NodeItem::kHeaderHeight;
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
        pool->setPos(NodeItem::kPadding, poolY);
        poolY += layOutPool(pool) + 6;
    }
    const qreal height = pools.isEmpty() ? NodeItem::kHeaderHeight + 34 : poolY + 2;
    node->setHeight(height);
    return height;
}

// Lays out the pool's chips and sizes the pool.
qreal TopologyScene::layOutPool(PoolItem *pool)
{
    const QStringList uids = m_model->replicasOfPool(pool->name());
    layOutChips(pool, uids);
    const qreal height = detailedPoolHeight(int(uids.size()));
    pool->setHeight(height);
    return height;
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
