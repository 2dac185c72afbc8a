#include "ui/topologyaccessible.h"

#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyitemaccessible.h"
#include "ui/topologyview.h"

#include <QAccessibleEvent>

namespace Ui {

namespace {

QString keyOf(TopologyScene::Kind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char('/') + id;
}

QAccessibleInterface *createInterface(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<TopologyView *>(object))
        return new TopologyAccessible(view);
    return nullptr;
}

} // namespace

TopologyAccessible::TopologyAccessible(TopologyView *view)
    : QAccessibleWidget(view, QAccessible::Tree)
{
}

void TopologyAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(createInterface);
        return true;
    }();
    Q_UNUSED(installed)
}

void TopologyAccessible::adopt(TopologyView *view)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    if (iface && !dynamic_cast<TopologyAccessible *>(iface))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

TopologyView *TopologyAccessible::view() const
{
    return static_cast<TopologyView *>(widget());
}

TopologyScene::Kind TopologyAccessible::childKind(TopologyScene::Kind kind)
{
    switch (kind) {
    case TopologyScene::Kind::None:
        return TopologyScene::Kind::Node;
    case TopologyScene::Kind::Node:
        return TopologyScene::Kind::Pool;
    case TopologyScene::Kind::Pool:
        return TopologyScene::Kind::Replica;
    default:
        break;
    }
    return TopologyScene::Kind::None;
}

QStringList TopologyAccessible::childIds(const TopologyScene *scene, TopologyScene::Kind kind,
                                         const QString &id)
{
    QStringList ids;
    if (!scene)
        return ids;
    const Items::ClusterModel *model = scene->clusterModel();
    switch (kind) {
    case TopologyScene::Kind::None:
        for (const QString &node : scene->nodeOrder()) {
            if (scene->nodeItem(node))
                ids.append(node);
        }
        break;
    case TopologyScene::Kind::Node:
        for (const QString &pool : model->poolsOfNode(id)) {
            const PoolItem *item = scene->poolItem(pool);
            if (item && item->node() && item->node()->name() == id)
                ids.append(pool);
        }
        break;
    case TopologyScene::Kind::Pool:
        for (const QString &uid : model->replicasOfPool(id)) {
            const ReplicaChip *chip = scene->replicaChip(uid);
            if (chip && chip->parentItem() && chip->parentItem() == scene->poolItem(id))
                ids.append(uid);
        }
        break;
    default:
        break;
    }
    return ids;
}

void TopologyAccessible::prune() const
{
    const TopologyScene *scene = view() ? view()->topologyScene() : nullptr;
    for (auto it = m_items.begin(); it != m_items.end();) {
        QAccessibleInterface *iface = QAccessible::accessibleInterface(it.value());
        if (scene && iface && iface->isValid()) {
            ++it;
            continue;
        }
        if (iface)
            QAccessible::deleteAccessibleInterface(it.value());
        it = m_items.erase(it);
    }
}

QAccessibleInterface *TopologyAccessible::itemInterface(TopologyScene::Kind kind,
                                                        const QString &id) const
{
    if (!view() || id.isEmpty())
        return nullptr;
    const QString key = keyOf(kind, id);
    if (const QAccessible::Id known = m_items.value(key)) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(known)) {
            if (iface->isValid())
                return iface;
        }
        prune();
    }
    auto *iface = new TopologyItemAccessible(view(), kind, id);
    if (!iface->isValid()) {
        delete iface;
        return nullptr;
    }
    m_items.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int TopologyAccessible::childCount() const
{
    return int(
        childIds(view() ? view()->topologyScene() : nullptr, TopologyScene::Kind::None, {}).size());
}

QAccessibleInterface *TopologyAccessible::child(int index) const
{
    const QStringList ids =
        childIds(view() ? view()->topologyScene() : nullptr, TopologyScene::Kind::None, {});
    if (index < 0 || index >= ids.size())
        return nullptr;
    return itemInterface(TopologyScene::Kind::Node, ids.at(index));
}

int TopologyAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const TopologyItemAccessible *>(child);
    if (!item || item->kind() != TopologyScene::Kind::Node)
        return -1;
    return int(childIds(view() ? view()->topologyScene() : nullptr, TopologyScene::Kind::None, {})
                   .indexOf(item->id()));
}

QAccessibleInterface *TopologyAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *node = child(i);
        if (node && node->rect().contains(x, y))
            return node;
    }
    return nullptr;
}

QAccessibleInterface *TopologyAccessible::focusChild() const
{
    const TopologyScene *scene = view() ? view()->topologyScene() : nullptr;
    if (!scene)
        return nullptr;
    return itemInterface(scene->currentKind(), scene->currentId());
}

QString TopologyAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && widget()->accessibleDescription().isEmpty())
        return TopologyView::tr("Nodes, their cStor pools and the volume replicas on each pool. "
                                "Arrow keys go from item to item; Ctrl+M moves the selected "
                                "replica; the Menu key opens the item's actions.");
    return QAccessibleWidget::text(t);
}

QAccessible::Role TopologyAccessible::role() const
{
    return QAccessible::Tree;
}

void TopologyAccessible::notifyCurrent(TopologyView *view)
{
    if (!QAccessible::isActive() || !view)
        return;
    const TopologyScene *scene = view->topologyScene();
    auto *self = dynamic_cast<TopologyAccessible *>(QAccessible::queryAccessibleInterface(view));
    if (!self || !scene)
        return;
    QAccessibleInterface *item = self->itemInterface(scene->currentKind(), scene->currentId());
    if (!item)
        return;
    QAccessibleEvent selection(item, QAccessible::SelectionAdd);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace Ui
