#include "models/items/replicamodel.h"

#include "models/cstor/capacity.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"

#include <QLocale>

namespace Items {

ReplicaModel::ReplicaModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QString ReplicaModel::mimeType()
{
    return QStringLiteral("application/x-cstor-replica-uids");
}

void ReplicaModel::apply(const Kube::KindDelta<Cstor::VolumeReplica> &delta,
                         QList<Cstor::VolumeReplica> *removed)
{
    QStringList gone = delta.removedUids;
    if (delta.replaceAll) {
        QSet<QString> keep;
        for (const Cstor::VolumeReplica &r : delta.upserted)
            keep.insert(r.meta.uid);
        gone.clear();
        for (const Cstor::VolumeReplica &r : rows()) {
            if (!keep.contains(r.meta.uid))
                gone.append(r.meta.uid);
        }
    }
    const QList<Cstor::VolumeReplica> out = removeKeys(gone);
    for (const Cstor::VolumeReplica &r : out)
        m_stale.remove(r.meta.uid);
    if (removed)
        *removed = out;
    upsertRows(delta.upserted);
}

void ReplicaModel::clear()
{
    apply({{}, {}, true}, nullptr);
    m_stale.clear();
    m_rebuildReference.clear();
}

void ReplicaModel::flipStale(const QStringList &uids)
{
    QList<int> rows;
    rows.reserve(uids.size());
    for (const QString &uid : uids) {
        const int row = rowOfKey(uid);
        if (row < 0)
            continue;
        if (!m_stale.remove(uid))
            m_stale.insert(uid);
        rows.append(row);
    }
    // Only the status column shows staleness: a table sorted by another column is not re-sorted.
    emitRowsChanged(std::move(rows), Status, Status);
}

void ReplicaModel::forgetStale(const QStringList &uids)
{
    for (const QString &uid : uids)
        m_stale.remove(uid);
}

bool ReplicaModel::setRebuildReference(const QString &volume, qint64 bytes)
{
    if (m_rebuildReference.value(volume) == std::max<qint64>(bytes, 0))
        return false;
    if (bytes <= 0)
        m_rebuildReference.remove(volume);
    else
        m_rebuildReference.insert(volume, bytes);
    return true;
}

bool ReplicaModel::isFilling(Cstor::ReplicaPhase phase)
{
    return Cstor::Phases::isRebuilding(phase) || phase == Cstor::ReplicaPhase::Recreate ||
           phase == Cstor::ReplicaPhase::NewReplicaDegraded;
}

double ReplicaModel::rebuildFraction(const Cstor::VolumeReplica &r) const
{
    if (!isFilling(r.phase))
        return -1;
    const qint64 reference = m_rebuildReference.value(r.volume);
    if (reference <= 0)
        return -1;
    return std::clamp(double(r.usedBytes) / double(reference), 0.0, 1.0);
}

int ReplicaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cstor::VolumeReplica &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        return toolTipData(r, index.column());
    case Qt::TextAlignmentRole:
        return alignmentData(index.column());
    case SortRole:
        return sortData(r, index.column());
    default:
        return roleData(r, role);
    }
}

// Staleness is looked up only for what needs it: sorting and filtering ask for many rows at once.
Health ReplicaModel::healthOf(const Cstor::VolumeReplica &r) const
{
    return isStale(r.meta.uid)
               ? HealthRules::worst(Health::Warning, HealthRules::ofReplica(r.phase))
               : HealthRules::ofReplica(r.phase);
}

