#pragma once

#include "ui/topologyscene.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>

namespace Ui {

class TopologyView;

// What assistive technology sees of the topology: the view is a tree whose items are the nodes,
// their pools and the replicas on each pool (QGraphicsItems have no accessibility of their own).
// Each item has a role, a name ("Replica pvc-… on pool cstor-…, Healthy"), a description (what
// its tooltip says), a state (focused, selected) and a rectangle; focus changes are announced.
class TopologyAccessible : public QAccessibleWidget
{
public:
    explicit TopologyAccessible(TopologyView *view);

    // Registers the factory that gives every TopologyView this interface (once per process).
    static void install();
    // Makes sure `view` has this interface, even if assistive technology asked for one while
    // the view was being constructed (and got a generic one).
    static void adopt(TopologyView *view);
    // Announces the scene's current item (focus and selection), when assistive technology
    // listens.
    static void notifyCurrent(TopologyView *view);

    // The kind of item below one of `kind` (None: the view, whose children are the nodes).
    static TopologyScene::Kind childKind(TopologyScene::Kind kind);
    // The ids of the items below (kind, id) that are in the scene, in the order shown.
    static QStringList childIds(const TopologyScene *scene, TopologyScene::Kind kind,
                                const QString &id);
    // The interface of one item (made on first use, kept while the item exists).
    QAccessibleInterface *itemInterface(TopologyScene::Kind kind, const QString &id) const;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override;

private:
    TopologyView *view() const;
    void prune() const;

    mutable QHash<QString, QAccessible::Id> m_items;
};

} // namespace Ui
