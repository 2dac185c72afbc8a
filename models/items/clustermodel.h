#pragma once

#include "models/cstor/poolcluster.h"
#include "models/cstor/poolimports.h"
#include "models/items/eventmodel.h"
#include "models/items/nodemodel.h"
#include "models/items/poolmodel.h"
#include "models/items/replicamodel.h"
#include "models/items/volumemodel.h"
#include "models/items/volumeusers.h"
#include "models/kube/clusterdelta.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Items {

// What one batch touched, for views that draw more than one model (the topology).
struct ChangeSet
{
    QSet<QString> nodes;     // node names whose row changed, appeared or went
    QSet<QString> pools;     // pool names
    QSet<QString> replicas;  // replica uids
    QSet<QString> volumes;   // volume names
    bool structural = false; // a node, pool or replica appeared or went (layout changes)

    bool isEmpty() const
    {
        return nodes.isEmpty() && pools.isEmpty() && replicas.isEmpty() && volumes.isEmpty() &&
               !structural;
    }
};

// Counts for the status bar.
struct ClusterSummary
{
    int nodes = 0;
    int staleNodes = 0;
    int pools = 0;
    int unhealthyPools = 0;
    int readOnlyPools = 0;
    int volumes = 0;
    int unhealthyVolumes = 0;
    int replicas = 0;
    int rebuildingReplicas = 0;
    int unhealthyReplicas = 0;
    qint64 usedBytes = 0;
    qint64 totalBytes = 0;
};

// Everything the console shows of one cluster namespace: applies the watcher's batches to the
// item models (pools, replicas, volumes, nodes derived from the pools' hosts, events) and keeps
// the indexes between them (node -> pools -> replicas, volume -> replicas).
//
// Staleness: cStor rewrites every replica's status about every resync period (30 s), so a
// replica whose lastUpdateTime lags the newest status time seen in the cluster by more than
// `staleAfterSeconds` (default two periods) is stale, and so is a node all of whose replicas are.
// The cluster's own timestamps are the reference, so clock skew and simulated time don't matter.
// Nothing is judged stale before the model has watched the cluster for that long: from
// setSynced() (every kind listed) until the reference has moved `staleAfterSeconds` on. While a
// large cluster's first lists arrive page by page, the replicas of early pages only look older
// than those of later ones; and a replica is stale when it stopped reporting while watched.
class ClusterModel : public QObject
{
    Q_OBJECT

public:
    explicit ClusterModel(QObject *parent = nullptr);
    ~ClusterModel() override;

    PoolModel *pools() const { return m_pools; }
    ReplicaModel *replicas() const { return m_replicas; }
    VolumeModel *volumes() const { return m_volumes; }
    NodeModel *nodes() const { return m_nodes; }
    EventModel *events() const { return m_events; }
    const Cstor::PoolCluster *poolCluster(const QString &name) const;
    // Why the claims or the pods of volumes are not known (no permission to list
    // PersistentVolumes or pods), or "".
    QString volumeUsersUnreadable() const { return m_usersUnreadable; }

    void apply(const Kube::ClusterDelta &delta);
    // Where apply() has spent its time since the model was made: in the models (their views'
    // reactions to row changes included) and in what follows applied() (the topology, the
    // details). For the benchmark's breakdown of a sync.
    struct ApplyTimings
    {
        qint64 modelsNs = 0;
        qint64 followersNs = 0;
        int batches = 0;
    };
    const ApplyTimings &applyTimings() const { return m_applyTimings; }
    // Forgets everything (a context or namespace switch).
    void clear();

    QStringList nodeNames() const;                         // sorted
    QStringList poolsOfNode(const QString &node) const;    // pool names, sorted
    QStringList replicasOfPool(const QString &pool) const; // uids, sorted by volume name
    int replicaCountOfPool(const QString &pool) const;
    QStringList replicasOfVolume(const QString &volume) const; // uids
    QString nodeOfPool(const QString &pool) const;

