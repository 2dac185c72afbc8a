#include "models/planning/rebalanceplanner.h"

#include "models/planning/capacityprojection.h"
#include "models/planning/placement.h"
#include "models/planning/preflight.h"
#include "models/planning/replicahealth.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <utility>

namespace Migration {

namespace {

using Pools = QList<const Cstor::PoolInstance *>;

int percentUsed(qint64 used, qint64 total)
{
    return total > 0 ? int(used * 100 / total) : 0;
}

// The spread of `pools` once `moves` land, in the figures CapacityProjection gives.
int spreadOf(const ClusterSnapshot &cluster, const Pools &pools, const QList<ReplicaMove> &moves)
{
    if (pools.isEmpty())
        return 0;
    QHash<QString, int> after;
    for (const PoolProjection &projection : CapacityProjection::project(cluster, moves))
        after.insert(projection.pool, projection.percentAfter());
    QList<int> percents;
    for (const Cstor::PoolInstance *pool : pools)
        percents << after.value(pool->meta.name, percentUsed(pool->usedBytes, pool->totalBytes));
    const auto [lowest, highest] = std::minmax_element(percents.cbegin(), percents.cend());
    return *highest - *lowest;
}

// Balances the usable pools of one pool cluster, with the rules and reservations of a plan
// that may span several.
class PoolClusterBalancer
{
    Q_DECLARE_TR_FUNCTIONS(Migration::RebalancePlanner)

public:
    PoolClusterBalancer(const ClusterSnapshot &cluster, Placement &placement,
                        const QString &poolCluster);

    const Pools &usable() const { return m_usable; }
    // A note for each pool left out that holds replicas.
    QStringList leftOut() const;
    // Adds moves to `plan` until the spread is at most `maxSpread`; why not, when it stops short.
    QString balance(int maxSpread, RebalancePlanner::Plan *plan);

private:
    qint64 usedAfter(const Cstor::PoolInstance &pool) const;
    double fill(const Cstor::PoolInstance &pool, qint64 change = 0) const;
    int percentAfter(const Cstor::PoolInstance &pool) const;
    int spread() const;
    const Cstor::PoolInstance *fullest() const;
    bool allHealthy(const QString &volume) const;
    // The replicas of `source` that may still move, in the order they are tried.
    QList<const Cstor::VolumeReplica *> candidates(const Cstor::PoolInstance &source) const;
    // The pool `replica` goes to from `source`, or null with *why.
    const Cstor::PoolInstance *targetFor(const Cstor::VolumeReplica &replica,
                                         const Cstor::PoolInstance &source, QString *why) const;
    static QString whyLeftOut(const ClusterSnapshot &cluster, const Cstor::PoolInstance &pool);

