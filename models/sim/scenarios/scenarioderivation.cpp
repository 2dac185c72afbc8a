#include "models/sim/scenarios/scenarioderivation.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cvccontroller.h"
#include "models/sim/upstream/objectbuilders.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/volumetarget.h"

#include <algorithm>

namespace Sim {

using namespace ObjectBuilders;
using namespace ObjectFields;

namespace {

// A CVC's size: spec.capacity, or what it was provisioned with.
QString capacityOf(const QJsonObject &cvc)
{
    const QJsonObject spec = child(cvc, QStringLiteral("spec"));
    QString capacity =
        child(spec, QStringLiteral("capacity")).value(QLatin1String("storage")).toString();
    if (capacity.isEmpty())
        capacity = child(child(spec, QStringLiteral("provision")), QStringLiteral("capacity"))
                       .value(QLatin1String("storage"))
                       .toString();
    return capacity;
}

} // namespace

ScenarioDerivation::ScenarioDerivation(QList<ScenarioLoader::Item> *items, SimClock *clock)
    : m_items(items)
    , m_clock(clock)
{
}

void ScenarioDerivation::run()
{
    identifyObjects();
    completeReferences();
    deriveVolumes();
}

QString ScenarioDerivation::uidOf(const QString &kind, const QString &ns, const QString &name) const
{
    return m_uids.value(kind + QLatin1Char('/') + ns + QLatin1Char('/') + name);
}

// Every object gets a uid and a creation timestamp; notes the uids and the pools' nodes.
void ScenarioDerivation::identifyObjects()
{
    // A scenario without timestamps describes a cluster that has been up for a while.
    const QString created = ObjectStore::formatTimestamp(m_clock->now().addSecs(-16 * 3600));
    for (ScenarioLoader::Item &item : *m_items) {
        QJsonObject metadata = child(item.object, QStringLiteral("metadata"));
        if (metadata.value(QLatin1String("uid")).toString().isEmpty())
            metadata.insert(QStringLiteral("uid"), newUid(m_clock));
        if (metadata.value(QLatin1String("creationTimestamp")).toString().isEmpty())
            metadata.insert(QStringLiteral("creationTimestamp"), created);
        item.object.insert(QStringLiteral("metadata"), metadata);
        const QString kind = item.object.value(QLatin1String("kind")).toString();
        const QString ns = metadata.value(QLatin1String("namespace")).toString();
        const QString name = metadata.value(QLatin1String("name")).toString();
        m_uids.insert(kind + QLatin1Char('/') + ns + QLatin1Char('/') + name,
                      metadata.value(QLatin1String("uid")).toString());
        if (kind == QLatin1String("CStorPoolInstance")) {
            QString node = child(item.object, QStringLiteral("spec"))
                               .value(QLatin1String("hostName"))
                               .toString();
            if (node.isEmpty())
                node = label(item.object, QStringLiteral("kubernetes.io/hostname"));
            m_nodes.insert(ns + QLatin1Char('/') + name, node);
        }
    }
}

void ScenarioDerivation::completeReferences()
{
    for (int i = 0; i < m_items->size(); ++i) {
        QJsonObject &object = (*m_items)[i].object;
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString ns = metaString(object, QStringLiteral("namespace"));
        QJsonObject metadata = child(object, QStringLiteral("metadata"));
        const QJsonArray owners = ownersWithUids(metadata, ns);
        if (!owners.isEmpty())
            metadata.insert(QStringLiteral("ownerReferences"), owners);
        if (kind == QLatin1String("CStorVolumeReplica"))
            completeReplica(object, metadata, i);
        object.insert(QStringLiteral("metadata"), metadata);
    }
}

// Owner references written with a name only get the owner's uid.
QJsonArray ScenarioDerivation::ownersWithUids(const QJsonObject &metadata, const QString &ns) const
{
    QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
    for (int o = 0; o < owners.size(); ++o) {
        QJsonObject owner = owners.at(o).toObject();
        if (owner.value(QLatin1String("uid")).toString().isEmpty()) {
            owner.insert(QStringLiteral("uid"),
                         uidOf(owner.value(QLatin1String("kind")).toString(), ns,
                               owner.value(QLatin1String("name")).toString()));
            owners.replace(o, owner);
        }
    }
    return owners;
}

// A replica's pool uid and volume labels, its pool's host, and its replica id once it runs.
void ScenarioDerivation::completeReplica(QJsonObject &object, QJsonObject &metadata, int index)
{
    const QString ns = metaString(object, QStringLiteral("namespace"));
    const QString name = metaString(object, QStringLiteral("name"));
    const QString pool = label(object, QStringLiteral("cstorpoolinstance.openebs.io/name"));
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    if (labels.value(QLatin1String("cstorpoolinstance.openebs.io/uid")).toString().isEmpty())
        labels.insert(QStringLiteral("cstorpoolinstance.openebs.io/uid"),
                      uidOf(QStringLiteral("CStorPoolInstance"), ns, pool));
    QString volume = labels.value(QLatin1String("cstorvolume.openebs.io/name")).toString();
    if (volume.isEmpty() && name.endsWith(QLatin1Char('-') + pool))
        volume = name.left(name.size() - pool.size() - 1);
    if (!volume.isEmpty()) {
        labels.insert(QStringLiteral("cstorvolume.openebs.io/name"), volume);
        if (!labels.contains(QLatin1String("openebs.io/persistent-volume")))
            labels.insert(QStringLiteral("openebs.io/persistent-volume"), volume);
    }
    metadata.insert(QStringLiteral("labels"), labels);
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    if (!annotations.contains(QLatin1String("cstorpoolinstance.openebs.io/hostname"))) {
        annotations.insert(QStringLiteral("cstorpoolinstance.openebs.io/hostname"),
                           m_nodes.value(ns + QLatin1Char('/') + pool));
        metadata.insert(QStringLiteral("annotations"), annotations);
    }
    QJsonObject spec = child(object, QStringLiteral("spec"));
    const QString phase =
        child(object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
    if (spec.value(QLatin1String("replicaid")).toString().isEmpty() && !phase.isEmpty() &&
        phase != QLatin1String("Init")) {
        spec.insert(QStringLiteral("replicaid"), CvcController::replicaIdFor(volume, pool));
        object.insert(QStringLiteral("spec"), spec);
    }
    m_replicasOfVolume[ns + QLatin1Char('/') + volume].append(index);
}

// CVs a dump of cvc+cvr alone lacks: rebuilt from the CVC and its replicas.
void ScenarioDerivation::deriveVolumes()
{
    QList<ScenarioLoader::Item> derived;
    for (int i = 0; i < m_items->size(); ++i) {
        const QJsonObject cvc = m_items->at(i).object;
        if (cvc.value(QLatin1String("kind")).toString() != QLatin1String("CStorVolumeConfig"))
            continue;
        const QString ns = metaString(cvc, QStringLiteral("namespace"));
        const QString name = metaString(cvc, QStringLiteral("name"));
        if (!uidOf(QStringLiteral("CStorVolume"), ns, name).isEmpty())
            continue;
        if (child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString() !=
            QLatin1String("Bound"))
            continue;
        const QList<int> replicas = m_replicasOfVolume.value(ns + QLatin1Char('/') + name);
        const QJsonObject cv = derivedVolume(cvc, replicas);
        derived.append(ScenarioLoader::Item{cv, m_items->at(i).line});
        // The replicas' owner is this CV.
        ownReplicas(replicas, name, metaString(cv, QStringLiteral("uid")));
    }
    *m_items += derived;
}

QJsonObject ScenarioDerivation::derivedVolume(const QJsonObject &cvc, const QList<int> &replicas)
{
    const QString ns = metaString(cvc, QStringLiteral("namespace"));
    const QString name = metaString(cvc, QStringLiteral("name"));
    const KnownReplicas counts = knownReplicas(replicas);
    const int rf = std::max(1, int(counts.known.size()));
    const int cf = rf / 2 + 1;
    const int drf =
        std::max(rf, int(child(child(cvc, QStringLiteral("spec")), QStringLiteral("policy"))
                             .value(QLatin1String("replicaPoolInfo"))
                             .toArray()
                             .size()));
    const QString capacity = capacityOf(cvc);
    const QString ip = newTargetIp(m_clock);
    const QString uid = newUid(m_clock);
    m_uids.insert(QStringLiteral("CStorVolume/") + ns + QLatin1Char('/') + name, uid);
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), ns},
             {QStringLiteral("uid"), uid},
             {QStringLiteral("creationTimestamp"),
              metaString(cvc, QStringLiteral("creationTimestamp"))},
             {QStringLiteral("labels"), volumeLabels(name)},
             {QStringLiteral("ownerReferences"),
              QJsonArray{ownerReference(QStringLiteral("CStorVolumeConfig"), name,
                                        metaString(cvc, QStringLiteral("uid")))}},
         }},
        {QStringLiteral("spec"), volumeSpec(name, capacity, ip, rf, cf, drf, counts.known)},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"),
              VolumeTarget::phaseFor(counts.healthy, counts.degraded, rf, cf)},
             {QStringLiteral("capacity"), capacity},
             {QStringLiteral("replicaDetails"),
              QJsonObject{{QStringLiteral("knownReplicas"), counts.known}}},
         }},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

