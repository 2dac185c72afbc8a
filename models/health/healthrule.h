#pragma once

#include "models/health/finding.h"

#include <QList>

namespace Migration {
class ClusterSnapshot;
}

namespace Doctor {

// One check of the cluster's health, over a snapshot of it: one small class per rule, each
// unit tested on snapshots. Rules read; they never write to the cluster.
class HealthRule
{
public:
    virtual ~HealthRule() = default;

    virtual QString name() const = 0;
    virtual QList<Finding> check(const Migration::ClusterSnapshot &cluster) const = 0;
};

} // namespace Doctor
