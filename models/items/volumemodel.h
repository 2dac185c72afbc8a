#pragma once

#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/items/keyedtablemodel.h"
#include "models/items/volumeusers.h"
#include "models/kube/clusterdelta.h"
#include "models/metrics/volumeio.h"

#include <QHash>

#include <optional>

namespace Items {

// One volume: its CStorVolumeConfig (placement) and CStorVolume (target) joined by name, plus
// what its replicas say (filled in by ClusterModel).
struct VolumeRow
{
    QString name;
    std::optional<Cstor::VolumeConfig> config;
    std::optional<Cstor::Volume> volume;
    int replicas = 0;        // CVRs seen
    int healthyReplicas = 0; // of them Healthy
    int rebuildingReplicas = 0;
    qint64 usedBytes = 0; // largest used among its replicas
    VolumeUse use;        // its claim and the pods that mount it
};

// The volumes (CVC + CV), one row per volume name.
class VolumeModel : public KeyedTableModel<VolumeRow>
{
    Q_OBJECT

public:
    // Config: the CVC's phase; Claim: the PersistentVolumeClaim bound to the volume.
    enum Column {
        Name,
        Claim,
        Status,
        Replicas,
        Pools,
        Capacity,
        Used,
        UsedBy,
        Io,
        Config,
        PoolCluster,
        ColumnCount
    };

    explicit VolumeModel(QObject *parent = nullptr);

    void applyConfigs(const Kube::KindDelta<Cstor::VolumeConfig> &delta);
    void applyVolumes(const Kube::KindDelta<Cstor::Volume> &delta);
    void clear();
    // Sets the replica-derived numbers of the volume (no-op when the volume is unknown).
    void setReplicaSummary(const QString &name, int replicas, int healthy, int rebuilding,
                           qint64 usedBytes);
    // Sets who uses the volume (no-op when the volume is unknown).
    void setUse(const QString &name, const VolumeUse &use);
    // "mysql-0", "mysql-0, mysql-1" or "web-0 +3": the pods that mount the volume.
    static QString podsText(const VolumeUse &use);

    const VolumeRow *findByName(const QString &name) const { return find(name); }
    static QString uidOf(const VolumeRow &row);

    int columnCount(const QModelIndex &parent = {}) const override;
    // Each volume's recent I/O (from the cluster's Prometheus), shown in the Io column.
    void setIo(const Metrics::VolumeIo::Result &io);
    Metrics::VolumeIo::Recent ioOf(const QString &volume) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const VolumeRow &row) const override { return row.name; }

private:
    static QVariant displayData(const VolumeRow &v, int column);
    static QVariant sortData(const VolumeRow &v, int column);
    static QVariant roleData(const VolumeRow &v, int role);
    template<typename T, typename Set, typename Clear>
    void applyPart(const Kube::KindDelta<T> &delta, QHash<QString, QString> &nameOfUid, Set set,
                   Clear clear);

    QVariant ioData(const QString &volume, int role) const;

    QHash<QString, QString> m_nameOfConfigUid;
    QHash<QString, Metrics::VolumeIo::Recent> m_io;
    QHash<QString, QString> m_nameOfVolumeUid;
};

} // namespace Items
