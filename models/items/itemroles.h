#pragma once

#include <Qt>

namespace Items {

// Roles every cluster item model answers (besides Qt::DisplayRole, ToolTipRole, ...).
// Values are raw: numbers as qint64/double, phases as the Cstor enum's int, times as QDateTime.
enum Role {
    SortRole = Qt::UserRole + 100, // the raw value a column sorts by (bytes, not "1.47 GiB")
    UidRole,                       // stable key of the row (uid; node name for nodes)
    NameRole,
    PhaseRole,     // int of Cstor::PoolPhase / ReplicaPhase / VolumePhase
    PhaseTextRole, // the phase as the API wrote it
    HealthRole,    // int of Items::Health
    StaleRole,     // bool: status not updated for longer than the stale threshold
    NodeRole,
    PoolRole,
    VolumeRole,
    UsedBytesRole,
    TotalBytesRole,
    FreeBytesRole,
    UsedFractionRole, // double 0..1 (pool fullness, rebuild progress estimate)
    ReadOnlyRole,
    LastUpdateRole,   // QDateTime
    RebuildingRole,   // bool
    InvolvedUidRole,  // events: uid of the object the event is about
    InvolvedNameRole, // events: kind/name of the object the event is about
};

} // namespace Items
