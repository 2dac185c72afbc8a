#pragma once

#include "models/cstor/disruptionbudget.h"
#include "models/cstor/event.h"
#include "models/cstor/node.h"
#include "models/cstor/persistentvolume.h"
#include "models/cstor/poolcluster.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/cstor/workloadpod.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

#include <iterator>

namespace Kube {

// Changes to one kind since the last batch. `replaceAll` means a (re)list: the receiver drops
// everything it has of this kind and takes `upserted` as the complete set.
template<typename T>
struct KindDelta
{
    QList<T> upserted;
    QStringList removedUids;
    bool replaceAll = false;

    bool isEmpty() const { return upserted.isEmpty() && removedUids.isEmpty() && !replaceAll; }

    // A uid is never both upserted and removed in one delta: the later change wins.
    void upsert(T object)
    {
        removedUids.removeAll(object.meta.uid);
        upserted.append(std::move(object));
    }
    void remove(const QString &uid)
    {
        upserted.removeIf([&uid](const T &item) { return item.meta.uid == uid; });
        removedUids.append(uid);
    }
    // Folds in a later delta of this kind, as if both had been applied in turn.
    void merge(KindDelta &&later)
    {
        if (later.replaceAll) {
            *this = std::move(later);
            return;
        }
        for (const QString &uid : std::as_const(later.removedUids))
            remove(uid);
        for (T &object : later.upserted)
            upsert(std::move(object));
    }
};

// An object of the cluster that did not decode (a field of the wrong type, a quantity that does
// not parse): it is left out of what is shown, and said, so that what is shown does not pass for
// complete.
struct SkippedObject
{
    QString kind;    // its collection, e.g. "cstorvolumereplicas"
    QString name;    // metadata.name, if it has one
    QString uid;     // metadata.uid, else kind/name: what later changes of it are matched by
    QString problem; // what is wrong, e.g. `CStorVolumeReplica "r": status.phase: ...`
    QString volume;  // the volume it belongs to, when that can be told (make)

    // The label that names the volume an object belongs to.
    static constexpr QLatin1String kVolumeLabel{"openebs.io/persistent-volume"};

    // An object of `kind` left out because of `problem`: its uid, else kind/name; its volume,
    // the kVolumeLabel label's value, else a CStorVolume's or CStorVolumeConfig's own name.
    static SkippedObject make(const QString &kind, const QString &name, const QString &uid,
                              const QString &problem, const QString &volumeLabel)
    {
        SkippedObject object{kind, name, uid, problem, volumeLabel};
        if (object.uid.isEmpty())
            object.uid = kind + QLatin1Char('/') + name;
        if (object.volume.isEmpty() &&
            (kind == QLatin1String("cstorvolumes") || kind == QLatin1String("cstorvolumeconfigs")))
            object.volume = name;
        return object;
    }
    // Whether it belongs to `volume`: by its volume, or for a replica that does not tell, by its
    // name (the CVC controller names replicas "<volume>-<pool>").
    bool belongsTo(const QString &volumeName) const
    {
        if (!volume.isEmpty())
            return volume == volumeName;
        return kind == QLatin1String("cstorvolumereplicas") &&
               name.startsWith(volumeName + QLatin1Char('-'));
    }
};

// Changes to the set of skipped objects. Applied in this order: the kinds listed anew start from
// none, the cleared uids are no longer skipped (they decoded, or went), then `skipped` are.
struct SkippedDelta
{
    QStringList relistedKinds;
    QStringList clearedUids;
    QList<SkippedObject> skipped;

