#pragma once

#include "models/health/finding.h"
#include "models/items/clustermodel.h"

#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QMenu;

namespace Ui {

class NodeItem;
class OverviewLegendItem;
class PoolItem;
class ReplicaChip;
class ZoneBlockItem;

// The cluster as a picture: one card per node (in a grid), its pools with capacity bars, and
// the replicas on each pool as chips. Items hold ids and read their data from the ClusterModel
// when they paint; a batch repaints only what it touched, and only a node, pool or replica that
// comes or goes (or a node that changes zone) lays the grid out again.
//
// The overview (zoomed far out) is a picture of its own: under a legend, the nodes grouped by
// their zone label, one block per zone (sorted by zone, the nodes by name; those without a
// label last), each node a small cell coloured by its fullest pool's used capacity and marked
// when something on it needs attention. Without any zone label there is one block and no
// header. A click on a cell asks the view to show that node in detail.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class Kind { None, Node, Pool, Replica, Volume };

    // Room around the grid in the scene's rect.
    static constexpr qreal kMargin = 40;

    explicit TopologyScene(Items::ClusterModel *model, QObject *parent = nullptr);
    ~TopologyScene() override;

    Items::ClusterModel *clusterModel() const { return m_model; }

    NodeItem *nodeItem(const QString &name) const { return m_nodes.value(name); }
    PoolItem *poolItem(const QString &name) const { return m_pools.value(name); }
    // A replica's chip, none in the overview.
    ReplicaChip *replicaChip(const QString &uid) const { return m_chips.value(uid); }
    // The item that shows an object: in the overview a replica is shown by its pool.
    QGraphicsItem *itemShowing(Kind kind, const QString &id) const;
    QList<ReplicaChip *> chipsOfVolume(const QString &volume) const;
    int nodeCount() const { return int(m_nodes.size()); }
    // The nodes in the order they are shown (by name; in the overview, by zone, then name).
    QStringList nodeOrder() const { return m_nodeOrder; }
    // The overview's zone blocks, in order (none at the detailed level, nor without zones).
    QList<ZoneBlockItem *> zoneBlocks() const { return m_zoneBlocks; }
    // The overview's legend (hidden at the detailed level).
    OverviewLegendItem *legend() const { return m_legend; }

    // What the doctor found on a node (warnings and worse): marked on its card.
    struct FindingMark
    {
        int count = 0;
        Doctor::Finding::Severity worst = Doctor::Finding::Severity::Info;
        QStringList summaries;
    };
    void setFindingMarks(const QHash<QString, FindingMark> &marks);
    FindingMark findingMark(const QString &node) const { return m_findingMarks.value(node); }

    // Every replica of this volume is outlined, the others fade ("" for none).
    void setHighlightedVolume(const QString &volume);
    QString highlightedVolume() const { return m_highlightedVolume; }
    // The object the operator selected, drawn with a focus ring.
    void setCurrent(Kind kind, const QString &id);
    Kind currentKind() const { return m_currentKind; }
    QString currentId() const { return m_currentId; }
    // While the connection is not live nothing shown can be trusted: every node is stale.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // Overview (zoomed far out): there are no chips, pools show a health strip instead. A scene
    // starts in overview (its first layout makes no chips); the view that fits it chooses.
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }
    // Whether "Move replica to…" can be used, and if not, why (shown in menus).
    void setWriteState(bool allowed, const QString &whyNot);

    // Lays the grid out now (normally deferred to the end of the event loop iteration).
    void relayout();
    // What the last layout covers, at either detail level (chips shown or not), from the grid
    // itself: a view can choose the level that fits before it lays anything out again.
    QRectF layoutBounds(bool overview) const { return m_layoutBounds[overview ? 1 : 0]; }

    QFont headerFont() const { return m_headerFont; }
    QFont textFont() const { return m_textFont; }
    QFont smallFont() const { return m_smallFont; }

    // Whether dropping a replica on a pool may start a move: "" when it may, otherwise why
    // not, in words (the window asks the migration engine's preflight).
    using DropCheck = std::function<QString(const QString &replicaUid, const QString &pool)>;
    void setDropCheck(DropCheck check) { m_dropCheck = std::move(check); }
    bool isDragging() const { return !m_dragUid.isEmpty(); }
    // While dragging: the verdict for a pool ("" = a valid target).
    QString dropVerdict(const QString &pool) const { return m_dropVerdicts.value(pool); }
    QString hoveredPool() const { return m_dragHover; }

    // Called by the items.
    void activate(Kind kind, const QString &id);
    void requestZoomToNode(const QString &node) { emit zoomToNodeRequested(node); }
    void beginReplicaDrag(const QString &uid, const QPointF &scenePos);
    void updateReplicaDrag(const QPointF &scenePos);
    void endReplicaDrag(const QPointF &scenePos, bool cancelled = false);
    void requestContextMenu(Kind kind, const QString &id, const QPoint &screenPos);
    // The menu requestContextMenu shows for an object.
    std::unique_ptr<QMenu> contextMenu(Kind kind, const QString &id);
    // Whether the console has a recovery for a volume (the window asks the recovery planner);
    // a replica's menu then offers "Recover volume…".
    using RecoverCheck = std::function<bool(const QString &volume)>;
    void setRecoverCheck(RecoverCheck check) { m_recoverCheck = std::move(check); }
    // What an item's tooltip says (rich text).
    QString toolTipFor(QGraphicsItem *item) const;

