#include "ui/topologyitemaccessible.h"

#include "models/cstor/capacity.h"
#include "models/items/health.h"
#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyaccessible.h"
#include "ui/topologyview.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QTextDocumentFragment>
#include <QWindow>

namespace Ui {

TopologyItemAccessible::TopologyItemAccessible(TopologyView *view, TopologyScene::Kind kind,
                                               const QString &id)
    : m_view(view)
    , m_kind(kind)
    , m_id(id)
{
}

TopologyScene *TopologyItemAccessible::scene() const
{
    return m_view ? m_view->topologyScene() : nullptr;
}

TopologyAccessible *TopologyItemAccessible::viewInterface() const
{
    if (!m_view)
        return nullptr;
    return dynamic_cast<TopologyAccessible *>(QAccessible::queryAccessibleInterface(m_view));
}

QGraphicsItem *TopologyItemAccessible::item() const
{
    const TopologyScene *s = scene();
    if (!s)
        return nullptr;
    switch (m_kind) {
    case TopologyScene::Kind::Node:
        return s->nodeItem(m_id);
    case TopologyScene::Kind::Pool:
        return s->poolItem(m_id);
    case TopologyScene::Kind::Replica:
        return s->replicaChip(m_id);
    default:
        break;
    }
    return nullptr;
}

bool TopologyItemAccessible::isValid() const
{
    return item() != nullptr;
}

QWindow *TopologyItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TopologyItemAccessible::parent() const
{
    TopologyAccessible *view = viewInterface();
    const QGraphicsItem *own = item();
    if (!view || !own)
        return nullptr;
    switch (m_kind) {
    case TopologyScene::Kind::Node:
        return view;
    case TopologyScene::Kind::Pool:
        return view->itemInterface(TopologyScene::Kind::Node,
                                   static_cast<const PoolItem *>(own)->node()->name());
    case TopologyScene::Kind::Replica:
        if (own->parentItem() && own->parentItem()->type() == PoolItem::Type)
            return view->itemInterface(TopologyScene::Kind::Pool,
                                       static_cast<const PoolItem *>(own->parentItem())->name());
        break;
    default:
        break;
    }
    return nullptr;
}

int TopologyItemAccessible::childCount() const
{
    return int(TopologyAccessible::childIds(scene(), m_kind, m_id).size());
}

QAccessibleInterface *TopologyItemAccessible::child(int index) const
{
    const QStringList ids = TopologyAccessible::childIds(scene(), m_kind, m_id);
    TopologyAccessible *view = viewInterface();
    if (!view || index < 0 || index >= ids.size())
        return nullptr;
    return view->itemInterface(TopologyAccessible::childKind(m_kind), ids.at(index));
}

int TopologyItemAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *other = dynamic_cast<const TopologyItemAccessible *>(child);
    if (!other || other->kind() != TopologyAccessible::childKind(m_kind))
        return -1;
    return int(TopologyAccessible::childIds(scene(), m_kind, m_id).indexOf(other->id()));
}

QAccessibleInterface *TopologyItemAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *c = child(i);
        if (c && c->rect().contains(x, y))
            return c;
    }
    return nullptr;
}

