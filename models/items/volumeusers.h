#pragma once

#include "models/kube/clusterdelta.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Items {

// Who uses a cStor volume: the PersistentVolumeClaim bound to its PersistentVolume and the pods
// that mount that claim.
struct VolumeUse
{
    struct Pod
    {
        QString name;
        QString node;
        QString state; // Running, Pending, Terminating, ...
        bool ready = false;

        bool operator==(const Pod &) const = default;
    };

    QString claimNamespace; // empty: no PersistentVolume names the volume (or none is readable)
    QString claimName;
    QList<Pod> pods; // by name

    bool hasClaim() const { return !claimName.isEmpty(); }
    // "namespace/name", or "".
    QString claimText() const;
    bool operator==(const VolumeUse &) const = default;
};

// Follows the PersistentVolumes and the pods that mount claims, and tells each volume's use
// (VolumeUse). The two kinds arrive in any order: a pod is kept by its claims until a volume
// is bound to one of them.
class VolumeUsers
{
public:
    // Applies one batch of each kind and returns the volumes whose use may have changed.
    QSet<QString> apply(const Kube::KindDelta<Cstor::PersistentVolume> &volumes,
                        const Kube::KindDelta<Cstor::WorkloadPod> &pods);
    VolumeUse useOf(const QString &volume) const;
    // The volumes with a claim, by volume name.
    qsizetype claimCount() const { return m_claimOfVolume.size(); }
    void clear();

private:
    struct Claim
    {
        QString namespaceName;
        QString name;
        QString key() const { return namespaceName + QLatin1Char('/') + name; }
    };

    void applyVolumes(const Kube::KindDelta<Cstor::PersistentVolume> &delta,
                      QSet<QString> *changed);
    void applyPods(const Kube::KindDelta<Cstor::WorkloadPod> &delta, QSet<QString> *changed);
    void forgetVolume(const QString &uid, QSet<QString> *changed);
    void forgetPod(const QString &uid, QSet<QString> *changed);
    // The volumes the claims of `pod` are bound to.
    void touchClaimsOf(const Cstor::WorkloadPod &pod, QSet<QString> *changed) const;

    QHash<QString, QString> m_volumeOfUid;       // PersistentVolume uid -> cStor volume
    QHash<QString, Claim> m_claimOfVolume;       // cStor volume -> claim
    QHash<QString, QString> m_volumeOfClaim;     // "namespace/claim" -> cStor volume
    QHash<QString, Cstor::WorkloadPod> m_pods;   // uid -> pod
    QHash<QString, QSet<QString>> m_podsOfClaim; // "namespace/claim" -> pod uids
};

} // namespace Items
