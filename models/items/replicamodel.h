#pragma once

#include "models/cstor/volumereplica.h"
#include "models/items/health.h"
#include "models/items/keyedtablemodel.h"
#include "models/kube/clusterdelta.h"

#include <QMimeData>

namespace Items {

// The volume replicas (CVR), one row each, keyed by uid.
class ReplicaModel : public KeyedTableModel<Cstor::VolumeReplica>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Volume,
        Pool,
        Node,
        Status,
        Rebuild,
        Used,
        Allocated,
        Snapshots,
        Updated,
        ColumnCount
    };

    // Drag payload: the uids of the dragged replicas, one per line (UTF-8).
    static QString mimeType();

    explicit ReplicaModel(QObject *parent = nullptr);

    // Returns the replicas that were removed and, through *before, the previous state of the
    // replicas that changed (for the indexes kept by ClusterModel).
    void apply(const Kube::KindDelta<Cstor::VolumeReplica> &delta,
               QList<Cstor::VolumeReplica> *removed);
    void clear();

    // Marks these replicas stale (their status stopped updating) if they were not, and fresh
    // again if they were; emits for them.
    void flipStale(const QStringList &uids);
    bool isStale(const QString &uid) const { return !m_stale.isEmpty() && m_stale.contains(uid); }
    bool hasStale() const { return !m_stale.isEmpty(); }
    // Marks these stale replicas fresh without a signal: for rows about to be replaced, whose
    // replacement emits.
    void forgetStale(const QStringList &uids);
    // The data a rebuilding replica of `volume` copies towards (used bytes of its healthy peer).
    // Returns whether it changed.
    bool setRebuildReference(const QString &volume, qint64 bytes);
    // Estimated rebuild progress 0..1, or -1 when the replica is not rebuilding or there is no
    // healthy peer to compare with.
    double rebuildFraction(const Cstor::VolumeReplica &replica) const;
    // Whether a replica in this phase is copying data (and gets a progress estimate).
    static bool isFilling(Cstor::ReplicaPhase phase);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

protected:
    QString keyOf(const Cstor::VolumeReplica &row) const override { return row.meta.uid; }

private:
    Health healthOf(const Cstor::VolumeReplica &r) const;
    QVariant displayData(const Cstor::VolumeReplica &r, int column) const;
    QVariant toolTipData(const Cstor::VolumeReplica &r, int column) const;
    static QVariant alignmentData(int column);
    QVariant sortData(const Cstor::VolumeReplica &r, int column) const;
    QVariant roleData(const Cstor::VolumeReplica &r, int role) const;

    QSet<QString> m_stale;
    QHash<QString, qint64> m_rebuildReference; // volume -> bytes
};

} // namespace Items
