#pragma once

#include "models/items/health.h"
#include "models/items/keyedtablemodel.h"

#include <QDateTime>

namespace Items {

// A node as the console sees it: the hostName of its pools and of the replicas on them.
struct NodeRow
{
    QString name;
    QStringList pools; // pool names, sorted
    int replicas = 0;
    int rebuildingReplicas = 0;
    int unhealthyReplicas = 0;
    int unhealthyPools = 0;
    qint64 usedBytes = 0;
    qint64 totalBytes = 0;
    QDateTime lastUpdate;  // newest status update of its replicas
    bool stale = false;    // its replicas' status stopped updating
    bool notReady = false; // its Node's Ready condition is False or Unknown (kubectl: NotReady)
    QString zone;          // its Node's zone label ("" when none, or the Node is unreadable)

    bool operator==(const NodeRow &other) const = default;
};

// The nodes, one row each, keyed by node name. ClusterModel derives the rows.
class NodeModel : public KeyedTableModel<NodeRow>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Pools, Replicas, Used, Capacity, Updated, ColumnCount };

    explicit NodeModel(QObject *parent = nullptr);

    // Rows equal to what the model holds are skipped (no signal).
    void setRows(const QList<NodeRow> &rows);
    void removeNodes(const QStringList &names);
    void clear();
    const NodeRow *findByName(const QString &name) const { return find(name); }
    static Health healthOf(const NodeRow &row);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const NodeRow &row) const override { return row.name; }
};

} // namespace Items
