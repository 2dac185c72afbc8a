#pragma once

#include "models/planning/clustersnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kube {
class RestClient;
}

// Reads the cluster once, as the informers' first lists would (CStorPoolInstances,
// CStorVolumeConfigs, CStorVolumes, CStorVolumeReplicas and the namespace's events), into a
// snapshot; for verbs that look without watching (`doctor`).
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    // The snapshot, or nullopt after printing why a cStor list failed. Events that cannot be
    // read are skipped with a warning (the rules that read them see none). cStor objects that
    // do not decode are left out, each named in a warning, counted in *skipped if given, and
    // known to the snapshot (ClusterSnapshot::unreadable), which moves none of their volumes.
    static std::optional<Migration::ClusterSnapshot>
    read(Kube::RestClient *client, const QString &namespaceName, int *skipped = nullptr);
};