    void setStaleAfterSeconds(int seconds);
    int staleAfterSeconds() const { return m_staleAfterSeconds; }
    // Every kind has had its first list: from here on silence counts (see Staleness above).
    // clear() forgets it.
    void setSynced();
    QDateTime referenceTime() const { return m_reference; }
    // Re-evaluates staleness now (apply() does it at most every 250 ms on its own). When more
    // replicas flip than kMaxStaleFlipsPerCheck, the rest flip in the next turns of the event
    // loop, each sending applied() of its own.
    void checkStaleness();
    static constexpr int kMaxStaleFlipsPerCheck = 4000;

    ClusterSummary summary() const;

    // The objects of the cluster that did not decode and are not shown (or shown as they were
    // before a change that did not decode), by uid.
    const QMap<QString, Kube::SkippedObject> &skippedObjects() const { return m_skipped; }

signals:
    void applied(const Items::ChangeSet &changes);
    void cleared();
    void skippedObjectsChanged();

private:
    struct ReplicaLinks
    {
        QString pool;
        QString volume;
    };

    // What a node's row counts of each replica, kept as the replicas change: a node's row is
    // counted from its pools' briefs without looking each replica up.
    struct ReplicaBrief
    {
        Cstor::ReplicaPhase phase = Cstor::ReplicaPhase::Unknown;
        QDateTime lastUpdate;
    };

    // `delta` with each pool's importLost, and the known pools whose import state changed.
    Kube::KindDelta<Cstor::PoolInstance>
    withImportState(const Kube::KindDelta<Cstor::PoolInstance> &delta,
                    const QSet<QString> &imported) const;
    void linkReplica(const Cstor::VolumeReplica &replica, ChangeSet *changes);
    void unlinkReplica(const QString &uid, ChangeSet *changes);
    void updateNodes(const QSet<QString> &names, ChangeSet *changes);
    // The Node objects, when the user may list them: their readiness and zone.
    void applyNodeObjects(const Kube::KindDelta<Cstor::Node> &delta, ChangeSet *changes);
    NodeRow nodeRow(const QString &name) const;
    void updateVolumes(const QSet<QString> &names);
    // The newest status time seen moves forward to `statusTime` if that is newer.
    void advanceReference(const QDateTime &statusTime);
    // With the reference already advanced past `upserted`.
    void freshenReporting(const QList<Cstor::VolumeReplica> &upserted);
    static bool isStaleAt(const QDateTime &lastUpdate, const QDateTime &threshold);
    QDateTime staleThreshold(const QDateTime &reference) const;
    void maybeCheckStaleness(ChangeSet *changes);
    void checkStaleness(ChangeSet *changes);

    QMap<QString, Kube::SkippedObject> m_skipped;
    VolumeUsers m_users;
    QString m_usersUnreadable;
    PoolModel *m_pools;
    ReplicaModel *m_replicas;
    VolumeModel *m_volumes;
    NodeModel *m_nodes;
    EventModel *m_events;
    QHash<QString, Cstor::PoolCluster> m_poolClusters; // by uid

    QHash<QString, ReplicaLinks> m_linksOfReplica;                 // uid -> links
    QHash<QString, QHash<QString, ReplicaBrief>> m_replicasOfPool; // pool -> uid -> brief
    QHash<QString, QSet<QString>> m_replicasOfVolume;              // volume -> uids
    QHash<QString, QString> m_nodeOfPool;                          // pool name -> node
    QHash<QString, QSet<QString>> m_poolsOfNode;                   // node -> pool names
    QHash<QString, QString> m_nodeNameOfUid;                       // Node uid -> name
    QSet<QString> m_notReadyNodes;                                 // node names
    QHash<QString, QString> m_zoneOfNode; // node name -> zone label, for nodes that have one
    Cstor::PoolImports m_poolImports;
    QSet<QString> m_importLost; // pool names

    int m_staleAfterSeconds = 60;
    bool m_synced = false;
    QDateTime m_watchedFrom; // the reference when the model was synced
    QDateTime m_reference;
    QDateTime m_referenceAtLastCheck;
    QElapsedTimer m_sinceCheck;
    QTimer m_checkTimer;
    mutable bool m_summaryValid = false;
    mutable ClusterSummary m_summary;
    ApplyTimings m_applyTimings;
};

} // namespace Items

Q_DECLARE_METATYPE(Items::ChangeSet)
