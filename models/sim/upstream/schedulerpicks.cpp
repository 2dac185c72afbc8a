#include "models/sim/upstream/schedulerpicks.h"

#include "models/sim/upstream/clusternodes.h"
#include "models/sim/upstream/podnames.h"

namespace Sim::SchedulerPicks {

QStringList schedulable(const ClusterNodes &nodes)
{
    QStringList result;
    for (const QString &node : nodes.names()) {
        if (nodes.isSchedulable(node))
            result << node;
    }
    return result;
}

QString first(const ClusterNodes &nodes, const QString &avoid)
{
    QString fallback;
    for (const QString &node : nodes.names()) {
        if (!nodes.isSchedulable(node))
            continue;
        if (node != avoid)
            return node;
        fallback = node;
    }
    return fallback.isEmpty() ? avoid : fallback;
}

QString spread(const QStringList &schedulable, const QString &seed, const QString &avoid)
{
    const qsizetype count = schedulable.size();
    if (count == 0)
        return avoid;
    // FNV's low bits depend only on the low bits of the text: mixed (MurmurHash3's fmix64) so
    // that every node count divides the seeds evenly.
    quint64 hash = PodNames::stableHash(seed);
    hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccdull;
    hash = (hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53ull;
    hash ^= hash >> 33;
    const qsizetype start = qsizetype(hash % quint64(count));
    for (qsizetype i = 0; i < count; ++i) {
        const QString &node = schedulable.at((start + i) % count);
        if (node != avoid)
            return node;
    }
    return avoid;
}

} // namespace Sim::SchedulerPicks
