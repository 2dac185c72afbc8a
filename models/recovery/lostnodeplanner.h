#pragma once

#include "models/recovery/lostnodeplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Migration {
class ClusterSnapshot;
}

namespace Recovery {

// Plans the recovery from a lost node (upstream's documented migration off a lost node, CO
// docs/troubleshooting/migrate_cstor_volume.md, done per volume with the console's moves):
// every volume with a replica on one of its pools is classified by what is left elsewhere
// (Healthy copies as the target counts them, quorum), and those that can be re-replicated get
// a target from the drain planner. A volume with no Healthy replica left is reported as lost,
// never planned.
class LostNodePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Recovery::LostNodePlanner)

public:
    // Whether the node counts as lost: known NotReady, or gone from the node list.
    static bool isLost(const Migration::ClusterSnapshot &cluster, const QString &node);
    static LostNodePlan plan(const Migration::ClusterSnapshot &cluster, const QString &node);
    // No replica on the node's pools but those being deleted: the dead pool can be removed.
    static bool poolsUnused(const Migration::ClusterSnapshot &cluster, const LostNodePlan &plan);
    // The manual steps that remove the dead pool once no volume uses it (upstream has no
    // controller for them): the finalizer of each Terminating replica, the CSPC pool spec, the
    // CSPI's pool-protection finalizer; each as a kubectl command or edit. Empty while a volume
    // still has a replica there that is not being deleted.
    // `specIndex`: each pool's entry in its CSPC's spec.pools (poolSpecIndex); a pool without
    // one gets the edit described instead of a patch.
    static QStringList removalSteps(const Migration::ClusterSnapshot &cluster,
                                    const LostNodePlan &plan, const QString &namespaceName,
                                    const QHash<QString, int> &specIndex);
    // The index in a CSPC's spec.pools of the pool spec for `node` (nodeSelector
    // kubernetes.io/hostname), or -1.
    static int poolSpecIndex(const QJsonObject &cspc, const QString &node);

private:
    static QString lostState(const Migration::ClusterSnapshot &cluster, const QString &node);
};

} // namespace Recovery
