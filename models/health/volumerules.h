#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

// The rules about a volume as a whole: its target's quorum, its replica count, where its
// replicas sit, and what its target trusts.
namespace Doctor {

// "volume-quorum": the CV is Offline (its target is not ready: too few replicas connected, no
// I/O) or Degraded (fewer Healthy replicas than its consistency factor).
class VolumeQuorumRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::VolumeQuorumRule)

public:
    QString name() const override { return QStringLiteral("volume-quorum"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "volume-replica-count": a Bound volume with fewer Healthy replicas than its CVC's
// spec.provision.replicaCount (stale replicas of a dead node count as the target sees them).
class ReplicaCountRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::ReplicaCountRule)

public:
    QString name() const override { return QStringLiteral("volume-replica-count"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "replicas-one-node": every replica of a volume with two or more sits on one node.
class ReplicasOnOneNodeRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::ReplicasOnOneNodeRule)

public:
    QString name() const override { return QStringLiteral("replicas-one-node"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "known-replicas": the CV's spec.replicaDetails.knownReplicas names a replica id no CVR of the
// volume has, or a Healthy CVR's id is missing from it (outside a scaling, where either is
// normal for a while).
class KnownReplicasRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::KnownReplicasRule)

public:
    QString name() const override { return QStringLiteral("known-replicas"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

} // namespace Doctor
