#pragma once

#include <QString>

namespace Cstor {

// Phases as cStor writes them (CSTOR.md). Unknown strings map to Unknown and keep their text.
enum class PoolPhase { Unknown, Online, Offline, Degraded, Faulted, Removed, Unavail };
enum class ReplicaPhase {
    Unknown,
    New, // "" (created by provisioning, not yet seen by its pool)
    Init,
    Recreate,
    Offline,
    Degraded,
    Rebuilding,
    NewReplicaDegraded,
    ReconstructingNewReplica,
    Healthy,
    Error,
    DeletionFailed,
    Invalid
};
enum class VolumePhase { Unknown, Init, Healthy, Degraded, Offline, Error, Invalid };
enum class VolumeConfigPhase { Unknown, Pending, Bound, Failed };

class Phases
{
public:
    static PoolPhase poolPhase(const QString &text);
    static ReplicaPhase replicaPhase(const QString &text);
    static VolumePhase volumePhase(const QString &text);
    static VolumeConfigPhase volumeConfigPhase(const QString &text);
    static QString toString(PoolPhase phase);
    static QString toString(ReplicaPhase phase);
    static QString toString(VolumePhase phase);
    static QString toString(VolumeConfigPhase phase);
    // A replica that is copying data from its peers.
    static bool isRebuilding(ReplicaPhase phase);
    // A pool that serves no replica: OFFLINE, FAULTED, UNAVAIL or REMOVED.
    static bool isDown(PoolPhase phase);
};

} // namespace Cstor
