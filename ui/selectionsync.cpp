#include "ui/selectionsync.h"

#include "models/items/clustermodel.h"
#include "ui/detailspanel.h"
#include "ui/tablepanel.h"
#include "ui/topologyview.h"

#include <QTabWidget>

namespace Ui {

SelectionSync::SelectionSync(Items::ClusterModel *model, const Views &views, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_views(views)
{
    using Kind = TopologyScene::Kind;
    connect(m_views.scene, &TopologyScene::activated, this,
            [this](Kind kind, const QString &id) { select(kind, id, false); });
    connect(m_views.scene, &TopologyScene::showInTableRequested, this,
            [this](Kind kind, const QString &id) {
                select(kind, id, false);
                m_views.tabs->setFocus();
            });
    const std::pair<TablePanel *, Kind> tables[] = {{m_views.pools, Kind::Pool},
                                                    {m_views.replicas, Kind::Replica},
                                                    {m_views.volumes, Kind::Volume},
                                                    {m_views.nodes, Kind::Node}};
    for (const auto &[table, kind] : tables) {
        connect(table, &TablePanel::currentKeyChanged, this,
                [this, kind = kind](const QString &key) { select(kind, key, true); });
    }
}

void SelectionSync::forget()
{
    m_replica.clear();
    m_node.clear();
}

void SelectionSync::select(TopologyScene::Kind kind, const QString &id, bool fromTable)
{
    m_replica = kind == TopologyScene::Kind::Replica ? id : QString();
    m_node = kind == TopologyScene::Kind::Node ? id : QString();
    m_pool = kind == TopologyScene::Kind::Pool ? id : QString();
    m_volume = volumeOf(kind, id);
    m_views.scene->setCurrent(kind, kind == TopologyScene::Kind::None ? QString() : id);
    m_views.scene->setHighlightedVolume(m_volume);
    TablePanel *table = tableOf(kind);
    if (!fromTable && table) {
        table->selectKey(id);
        m_views.tabs->setCurrentWidget(table);
    }
    if (fromTable)
        m_views.view->centerOnItemOf(int(kind), id);
    m_views.details->show(kind, id);
    emit changed();
}

void SelectionSync::reveal(TopologyScene::Kind kind, const QString &id)
{
    select(kind, id, false);
    m_views.view->centerOnItemOf(int(kind), id);
}

TablePanel *SelectionSync::tableOf(TopologyScene::Kind kind) const
{
    switch (kind) {
    case TopologyScene::Kind::Replica:
        return m_views.replicas;
    case TopologyScene::Kind::Volume:
        return m_views.volumes;
    case TopologyScene::Kind::Pool:
        return m_views.pools;
    case TopologyScene::Kind::Node:
        return m_views.nodes;
    case TopologyScene::Kind::None:
        break;
    }
    return nullptr;
}

// The volume highlighted with the selection: the selected one, or the selected replica's.
QString SelectionSync::volumeOf(TopologyScene::Kind kind, const QString &id) const
{
    if (kind == TopologyScene::Kind::Volume)
        return id;
    if (kind == TopologyScene::Kind::Replica) {
        const Cstor::VolumeReplica *replica = m_model->replicas()->find(id);
        return replica ? replica->volume : QString();
    }
    return {};
}

} // namespace Ui
