#include "tests/common/replicasafety.h"

#include "models/sim/store/objectstore.h"
#include "tests/common/seednames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using SeedNames::kCv;
using SeedNames::kCvc;
using SeedNames::kCvr;
using SeedNames::kNamespace;

ReplicaSafety::ReplicaSafety(Sim::ObjectStore *store)
    : m_store(store)
{
    for (const QJsonObject &cvc : store->list(kCvc, kNamespace)) {
        const QStringList pools = specPools(cvc);
        m_pools.insert(nameOf(cvc), pools);
        m_replicaCount.insert(nameOf(cvc), int(pools.size()));
    }
    m_since.start();
    connect(store, &Sim::ObjectStore::changed, this, &ReplicaSafety::onChanged);
}

void ReplicaSafety::remember(const QString &volume, const QString &what)
{
    constexpr qsizetype kStoryLines = 40;
    QStringList &story = m_story[volume];
    story << u"%1 ms %2"_s.arg(m_since.elapsed()).arg(what);
    if (story.size() > kStoryLines)
        story.removeFirst();
}

void ReplicaSafety::violated(const QString &volume, const QString &what)
{
    m_violations << what;
    m_stories << u"%1:\n    %2"_s.arg(what, m_story.value(volume).join(u"\n    "_s));
}

QString ReplicaSafety::nameOf(const QJsonObject &object)
{
    return object.value("metadata"_L1).toObject().value("name"_L1).toString();
}

QString ReplicaSafety::phaseOf(const QJsonObject &object)
{
    return object.value("status"_L1).toObject().value("phase"_L1).toString();
}

QStringList ReplicaSafety::specPools(const std::optional<QJsonObject> &cvc)
{
    QStringList pools;
    if (!cvc)
        return pools;
    const QJsonArray list = cvc->value("spec"_L1)
                                .toObject()
                                .value("policy"_L1)
                                .toObject()
                                .value("replicaPoolInfo"_L1)
                                .toArray();
    for (const QJsonValue &entry : list)
        pools << entry.toObject().value("poolName"_L1).toString();
    return pools;
}

QStringList ReplicaSafety::statusPools(const QJsonObject &cvc)
{
    QStringList pools;
    for (const QJsonValue &pool : cvc.value("status"_L1).toObject().value("poolInfo"_L1).toArray())
        pools << pool.toString();
    return pools;
}