signals:
    void activated(Ui::TopologyScene::Kind kind, const QString &id);
    void moveReplicaRequested(const QString &uid);
    void drainNodeRequested(const QString &node);
    // "If this node is lost…": what losing it now would cost (changes nothing).
    void nodeLossRequested(const QString &node);
    void recoverVolumeRequested(const QString &volume);
    // "Rebalance pool cluster…" on a pool: the rebalance of its pool cluster.
    void rebalanceRequested(const QString &poolCluster);
    // A replica chip was dropped on a pool that passed the drop check.
    void moveReplicaToPoolRequested(const QString &uid, const QString &pool);
    void showInTableRequested(Ui::TopologyScene::Kind kind, const QString &id);
    void layoutDone();
    // A cell of the overview was clicked: the view shows that node in detail.
    void zoomToNodeRequested(const QString &node);
    // The current object changed (setCurrent).
    void currentChanged();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    // A replica row dragged from the replicas table onto a pool.
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void onApplied(const Items::ChangeSet &changes);
    void scheduleRelayout();
    void dropNodesOtherThan(const QStringList &names);
    NodeItem *nodeItemFor(const QString &name);
    // The card grid: laid out at the detailed level, measured only in the overview.
    QRectF layOutGrid(const QStringList &names);
    // The overview: laid out there, measured only at the detailed level.
    QRectF layOutOverview(const QStringList &names);
    void dropZoneBlocks();
    // A node's card height at the detailed level, from the model (no items made).
    qreal detailedHeightOf(const QString &node) const;
    static qreal detailedPoolHeight(int replicas);
    void dropPoolsOf(NodeItem *node);
    qreal layOutNode(NodeItem *node);
    qreal layOutPool(PoolItem *pool);
    void layOutChips(PoolItem *pool, const QStringList &uids);
    void dropPool(PoolItem *item);
    void dropNode(NodeItem *item);
    QString nodeOfPool(const QString &pool) const;

    Items::ClusterModel *m_model;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, PoolItem *> m_pools;
    QHash<QString, ReplicaChip *> m_chips;
    QStringList m_nodeOrder;
    QList<ZoneBlockItem *> m_zoneBlocks;
    OverviewLegendItem *m_legend = nullptr;
    QString m_highlightedVolume;
    Kind m_currentKind = Kind::None;
    QString m_currentId;
    bool m_live = true;
    QHash<QString, FindingMark> m_findingMarks;
    bool m_overview = true;
    QRectF m_layoutBounds[2];
    bool m_writesAllowed = false;
    RecoverCheck m_recoverCheck;
    QString m_whyNoWrites;
    DropCheck m_dropCheck;
    QString m_dragUid;
    QString m_dragHover;
    QHash<QString, QString> m_dropVerdicts;
    QGraphicsSimpleTextItem *m_dragLabel = nullptr;
    QTimer m_relayoutTimer;
    QFont m_headerFont;
    QFont m_textFont;
    QFont m_smallFont;
};

} // namespace Ui
