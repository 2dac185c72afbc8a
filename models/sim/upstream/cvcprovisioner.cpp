#include "models/sim/upstream/cvcprovisioner.h"

#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/clonesource.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kApi = QStringLiteral("cstor.openebs.io/v1");
const QString kPvLabel = QStringLiteral("openebs.io/persistent-volume");
const QString kPolicies = QStringLiteral("cstorvolumepolicies");

QJsonObject zeroResources()
{
    const QJsonObject zero{{QStringLiteral("cpu"), QStringLiteral("0")},
                           {QStringLiteral("memory"), QStringLiteral("0")}};
    return {{QStringLiteral("limits"), zero}, {QStringLiteral("requests"), zero}};
}

// policy.go getDefaultPolicySpec, as it serialises (omitempty fields left out).
QJsonObject defaultPolicySpec()
{
    return {
        {QStringLiteral("provision"), QJsonObject{{QStringLiteral("replicaAffinity"), false}}},
        {QStringLiteral("replica"), QJsonObject()},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("resources"), zeroResources()},
                                               {QStringLiteral("auxResources"), zeroResources()},
                                               {QStringLiteral("queueDepth"), QStringLiteral("32")},
                                               {QStringLiteral("luWorkers"), 6}}}};
}

// policy.go validatePolicySpec: a user policy gets the target defaults it lacks.
QJsonObject withTargetDefaults(QJsonObject spec)
{
    QJsonObject target = child(spec, QStringLiteral("target"));
    const QJsonObject defaults = child(defaultPolicySpec(), QStringLiteral("target"));
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!target.contains(it.key()))
            target.insert(it.key(), it.value());
    }
    spec.insert(QStringLiteral("target"), target);
    return spec;
}

QJsonObject ownerReference(const QString &kind, const QJsonObject &owner)
{
    return {{QStringLiteral("apiVersion"), kApi},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), metaString(owner, QStringLiteral("name"))},
            {QStringLiteral("uid"), metaString(owner, QStringLiteral("uid"))},
            {QStringLiteral("controller"), true},
            {QStringLiteral("blockOwnerDeletion"), true}};
}

QJsonObject versionDetails(const QString &version)
{
    return {{QStringLiteral("autoUpgrade"), false},
            {QStringLiteral("desired"), version},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("current"), version},
                                                   {QStringLiteral("dependentsUpgraded"), true}}}};
}

int replicaCount(const QJsonObject &cvc)
{
    return child(child(cvc, QStringLiteral("spec")), QStringLiteral("provision"))
        .value(QLatin1String("replicaCount"))
        .toInt();
}

QString storage(const QJsonObject &parent)
{
    return child(parent, QStringLiteral("capacity")).value(QLatin1String("storage")).toString();
}

// hash.HashObject: an FNV-32a of the policy (upstream hashes its Go printout; the value is
// only compared with itself).
QString policyHash(const QJsonObject &policy)
{
    quint32 hash = 2166136261u;
    for (const char byte : QJsonDocument(policy).toJson(QJsonDocument::Compact)) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return QString::number(hash);
}

} // namespace

CvcProvisioner::CvcProvisioner(ObjectStore *store, SimClock *clock, EventRecorder *events,
                               const QString &version)
    : m_store(store)
    , m_clock(clock)
    , m_events(events)
    , m_version(version)
{
}

// controller.go createVolumeOperation, in its order: policy, (service), CV, (target
// deployment), CVRs, pool names, (PDB for HA volumes), the Bound write.
QString CvcProvisioner::createVolumeOperation(const QJsonObject &cvc)
{
    QJsonObject policy;
    if (QString error = volumePolicy(cvc, &policy); !error.isEmpty())
        return error;
    QJsonObject cv;
    if (QString error = getOrCreateVolume(cvc, &cv); !error.isEmpty())
        return error;
    if (QString error = distributeCvrs(cvc, cv, policy); !error.isEmpty())
        return error;
    return bind(cvc, cv, policy);
}

// controller.go getVolumePolicy
QString CvcProvisioner::volumePolicy(const QJsonObject &cvc, QJsonObject *policySpec) const
{
    const QString name =
        child(child(cvc, QStringLiteral("metadata")), QStringLiteral("annotations"))
            .value(QLatin1String("openebs.io/volume-policy"))
            .toString();
    if (name.isEmpty()) {
        *policySpec = defaultPolicySpec();
        return QString();
    }
    const QString ns = metaString(cvc, QStringLiteral("namespace"));
    const auto policy = m_store->get(kPolicies, ns, name);
    if (!policy) {
        return QStringLiteral("failed to get volume policy \"%1\" of volume \"%2\": %3")
            .arg(name, metaString(cvc, QStringLiteral("name")),
                 ApiError::notFound(kPolicies, kCstorGroup, name).message);
    }
    *policySpec = withTargetDefaults(child(*policy, QStringLiteral("spec")));
    return QString();
}

