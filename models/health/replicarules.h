#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

// The rules about single replicas: stuck out of Healthy, orphaned, or holding clones' data.
namespace Doctor {

// "replica-not-healthy": a CVR out of Healthy for longer than expected: a rebuild for longer than
// copying the volume's data at kFloorBytesPerSecond plus kGraceSeconds would take, any other
// phase (Offline, Degraded, Error...) for longer than kGraceSeconds. Time from the CVR's
// status.lastTransitionTime (else its creation).
class ReplicaNotHealthyRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::ReplicaNotHealthyRule)

public:
    static constexpr qint64 kFloorBytesPerSecond = 4 * 1024 * 1024;
    static constexpr qint64 kGraceSeconds = 600;

    QString name() const override { return QStringLiteral("replica-not-healthy"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "orphan-replica": a CVR of a volume with neither CVC nor CV, or on a pool its CVC lists
// neither in spec nor in status: it holds pool space nobody uses.
class OrphanReplicaRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::OrphanReplicaRule)

public:
    QString name() const override { return QStringLiteral("orphan-replica"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "clones-on-pool" (Info): a replica on a pool that also holds replicas of clones of the
// volume's snapshots: removing or moving it destroys their data there (Preflight::clonesOnPool).
class ClonesOnPoolRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::ClonesOnPoolRule)

public:
    QString name() const override { return QStringLiteral("clones-on-pool"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

} // namespace Doctor
