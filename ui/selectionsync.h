#pragma once

#include "ui/topologyscene.h"

#include <QObject>
#include <QString>

class QTabWidget;

namespace Items {
class ClusterModel;
}

namespace Ui {

class DetailsPanel;
class TablePanel;
class TopologyView;

// One object selected across the window: chosen in the topology, it is selected in its table
// (shown); chosen in a table, the topology centres on it; both show it in the details.
class SelectionSync : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        TopologyScene *scene = nullptr;
        TopologyView *view = nullptr;
        QTabWidget *tabs = nullptr;
        TablePanel *pools = nullptr;
        TablePanel *replicas = nullptr;
        TablePanel *volumes = nullptr;
        TablePanel *nodes = nullptr;
        DetailsPanel *details = nullptr;
    };

    SelectionSync(Items::ClusterModel *model, const Views &views, QObject *parent);

    // The selected replica (uid) and node (name); "" when something else is selected.
    QString replica() const { return m_replica; }
    QString node() const { return m_node; }
    // The selected pool's name, or the volume selected or whose replica is; "" otherwise.
    QString pool() const { return m_pool; }
    QString volume() const { return m_volume; }
    // Forgets the selected replica and node (their cluster is gone).
    void forget();

    void select(TopologyScene::Kind kind, const QString &id, bool fromTable);
    // A found item: selected in every view (its table brought to the front) and brought into
    // the topology's view.
    void reveal(TopologyScene::Kind kind, const QString &id);

signals:
    void changed();

private:
    TablePanel *tableOf(TopologyScene::Kind kind) const;
    QString volumeOf(TopologyScene::Kind kind, const QString &id) const;

    Items::ClusterModel *m_model;
    Views m_views;
    QString m_replica;
    QString m_node;
    QString m_pool;
    QString m_volume;
};

} // namespace Ui