// The replicas a target knows (not those still being built), each with a new guid.
ScenarioDerivation::KnownReplicas ScenarioDerivation::knownReplicas(const QList<int> &replicas)
{
    KnownReplicas counts;
    for (int index : replicas) {
        const QJsonObject &cvr = m_items->at(index).object;
        const QString id =
            child(cvr, QStringLiteral("spec")).value(QLatin1String("replicaid")).toString();
        const QString phase =
            child(cvr, QStringLiteral("status")).value(QLatin1String("phase")).toString();
        if (id.isEmpty() || phase == QLatin1String("NewReplicaDegraded") ||
            phase == QLatin1String("ReconstructingNewReplica") ||
            phase == QLatin1String("Recreate"))
            continue;
        counts.known.insert(id, QString::number(m_clock->next64()));
        if (phase == QLatin1String("Healthy"))
            ++counts.healthy;
        else if (phase != QLatin1String("Offline"))
            ++counts.degraded;
    }
    return counts;
}

void ScenarioDerivation::ownReplicas(const QList<int> &replicas, const QString &volume,
                                     const QString &uid)
{
    for (int index : replicas) {
        QJsonObject &cvr = (*m_items)[index].object;
        QJsonObject metadata = child(cvr, QStringLiteral("metadata"));
        QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
        if (owners.isEmpty()) {
            owners.append(ownerReference(QStringLiteral("CStorVolume"), volume, uid));
            metadata.insert(QStringLiteral("ownerReferences"), owners);
            cvr.insert(QStringLiteral("metadata"), metadata);
        }
    }
}

} // namespace Sim