void ReplicaSafety::onChanged(const Sim::StoreEvent &event)
{
    if (event.resource == kCv || event.resource == kCvr) {
        // The story: phase changes of the volume's CV and CVRs.
        const QString name = nameOf(event.object);
        const QString phase =
            event.type == Sim::StoreEvent::Type::Deleted ? u"(deleted)"_s : phaseOf(event.object);
        if (m_lastPhase.value(event.resource + name) != phase) {
            m_lastPhase.insert(event.resource + name, phase);
            if (event.resource == kCvr && phase == "Healthy"_L1)
                m_unhealthySince.remove(name);
            else if (event.resource == kCvr && !m_unhealthySince.contains(name))
                m_unhealthySince.insert(name, m_since.elapsed());
            const QString volume = event.resource == kCv
                                       ? name
                                       : event.object.value("metadata"_L1)
                                             .toObject()
                                             .value("labels"_L1)
                                             .toObject()
                                             .value("openebs.io/persistent-volume"_L1)
                                             .toString();
            remember(volume, u"%1 %2 %3"_s.arg(event.resource == kCv ? u"CV"_s : u"CVR"_s,
                                               event.resource == kCv ? QString()
                                                                     : name.mid(volume.size() + 1),
                                               phase));
        }
    }
    if (event.resource == kCvc && event.type == Sim::StoreEvent::Type::Modified) {
        const QString volume = nameOf(event.object);
        const QStringList pools = specPools(event.object);
        if (pools != m_pools.value(volume) ||
            statusPools(event.object) != m_statusPools.value(volume)) {
            m_statusPools.insert(volume, statusPools(event.object));
            remember(volume, u"CVC spec %1, status %2"_s.arg(pools.join(u' '),
                                                             statusPools(event.object).join(u' ')));
        }
        poolsLeft(volume, m_pools.value(volume), pools);
        m_pools.insert(volume, pools);
        const int count = m_replicaCount.value(volume, int(pools.size()));
        if (pools.size() > count + 1 && !m_doubled.contains(volume)) {
            m_doubled.insert(volume);
            violated(volume, u"%1: two moves at once: the CVC lists %2 for %3 replicas"_s.arg(
                                 volume, pools.join(u", "_s), QString::number(count)));
        }
        if (pools.size() > count || statusPools(event.object).size() > count)
            m_moving.insert(volume);
        else
            m_moving.remove(volume);
        m_peakMoves = std::max(m_peakMoves, int(m_moving.size()));
    }
    if (event.resource == kCvr && event.type == Sim::StoreEvent::Type::Deleted) {
        const QString name = nameOf(event.object);
        m_deleted << name;
        const QString volume = event.object.value("metadata"_L1)
                                   .toObject()
                                   .value("labels"_L1)
                                   .toObject()
                                   .value("openebs.io/persistent-volume"_L1)
                                   .toString();
        const int healthy = healthyReplicas(volume, name);
        if (healthy < m_replicaCount.value(volume)) {
            const QString what = u"%1 deleted while %2 had %3 other Healthy replicas of %4"_s.arg(
                name, volume, QString::number(healthy),
                QString::number(m_replicaCount.value(volume)));
            if (m_countRaces) {
                QStringList phases;
                for (const QJsonObject &cvr : m_store->list(kCvr, kNamespace)) {
                    if (nameOf(cvr) != name && nameOf(cvr).startsWith(volume + u'-'))
                        phases << nameOf(cvr).mid(volume.size() + 1) + u' ' + phaseOf(cvr);
                }
                m_races << what + u" ("_s + phases.join(u", "_s) + u')';
            } else {
                violated(volume, what);
            }
        }
    }
}

void ReplicaSafety::poolsLeft(const QString &volume, const QStringList &before,
                              const QStringList &pools)
{
    for (const QString &pool : before) {
        if (pools.contains(pool))
            continue;
        // A pool left the volume: every pool it keeps must hold a Healthy replica.
        int healthy = 0;
        QStringList phases;
        qint64 longestAgo = -1; // how long ago the first of the kept replicas not Healthy turned
        bool sinceKnown = true;
        for (const QString &kept : pools) {
            const QString name = volume + u'-' + kept;
            const auto cvr = m_store->get(kCvr, kNamespace, name);
            if (cvr && phaseOf(*cvr) == "Healthy"_L1) {
                ++healthy;
                phases << kept + u" Healthy"_s;
                continue;
            }
            sinceKnown = sinceKnown && m_unhealthySince.contains(name);
            const qint64 ago = m_since.elapsed() - m_unhealthySince.value(name);
            longestAgo = std::max(longestAgo, ago);
            phases
                << u"%1 %2 for %3 ms"_s.arg(kept, cvr ? phaseOf(*cvr) : u"(no replica)"_s).arg(ago);
        }
        if (healthy >= m_replicaCount.value(volume))
            continue;
        const QString what = u"%1 left %2 with %3 Healthy replicas of %4 (%5)"_s.arg(
            pool, volume, QString::number(healthy), QString::number(m_replicaCount.value(volume)),
            phases.join(u", "_s));
        if (m_decisionWindowMs >= 0 && sinceKnown && longestAgo < m_decisionWindowMs)
            m_races << what + u": they turned after the console's fresh reads"_s;
        else
            violated(volume, what);
    }
}

int ReplicaSafety::healthyReplicas(const QString &volume, const QString &except) const
{
    int healthy = 0;
    for (const QJsonObject &cvr : m_store->list(kCvr, kNamespace)) {
        if (nameOf(cvr) != except && nameOf(cvr).startsWith(volume + u'-') &&
            phaseOf(cvr) == "Healthy"_L1)
            ++healthy;
    }
    return healthy;
}
