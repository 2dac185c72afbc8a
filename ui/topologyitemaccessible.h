#pragma once

#include "ui/topologyscene.h"

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QPointer>

class QGraphicsItem;

namespace Ui {

class TopologyAccessible;
class TopologyView;

// One node, pool or replica chip of the topology, for assistive technology. It holds the
// item's kind and id (items come and go with the cluster) and reads everything else from the
// scene when asked. Actions: "press" selects the item, "showMenu" opens its context menu.
class TopologyItemAccessible
    : public QAccessibleInterface
    , public QAccessibleActionInterface
{
public:
    TopologyItemAccessible(TopologyView *view, TopologyScene::Kind kind, const QString &id);

    TopologyScene::Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    QGraphicsItem *item() const;
    // The name of an item as it is announced, e.g. "Replica pvc-… on pool cstor-…, Healthy".
    static QString nameOf(const TopologyScene *scene, TopologyScene::Kind kind, const QString &id);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    TopologyScene *scene() const;
    TopologyAccessible *viewInterface() const;

    QPointer<TopologyView> m_view;
    TopologyScene::Kind m_kind;
    QString m_id;
};

} // namespace Ui
