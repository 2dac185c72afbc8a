#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace Migration {

// Where a replica may go while a plan of many moves is made: every rule of a single move,
// checked against the cluster as it will be once the moves already planned have landed. A
// target must be in the volume's pool cluster, ONLINE, writable, importing, on a live node
// that holds no replica of the volume (planned ones included), hold the clone source's
// replica when the volume is a clone, hold no replica of a volume with the same
// replica-anti-affinity label, and stay below its read-only threshold with everything
// planned onto it. Planned removals never make room: a target is only checked against what
// it gains, as the moves may land in any order.
class Placement
{
    Q_DECLARE_TR_FUNCTIONS(Migration::Placement)

    // What the rules ask about a replica's volume, looked up once for every pool.
    struct Asked
    {
        const QSet<QString> *nodes;       // its nodes, planned ones included
        const QSet<QString> *groupPools;  // its anti-affinity group's pools; null without one
        const QSet<QString> *sourcePools; // a clone's source's pools; null for a non-clone
        qint64 needed;                    // its data
    };

public:
    // allows() for one replica and pool after pool: what the rules ask about its volume looked
    // up once, not once a pool. It answers for the moves planned when it was made: valid until
    // the next reserve().
    class Admission
    {
    public:
        bool allows(const Cstor::PoolInstance &pool) const
        {
            return (m_anyPoolCluster || pool.poolCluster == m_poolCluster) &&
                   m_placement->fits(m_asked, pool);
        }

    private:
        friend class Placement;
        Admission(const Placement *placement, const Asked &asked, const QString *poolCluster)
            : m_placement(placement)
            , m_asked(asked)
            , m_poolCluster(poolCluster ? *poolCluster : QString())
            , m_anyPoolCluster(!poolCluster)
        {
        }

        const Placement *m_placement;
        Asked m_asked;
        QString m_poolCluster;
        bool m_anyPoolCluster;
    };

    explicit Placement(const ClusterSnapshot &cluster);

    // Pools and nodes no replica may move to (the ones being emptied). Cordoned nodes (kubectl
    // cordon) are excluded from the start.
    void excludePools(const QSet<QString> &pools) { m_excludedPools.unite(pools); }
    void excludeNodes(const QSet<QString> &nodes) { m_excludedNodes.unite(nodes); }

    // The pool `replica` should move to: the one with the most free space once the planned
    // moves land (then by name, so a plan is the same for the same cluster); null with *why,
    // one line naming the rule that leaves no pool, when there is none.
    const Cstor::PoolInstance *bestTarget(const Cstor::VolumeReplica &replica, QString *why) const;
    // Whether `pool` may take `replica` under every rule above.
    bool allows(const Cstor::VolumeReplica &replica, const Cstor::PoolInstance &pool) const;
    // The same question for `replica` and many pools, asked of the Admission.
    Admission admission(const Cstor::VolumeReplica &replica) const;
    // Records a planned move: its target gains the volume's data, its volume the target node.
    void reserve(const ReplicaMove &move);

    // Bytes the planned moves add to `pool`, and take off it once they are done.
    qint64 plannedGain(const QString &pool) const { return m_gain.value(pool); }
    qint64 plannedLoss(const QString &pool) const { return m_loss.value(pool); }

    // The label whose equal values keep volumes' replicas on different pools.
    static QString antiAffinityLabel()
    {
        return QStringLiteral("openebs.io/replica-anti-affinity");
    }

    // `pool` is usable and has room for `needed` bytes (hasRoom).
    static bool canTake(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool,
                        qint64 needed, qint64 plannedUse = 0);
    // ONLINE, writable, importing and on a live node.
    static bool isUsable(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool);
    // `pool` takes `needed` more bytes (beyond `plannedUse` already promised to it) with room
    // to spare and below its read-only threshold.
    static bool hasRoom(const Cstor::PoolInstance &pool, qint64 needed, qint64 plannedUse);

private:
    Asked ask(const Cstor::VolumeReplica &replica) const;
    // Every rule but the pool cluster's.
    bool fits(const Asked &asked, const Cstor::PoolInstance &pool) const;
    QSet<QString> &nodesOf(const QString &volume) const;
    QSet<QString> &poolsOf(const QString &volume) const;
    QString antiAffinityOf(const QString &volume) const;
    QSet<QString> &poolsOfGroup(const QString &group) const; // pools of a label value
    bool isExcluded(const Cstor::PoolInstance &pool) const;

    const ClusterSnapshot &m_cluster;
    QHash<QString, QList<const Cstor::PoolInstance *>> m_poolsOfCluster; // by name
    QSet<const Cstor::PoolInstance *> m_usable;                          // isUsable()
    QSet<QString> m_excludedPools;
    QSet<QString> m_excludedNodes;
    QHash<QString, qint64> m_gain;
    QHash<QString, qint64> m_loss;
    // Filled as volumes are first asked about, then kept up to date by reserve().
    mutable QHash<QString, QSet<QString>> m_volumeNodes;
    mutable QHash<QString, QSet<QString>> m_volumePools;
    mutable QHash<QString, QSet<QString>> m_groupPools;
    mutable bool m_groupsRead = false;
};

} // namespace Migration
