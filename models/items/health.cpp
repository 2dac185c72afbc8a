#include "models/items/health.h"

#include <QCoreApplication>

namespace Items {

// A pool whose import fails is in error whatever phase it last wrote.
Health HealthRules::ofPool(const Cstor::PoolInstance &pool)
{
    using P = Cstor::PoolPhase;
    if (pool.importLost)
        return Health::Error;
    switch (pool.phase) {
    case P::Online:
        return pool.readOnly ? Health::Warning : Health::Ok;
    case P::Degraded:
        return Health::Warning;
    case P::Offline:
    case P::Faulted:
    case P::Removed:
    case P::Unavail:
        return Health::Error;
    case P::Unknown:
        break;
    }
    return Health::Unknown;
}

Health HealthRules::ofReplica(Cstor::ReplicaPhase phase)
{
    using P = Cstor::ReplicaPhase;
    switch (phase) {
    case P::Healthy:
        return Health::Ok;
    case P::New:
    case P::Init:
    case P::Recreate:
    case P::Rebuilding:
    case P::ReconstructingNewReplica:
        return Health::Busy;
    case P::Degraded:
    case P::NewReplicaDegraded:
        return Health::Warning;
    case P::Offline:
    case P::Error:
    case P::DeletionFailed:
    case P::Invalid:
        return Health::Error;
    case P::Unknown:
        break;
    }
    return Health::Unknown;
}

Health HealthRules::ofVolume(Cstor::VolumePhase phase)
{
    using P = Cstor::VolumePhase;
    switch (phase) {
    case P::Healthy:
        return Health::Ok;
    case P::Init:
        return Health::Busy;
    case P::Degraded:
        return Health::Warning;
    case P::Offline:
    case P::Error:
    case P::Invalid:
        return Health::Error;
    case P::Unknown:
        break;
    }
    return Health::Unknown;
}

Health HealthRules::ofVolumeConfig(Cstor::VolumeConfigPhase phase)
{
    using P = Cstor::VolumeConfigPhase;
    switch (phase) {
    case P::Bound:
        return Health::Ok;
    case P::Pending:
        return Health::Busy;
    case P::Failed:
        return Health::Error;
    case P::Unknown:
        break;
    }
    return Health::Unknown;
}

static int severity(Health health)
{
    switch (health) {
    case Health::Ok:
        return 0;
    case Health::Busy:
        return 1;
    case Health::Unknown:
        return 2;
    case Health::Warning:
        return 3;
    case Health::Error:
        return 4;
    }
    return 2;
}

Health HealthRules::worst(Health a, Health b)
{
    return severity(a) >= severity(b) ? a : b;
}

QString HealthRules::name(Health health)
{
    switch (health) {
    case Health::Ok:
        return QCoreApplication::translate("Items::HealthRules", "Healthy");
    case Health::Busy:
        return QCoreApplication::translate("Items::HealthRules", "In progress");
    case Health::Warning:
        return QCoreApplication::translate("Items::HealthRules", "Warning");
    case Health::Error:
        return QCoreApplication::translate("Items::HealthRules", "Error");
    case Health::Unknown:
        break;
    }
    return QCoreApplication::translate("Items::HealthRules", "Unknown");
}

} // namespace Items
