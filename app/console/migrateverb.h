#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cstor-console migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes] [--wait]
// [--kubeconfig FILE] [--context NAME] [-n NS]`: moves one replica of a volume the seed's
// two-step way through the migration engine: shows the plan (preflight checks, capacity
// before and after), asks, adds the target pool, waits for the new replica and the volume to
// be Healthy, removes the source pool. Always waits for the end; Ctrl-C before the old replica
// is removed rolls the move back.
class MigrateVerb
{
    Q_DECLARE_TR_FUNCTIONS(MigrateVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "migrate"
};
