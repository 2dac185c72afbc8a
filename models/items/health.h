#pragma once

#include "models/cstor/phases.h"
#include "models/cstor/poolinstance.h"

#include <QString>

namespace Items {

// How an object is doing, for colour, shape and counts. The views always show the phase text
// next to the colour and the shape.
enum class Health {
    Ok,      // Healthy / ONLINE / Bound
    Busy,    // rebuilding, being created, scaling: in progress, expected to end well
    Warning, // degraded, readOnly, stale
    Error,   // offline, faulted, error
    Unknown  // not reported yet / unknown phase
};

class HealthRules
{
public:
    static Health ofPool(const Cstor::PoolInstance &pool);
    static Health ofReplica(Cstor::ReplicaPhase phase);
    static Health ofVolume(Cstor::VolumePhase phase);
    static Health ofVolumeConfig(Cstor::VolumeConfigPhase phase);
    // The worse of two.
    static Health worst(Health a, Health b);
    static bool isUnhealthy(Health health)
    {
        return health == Health::Warning || health == Health::Error;
    }
    static QString name(Health health); // translated: "Healthy", "In progress", ...
};

} // namespace Items
