#include "models/items/nodemodel.h"

#include "models/cstor/capacity.h"
#include "models/items/itemroles.h"

#include <QLocale>

namespace Items {

NodeModel::NodeModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void NodeModel::setRows(const QList<NodeRow> &incoming)
{
    QList<NodeRow> changed;
    for (const NodeRow &row : incoming) {
        const NodeRow *known = find(row.name);
        if (!known || !(*known == row))
            changed.append(row);
    }
    upsertRows(changed);
}

void NodeModel::removeNodes(const QStringList &names)
{
    removeKeys(names);
}

void NodeModel::clear()
{
    replaceRows({});
}

Health NodeModel::healthOf(const NodeRow &n)
{
    if (n.notReady)
        return Health::Error;
    if (n.stale)
        return Health::Warning;
    if (n.unhealthyPools > 0 || n.unhealthyReplicas > 0)
        return Health::Warning;
    if (n.rebuildingReplicas > 0)
        return Health::Busy;
    return n.pools.isEmpty() ? Health::Unknown : Health::Ok;
}

int NodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeRow &n = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return n.name;
        case Status:
            if (n.notReady)
                return tr("NotReady");
            if (n.stale)
                return tr("Stale");
            if (n.unhealthyPools + n.unhealthyReplicas > 0)
                return tr("%n unhealthy", nullptr, n.unhealthyPools + n.unhealthyReplicas);
            if (n.rebuildingReplicas > 0)
                return tr("%n rebuilding", nullptr, n.rebuildingReplicas);
            return tr("OK");
        case Pools:
            return n.pools.join(QStringLiteral(", "));
        case Replicas:
            return n.replicas;
        case Used:
            return Cstor::Capacity::formatBytes(n.usedBytes);
        case Capacity:
            return Cstor::Capacity::formatBytes(n.totalBytes);
        case Updated:
            return n.lastUpdate.isValid()
                       ? QLocale().toString(n.lastUpdate.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Status:
            return int(healthOf(n));
        case Replicas:
            return n.replicas;
        case Used:
            return n.usedBytes;
        case Capacity:
            return n.totalBytes;
        case Updated:
            return n.lastUpdate;
        default:
            return data(index, Qt::DisplayRole);
        }
    case UidRole:
    case NameRole:
    case NodeRole:
        return n.name;
    case HealthRole:
        return int(healthOf(n));
    case StaleRole:
        return n.stale;
    case UsedBytesRole:
        return n.usedBytes;
    case TotalBytesRole:
        return n.totalBytes;
    case UsedFractionRole:
        return n.totalBytes > 0 ? std::clamp(double(n.usedBytes) / double(n.totalBytes), 0.0, 1.0)
                                : 0.0;
    case RebuildingRole:
        return n.rebuildingReplicas > 0;
    case LastUpdateRole:
        return n.lastUpdate;
    default:
        return {};
    }
}

QVariant NodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Node");
    case Status:
        return tr("Status");
    case Pools:
        return tr("Pools");
    case Replicas:
        return tr("Replicas");
    case Used:
        return tr("Used");
    case Capacity:
        return tr("Capacity");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace Items
