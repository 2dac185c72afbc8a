#pragma once

#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <optional>

namespace Migration {

// Turns what an operator types (`migrate VOLUME --from POOL|NODE --to POOL|NODE`) into a
// ReplicaMove: a node stands for the pool on it that holds the volume's replica (--from) or
// the pool of the volume's pool cluster on it with the most free space (--to).
class MoveResolver
{
    Q_DECLARE_TR_FUNCTIONS(Migration::MoveResolver)

public:
    static std::optional<ReplicaMove> resolve(const ClusterSnapshot &cluster, const QString &volume,
                                              const QString &from, const QString &to,
                                              QString *error);
};

} // namespace Migration