// volume_operations.go getOrCreateCStorVolumeResource
QString CvcProvisioner::getOrCreateVolume(const QJsonObject &cvc, QJsonObject *cv)
{
    const QString ns = metaString(cvc, QStringLiteral("namespace"));
    const QString name = metaString(cvc, QStringLiteral("name"));
    if (auto existing = m_store->get(kCv, ns, name)) {
        *cv = *existing;
        return QString();
    }
    const quint64 r = m_clock->next64(); // the target Service's clusterIP
    const QString ip = QStringLiteral("10.%1.%2.%3")
                           .arg(96 + int(r % 16))
                           .arg(int((r >> 8) % 256))
                           .arg(int((r >> 16) % 254) + 1);
    const int rf = replicaCount(cvc);
    QJsonObject object{
        {QStringLiteral("apiVersion"), kApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("labels"),
                      QJsonObject{{kPvLabel, name},
                                  {QStringLiteral("openebs.io/version"), m_version},
                                  {QStringLiteral("openebs.io/persistent-volume-claim"),
                                   child(child(cvc, QStringLiteral("metadata")),
                                         QStringLiteral("annotations"))
                                       .value(QLatin1String("openebs.io/persistent-volume-claim"))
                                       .toString()}}},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{ownerReference(QStringLiteral("CStorVolumeConfig"), cvc)}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("capacity"), storage(child(cvc, QStringLiteral("spec")))},
             {QStringLiteral("targetIP"), ip},
             {QStringLiteral("targetPort"), QStringLiteral("3260")},
             {QStringLiteral("targetPortal"), ip + QStringLiteral(":3260")},
             {QStringLiteral("iqn"), QStringLiteral("iqn.2016-09.com.openebs.cstor:") + name},
             {QStringLiteral("replicationFactor"), rf},
             {QStringLiteral("desiredReplicationFactor"), rf},
             {QStringLiteral("consistencyFactor"), rf / 2 + 1}}},
        {QStringLiteral("status"), QJsonObject()},
        {QStringLiteral("versionDetails"), versionDetails(m_version)},
    };
    CloneSource::markVolume(cvc, object);
    const auto result = m_store->create(kCv, object);
    if (const auto *error = std::get_if<ApiError>(&result))
        return error->message;
    *cv = std::get<QJsonObject>(result);
    return QString();
}

QList<QJsonObject> CvcProvisioner::usablePools(const QJsonObject &cvc,
                                               const QJsonObject &policy) const
{
    const QString ns = metaString(cvc, QStringLiteral("namespace"));
    const QString volume = metaString(cvc, QStringLiteral("name"));
    const QString cspc = label(cvc, kCspcLabel);
    QList<QJsonObject> pools;
    for (const QJsonObject &cspi : m_store->list(kCspi, ns)) {
        if (label(cspi, kCspcLabel) == cspc)
            pools.append(cspi);
    }
    // getPolicyBasedPoolList: in the policy's order.
    const QJsonArray info = policy.value(QLatin1String("replicaPoolInfo")).toArray();
    if (!info.isEmpty()) {
        QList<QJsonObject> named;
        for (const QJsonValue &entry : info) {
            const QString pool = entry.toObject().value(QLatin1String("poolName")).toString();
            for (const QJsonObject &cspi : std::as_const(pools)) {
                if (metaString(cspi, QStringLiteral("name")) == pool) {
                    named.append(cspi);
                    break;
                }
            }
        }
        pools = named;
    }
    // getUsablePoolList (getUsablePoolListForClone for a clone: only the pools that hold a
    // replica of the source, where `zfs clone` finds the snapshot), then sanitizePoolList.
    const QStringList used = replicaPoolNames(ns, volume);
    const QString source = CloneSource::sourceVolume(cvc);
    const QStringList sourcePools = source.isEmpty() ? QStringList() : replicaPoolNames(ns, source);
    QList<QJsonObject> usable;
    for (const QJsonObject &cspi : std::as_const(pools)) {
        const QJsonObject status = child(cspi, QStringLiteral("status"));
        const QString name = metaString(cspi, QStringLiteral("name"));
        if (used.contains(name) || (!source.isEmpty() && !sourcePools.contains(name)) ||
            status.value(QLatin1String("phase")).toString() == QLatin1String("OFFLINE") ||
            status.value(QLatin1String("readOnly")).toBool())
            continue;
        usable.append(cspi);
    }
    // randomizePoolList
    for (qsizetype i = usable.size() - 1; i > 0; --i)
        usable.swapItemsAt(i, qsizetype(m_clock->next64() % quint64(i + 1)));
    // prioritizedPoolList when replica affinity is on.
    if (child(policy, QStringLiteral("provision"))
            .value(QLatin1String("replicaAffinity"))
            .toBool()) {
        const QString node =
            child(cvc, QStringLiteral("publish")).value(QLatin1String("nodeId")).toString();
        for (qsizetype i = 0; i < usable.size(); ++i) {
            if (child(usable.at(i), QStringLiteral("spec")).value(QLatin1String("hostName")) ==
                node) {
                usable.swapItemsAt(0, i);
                break;
            }
        }
    }
    return usable;
}

