#include "models/items/volumemodel.h"

#include "models/items/iotext.h"

#include "models/cstor/capacity.h"
#include "models/items/health.h"
#include "models/items/itemroles.h"

namespace Items {

namespace {

Health healthOf(const VolumeRow &v)
{
    if (v.volume)
        return HealthRules::ofVolume(v.volume->phase);
    if (v.config)
        return HealthRules::ofVolumeConfig(v.config->phase) == Health::Ok
                   ? Health::Unknown
                   : HealthRules::ofVolumeConfig(v.config->phase);
    return Health::Unknown;
}

// The volume's size: its target's, else its config's (0 when neither says).
qint64 capacityOf(const VolumeRow &v)
{
    return v.volume && v.volume->capacityBytes > 0 ? v.volume->capacityBytes
           : v.config                              ? v.config->capacityBytes
                                                   : 0;
}

// The replicas the volume should have.
int desiredReplicasOf(const VolumeRow &v)
{
    return v.volume ? v.volume->desiredReplicationFactor : v.config ? v.config->replicaCount : 0;
}

} // namespace

VolumeModel::VolumeModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QString VolumeModel::uidOf(const VolumeRow &row)
{
    if (row.config)
        return row.config->meta.uid;
    return row.volume ? row.volume->meta.uid : QString();
}

template<typename T, typename Set, typename Clear>
void VolumeModel::applyPart(const Kube::KindDelta<T> &delta, QHash<QString, QString> &nameOfUid,
                            Set set, Clear clear)
{
    QStringList goneUids = delta.removedUids;
    if (delta.replaceAll) {
        QSet<QString> keep;
        for (const T &object : delta.upserted)
            keep.insert(object.meta.uid);
        goneUids.clear();
        for (auto it = nameOfUid.cbegin(); it != nameOfUid.cend(); ++it) {
            if (!keep.contains(it.key()))
                goneUids.append(it.key());
        }
    }
    QList<VolumeRow> changed;
    QStringList emptied;
    for (const QString &uid : std::as_const(goneUids)) {
        const QString name = nameOfUid.take(uid);
        const VolumeRow *row = name.isEmpty() ? nullptr : find(name);
        if (!row)
            continue;
        VolumeRow copy = *row;
        clear(copy);
        if (!copy.config && !copy.volume)
            emptied.append(name);
        else
            changed.append(copy);
    }
    removeKeys(emptied);
    QHash<QString, int> pending; // name -> index in changed
    for (int i = 0; i < changed.size(); ++i)
        pending.insert(changed.at(i).name, i);
    for (const T &object : delta.upserted) {
        const QString &name = object.meta.name;
        nameOfUid.insert(object.meta.uid, name);
        if (const auto it = pending.constFind(name); it != pending.constEnd()) {
            set(changed[it.value()], object);
            continue;
        }
        VolumeRow row;
        if (const VolumeRow *known = find(name))
            row = *known;
        else
            row.name = name;
        set(row, object);
        pending.insert(name, int(changed.size()));
        changed.append(row);
    }
    upsertRows(changed);
}

void VolumeModel::applyConfigs(const Kube::KindDelta<Cstor::VolumeConfig> &delta)
{
    applyPart(
        delta, m_nameOfConfigUid,
        [](VolumeRow &row, const Cstor::VolumeConfig &c) { row.config = c; },
        [](VolumeRow &row) { row.config.reset(); });
}

void VolumeModel::applyVolumes(const Kube::KindDelta<Cstor::Volume> &delta)
{
    applyPart(
        delta, m_nameOfVolumeUid, [](VolumeRow &row, const Cstor::Volume &v) { row.volume = v; },
        [](VolumeRow &row) { row.volume.reset(); });
}

void VolumeModel::clear()
{
    applyConfigs({{}, {}, true});
    applyVolumes({{}, {}, true});
}

void VolumeModel::setReplicaSummary(const QString &name, int replicas, int healthy, int rebuilding,
                                    qint64 usedBytes)
{
    const int row = rowOfKey(name);
    if (row < 0)
        return;
    VolumeRow &v = mutableAt(row);
    if (v.replicas == replicas && v.healthyReplicas == healthy &&
        v.rebuildingReplicas == rebuilding && v.usedBytes == usedBytes)
        return;
    v.replicas = replicas;
    v.healthyReplicas = healthy;
    v.rebuildingReplicas = rebuilding;
    v.usedBytes = usedBytes;
    emitRowsChanged({row});
}

void VolumeModel::setUse(const QString &name, const VolumeUse &use)
{
    const int row = rowOfKey(name);
    if (row < 0 || at(row).use == use)
        return;
    mutableAt(row).use = use;
    emitRowsChanged({row});
}

QString VolumeModel::podsText(const VolumeUse &use)
{
    constexpr int kNamed = 2;
    QStringList names;
    for (const VolumeUse::Pod &pod : use.pods.first(std::min<qsizetype>(kNamed, use.pods.size())))
        names.append(pod.name);
    QString text = names.join(QStringLiteral(", "));
    if (use.pods.size() > kNamed)
        text = tr("%1 +%2").arg(use.pods.first().name).arg(use.pods.size() - 1);
    return text;
}

int VolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeRow &v = at(index.row());
    if (index.column() == Io && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                 role == Qt::TextAlignmentRole || role == SortRole))
        return ioData(v.name, role);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(v, index.column());
    case Qt::ToolTipRole:
        if (index.column() == UsedBy && !v.use.pods.isEmpty()) {
            QStringList lines;
            for (const VolumeUse::Pod &pod : v.use.pods) {
                lines.append(pod.node.isEmpty()
                                 ? tr("%1/%2: %3, not scheduled")
                                       .arg(v.use.claimNamespace, pod.name, pod.state)
                                 : tr("%1/%2 on %3: %4")
                                       .arg(v.use.claimNamespace, pod.name, pod.node, pod.state));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Replicas && v.volume)
            return tr("Replication factor %1, desired %2, consistency factor %3; %4 replica "
                      "objects seen")
                .arg(v.volume->replicationFactor)
                .arg(v.volume->desiredReplicationFactor)
                .arg(v.volume->consistencyFactor)
                .arg(v.replicas);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Capacity || index.column() == Used)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(v, index.column());
    default:
        return roleData(v, role);
    }
}

