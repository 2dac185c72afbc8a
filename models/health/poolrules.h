#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

// The rules about pools: how full they are, and their state.
namespace Doctor {

// "pool-capacity": Critical at the pool's read-only threshold or when it reports readOnly (CO
// cspi-controller updateROMode), Warning from kWarnPercent used.
class PoolCapacityRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::PoolCapacityRule)

public:
    static constexpr int kWarnPercent = 80;

    QString name() const override { return QStringLiteral("pool-capacity"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

// "pool-state": a pool not ONLINE: Critical when OFFLINE, FAULTED, UNAVAIL or REMOVED, Warning
// when DEGRADED or in a state the console does not know.
class PoolStateRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::PoolStateRule)

public:
    QString name() const override { return QStringLiteral("pool-state"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;
};

} // namespace Doctor