// controller.go distributePendingCVRs -> volume_operations.go distributeCVRs
QString CvcProvisioner::distributeCvrs(const QJsonObject &cvc, const QJsonObject &cv,
                                       const QJsonObject &policy)
{
    const QString ns = metaString(cvc, QStringLiteral("namespace"));
    const QString cspc = label(cvc, kCspcLabel);
    const int pending =
        replicaCount(cvc) - int(replicaPoolNames(ns, metaString(cvc, QStringLiteral("name")))
                                    .size()); // getPendingCVRCount
    if (cspc.isEmpty())
        return QStringLiteral("failed to get cspc name from cstorvolumeclaim");
    const qsizetype named = policy.value(QLatin1String("replicaPoolInfo")).toArray().size();
    if (named != 0 && named != replicaCount(cvc)) {
        return QStringLiteral("failed to distribute cvrs: incorrect number of pool names in cvc "
                              "policy: expected %1 got %2")
            .arg(replicaCount(cvc))
            .arg(named);
    }
    if (child(policy, QStringLiteral("provision")).value(QLatin1String("replicaAffinity")).toBool())
        m_events->normal(
            cvc, QStringLiteral("Provisioning"),
            QStringLiteral("replica affinity is enabled, nodeID is ") +
                child(cvc, QStringLiteral("publish")).value(QLatin1String("nodeId")).toString(),
            QStringLiteral("cstorvolumeclaim-controller"));
    const QList<QJsonObject> usable = usablePools(cvc, policy);
    if (usable.size() < pending) {
        return QStringLiteral("not enough pools are available of provided CSPC: \"%1\", usable "
                              "pool count: %2 pending replica count: %3")
            .arg(cspc)
            .arg(usable.size())
            .arg(pending);
    }
    for (int i = 0; i < pending; ++i) {
        if (QString error = createCvr(cvc, cv, usable.at(i), policy); !error.isEmpty())
            return error;
    }
    return QString();
}