QVariant VolumeModel::displayData(const VolumeRow &v, int column)
{
    switch (column) {
    case Name:
        return v.name;
    case Status:
        if (!v.volume)
            return tr("(no target yet)");
        return v.volume->phaseText.isEmpty() ? tr("(not reported)") : v.volume->phaseText;
    case Replicas: {
        QString text = tr("%1 of %2 healthy").arg(v.healthyReplicas).arg(desiredReplicasOf(v));
        if (v.rebuildingReplicas > 0)
            text += tr(", %n rebuilding", nullptr, v.rebuildingReplicas);
        if (v.config && v.config->isScaling())
            text += tr(" (scaling %1 → %2)")
                        .arg(v.config->statusPools.size())
                        .arg(v.config->specPools.size());
        return text;
    }
    case Pools:
        return v.config ? v.config->specPools.join(QStringLiteral(", ")) : QString();
    case Capacity: {
        const qint64 capacity = capacityOf(v);
        return capacity > 0 ? Cstor::Capacity::formatBytes(capacity) : QString();
    }
    case Used:
        return v.replicas > 0 ? Cstor::Capacity::formatBytes(v.usedBytes) : QString();
    case Claim:
        return v.use.claimText();
    case UsedBy:
        return podsText(v.use);
    case Config:
        return v.config ? v.config->phaseText : QString();
    case PoolCluster:
        return v.config ? v.config->poolCluster : QString();
    }
    return {};
}

QVariant VolumeModel::sortData(const VolumeRow &v, int column)
{
    switch (column) {
    case Status:
        return int(healthOf(v)) * 100 + (v.volume ? int(v.volume->phase) : 0);
    case Replicas:
        return v.healthyReplicas * 1000 + desiredReplicasOf(v);
    case Capacity:
        return capacityOf(v);
    case Used:
        return v.usedBytes;
    default:
        return displayData(v, column);
    }
}

// The roles of Items::Role, the same in every column.
QVariant VolumeModel::roleData(const VolumeRow &v, int role)
{
    switch (role) {
    case UidRole:
        return uidOf(v);
    case NameRole:
    case VolumeRole:
        return v.name;
    case PhaseRole:
        return v.volume ? int(v.volume->phase) : int(Cstor::VolumePhase::Unknown);
    case PhaseTextRole:
        return v.volume ? v.volume->phaseText : QString();
    case HealthRole:
        return int(healthOf(v));
    case UsedBytesRole:
        return v.usedBytes;
    case TotalBytesRole:
        return capacityOf(v);
    case UsedFractionRole: {
        const qint64 capacity = capacityOf(v);
        return capacity > 0 ? std::clamp(double(v.usedBytes) / double(capacity), 0.0, 1.0) : 0.0;
    }
    case RebuildingRole:
        return v.rebuildingReplicas > 0;
    case LastUpdateRole:
        return v.volume ? v.volume->lastUpdateTime : QDateTime();
    default:
        return {};
    }
}

void VolumeModel::setIo(const Metrics::VolumeIo::Result &io)
{
    m_io.clear();
    for (auto it = io.volumes.cbegin(); it != io.volumes.cend(); ++it)
        m_io.insert(it.key(), io.recentOfVolume(it.key()));
    if (rowCount() > 0)
        emit dataChanged(index(0, Io), index(rowCount() - 1, Io));
}

Metrics::VolumeIo::Recent VolumeModel::ioOf(const QString &volume) const
{
    return m_io.value(volume);
}

QVariant VolumeModel::ioData(const QString &volume, int role) const
{
    const Metrics::VolumeIo::Recent recent = ioOf(volume);
    return IoText::cell(
        recent, role,
        role == Qt::ToolTipRole
            ? tr("Recent I/O of the volume at its target: %1.").arg(IoText::full(recent))
            : QString());
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Volume");
    case Status:
        return tr("Status");
    case Replicas:
        return tr("Replicas");
    case Pools:
        return tr("Pools");
    case Capacity:
        return tr("Capacity");
    case Used:
        return tr("Used");
    case Claim:
        return tr("Claim");
    case UsedBy:
        return tr("Used by");
    case Io:
        return tr("I/O");
    case Config:
        return tr("Config");
    case PoolCluster:
        return tr("Pool cluster");
    }
    return {};
}

} // namespace Items
