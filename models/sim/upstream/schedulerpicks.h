#pragma once

#include <QString>
#include <QStringList>

namespace Sim {

class ClusterNodes;

// The default scheduler's choice of a node for a simulated pod that is not pinned to one:
// only Ready nodes that are not cordoned take pods.
namespace SchedulerPicks {

QStringList schedulable(const ClusterNodes &nodes);
// The first schedulable node, another than `avoid` when there is one (a target pod's).
QString first(const ClusterNodes &nodes, const QString &avoid);
// One of `schedulable` picked by `seed`, so that pods spread over the cluster the same way in
// every run; the next one when that is `avoid` (an application pod's).
QString spread(const QStringList &schedulable, const QString &seed, const QString &avoid);

} // namespace SchedulerPicks

} // namespace Sim
