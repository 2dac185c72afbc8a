#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cstor-console drain NODE [--dry-run] [--yes] [--wait] [--kubeconfig FILE] [--context NAME]
// [-n NS]`: moves every replica off the pools of a node. Plans all moves at once (targets by
// free space, never two replicas of a volume on one node, never past a read-only threshold),
// shows them with each pool's capacity before and after, asks, then runs them through the
// migration engine as a queue within its limits and waits until all have ended.
class DrainVerb
{
    Q_DECLARE_TR_FUNCTIONS(DrainVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "drain"
};
