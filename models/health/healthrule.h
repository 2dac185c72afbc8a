#pragma once

#include "models/health/finding.h"

#include <QDateTime>
#include <QList>

namespace Migration {
class ClusterSnapshot;
}

namespace Doctor {

// One check of the cluster's health, over a snapshot of it: one small class per rule, each
// unit tested on snapshots. Rules read; they never write to the cluster. They keep no state, so
// one rule may check snapshots on several threads at once. `now` is the wall clock the objects'
// timestamps are compared with (the API server writes them with its own).
class HealthRule
{
public:
    virtual ~HealthRule() = default;

    virtual QString name() const = 0;
    virtual QList<Finding> check(const Migration::ClusterSnapshot &cluster,
                                 const QDateTime &now) const = 0;

protected:
    // A finding of this rule about `objects` ("cvc/NAME", ...), the rest to be filled in.
    Finding found(Finding::Severity severity, QStringList objects) const
    {
        Finding finding;
        finding.rule = name();
        finding.severity = severity;
        finding.objects = std::move(objects);
        return finding;
    }
};

} // namespace Doctor