QString TopologyItemAccessible::nameOf(const TopologyScene *scene, TopologyScene::Kind kind,
                                       const QString &id)
{
    if (!scene)
        return {};
    const Items::ClusterModel *model = scene->clusterModel();
    switch (kind) {
    case TopologyScene::Kind::Node: {
        const NodeItem *node = scene->nodeItem(id);
        const Items::NodeRow *row = node ? node->row() : nullptr;
        QString state = row ? Items::HealthRules::name(Items::NodeModel::healthOf(*row))
                            : Items::HealthRules::name(Items::Health::Unknown);
        if (row && row->notReady)
            state = QCoreApplication::translate("Ui::TopologyItemAccessible", "NotReady");
        else if (node && node->isStale())
            state = QCoreApplication::translate("Ui::TopologyItemAccessible", "Stale");
        QString name =
            QCoreApplication::translate("Ui::TopologyItemAccessible", "Node %1, %2").arg(id, state);
        if (row)
            name += QStringLiteral(", ") +
                    QCoreApplication::translate("Ui::TopologyItemAccessible", "%n pool(s)", nullptr,
                                                int(row->pools.size())) +
                    QStringLiteral(", ") +
                    QCoreApplication::translate("Ui::TopologyItemAccessible", "%n replica(s)",
                                                nullptr, row->replicas);
        return name;
    }
    case TopologyScene::Kind::Pool: {
        const PoolItem *pool = scene->poolItem(id);
        const Cstor::PoolInstance *p = pool ? pool->pool() : nullptr;
        if (!p)
            return QCoreApplication::translate("Ui::TopologyItemAccessible", "Pool %1").arg(id);
        QString name =
            QCoreApplication::translate("Ui::TopologyItemAccessible",
                                        "Pool %1 on %2, %3, %4 % used")
                .arg(id, p->hostName,
                     p->phaseText.isEmpty()
                         ? QCoreApplication::translate("Ui::TopologyItemAccessible", "not reported")
                         : p->phaseText)
                .arg(qRound(Items::PoolModel::usedFraction(*p) * 100));
        if (p->importLost)
            name +=
                QStringLiteral(", ") + QCoreApplication::translate("Ui::TopologyItemAccessible",
                                                                   "its import fails (PoolLost)");
        if (p->readOnly)
            name += QStringLiteral(", ") +
                    QCoreApplication::translate("Ui::TopologyItemAccessible", "read-only");
        if (pool->isStale())
            name += QStringLiteral(", ") +
                    QCoreApplication::translate("Ui::TopologyItemAccessible", "stale");
        return name;
    }
    case TopologyScene::Kind::Replica: {
        const ReplicaChip *chip = scene->replicaChip(id);
        const Cstor::VolumeReplica *r = chip ? chip->replica() : nullptr;
        if (!r)
            return QCoreApplication::translate("Ui::TopologyItemAccessible", "Replica %1").arg(id);
        QString name =
            QCoreApplication::translate("Ui::TopologyItemAccessible", "Replica %1 on pool %2, %3")
                .arg(r->volume, r->pool, chip->phaseText());
        const double fraction = model->replicas()->rebuildFraction(*r);
        if (fraction >= 0)
            name +=
                QStringLiteral(", ") + QCoreApplication::translate("Ui::TopologyItemAccessible",
                                                                   "about %1 % rebuilt (estimate)")
                                           .arg(qRound(fraction * 100));
        if (chip->isStale())
            name += QStringLiteral(", ") +
                    QCoreApplication::translate("Ui::TopologyItemAccessible", "stale");
        return name;
    }
    default:
        break;
    }
    return {};
}

QString TopologyItemAccessible::text(QAccessible::Text t) const
{
    QGraphicsItem *own = item();
    if (!own)
        return {};
    switch (t) {
    case QAccessible::Name:
        return nameOf(scene(), m_kind, m_id);
    case QAccessible::Description:
        return QTextDocumentFragment::fromHtml(scene()->toolTipFor(own)).toPlainText();
    case QAccessible::Help:
        return m_kind == TopologyScene::Kind::Replica
                   ? QCoreApplication::translate("Ui::TopologyItemAccessible",
                                                 "Ctrl+M moves this replica to another pool.")
                   : QString();
    default:
        break;
    }
    return {};
}

void TopologyItemAccessible::setText(QAccessible::Text, const QString &) {}

QRect TopologyItemAccessible::rect() const
{
    const QGraphicsItem *own = item();
    if (!own || !m_view)
        return {};
    const QRect inView = m_view->mapFromScene(own->sceneBoundingRect()).boundingRect();
    return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
}

QAccessible::Role TopologyItemAccessible::role() const
{
    return QAccessible::TreeItem;
}

QAccessible::State TopologyItemAccessible::state() const
{
    QAccessible::State state;
    const QGraphicsItem *own = item();
    const TopologyScene *s = scene();
    if (!own || !s) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.expandable = m_kind != TopologyScene::Kind::Replica;
    state.expanded = state.expandable && childCount() > 0;
    state.invisible = !own->isVisible();
    const QRect visible = m_view->viewport()->rect();
    state.offscreen =
        !visible.intersects(m_view->mapFromScene(own->sceneBoundingRect()).boundingRect());
    const bool current = s->currentKind() == m_kind && s->currentId() == m_id;
    state.selected = current;
    state.focused = current && m_view->hasFocus();
    return state;
}

void *TopologyItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList TopologyItemAccessible::actionNames() const
{
    return {pressAction(), showMenuAction()};
}

void TopologyItemAccessible::doAction(const QString &actionName)
{
    TopologyScene *s = scene();
    const QGraphicsItem *own = item();
    if (!s || !own)
        return;
    if (actionName == pressAction()) {
        s->activate(m_kind, m_id);
    } else if (actionName == showMenuAction()) {
        s->activate(m_kind, m_id);
        const QRect r = rect();
        s->requestContextMenu(m_kind, m_id, r.center());
    }
}

QStringList TopologyItemAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return")};
    if (actionName == showMenuAction())
        return {QStringLiteral("Menu"), QStringLiteral("Shift+F10")};
    return {};
}

} // namespace Ui
