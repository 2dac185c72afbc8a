#pragma once

#include "models/cstor/node.h"
#include "models/cstor/poolimports.h"
#include "models/kube/clusterdelta.h"
#include "models/planning/pooltrend.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Migration {

// The cluster as the informers last reported it, indexed the way planning needs it.
// Built by applying ClusterDeltas; keyed by uid internally, looked up by name. The migration
// engine checks its moves against it after every batch, so a lookup by name, by volume or by
// pool costs a hash lookup, not a pass over every object.
class ClusterSnapshot
{
public:
    void apply(const Kube::ClusterDelta &delta);

    const Cstor::PoolInstance *pool(const QString &name) const;
    const Cstor::VolumeConfig *volumeConfig(const QString &name) const;
    const Cstor::Volume *volume(const QString &name) const;
    const Cstor::VolumeReplica *replica(const QString &volume, const QString &pool) const;
    QList<const Cstor::VolumeReplica *> replicasOfVolume(const QString &volume) const;
    QList<const Cstor::VolumeReplica *> replicasOnPool(const QString &pool) const;
    QList<const Cstor::PoolInstance *> poolsOnNode(const QString &node) const;
    QList<const Cstor::PoolInstance *> pools() const;
    // Every object of a kind, in no particular order (for the doctor's rules, which look at all
    // of them and sort what they find).
    QList<const Cstor::VolumeConfig *> volumeConfigs() const;
    QList<const Cstor::Volume *> volumes() const;
    QList<const Cstor::VolumeReplica *> replicas() const;

    // Nodes are cluster-scoped: the informers' deltas bring them when the user may list them,
    // or say why not (ClusterDelta::nodesUnreadable); a one-shot reader sets them here. Until
    // then (or when they could not be read: nodesUnreadable() says why) nodesKnown() is false.
    void setNodes(const QList<Cstor::Node> &nodes);
    void setNodesUnreadable(const QString &why);
    bool nodesKnown() const { return m_nodes.known; }
    QString nodesUnreadable() const { return m_nodes.unreadable; }
    const Cstor::Node *node(const QString &name) const; // null when unknown or gone
    // The node is known to be NotReady, or gone from a node list that was read: its pools'
    // CSPIs and CVRs keep their last phase (nobody updates them, CSTOR-CONTROLLERS §7.3).
    // False while nodes are not known.
    bool nodeLost(const QString &name) const;

    // The namespace's PodDisruptionBudgets, optional in the same way as nodes.
    void setDisruptionBudgets(const QList<Cstor::DisruptionBudget> &budgets);
    void setDisruptionBudgetsUnreadable(const QString &why);
    bool disruptionBudgetsKnown() const { return m_budgets.known; }
    QString disruptionBudgetsUnreadable() const { return m_budgets.unreadable; }
    QList<const Cstor::DisruptionBudget *> disruptionBudgets() const; // by name

    // How often the volume's target has refused to lower its desired replication factor (istgt
    // "... are invalid changes", reported by volume-mgmt as Warning FailUpdate events on the
    // CV), summed over the events seen; a rise means a new refusal.
    int drfRefusals(const QString &volume) const;
    // Whether the target pod `targetPod` refused (volume-mgmt records its events with the pod's
    // name as source component, so a restarted target's refusals are new events of its own);
    // empty `targetPod`: whether any target of the volume ever did.
    bool drfRefusedBy(const QString &volume, const QString &targetPod) const;
    // Whether the volume's target refuses still: volume-mgmt's sync (every 30 s) refuses again
    // and then writes the CV's status, so a last refusal older than the CV's last status write
    // by more than a sync is a previous target's (one restarted since). True when the CV has no
    // status time to compare with.
    bool drfRefusing(const QString &volume) const;

    // The pool-manager of `pool` fails to import it: its disks are lost or attached to another
    // node (Cstor::PoolImports).
    bool poolLost(const QString &pool) const;

    // The pools' trends from a capacity forecast, by pool name (none until one was made).
    void setPoolTrends(const QHash<QString, PoolTrend> &trends) { m_trends = trends; }
    const PoolTrend *poolTrend(const QString &pool) const
    {
        const auto it = m_trends.constFind(pool);
        return it == m_trends.cend() ? nullptr : &it.value();
    }

    // Bytes that replicas being created on a pool will still need (planned moves count here).
    qint64 volumeSize(const QString &volume) const;

    // The objects of `volume` (its CVC, CV, replicas) that did not decode and are left out of
    // this snapshot: what is known of the volume is then not all there is.
    QList<Kube::SkippedObject> unreadable(const QString &volume) const;

private:
    // The objects of one kind by uid, and their uids by name unless never looked up so.
    template<typename T>
    class Kind
    {
    public:
        enum class Names { Indexed, NotIndexed };
        explicit Kind(Names names = Names::Indexed)
            : m_names(names)
        {
        }
        // Calls `changed(before, after)` for each object that comes (before is null), goes
        // (after is null) or is replaced, so that further indexes can follow.
        template<typename Changed>
        void apply(const Kube::KindDelta<T> &delta, Changed changed);
        const T *find(const QString &name) const;
        const T *findUid(const QString &uid) const;
        const QHash<QString, T> &byUid() const { return m_byUid; }

    private:
        void forget(const T &object);

        Names m_names;
        QHash<QString, T> m_byUid;
        QHash<QString, QString> m_uidOfName;
    };

    // A kind the user may not be allowed to list: known once listed, else why not (empty while
    // nobody tried).
    template<typename T>
    struct OptionalKind
    {
        Kind<T> objects;
        bool known = false;
        QString unreadable;

        void apply(const Kube::KindDelta<T> &delta, const QString &why);
        void set(const QList<T> &all);
        void setUnreadable(const QString &why);
    };

    QList<const Cstor::VolumeReplica *> replicasAmong(const QStringList &uids) const;

    Kind<Cstor::PoolInstance> m_pools;
    Kind<Cstor::VolumeConfig> m_volumeConfigs;
    Kind<Cstor::Volume> m_volumes;
    // Replicas are found by volume and pool, never by name.
    Kind<Cstor::VolumeReplica> m_replicas{Kind<Cstor::VolumeReplica>::Names::NotIndexed};
    QHash<QString, QStringList> m_replicasOfVolume;    // volume -> replica uids
    QHash<QString, QStringList> m_replicasOnPool;      // pool -> replica uids
    QHash<QString, QHash<QString, int>> m_drfRefusals; // volume -> event uid -> count
    QHash<QString, QSet<QString>> m_drfRefusers;       // volume -> target pods that refused
    QHash<QString, QDateTime> m_lastDrfRefusal;        // volume -> newest refusal seen
    Cstor::PoolImports m_poolImports;
    OptionalKind<Cstor::Node> m_nodes;
    OptionalKind<Cstor::DisruptionBudget> m_budgets;
    QMap<QString, Kube::SkippedObject> m_skipped; // by uid
    QHash<QString, PoolTrend> m_trends;
};

} // namespace Migration
