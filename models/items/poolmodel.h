#pragma once

#include "models/cstor/poolinstance.h"
#include "models/items/keyedtablemodel.h"
#include "models/kube/clusterdelta.h"
#include "models/metrics/capacityforecast.h"
#include "models/metrics/volumeio.h"

#include <QHash>

namespace Items {

// The cStor pools (CSPI), one row each, keyed by uid.
class PoolModel : public KeyedTableModel<Cstor::PoolInstance>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Node,
        Status,
        ReadOnlyIn,
        Used,
        Free,
        Capacity,
        UsedPercent,
        ReadOnly,
        Replicas,
        Io,
        PoolCluster,
        Type,
        ColumnCount
    };

    explicit PoolModel(QObject *parent = nullptr);

    // Returns the pools that were removed.
    QList<Cstor::PoolInstance> apply(const Kube::KindDelta<Cstor::PoolInstance> &delta);
    void clear();

    // The capacity forecasts of the pools by name (from the cluster's Prometheus), shown in the
    // ReadOnlyIn column; `problem` says why there are none, for the column's tooltip.
    void setForecasts(const QHash<QString, Metrics::CapacityForecast> &forecasts,
                      const QString &source, const QString &problem);
    const Metrics::CapacityForecast *forecastOf(const QString &pool) const;
    // Each pool's recent I/O, and the busiest volumes on it (from the cluster's Prometheus).
    void setIo(const QHash<QString, Metrics::VolumeIo::Recent> &io,
               const QHash<QString, QStringList> &busiest);
    Metrics::VolumeIo::Recent ioOf(const QString &pool) const { return m_io.value(pool); }
    QStringList busiestVolumesOf(const QString &pool) const { return m_busiest.value(pool); }

    const Cstor::PoolInstance *findByName(const QString &name) const;
    int rowOfName(const QString &name) const;
    static double usedFraction(const Cstor::PoolInstance &pool);
    // The phase as the views show it: "PoolLost: import fails" when the import fails (the phase
    // is only the last one written then), "(not reported)" before the first.
    static QString statusText(const Cstor::PoolInstance &pool);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Cstor::PoolInstance &row) const override { return row.meta.uid; }

private:
    static QVariant displayData(const Cstor::PoolInstance &p, int column);
    static QVariant toolTipData(const Cstor::PoolInstance &p, int column);
    static QVariant alignmentData(int column);
    static QVariant sortData(const Cstor::PoolInstance &p, int column);
    static QVariant roleData(const Cstor::PoolInstance &p, int role);

    QVariant forecastData(const Cstor::PoolInstance &p, int role) const;
    QString forecastToolTip(const Cstor::PoolInstance &p) const;
    QVariant ioData(const Cstor::PoolInstance &p, int role) const;

    QHash<QString, QString> m_uidOfName;
    QHash<QString, Metrics::CapacityForecast> m_forecasts;
    QString m_forecastSource;
    QString m_forecastProblem;
    QHash<QString, Metrics::VolumeIo::Recent> m_io;
    QHash<QString, QStringList> m_busiest;
};

} // namespace Items
