#include "models/cstor/phases.h"

#include <QLatin1String>

#include <iterator>

namespace Cstor {

namespace {

template<typename Phase>
struct PhaseName
{
    Phase phase;
    QLatin1String text;
};

// Spellings exactly as the cStor API (openebs/api pkg/apis/cstor/v1) declares them.
const PhaseName<PoolPhase> kPoolPhases[] = {
    {PoolPhase::Online, QLatin1String("ONLINE")},
    {PoolPhase::Offline, QLatin1String("OFFLINE")},
    {PoolPhase::Degraded, QLatin1String("DEGRADED")},
    {PoolPhase::Faulted, QLatin1String("FAULTED")},
    {PoolPhase::Removed, QLatin1String("REMOVED")},
    {PoolPhase::Unavail, QLatin1String("UNAVAIL")},
};

const PhaseName<ReplicaPhase> kReplicaPhases[] = {
    {ReplicaPhase::Healthy, QLatin1String("Healthy")},
    {ReplicaPhase::New, QLatin1String("")},
    {ReplicaPhase::Init, QLatin1String("Init")},
    {ReplicaPhase::Recreate, QLatin1String("Recreate")},
    {ReplicaPhase::Offline, QLatin1String("Offline")},
    {ReplicaPhase::Degraded, QLatin1String("Degraded")},
    {ReplicaPhase::Rebuilding, QLatin1String("Rebuilding")},
    {ReplicaPhase::NewReplicaDegraded, QLatin1String("NewReplicaDegraded")},
    {ReplicaPhase::ReconstructingNewReplica, QLatin1String("ReconstructingNewReplica")},
    {ReplicaPhase::Error, QLatin1String("Error")},
    {ReplicaPhase::DeletionFailed, QLatin1String("DeletionFailed")},
    {ReplicaPhase::Invalid, QLatin1String("Invalid")},
};

const PhaseName<VolumePhase> kVolumePhases[] = {
    {VolumePhase::Healthy, QLatin1String("Healthy")},
    {VolumePhase::Init, QLatin1String("Init")},
    {VolumePhase::Degraded, QLatin1String("Degraded")},
    {VolumePhase::Offline, QLatin1String("Offline")},
    {VolumePhase::Error, QLatin1String("Error")},
    {VolumePhase::Invalid, QLatin1String("Invalid")},
};

const PhaseName<VolumeConfigPhase> kVolumeConfigPhases[] = {
    {VolumeConfigPhase::Bound, QLatin1String("Bound")},
    {VolumeConfigPhase::Pending, QLatin1String("Pending")},
    {VolumeConfigPhase::Failed, QLatin1String("Failed")},
};

const QLatin1String kUnknown("Unknown");

template<typename Phase, std::size_t N>
Phase lookup(const PhaseName<Phase> (&table)[N], const QString &text)
{
    for (const PhaseName<Phase> &entry : table) {
        if (text == entry.text)
            return entry.phase;
    }
    return Phase::Unknown;
}

template<typename Phase, std::size_t N>
QString name(const PhaseName<Phase> (&table)[N], Phase phase)
{
    for (const PhaseName<Phase> &entry : table) {
        if (entry.phase == phase)
            return entry.text;
    }
    return kUnknown;
}

} // namespace

PoolPhase Phases::poolPhase(const QString &text)
{
    return lookup(kPoolPhases, text);
}

ReplicaPhase Phases::replicaPhase(const QString &text)
{
    return lookup(kReplicaPhases, text);
}

VolumePhase Phases::volumePhase(const QString &text)
{
    return lookup(kVolumePhases, text);
}

VolumeConfigPhase Phases::volumeConfigPhase(const QString &text)
{
    return lookup(kVolumeConfigPhases, text);
}

QString Phases::toString(PoolPhase phase)
{
    return name(kPoolPhases, phase);
}

QString Phases::toString(ReplicaPhase phase)
{
    return name(kReplicaPhases, phase);
}

QString Phases::toString(VolumePhase phase)
{
    return name(kVolumePhases, phase);
}

QString Phases::toString(VolumeConfigPhase phase)
{
    return name(kVolumeConfigPhases, phase);
}

bool Phases::isRebuilding(ReplicaPhase phase)
{
    return phase == ReplicaPhase::Rebuilding || phase == ReplicaPhase::ReconstructingNewReplica;
}

bool Phases::isDown(PoolPhase phase)
{
    return phase == PoolPhase::Offline || phase == PoolPhase::Faulted ||
           phase == PoolPhase::Unavail || phase == PoolPhase::Removed;
}

} // namespace Cstor
