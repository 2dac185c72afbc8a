#pragma once

#include "ui/nodeitem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QTableView>

// What the main window shows, read the way the GUI tests check it.
namespace WindowProbes {

inline const QString kNode1 = QStringLiteral("e2e1-node1");
inline const QString kNode2 = QStringLiteral("e2e1-node2");
inline const QString kNode3 = QStringLiteral("e2e1-node3");

// The text a table shows in `column` for the row whose key is `key`.
inline QString cellText(Ui::TablePanel *table, const QString &key, int column, int keyRole)
{
    QAbstractItemModel *model = table->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(keyRole).toString() == key)
            return model->index(row, column).data().toString();
    }
    return {};
}

// The nodes (from the topology: the chip's pool's node card) holding replicas of `volume`.
inline QStringList topologyNodesOf(Ui::TopologyScene *scene, const QString &volume)
{
    QStringList nodes;
    for (Ui::ReplicaChip *chip : scene->chipsOfVolume(volume)) {
        auto *pool = static_cast<Ui::PoolItem *>(chip->parentItem());
        nodes.append(pool->node()->name());
    }
    nodes.sort();
    return nodes;
}

} // namespace WindowProbes