    bool isEmpty() const
    {
        return relistedKinds.isEmpty() && clearedUids.isEmpty() && skipped.isEmpty();
    }
    void relist(const QString &kind)
    {
        skipped.removeIf([&kind](const SkippedObject &object) { return object.kind == kind; });
        if (!relistedKinds.contains(kind))
            relistedKinds.append(kind);
    }
    void clear(const QString &uid)
    {
        skipped.removeIf([&uid](const SkippedObject &object) { return object.uid == uid; });
        if (!clearedUids.contains(uid))
            clearedUids.append(uid);
    }
    void skip(SkippedObject object)
    {
        clearedUids.removeAll(object.uid);
        skipped.removeIf([&object](const SkippedObject &o) { return o.uid == object.uid; });
        skipped.append(std::move(object));
    }
    // Folds in a later delta, as if both had been applied in turn.
    void merge(SkippedDelta &&later)
    {
        for (const QString &kind : std::as_const(later.relistedKinds))
            relist(kind);
        for (const QString &uid : std::as_const(later.clearedUids))
            clear(uid);
        for (SkippedObject &object : later.skipped)
            skip(std::move(object));
    }
    // Applies this delta to a set of skipped objects kept by uid.
    void applyTo(QMap<QString, SkippedObject> *set) const
    {
        for (auto it = set->begin(); !relistedKinds.isEmpty() && it != set->end();)
            it = relistedKinds.contains(it->kind) ? set->erase(it) : std::next(it);
        for (const QString &uid : clearedUids)
            set->remove(uid);
        for (const SkippedObject &object : skipped)
            set->insert(object.uid, object);
    }
};

// One batch of changes from the informers, delivered to the UI thread at most every ~50 ms;
// batches the UI thread has not taken yet are merged into one.
struct ClusterDelta
{
    KindDelta<Cstor::PoolCluster> poolClusters;
    KindDelta<Cstor::PoolInstance> pools;
    KindDelta<Cstor::VolumeConfig> volumeConfigs;
    KindDelta<Cstor::Volume> volumes;
    KindDelta<Cstor::VolumeReplica> replicas;
    KindDelta<Cstor::Event> events;
    // Cluster-scoped and optional: a user who may not list nodes gets none (nodesUnreadable).
    KindDelta<Cstor::Node> nodes;
    QString nodesUnreadable;
    // Optional too: the namespace's PodDisruptionBudgets (disruptionBudgetsUnreadable).
    KindDelta<Cstor::DisruptionBudget> disruptionBudgets;
    QString disruptionBudgetsUnreadable;
    // Optional and cluster-wide: cStor's PersistentVolumes (the claim of each volume) and the
    // pods that mount claims (the workloads of each volume).
    KindDelta<Cstor::PersistentVolume> persistentVolumes;
    QString persistentVolumesUnreadable;
    KindDelta<Cstor::WorkloadPod> workloadPods;
    QString workloadPodsUnreadable;
    // The objects of every kind above that did not decode and are left out.
    SkippedDelta skipped;

    bool isEmpty() const
    {
        return poolClusters.isEmpty() && pools.isEmpty() && volumeConfigs.isEmpty() &&
               volumes.isEmpty() && replicas.isEmpty() && events.isEmpty() && nodes.isEmpty() &&
               nodesUnreadable.isEmpty() && disruptionBudgets.isEmpty() &&
               disruptionBudgetsUnreadable.isEmpty() && persistentVolumes.isEmpty() &&
               persistentVolumesUnreadable.isEmpty() && workloadPods.isEmpty() &&
               workloadPodsUnreadable.isEmpty() && skipped.isEmpty();
    }

    // Whether some kind was (re)listed.
    bool holdsRelist() const
    {
        return poolClusters.replaceAll || pools.replaceAll || volumeConfigs.replaceAll ||
               volumes.replaceAll || replicas.replaceAll || events.replaceAll || nodes.replaceAll ||
               disruptionBudgets.replaceAll || persistentVolumes.replaceAll ||
               workloadPods.replaceAll;
    }

    void merge(ClusterDelta &&later)
    {
        poolClusters.merge(std::move(later.poolClusters));
        pools.merge(std::move(later.pools));
        volumeConfigs.merge(std::move(later.volumeConfigs));
        volumes.merge(std::move(later.volumes));
        replicas.merge(std::move(later.replicas));
        events.merge(std::move(later.events));
        nodes.merge(std::move(later.nodes));
        if (!later.nodesUnreadable.isEmpty())
            nodesUnreadable = std::move(later.nodesUnreadable);
        disruptionBudgets.merge(std::move(later.disruptionBudgets));
        if (!later.disruptionBudgetsUnreadable.isEmpty())
            disruptionBudgetsUnreadable = std::move(later.disruptionBudgetsUnreadable);
        persistentVolumes.merge(std::move(later.persistentVolumes));
        if (!later.persistentVolumesUnreadable.isEmpty())
            persistentVolumesUnreadable = std::move(later.persistentVolumesUnreadable);
        workloadPods.merge(std::move(later.workloadPods));
        if (!later.workloadPodsUnreadable.isEmpty())
            workloadPodsUnreadable = std::move(later.workloadPodsUnreadable);
        skipped.merge(std::move(later.skipped));
    }
};

// How live the view is.
enum class ConnectionState {
    Connecting,   // first list under way
    Live,         // watching, events flowing
    Reconnecting, // a watch or list failed; retrying with backoff
    Failed        // gave up (e.g. 401/403, no cStor CRDs); detail says why
};

} // namespace Kube

Q_DECLARE_METATYPE(Kube::ClusterDelta)
Q_DECLARE_METATYPE(Kube::ConnectionState)
