#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>

namespace Doctor {

// "pool-read-only-soon": a pool its capacity forecast (ClusterSnapshot::poolTrend, from the
// cluster's Prometheus) puts at its read-only threshold within the horizon: Warning, Critical
// within kCriticalDays. A pool already there is pool-capacity's.
class PoolReadOnlySoonRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::PoolReadOnlySoonRule)

public:
    static constexpr int kDefaultHorizonDays = 14;
    static constexpr int kCriticalDays = 3;

    explicit PoolReadOnlySoonRule(int horizonDays = kDefaultHorizonDays)
        : m_horizonDays(horizonDays)
    {
    }

    QString name() const override { return QStringLiteral("pool-read-only-soon"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;

private:
    int m_horizonDays;
};

} // namespace Doctor
