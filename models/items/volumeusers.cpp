#include "models/items/volumeusers.h"

#include <algorithm>

namespace Items {

namespace {

// The uids a delta removes, with those a relist leaves out of what `known` holds.
template<typename T, typename V>
QStringList goneUids(const Kube::KindDelta<T> &delta, const QHash<QString, V> &known)
{
    if (!delta.replaceAll)
        return delta.removedUids;
    QSet<QString> kept;
    for (const T &object : delta.upserted)
        kept.insert(object.meta.uid);
    QStringList gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!kept.contains(it.key()))
            gone.append(it.key());
    }
    return gone;
}

QString claimKey(const QString &namespaceName, const QString &name)
{
    return namespaceName + QLatin1Char('/') + name;
}

} // namespace

QString VolumeUse::claimText() const
{
    return hasClaim() ? claimNamespace + QLatin1Char('/') + claimName : QString();
}

QSet<QString> VolumeUsers::apply(const Kube::KindDelta<Cstor::PersistentVolume> &volumes,
                                 const Kube::KindDelta<Cstor::WorkloadPod> &pods)
{
    QSet<QString> changed;
    applyVolumes(volumes, &changed);
    applyPods(pods, &changed);
    return changed;
}

void VolumeUsers::applyVolumes(const Kube::KindDelta<Cstor::PersistentVolume> &delta,
                               QSet<QString> *changed)
{
    for (const QString &uid : goneUids(delta, m_volumeOfUid))
        forgetVolume(uid, changed);
    for (const Cstor::PersistentVolume &pv : delta.upserted) {
        forgetVolume(pv.meta.uid, changed);
        m_volumeOfUid.insert(pv.meta.uid, pv.volume);
        changed->insert(pv.volume);
        if (pv.claimName.isEmpty())
            continue;
        const Claim claim{pv.claimNamespace, pv.claimName};
        m_claimOfVolume.insert(pv.volume, claim);
        m_volumeOfClaim.insert(claim.key(), pv.volume);
    }
}

void VolumeUsers::forgetVolume(const QString &uid, QSet<QString> *changed)
{
    const auto it = m_volumeOfUid.constFind(uid);
    if (it == m_volumeOfUid.constEnd())
        return;
    const QString volume = it.value();
    m_volumeOfUid.erase(it);
    changed->insert(volume);
    const auto claim = m_claimOfVolume.constFind(volume);
    if (claim == m_claimOfVolume.constEnd())
        return;
    const QString key = claim->key();
    if (m_volumeOfClaim.value(key) == volume)
        m_volumeOfClaim.remove(key);
    m_claimOfVolume.erase(claim);
}

void VolumeUsers::applyPods(const Kube::KindDelta<Cstor::WorkloadPod> &delta,
                            QSet<QString> *changed)
{
    for (const QString &uid : goneUids(delta, m_pods))
        forgetPod(uid, changed);
    for (const Cstor::WorkloadPod &pod : delta.upserted) {
        forgetPod(pod.meta.uid, changed);
        m_pods.insert(pod.meta.uid, pod);
        for (const QString &claim : pod.claims)
            m_podsOfClaim[claimKey(pod.meta.namespaceName, claim)].insert(pod.meta.uid);
        touchClaimsOf(pod, changed);
    }
}

void VolumeUsers::forgetPod(const QString &uid, QSet<QString> *changed)
{
    const auto it = m_pods.constFind(uid);
    if (it == m_pods.constEnd())
        return;
    touchClaimsOf(*it, changed);
    for (const QString &claim : it->claims) {
        const QString key = claimKey(it->meta.namespaceName, claim);
        auto users = m_podsOfClaim.find(key);
        if (users == m_podsOfClaim.end())
            continue;
        users->remove(uid);
        if (users->isEmpty())
            m_podsOfClaim.erase(users);
    }
    m_pods.erase(it);
}

void VolumeUsers::touchClaimsOf(const Cstor::WorkloadPod &pod, QSet<QString> *changed) const
{
    for (const QString &claim : pod.claims) {
        const QString volume = m_volumeOfClaim.value(claimKey(pod.meta.namespaceName, claim));
        if (!volume.isEmpty())
            changed->insert(volume);
    }
}

VolumeUse VolumeUsers::useOf(const QString &volume) const
{
    VolumeUse use;
    const auto claim = m_claimOfVolume.constFind(volume);
    if (claim == m_claimOfVolume.constEnd())
        return use;
    use.claimNamespace = claim->namespaceName;
    use.claimName = claim->name;
    for (const QString &uid : m_podsOfClaim.value(claim->key())) {
        const auto pod = m_pods.constFind(uid);
        if (pod != m_pods.constEnd())
            use.pods.append({pod->meta.name, pod->node, pod->stateText(), pod->ready});
    }
    std::sort(use.pods.begin(), use.pods.end(),
              [](const VolumeUse::Pod &a, const VolumeUse::Pod &b) { return a.name < b.name; });
    return use;
}

void VolumeUsers::clear()
{
    m_volumeOfUid.clear();
    m_claimOfVolume.clear();
    m_volumeOfClaim.clear();
    m_pods.clear();
    m_podsOfClaim.clear();
}

} // namespace Items
