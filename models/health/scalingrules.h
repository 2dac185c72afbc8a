#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

namespace Cstor {
struct VolumeConfig;
}

// The rules about a volume's placement changing: scalings that do not finish and why, pool
// names nobody has, a target that refuses its new replication factor, claims left Pending.
namespace Doctor {

// "scaling-stuck": the CVC's spec and status pool lists differ and a cause is visible (a new
// replica missing or not Healthy, a kept replica the target does not count as Healthy, a refused
// DRF, a removed replica already gone while the status still lists its pool); without a visible
// cause it is an Info that a scaling is under way.
class StuckScalingRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::StuckScalingRule)

public:
    QString name() const override { return QStringLiteral("scaling-stuck"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;

private:
    static QStringList causes(const Migration::ClusterSnapshot &cluster, const QString &volume,
                              const QStringList &added, const QStringList &kept);
    // A scale-down the CVC controller cannot finish: a pool it removes whose replica is gone.
    static QString strandedPool(const Migration::ClusterSnapshot &cluster,
                                const Cstor::VolumeConfig &cvc);
    static void describeStranded(const Cstor::VolumeConfig &cvc, const QString &pool,
                                 Finding *finding);
};

// "cvc-unknown-pool": the CVC's spec names a pool no CSPI has (openebs#2982: a typo leaves the
// CVC scaling forever).
class UnknownPoolRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::UnknownPoolRule)

public:
    QString name() const override { return QStringLiteral("cvc-unknown-pool"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "drf-refused": the volume's target refused to lower its desired replication factor (istgt
// istgt_uctl_cmd_desired_rf "... are invalid changes", volume-mgmt FailUpdate on the CV).
class RefusedDrfRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::RefusedDrfRule)

public:
    QString name() const override { return QStringLiteral("drf-refused"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "cvc-pending": a CVC Pending with fewer ONLINE writable pools in its pool cluster than its
// replica count (CO distributeCVRs "not enough pools are available"), or Pending for longer
// than kGraceSeconds with enough.
class PendingClaimRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::PendingClaimRule)

public:
    static constexpr qint64 kGraceSeconds = 120;

    QString name() const override { return QStringLiteral("cvc-pending"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

} // namespace Doctor
