#pragma once

#include "models/health/healthrule.h"

#include <QCoreApplication>
#include <QStringList>

namespace Cstor {
struct DisruptionBudget;
}

namespace Doctor {

// "drain-blocked": a PodDisruptionBudget the CVC operator keeps for an HA volume's pools
// (pdb.go createPDB: maxUnavailable 1 over the pool pods) allows no disruption now, because one
// of its pools is down: `kubectl drain` of a node holding another of its pools is refused
// ("Cannot evict pod as it would violate the pod's disruption budget", cstor-operators#424).
// When the budgets could not be read it says so as an Info; when nobody read them, nothing.
class DrainBlockedRule : public HealthRule
{
    Q_DECLARE_TR_FUNCTIONS(Doctor::DrainBlockedRule)

public:
    QString name() const override { return QStringLiteral("drain-blocked"); }
    QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                         const QDateTime &now) const override;

private:
    // Budgets that allow no disruption for the same down pools, and the nodes they hold back.
    struct Blocked
    {
        QList<const Cstor::DisruptionBudget *> budgets;
        QStringList down;
        QStringList nodes;
    };
    Finding blockedFinding(Blocked &group) const;
};

} // namespace Doctor
