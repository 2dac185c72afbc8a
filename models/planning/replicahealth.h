#pragma once

#include "models/planning/clustersnapshot.h"

#include <QCoreApplication>

namespace Migration {

// Whether a replica can serve as a copy of its volume's data: as the volume's target reports it
// (istgt's replicaStatuses, mapped through the CV's known replicas), and only on a live node. A
// node lost without a graceful shutdown leaves its CVRs' last phase (often Healthy) for ever.
class ReplicaHealth
{
    Q_DECLARE_TR_FUNCTIONS(Migration::ReplicaHealth)

public:
    // The replica's mode in the target's report ("Healthy", "Degraded"); empty when the target
    // does not list it.
    static QString targetMode(const Cstor::Volume &cv, const Cstor::VolumeReplica &cvr);
    // The CVR reads Healthy and the target agrees (when it reports replicas at all; without
    // the CV's known replicas to map them through, when it counts any Healthy).
    static bool reportedHealthy(const Cstor::Volume *cv, const Cstor::VolumeReplica &cvr);
    // reportedHealthy, not being deleted, and its pool's node not lost.
    static bool isHealthy(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr);
    // Why isHealthy is false, for an operator: "Degraded", "the target reports it Degraded",
    // "node n2 is lost", ...; empty when it is Healthy.
    static QString whyNotHealthy(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr);
    // The volume's replicas a new one could be rebuilt from: Healthy as the target counts them
    // (the target drops a lost node's replicas from its report), else by isHealthy; a replica
    // on `excludingPool` never counts.
    static int healthyCopies(const ClusterSnapshot &cluster, const QString &volume,
                             const QString &excludingPool = {});
    // The node the replica's pool runs on (the CSPI's, else the CVR's annotation).
    static QString nodeOf(const ClusterSnapshot &cluster, const Cstor::VolumeReplica &cvr);
};

} // namespace Migration