    const ClusterSnapshot &m_cluster;
    Placement &m_placement;
    QString m_poolCluster;
    Pools m_pools; // by name
    Pools m_usable;
    QSet<const Cstor::VolumeReplica *> m_moved;
};

PoolClusterBalancer::PoolClusterBalancer(const ClusterSnapshot &cluster, Placement &placement,
                                         const QString &poolCluster)
    : m_cluster(cluster)
    , m_placement(placement)
    , m_poolCluster(poolCluster)
{
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        if (pool->poolCluster != poolCluster)
            continue;
        m_pools << pool;
        if (Placement::isUsable(cluster, *pool) && pool->totalBytes > 0)
            m_usable << pool;
    }
}

QString PoolClusterBalancer::whyLeftOut(const ClusterSnapshot &cluster,
                                        const Cstor::PoolInstance &pool)
{
    if (cluster.nodeLost(pool.hostName))
        return tr("its node %1 is lost").arg(pool.hostName);
    if (cluster.poolLost(pool.meta.name))
        return tr("it fails to import");
    if (pool.phase != Cstor::PoolPhase::Online)
        return tr("it is %1")
            .arg(pool.phaseText.isEmpty() ? Cstor::Phases::toString(pool.phase) : pool.phaseText);
    if (pool.readOnly)
        return tr("it is read-only");
    return tr("it reports no capacity");
}

QStringList PoolClusterBalancer::leftOut() const
{
    QStringList notes;
    for (const Cstor::PoolInstance *pool : m_pools) {
        const int replicas = int(m_cluster.replicasOnPool(pool->meta.name).size());
        if (!m_usable.contains(pool) && replicas > 0)
            notes << tr("%1: %2 is left out as %3; its %n replica(s) stay", nullptr, replicas)
                         .arg(m_poolCluster, pool->meta.name, whyLeftOut(m_cluster, *pool));
    }
    return notes;
}

qint64 PoolClusterBalancer::usedAfter(const Cstor::PoolInstance &pool) const
{
    const QString &name = pool.meta.name;
    return std::max<qint64>(0, pool.usedBytes + m_placement.plannedGain(name) -
                                   m_placement.plannedLoss(name));
}

double PoolClusterBalancer::fill(const Cstor::PoolInstance &pool, qint64 change) const
{
    return double(usedAfter(pool) + change) / double(pool.totalBytes);
}

int PoolClusterBalancer::percentAfter(const Cstor::PoolInstance &pool) const
{
    return percentUsed(usedAfter(pool), pool.totalBytes);
}

int PoolClusterBalancer::spread() const
{
    QList<int> percents;
    for (const Cstor::PoolInstance *pool : m_usable)
        percents << percentAfter(*pool);
    if (percents.isEmpty())
        return 0;
    const auto [lowest, highest] = std::minmax_element(percents.cbegin(), percents.cend());
    return *highest - *lowest;
}

const Cstor::PoolInstance *PoolClusterBalancer::fullest() const
{
    const Cstor::PoolInstance *found = nullptr;
    for (const Cstor::PoolInstance *pool : m_usable) { // by name: the first of equals
        if (!found || fill(*pool) > fill(*found))
            found = pool;
    }
    return found;
}

bool PoolClusterBalancer::allHealthy(const QString &volume) const
{
    const QList<const Cstor::VolumeReplica *> replicas = m_cluster.replicasOfVolume(volume);
    return std::all_of(replicas.cbegin(), replicas.cend(), [this](const auto *replica) {
        return ReplicaHealth::isHealthy(m_cluster, *replica);
    });
}

QList<const Cstor::VolumeReplica *>
PoolClusterBalancer::candidates(const Cstor::PoolInstance &source) const
{
    // Replicas of fully Healthy volumes first, Healthy replicas first, smallest first, by name.
    using Key = std::tuple<bool, bool, qint64, QString>;
    QList<std::pair<Key, const Cstor::VolumeReplica *>> keyed;
    for (const Cstor::VolumeReplica *replica : m_cluster.replicasOnPool(source.meta.name)) {
        if (m_moved.contains(replica))
            continue;
        keyed.append(
            {Key{!allHealthy(replica->volume), !ReplicaHealth::isHealthy(m_cluster, *replica),
                 m_cluster.volumeSize(replica->volume), replica->meta.name},
             replica});
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Cstor::VolumeReplica *> sorted;
    for (const auto &entry : std::as_const(keyed))
        sorted << entry.second;
    return sorted;
}

const Cstor::PoolInstance *PoolClusterBalancer::targetFor(const Cstor::VolumeReplica &replica,
                                                          const Cstor::PoolInstance &source,
                                                          QString *why) const
{
    const qint64 size = m_cluster.volumeSize(replica.volume);
    if (size <= 0 || ReplicaHealth::healthyCopies(m_cluster, replica.volume) == 0) {
        *why = tr("no replica of %1 is Healthy to copy from").arg(replica.volume);
        return nullptr;
    }
    if (const QString unreadable = Preflight::unreadableObjects(m_cluster, replica.volume);
        !unreadable.isEmpty()) {
        *why = tr("the volume's objects cannot all be read: %1").arg(unreadable);
        return nullptr;
    }
    if (const QStringList clones =
            Preflight::clonesOnPool(m_cluster, replica.volume, source.meta.name);
        !clones.isEmpty()) {
        *why = tr("removing it from %1 would destroy the replicas of %2 there")
                   .arg(source.meta.name, clones.join(QStringLiteral(", ")));
        return nullptr;
    }
    // The emptiest pool that may take it, the first of equals (by name). The volume's rules are
    // looked up once, not once a pool.
    const Placement::Admission admission = m_placement.admission(replica);
    const Cstor::PoolInstance *best = nullptr;
    double bestFill = 0;
    for (const Cstor::PoolInstance *pool : m_usable) {
        if (!admission.allows(*pool))
            continue;
        if (const double poolFill = fill(*pool, size); !best || poolFill < bestFill) {
            best = pool;
            bestFill = poolFill;
        }
    }
    if (!best) {
        m_placement.bestTarget(replica, why);
        if (why->isEmpty())
            *why = tr("no pool of %1 may take it").arg(m_poolCluster);
        return nullptr;
    }
    const qint64 freed = replica.allocatedBytes;
    if (bestFill >= fill(source, -freed)) {
        *why = tr("the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % "
                  "left on %4")
                   .arg(best->meta.name,
                        QString::number(percentUsed(usedAfter(*best) + size, best->totalBytes)),
                        QString::number(percentUsed(usedAfter(source) - freed, source.totalBytes)),
                        source.meta.name);
        return nullptr;
    }
    return best;
}

QString PoolClusterBalancer::balance(int maxSpread, RebalancePlanner::Plan *plan)
{
    // Each pass moves a replica never moved before, or stops.
    while (spread() > maxSpread) {
        const Cstor::PoolInstance *source = fullest();
        const QList<const Cstor::VolumeReplica *> replicas = candidates(*source);
        const Cstor::PoolInstance *target = nullptr;
        const Cstor::VolumeReplica *chosen = nullptr;
        QString firstWhy;
        for (const Cstor::VolumeReplica *replica : replicas) {
            QString why;
            target = targetFor(*replica, *source, &why);
            if (target) {
                chosen = replica;
                break;
            }
            if (firstWhy.isEmpty())
                firstWhy = replica->volume + QStringLiteral(": ") + why;
        }
        if (!chosen) {
            const QString percent = QString::number(percentAfter(*source));
            return replicas.isEmpty()
                       ? tr("%1: %2 (%3 %) holds no replica left to move")
                             .arg(m_poolCluster, source->meta.name, percent)
                       : tr("%1: no replica of %2 (%3 %) can move to a pool that stays below "
                            "it; %4")
                             .arg(m_poolCluster, source->meta.name, percent, firstWhy);
        }
        const ReplicaMove move{chosen->volume, source->meta.name, target->meta.name};
        m_placement.reserve(move);
        m_moved.insert(chosen);
        plan->moves.append(move);
        plan->bytesToCopy += m_cluster.volumeSize(chosen->volume);
    }
    return {};
}

} // namespace

RebalancePlanner::Plan RebalancePlanner::plan(const ClusterSnapshot &cluster, const Goal &goal)
{
    Plan result;
    result.goal = goal;
    QStringList poolClusters;
    for (const Cstor::PoolInstance *pool : cluster.pools()) {
        if ((goal.poolCluster.isEmpty() || pool->poolCluster == goal.poolCluster) &&
            !poolClusters.contains(pool->poolCluster))
            poolClusters << pool->poolCluster;
    }
    poolClusters.sort();
    if (poolClusters.isEmpty()) {
        result.notes << (goal.poolCluster.isEmpty()
                             ? tr("the cluster has no pool")
                             : tr("no pool belongs to pool cluster %1").arg(goal.poolCluster));
        return result;
    }
    // One Placement for the whole plan: every move counts against every later one.
    Placement placement(cluster);
    QList<Pools> usable;
    for (const QString &poolCluster : std::as_const(poolClusters)) {
        PoolClusterBalancer balancer(cluster, placement, poolCluster);
        result.notes << balancer.leftOut();
        if (const QString note = balancer.balance(goal.maxSpreadPoints, &result); !note.isEmpty())
            result.notes << note;
        usable << balancer.usable();
    }
    for (const Pools &pools : std::as_const(usable)) {
        result.spreadBefore = std::max(result.spreadBefore, spreadOf(cluster, pools, {}));
        result.spreadAfter = std::max(result.spreadAfter, spreadOf(cluster, pools, result.moves));
    }
    return result;
}

} // namespace Migration
