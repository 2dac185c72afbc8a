#include "models/migration/planduration.h"

#include "models/cstor/age.h"

#include <QHash>

#include <algorithm>

namespace Migration {

QString PlanDuration::Throughput::text() const
{
    const QString rate = tr("%1 MiB/s per move").arg(bytesPerSecond / (1024 * 1024), 0, 'f', 0);
    return samples > 0
               ? tr("%1, measured over %n move(s) on this cluster", nullptr, samples).arg(rate)
               : tr("%1, assumed: no move measured on this cluster yet").arg(rate);
}

QString PlanDuration::Estimate::text() const
{
    return tr("about %1 (%2)").arg(Cstor::formatAge(seconds * 1000), throughput.text());
}

PlanDuration::Throughput PlanDuration::measured(const QList<JournalEntry> &journal,
                                                const ClusterSnapshot &cluster,
                                                const QString &context)
{
    struct Times
    {
        QDateTime scaleUp;
        QDateTime done;
        ReplicaMove move;
    };
    QHash<QString, Times> moves;
    QStringList doneOrder;
    for (const JournalEntry &entry : journal) {
        if (!context.isEmpty() && !entry.context.isEmpty() && entry.context != context)
            continue;
        Times &times = moves[entry.migrationId];
        times.move = entry.move;
        if (entry.action == QLatin1String("scale-up")) {
            times.scaleUp = entry.time;
        } else if (entry.state == MigrationState::Done && !times.done.isValid()) {
            times.done = entry.time;
            doneOrder << entry.migrationId;
        }
    }
    Throughput throughput;
    double bytes = 0;
    double seconds = 0;
    for (auto it = doneOrder.crbegin(); it != doneOrder.crend() && throughput.samples < kSamples;
         ++it) {
        const Times &times = moves.value(*it);
        const qint64 size = cluster.volumeSize(times.move.volume);
        if (!times.scaleUp.isValid() || size <= 0)
            continue;
        const double took = double(times.scaleUp.msecsTo(times.done)) / 1000.0;
        if (took <= 0)
            continue;
        bytes += double(size);
        seconds += took;
        ++throughput.samples;
    }
    if (throughput.samples > 0)
        throughput.bytesPerSecond = bytes / seconds;
    return throughput;
}

PlanDuration::Estimate PlanDuration::estimate(const QList<ReplicaMove> &moves,
                                              const ClusterSnapshot &cluster,
                                              const MoveLimits &limits,
                                              const Throughput &throughput)
{
    struct Slot
    {
        const ReplicaMove *move;
        double end;
        QString sourceNode;
    };
    const auto nodeOf = [&cluster](const QString &pool) {
        const Cstor::PoolInstance *instance = cluster.pool(pool);
        return instance ? instance->hostName : QString();
    };
    QList<const ReplicaMove *> waiting;
    for (const ReplicaMove &move : moves)
        waiting << &move;
    QList<Slot> running;
    double now = 0;
    while (!waiting.isEmpty() || !running.isEmpty()) {
        // Start what the caps allow, in the plan's order, as the queue does.
        for (auto it = waiting.begin(); it != waiting.end();) {
            const ReplicaMove &move = **it;
            const QString sourceNode = nodeOf(move.sourcePool);
            int onTarget = 0;
            int offNode = 0;
            bool sameVolume = false;
            for (const Slot &slot : std::as_const(running)) {
                onTarget += slot.move->targetPool == move.targetPool ? 1 : 0;
                offNode += !sourceNode.isEmpty() && slot.sourceNode == sourceNode ? 1 : 0;
                sameVolume = sameVolume || slot.move->volume == move.volume;
            }
            if (running.size() < limits.perCluster && onTarget < limits.perPool &&
                offNode < limits.perSourceNode && !sameVolume) {
                const double took = double(std::max<qint64>(cluster.volumeSize(move.volume), 0)) /
                                    throughput.bytesPerSecond;
                running.append({&move, now + took, sourceNode});
                it = waiting.erase(it);
            } else {
                ++it;
            }
        }
        if (running.isEmpty())
            break; // nothing can start (caps of 0): no estimate beyond this
        // The next move to end frees its slots.
        auto first = std::min_element(running.begin(), running.end(),
                                      [](const Slot &a, const Slot &b) { return a.end < b.end; });
        now = first->end;
        running.erase(first);
    }
    Estimate estimate;
    estimate.seconds = qint64(now + 0.5);
    estimate.throughput = throughput;
    return estimate;
}

} // namespace Migration
