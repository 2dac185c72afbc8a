#pragma once

#include "models/recovery/recoveryplan.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Migration {
class ClusterSnapshot;
}

namespace Recovery {

// Classifies one volume from a snapshot of the cluster (and the events it keeps) and plans the
// steps that bring it back: remove a pool whose new replica cannot finish, replace a pool name
// no pool has (a typo) by the closest usable pool, create again a replica deleted by hand,
// restart a target that refuses its lower replication factor; a scale-down whose new replica
// was lost is explained, not automated.
class RecoveryPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Recovery::RecoveryPlanner)

public:
    // targetPod: the volume's running target pod; only its refusals count (empty: every
    // refusal of the volume's targets counts).
    static RecoveryPlan plan(const Migration::ClusterSnapshot &cluster, const QString &volume,
                             const QString &targetPod = {});

    // What keeps the volume from being at its replica count, all Healthy, on live nodes (CVC
    // spec pools == status pools, CV DRF == RF == pool count, known replicas == the CVRs'
    // replica ids, every CVR Healthy on a Ready node); empty when nothing does.
    static QStringList problems(const Migration::ClusterSnapshot &cluster, const QString &volume,
                                const QString &targetPod = {});
    // The target wrote the CV's status after `since` (a restarted target's creation: what the
    // old one wrote cannot count), Healthy with every one of the CVC's replicas Healthy; the
    // replicas reconnect Degraded to a new target and its CVRs report that late.
    static bool targetReportsHealthy(const Migration::ClusterSnapshot &cluster,
                                     const QString &volume, const QDateTime &since);
    // The CVC's status lists the pools its spec lists.
    static bool poolsSettled(const Migration::ClusterSnapshot &cluster, const QString &volume);
    // The CV's DRF, RF and known replicas agree with the CVC and the target pod has not
    // refused.
    static bool targetAgrees(const Migration::ClusterSnapshot &cluster, const QString &volume,
                             const QString &targetPod);
    // The target pod refused a lower DRF.
    static bool refusing(const Migration::ClusterSnapshot &cluster, const QString &volume,
                         const QString &targetPod);

private:
    // The CV's DRF, RF and known replicas agree with the CVC's pools and their CVRs.
    static bool cvAgrees(const Migration::ClusterSnapshot &cluster, const QString &volume);
    static QStringList lostNewPools(const Migration::ClusterSnapshot &cluster,
                                    const QString &volume);
    static QString poolTrouble(const Migration::ClusterSnapshot &cluster, const QString &pool);
    static bool explainLostNode(const Migration::ClusterSnapshot &cluster, RecoveryPlan *plan);
    static void explainStuckScaleDown(const Migration::ClusterSnapshot &cluster,
                                      RecoveryPlan *plan);
    // openebs#2982: a scale-up to pool names no CSPI has; the webhook admits only a same-length
    // change, so each missing name is replaced by a usable pool. False when a pool of `pools`
    // exists (it may come back) or no usable pool is left for one of them.
    static bool replaceMissingPools(const Migration::ClusterSnapshot &cluster,
                                    const QStringList &pools, RecoveryPlan *plan);
    static void explainPendingScaleUp(const Migration::ClusterSnapshot &cluster,
                                      const QStringList &pools, RecoveryPlan *plan);
    // A settled CVC with pools whose CVR was deleted by hand (the CV still knows their replica
    // ids): each is created again with one of those ids. False when no pool lacks its CVR or one
    // that does is in trouble (other recoveries apply); Manual when the ids cannot be reused.
    static bool recreateMissingReplicas(const Migration::ClusterSnapshot &cluster,
                                        RecoveryPlan *plan);
};

} // namespace Recovery
