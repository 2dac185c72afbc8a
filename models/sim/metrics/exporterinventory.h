#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Sim {

class ObjectStore;

// What the cluster's exporters see, read from the store in one pass: each pool instance with
// its pod and replicas (m-exporter -e=pool in the pool pod) and each volume with its target pod
// (m-exporter -e=cstor beside istgt). Built once per render, so that no sample walks the store.
class ExporterInventory
{
public:
    struct Replica
    {
        QString volume;       // the PV, the dataset's name in the pool
        double usedBytes = 0; // the CVR's status.capacity.used
        QString phase;        // the CVR's status.phase
        int replicationFactor = 1;
    };
    struct Pool
    {
        QString ns;
        QString cspi;
        QString cspc;
        QString cspcUid; // the zpool is "cstor-<cspc uid>"
        QString pod;     // empty when the pool has no pod
        bool podRunning = false;
        double sizeBytes = 0; // status.capacity.total
        double usedBytes = 0;
        double freeBytes = 0;
        QString phase; // status.phase: ONLINE, OFFLINE, DEGRADED, ...
        QList<Replica> replicas;

        QString zpool() const { return QStringLiteral("cstor-") + cspcUid; }
    };
    struct Volume
    {
        QString ns;
        QString pv;
        QString pvc;
        QString pod; // the target pod; empty when there is none
        bool podRunning = false;
        double capacityBytes = 0;
        double usedBytes = 0; // the largest of its replicas' used
        QString phase;        // the CV's status.phase
        int replicationFactor = 1;
        int healthyReplicas = 0;
        int degradedReplicas = 0;
    };

    // Every pool instance and volume.
    static ExporterInventory ofCluster(const ObjectStore &store);
    // One pool instance or one volume (the others are left out); empty when it does not exist.
    static ExporterInventory ofPool(const ObjectStore &store, const QString &ns,
                                    const QString &cspi);
    static ExporterInventory ofVolume(const ObjectStore &store, const QString &ns,
                                      const QString &pv);

    const QList<Pool> &pools() const { return m_pools; }
    const QList<Volume> &volumes() const { return m_volumes; }

private:
    struct Filter
    {
        QString ns;
        QString cspi; // only this pool (and no volumes)
        QString pv;   // only this volume (and no pools)
    };
    static ExporterInventory build(const ObjectStore &store, const Filter &filter);

    QList<Pool> m_pools;
    QList<Volume> m_volumes;
};

} // namespace Sim
