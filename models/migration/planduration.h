#pragma once

#include "models/migration/journal.h"
#include "models/migration/movelimits.h"
#include "models/planning/clustersnapshot.h"
#include "models/planning/replicamove.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Migration {

// How long a plan of moves should take: each move at the throughput this console has measured
// on the cluster (the journal's last moves: their volume's bytes over the time from adding the
// target pool to the move's end, so the steps around the rebuild count too), or an assumed
// default before any, scheduled as the queue runs them within its caps.
class PlanDuration
{
    Q_DECLARE_TR_FUNCTIONS(Migration::PlanDuration)

public:
    // Before any move was measured on the cluster. cStor rebuilds a replica with zfs send and
    // receive between pool pods; 50 MiB/s is a cautious figure for a busy 10 GbE network.
    static constexpr double kDefaultBytesPerSecond = 50.0 * 1024 * 1024;
    static constexpr int kSamples = 20; // the last moves measured

    struct Throughput
    {
        double bytesPerSecond = kDefaultBytesPerSecond;
        int samples = 0;      // moves measured; 0: the default
        QString text() const; // "85 MiB/s per move, measured over 12 moves"
    };
    struct Estimate
    {
        qint64 seconds = 0;
        Throughput throughput;
        QString text() const; // "about 2h10m (85 MiB/s per move, measured over 12 moves)"
    };

    // The throughput of the last Done moves of `context` in the journal whose volumes the
    // cluster still knows.
    static Throughput measured(const QList<JournalEntry> &journal, const ClusterSnapshot &cluster,
                               const QString &context);
    static Estimate estimate(const QList<ReplicaMove> &moves, const ClusterSnapshot &cluster,
                             const MoveLimits &limits, const Throughput &throughput);
};

} // namespace Migration
