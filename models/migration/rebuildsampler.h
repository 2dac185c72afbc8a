#pragma once

#include "models/migration/rebuildestimator.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QDateTime>

namespace Migration {

// Feeds one move's RebuildEstimator from the cluster snapshot: the new replica's used bytes
// and pending snapshots against its largest healthy peer's, whenever they change and at least
// every few seconds, so that a copy that stands still is seen to stall.
class RebuildSampler
{
public:
    // Takes a sample when one is due; the estimate now.
    RebuildEstimator::Estimate sample(const ClusterSnapshot &cluster, const ReplicaMove &move);
    // The new replica turned Healthy; the final estimate.
    RebuildEstimator::Estimate finish();

private:
    RebuildEstimator m_estimator;
    QDateTime m_lastSample;
};

} // namespace Migration