QVariant ReplicaModel::displayData(const Cstor::VolumeReplica &r, int column) const
{
    switch (column) {
    case Name:
        return r.meta.name;
    case Volume:
        return r.volume;
    case Pool:
        return r.pool;
    case Node:
        return r.node;
    case Status: {
        const QString phase = r.phaseText.isEmpty() ? tr("(new)") : r.phaseText;
        return isStale(r.meta.uid) ? tr("%1 · stale").arg(phase) : phase;
    }
    case Rebuild: {
        const double f = rebuildFraction(r);
        return f < 0 ? QString() : tr("~%1 %").arg(qRound(f * 100));
    }
    case Used:
        return Cstor::Capacity::formatBytes(r.usedBytes);
    case Allocated:
        return Cstor::Capacity::formatBytes(r.allocatedBytes);
    case Snapshots:
        return r.pendingSnapshots.isEmpty()
                   ? QString::number(r.snapshots.size())
                   : tr("%1 (+%2 pending)").arg(r.snapshots.size()).arg(r.pendingSnapshots.size());
    case Updated:
        return r.lastUpdateTime.isValid()
                   ? QLocale().toString(r.lastUpdateTime.toLocalTime().time(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant ReplicaModel::toolTipData(const Cstor::VolumeReplica &r, int column) const
{
    switch (column) {
    case Status:
        return isStale(r.meta.uid)
                   ? tr("No status update since %1: the pool's node may be down, so the "
                        "phase shown may no longer be true.")
                         .arg(QLocale().toString(r.lastUpdateTime.toLocalTime(),
                                                 QLocale::ShortFormat))
                   : QVariant();
    case Rebuild:
        return rebuildFraction(r) >= 0
                   ? tr("Estimated from the data copied so far against a healthy replica "
                        "of the same volume; cStor reports no progress itself.")
                   : QVariant();
    case Updated:
        return QLocale().toString(r.lastUpdateTime.toLocalTime(), QLocale::LongFormat);
    default:
        return {};
    }
}

QVariant ReplicaModel::alignmentData(int column)
{
    switch (column) {
    case Rebuild:
    case Used:
    case Allocated:
    case Snapshots:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReplicaModel::sortData(const Cstor::VolumeReplica &r, int column) const
{
    switch (column) {
    case Status:
        return int(healthOf(r)) * 100 + int(r.phase);
    case Rebuild:
        return rebuildFraction(r);
    case Used:
        return r.usedBytes;
    case Allocated:
        return r.allocatedBytes;
    case Snapshots:
        return int(r.snapshots.size());
    case Updated:
        return r.lastUpdateTime;
    default:
        return displayData(r, column);
    }
}

// The roles of Items::Role, the same in every column.
QVariant ReplicaModel::roleData(const Cstor::VolumeReplica &r, int role) const
{
    switch (role) {
    case UidRole:
        return r.meta.uid;
    case NameRole:
        return r.meta.name;
    case VolumeRole:
        return r.volume;
    case PoolRole:
        return r.pool;
    case NodeRole:
        return r.node;
    case PhaseRole:
        return int(r.phase);
    case PhaseTextRole:
        return r.phaseText;
    case HealthRole:
        return int(healthOf(r));
    case StaleRole:
        return isStale(r.meta.uid);
    case UsedBytesRole:
        return r.usedBytes;
    case TotalBytesRole:
        return r.allocatedBytes;
    case UsedFractionRole:
        return rebuildFraction(r);
    case RebuildingRole:
        return Cstor::Phases::isRebuilding(r.phase);
    case LastUpdateRole:
        return r.lastUpdateTime;
    default:
        return {};
    }
}

QVariant ReplicaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Replica");
    case Volume:
        return tr("Volume");
    case Pool:
        return tr("Pool");
    case Node:
        return tr("Node");
    case Status:
        return tr("Status");
    case Rebuild:
        return tr("Rebuilt");
    case Used:
        return tr("Used");
    case Allocated:
        return tr("Allocated");
    case Snapshots:
        return tr("Snapshots");
    case Updated:
        return tr("Updated");
    }
    return {};
}

Qt::ItemFlags ReplicaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = KeyedTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ReplicaModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ReplicaModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList uids;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        const QString uid = keyAt(index.row());
        if (!uids.contains(uid))
            uids.append(uid);
    }
    if (uids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), uids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

} // namespace Items
