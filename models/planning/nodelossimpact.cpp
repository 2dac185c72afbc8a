#include "models/planning/nodelossimpact.h"

#include "models/planning/evacuationplanner.h"
#include "models/planning/replicahealth.h"

#include <QSet>

#include <algorithm>

namespace Migration {

int NodeLossImpact::Impact::count(Effect effect) const
{
    return int(std::count_if(volumes.begin(), volumes.end(),
                             [effect](const Volume &volume) { return volume.effect == effect; }));
}

QString NodeLossImpact::Impact::summary() const
{
    if (volumes.isEmpty())
        return tr("If %1 is lost now, no volume loses anything: it holds no replica.").arg(node);
    return tr("If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum "
              "(Offline until it returns), %4 lose their only Healthy copy.")
        .arg(node)
        .arg(count(Effect::LosesReplica))
        .arg(count(Effect::LosesQuorum))
        .arg(count(Effect::LosesData));
}

QString NodeLossImpact::effectText(Effect effect)
{
    switch (effect) {
    case Effect::LosesData:
        return tr("loses its data");
    case Effect::LosesQuorum:
        return tr("loses quorum");
    case Effect::LosesReplica:
        break;
    }
    return tr("loses a replica");
}

NodeLossImpact::Impact NodeLossImpact::of(const ClusterSnapshot &cluster, const QString &node)
{
    Impact impact;
    impact.node = node;
    QSet<QString> replaceable; // replica names whose volume keeps a Healthy copy
    for (const Cstor::PoolInstance *pool : cluster.poolsOnNode(node)) {
        for (const Cstor::VolumeReplica *cvr : cluster.replicasOnPool(pool->meta.name)) {
            const Cstor::VolumeConfig *cvc = cluster.volumeConfig(cvr->volume);
            if (cvr->meta.deletionTimestamp.isValid() || !cvc ||
                !cvc->specPools.contains(cvr->pool))
                continue;
            const Cstor::Volume *cv = cluster.volume(cvr->volume);
            Volume volume;
            volume.volume = cvr->volume;
            volume.pool = cvr->pool;
            volume.healthyAfter = ReplicaHealth::healthyCopies(cluster, cvr->volume, cvr->pool);
            volume.replicas =
                cv && cv->replicationFactor > 0 ? cv->replicationFactor : cvc->replicaCount;
            volume.quorum =
                cv && cv->consistencyFactor > 0 ? cv->consistencyFactor : volume.replicas / 2 + 1;
            if (volume.healthyAfter == 0)
                volume.effect = Effect::LosesData;
            else if (volume.healthyAfter < volume.quorum)
                volume.effect = Effect::LosesQuorum;
            if (volume.effect != Effect::LosesData)
                replaceable.insert(cvr->meta.name);
            impact.volumes << volume;
        }
    }
    const EvacuationPlanner::Plan placed =
        EvacuationPlanner::plan(cluster, {{node}, {}}, [&](const Cstor::VolumeReplica &cvr) {
            return replaceable.contains(cvr.meta.name);
        });
    for (Volume &volume : impact.volumes) {
        const QString effect =
            volume.effect == Effect::LosesData
                ? tr("no Healthy replica on another node: its data would be gone with %1").arg(node)
            : volume.effect == Effect::LosesQuorum
                ? tr("%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) "
                     "until %4 returns")
                      .arg(volume.healthyAfter)
                      .arg(volume.replicas)
                      .arg(volume.quorum)
                      .arg(node)
                : tr("%1 Healthy of %2 replica(s) left: Degraded, serving I/O")
                      .arg(volume.healthyAfter)
                      .arg(volume.replicas);
        if (volume.effect == Effect::LosesData) {
            volume.why = effect;
            continue;
        }
        const auto move =
            std::find_if(placed.moves.begin(), placed.moves.end(),
                         [&](const ReplicaMove &m) { return m.volume == volume.volume; });
        if (move != placed.moves.end()) {
            volume.targetPool = move->targetPool;
            volume.why =
                volume.effect == Effect::LosesQuorum
                    ? tr("%1; once it is back, a replacement could rebuild on %2")
                          .arg(effect, move->targetPool)
                    : tr("%1; a replacement could rebuild on %2").arg(effect, move->targetPool);
            continue;
        }
        QString none = tr("no pool can take a replacement");
        for (const EvacuationPlanner::Unplaceable &replica : placed.unplaceable) {
            if (replica.volume == volume.volume)
                none = tr("no replacement: %1").arg(replica.why);
        }
        volume.why = tr("%1; %2").arg(effect, none);
    }
    std::stable_sort(impact.volumes.begin(), impact.volumes.end(),
                     [](const Volume &a, const Volume &b) {
                         return a.effect != b.effect ? a.effect < b.effect : a.volume < b.volume;
                     });
    return impact;
}

} // namespace Migration