// volume_operations.go createCVR: phase "" and no replica id (the pool-manager gives it one).
QString CvcProvisioner::createCvr(const QJsonObject &cvc, const QJsonObject &cv,
                                  const QJsonObject &cspi, const QJsonObject &policy)
{
    const QString ns = metaString(cv, QStringLiteral("namespace"));
    const QString volume = metaString(cv, QStringLiteral("name"));
    const QString pool = metaString(cspi, QStringLiteral("name"));
    const QString name = volume + QLatin1Char('-') + pool;
    if (m_store->get(kCvr, ns, name))
        return QString();
    QJsonObject spec{{QStringLiteral("targetIP"),
                      child(cv, QStringLiteral("spec")).value(QLatin1String("targetIP"))},
                     {QStringLiteral("capacity"), storage(child(child(cvc, QStringLiteral("spec")),
                                                                QStringLiteral("provision")))}};
    const QString workers =
        child(policy, QStringLiteral("replica")).value(QLatin1String("zvolWorkers")).toString();
    if (!workers.isEmpty())
        spec.insert(QStringLiteral("zvolWorkers"), workers);
    QJsonObject cvr{
        {QStringLiteral("apiVersion"), kApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("labels"),
                      QJsonObject{{kPoolLabel, pool},
                                  {QStringLiteral("cstorpoolinstance.openebs.io/uid"),
                                   metaString(cspi, QStringLiteral("uid"))},
                                  {kVolumeLabel, volume},
                                  {kPvLabel, volume},
                                  {QStringLiteral("openebs.io/version"), m_version}}},
                     {QStringLiteral("annotations"),
                      QJsonObject{{QStringLiteral("cstorpoolinstance.openebs.io/hostname"),
                                   label(cspi, kHostLabel)}}},
                     {QStringLiteral("finalizers"),
                      QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/finalizer")}},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{ownerReference(QStringLiteral("CStorVolume"), cv)}}}},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QString()}}},
        {QStringLiteral("versionDetails"), versionDetails(m_version)},
    };
    CloneSource::markReplica(cvc, cvr);
    const QString error = ObjectStore::errorMessage(m_store->create(kCvr, cvr));
    if (!error.isEmpty())
        return QStringLiteral("failed to create cstorvolumereplica {%1}: %2").arg(name, error);
    return QString();
}

// GetVolumeReplicaPoolNames: the pools of the volume's CVRs (label selector on the PV name).
QStringList CvcProvisioner::replicaPoolNames(const QString &ns, const QString &volume) const
{
    QStringList pools;
    for (const QJsonObject &cvr : m_store->list(kCvr, ns)) {
        if (label(cvr, kPvLabel) == volume && !label(cvr, kPoolLabel).isEmpty())
            pools.append(label(cvr, kPoolLabel));
    }
    return pools;
}

// The end of createVolumeOperation: cstorVolumeRef, policy, phase Bound, capacity,
// addReplicaPoolInfo, addPolicySpecHash, then updateCVCObj (Normal "Synced").
QString CvcProvisioner::bind(QJsonObject cvc, const QJsonObject &cv, QJsonObject policy)
{
    const QStringList pools = replicaPoolNames(metaString(cvc, QStringLiteral("namespace")),
                                               metaString(cvc, QStringLiteral("name")));
    QJsonArray info = policy.value(QLatin1String("replicaPoolInfo")).toArray();
    QStringList named;
    for (const QJsonValue &entry : std::as_const(info))
        named.append(entry.toObject().value(QLatin1String("poolName")).toString());
    for (const QString &pool : pools) {
        if (!named.contains(pool)) {
            info.append(QJsonObject{{QStringLiteral("poolName"), pool}});
            named.append(pool);
        }
    }
    policy.insert(QStringLiteral("replicaPoolInfo"), info);
    QJsonObject spec = child(cvc, QStringLiteral("spec"));
    spec.insert(
        QStringLiteral("cstorVolumeRef"),
        QJsonObject{{QStringLiteral("apiVersion"), kApi},
                    {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
                    {QStringLiteral("name"), metaString(cv, QStringLiteral("name"))},
                    {QStringLiteral("namespace"), metaString(cv, QStringLiteral("namespace"))},
                    {QStringLiteral("uid"), metaString(cv, QStringLiteral("uid"))},
                    {QStringLiteral("resourceVersion"),
                     metaString(cv, QStringLiteral("resourceVersion"))}});
    spec.insert(QStringLiteral("policy"), policy);
    cvc.insert(QStringLiteral("spec"), spec);
    QJsonObject status = child(cvc, QStringLiteral("status"));
    status.insert(QStringLiteral("phase"), QStringLiteral("Bound"));
    status.insert(QStringLiteral("capacity"), child(spec, QStringLiteral("capacity")));
    status.insert(QStringLiteral("poolInfo"), QJsonArray::fromStringList(named));
    cvc.insert(QStringLiteral("status"), status);
    QJsonObject metadata = child(cvc, QStringLiteral("metadata"));
    QJsonObject labels = child(metadata, QStringLiteral("labels"));
    labels.insert(QStringLiteral("cstor.openebs.io/template-hash"), policyHash(policy));
    metadata.insert(QStringLiteral("labels"), labels);
    cvc.insert(QStringLiteral("metadata"), metadata);
    // The CVC as the lister gave it: a newer one on the server makes this a 409.
    const auto result = m_store->update(kCvc, cvc);
    if (const auto *error = std::get_if<ApiError>(&result))
        return error->message;
    m_events->normal(std::get<QJsonObject>(result), QStringLiteral("Synced"),
                     QStringLiteral("Resource created successfully"),
                     QStringLiteral("cstorvolumeclaim-controller"));
    return QString();
}

} // namespace Sim
