#include "models/sim/scenarios/generatedcluster.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/claimobjects.h"
#include "models/sim/upstream/ndmobjects.h"
#include "models/sim/upstream/objectbuilders.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace Sim {

using namespace ObjectBuilders;

namespace {

// Kubernetes quantity of a size in bytes, as the CRDs store volume sizes ("5Gi").
QString sizeQuantity(qint64 bytes)
{
    static const char *suffixes[] = {"Ki", "Mi", "Gi", "Ti"};
    int index = -1;
    while (index < 3 && bytes % 1024 == 0 && bytes >= 1024) {
        bytes /= 1024;
        ++index;
    }
    return index < 0 ? QString::number(bytes)
                     : QString::number(bytes) + QLatin1String(suffixes[index]);
}

// Disks per pool of a raid type (one raid group), and how many of them hold data.
int disksPerPool(const QString &raid)
{
    return raid == QLatin1String("mirror") ? 2 : raid == QLatin1String("raidz") ? 3 : 1;
}

int dataDisksPerPool(const QString &raid)
{
    return raid == QLatin1String("raidz") ? 2 : 1;
}

// The raid group of a pool: its block devices, with their by-id links on the CSPI.
QJsonArray raidGroups(const QStringList &disks, bool withDevLinks)
{
    QJsonArray devices;
    for (const QString &disk : disks) {
        QJsonObject device{{QStringLiteral("blockDeviceName"), disk}};
        if (withDevLinks)
            device.insert(QStringLiteral("devLink"), NdmObjects::defaultByIdLink(disk));
        devices.append(device);
    }
    return QJsonArray{QJsonObject{{QStringLiteral("blockDevices"), devices}}};
}

} // namespace

GeneratedCluster::GeneratedCluster(const ScenarioGenerator::Spec &spec, SimClock *clock)
    : m_spec(spec)
    , m_clock(clock)
    , m_created(ObjectStore::formatTimestamp(clock->now().addDays(-3)))
{
}

QList<QJsonObject> GeneratedCluster::build()
{
    sizeVolumes();
    const double bytesPerPool = poolBytes();
    m_objects.reserve(1 + m_spec.nodes * m_spec.poolsPerNode +
                      m_spec.volumes * (3 + m_spec.replicas));
    nameClaims();
    namePools();
    placeReplicas();
    for (int c = 0; c < m_spec.poolsPerNode; ++c) {
        m_objects.append(poolCluster(c));
        for (const Pool &pool : std::as_const(m_pools[c]))
            m_objects.append(poolInstance(c, pool, bytesPerPool));
    }
    for (const Volume &volume : std::as_const(m_volumes))
        appendVolume(volume);
    return m_objects;
}

void GeneratedCluster::sizeVolumes()
{
    m_volumes.reserve(m_spec.volumes);
    for (int v = 0; v < m_spec.volumes; ++v) {
        Volume volume;
        volume.name = QStringLiteral("pvc-") + newUid(m_clock);
        const double gib = double(1LL << 30);
        double size =
            m_clock->uniform(double(m_spec.minVolumeBytes), double(m_spec.maxVolumeBytes));
        size = std::max(1.0, std::round(size / gib)) * gib; // whole Gi
        if (m_spec.maxVolumeBytes < (1LL << 30))
            size = double(m_spec.minVolumeBytes);
        volume.size = qint64(size);
        volume.logical = size * m_clock->uniform(m_spec.minUsed, m_spec.maxUsed);
        volume.allocated = volume.logical * m_clock->uniform(0.80, 0.92);
        volume.cspc =
            m_spec.poolsPerNode > 1 ? int(m_clock->random().bounded(m_spec.poolsPerNode)) : 0;
        m_demand += volume.allocated * m_spec.replicas;
        m_volumes.append(volume);
    }
}

// `data-<first 8 hex digits of the volume's uid>`, as a StatefulSet's volumeClaimTemplate names
// its claims, in one of the application namespaces by volume index; the uid's next group is
// added where two volumes of a namespace would share the name.
void GeneratedCluster::nameClaims()
{
    static const QStringList namespaces{QStringLiteral("shop"), QStringLiteral("search"),
                                        QStringLiteral("analytics"), QStringLiteral("ci"),
                                        QStringLiteral("monitoring")};
    QSet<QString> taken;
    for (qsizetype v = 0; v < m_volumes.size(); ++v) {
        Volume &volume = m_volumes[v];
        volume.claimNamespace = namespaces.at(v % namespaces.size());
        volume.claim = QStringLiteral("data-") + volume.name.mid(4, 8);
        if (taken.contains(volume.claimNamespace + QLatin1Char('/') + volume.claim))
            volume.claim = QStringLiteral("data-") + volume.name.mid(4, 13);
        taken.insert(volume.claimNamespace + QLatin1Char('/') + volume.claim);
    }
}

// The usable bytes of each pool: of the disk the spec gives, or of one big enough that the pools
// end up about half full.
double GeneratedCluster::poolBytes() const
{
    const int poolCount = m_spec.nodes * m_spec.poolsPerNode;
    qint64 disk = m_spec.diskBytes;
    if (disk <= 0) {
        const double perPool = m_demand / std::max(1, poolCount);
        disk = std::max<qint64>(10LL * 1000 * 1000 * 1000, qint64(std::ceil(perPool * 2.2 / 1e10)) *
                                                               10LL * 1000 * 1000 * 1000);
    }
    // What zpool makes of a disk, times the disks that hold data.
    return double(disk) * 0.963 * dataDisksPerPool(m_spec.raid);
}

void GeneratedCluster::namePools()
{
    m_pools.resize(m_spec.poolsPerNode);
    for (int c = 0; c < m_spec.poolsPerNode; ++c) {
        const QString base = QStringLiteral("cspc-%1-pool").arg(m_spec.raid);
        const QString cspcName =
            m_spec.poolsPerNode == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(c + 1);
        m_cspcNames.append(cspcName);
        m_cspcUids.append(newUid(m_clock));
        for (int n = 0; n < m_spec.nodes; ++n) {
            Pool pool;
            pool.name = newPoolName(cspcName);
            pool.uid = newUid(m_clock);
            pool.node = ScenarioGenerator::nodeName(n);
            pool.disks.append(QStringLiteral("blockdevice-") + pool.uid.left(8) +
                              pool.uid.mid(9, 4));
            // NDM names a disk after a hash of what identifies it.
            for (int d = 1; d < disksPerPool(m_spec.raid); ++d)
                pool.disks.append(
                    QStringLiteral("blockdevice-") +
                    QString::fromLatin1(QCryptographicHash::hash(
                                            QStringLiteral("%1/%2").arg(pool.uid).arg(d).toUtf8(),
                                            QCryptographicHash::Md5)
                                            .toHex()));
            m_pools[c].append(pool);
        }
    }
}

// "<cspc>-<4 random letters or digits>", as the CSPC operator names its CSPIs.
QString GeneratedCluster::newPoolName(const QString &cspcName)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString name;
    do {
        QString suffix;
        for (int i = 0; i < 4; ++i)
            suffix.append(QLatin1Char(alphabet[m_clock->random().bounded(36)]));
        name = cspcName + QLatin1Char('-') + suffix;
    } while (m_takenPoolNames.contains(name));
    m_takenPoolNames.insert(name);
    return name;
}

// Placement: distinct nodes, the least used of a few random candidates each time.
void GeneratedCluster::placeReplicas()
{
    for (Volume &volume : m_volumes) {
        QList<Pool> &candidates = m_pools[volume.cspc];
        QSet<int> chosen;
        for (int r = 0; r < m_spec.replicas; ++r) {
            const int best = pickPool(candidates, chosen);
            chosen.insert(best);
            volume.pools.append(best);
            candidates[best].used += volume.allocated;
            candidates[best].logical += volume.logical;
            ++candidates[best].replicas;
        }
    }
}

int GeneratedCluster::pickPool(const QList<Pool> &candidates, const QSet<int> &chosen)
{
    int best = -1;
    for (int attempt = 0; attempt < 6 || best < 0; ++attempt) {
        const int index = int(m_clock->random().bounded(m_spec.nodes));
        if (chosen.contains(index))
            continue;
        if (best < 0 || candidates[index].used < candidates[best].used)
            best = index;
    }
    return best;
}

QJsonObject GeneratedCluster::poolCluster(int cspc) const
{
    QJsonArray specPools;
    for (const Pool &pool : std::as_const(m_pools[cspc])) {
        specPools.append(QJsonObject{
            {QStringLiteral("dataRaidGroups"), raidGroups(pool.disks, false)},
            {QStringLiteral("nodeSelector"),
             QJsonObject{{QStringLiteral("kubernetes.io/hostname"), pool.node}}},
            {QStringLiteral("poolConfig"),
             QJsonObject{{QStringLiteral("dataRaidGroupType"), m_spec.raid}}},
        });
    }
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorPoolCluster")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), m_cspcNames[cspc]},
                     {QStringLiteral("namespace"), m_spec.ns},
                     {QStringLiteral("uid"), m_cspcUids[cspc]},
                     {QStringLiteral("creationTimestamp"), m_created},
                     {QStringLiteral("finalizers"),
                      QJsonArray{QStringLiteral("cstorpoolcluster.openebs.io/finalizer")}}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("pools"), specPools}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("desiredInstances"), m_spec.nodes},
                     {QStringLiteral("provisionedInstances"), m_spec.nodes},
                     {QStringLiteral("healthyInstances"), m_spec.nodes}}},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

QJsonObject GeneratedCluster::poolInstance(int cspc, const Pool &pool, double poolBytes) const
{
    const QString usedQ = Cstor::Capacity::zfsAsQuantity(qint64(pool.used));
    const QString freeQ =
        Cstor::Capacity::zfsAsQuantity(qint64(std::max(0.0, poolBytes - pool.used)));
    const QString totalQ =
        Cstor::Capacity::formatQuantity(Cstor::Capacity::parseQuantity(usedQ).value_or(0) +
                                        Cstor::Capacity::parseQuantity(freeQ).value_or(0));
    // The pool-manager has written each device's devLink (OperationsConfig.Create/Update).
    const QJsonObject poolSpec{
        {QStringLiteral("dataRaidGroups"), raidGroups(pool.disks, true)},
        {QStringLiteral("poolConfig"),
         QJsonObject{{QStringLiteral("dataRaidGroupType"), m_spec.raid},
                     {QStringLiteral("compression"), QStringLiteral("lz4")}}}};
    QJsonObject cspi = cspiObject(m_spec.ns, pool.name, pool.uid, m_created, pool.node,
                                  m_cspcNames[cspc], m_cspcUids[cspc], poolSpec);
    // A running pool-manager added its pool-protection finalizer.
    QJsonObject metadata = cspi.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("finalizers"),
                    QJsonArray{QStringLiteral("cstorpoolcluster.openebs.io/finalizer"),
                               QStringLiteral("openebs.io/pool-protection")});
    cspi.insert(QStringLiteral("metadata"), metadata);
    cspi.insert(
        QStringLiteral("status"),
        QJsonObject{
            {QStringLiteral("phase"), QStringLiteral("ONLINE")},
            {QStringLiteral("capacity"),
             QJsonObject{{QStringLiteral("used"), usedQ},
                         {QStringLiteral("free"), freeQ},
                         {QStringLiteral("total"), totalQ},
                         {QStringLiteral("zfs"),
                          QJsonObject{{QStringLiteral("logicalUsed"),
                                       Cstor::Capacity::zfsAsQuantity(qint64(pool.logical))}}}}},
            {QStringLiteral("readOnly"), false},
            {QStringLiteral("provisionedReplicas"), pool.replicas},
            {QStringLiteral("healthyReplicas"), pool.replicas},
        });
    return cspi;
}

void GeneratedCluster::appendVolume(const Volume &volume)
{
    VolumeIds ids;
    ids.cvcUid = newUid(m_clock);
    ids.cvUid = newUid(m_clock);
    ids.size = sizeQuantity(volume.size);
    ids.ip = newTargetIp(m_clock);
    QJsonArray replicaPoolInfo;
    QJsonArray poolInfo;
    QJsonObject known;
    QJsonArray statuses;
    QList<QJsonObject> replicas;
    for (int index : volume.pools) {
        const Pool &pool = m_pools[volume.cspc][index];
        replicaPoolInfo.append(QJsonObject{{QStringLiteral("poolName"), pool.name}});
        poolInfo.append(pool.name);
        const QString replicaId = QString::number(m_clock->next64() >> 1);
        const QString guid = QString::number(m_clock->next64() >> 1);
        known.insert(replicaId, guid);
        statuses.append(replicaStatus(guid, volume));
        replicas.append(volumeReplica(volume, pool, replicaId, ids));
    }
    const QJsonObject cvc = volumeConfig(volume, ids, replicaPoolInfo, poolInfo);
    m_objects.append(cvc);
    m_objects.append(cstorVolume(volume, ids, known, statuses));
    m_objects += replicas;
    m_objects.append(
        ClaimObjects::claimObject(ClaimObjects::ofVolumeConfig(cvc, volume.claimNamespace)));
}

QJsonObject GeneratedCluster::replicaStatus(const QString &guid, const Volume &volume) const
{
    return QJsonObject{
        {QStringLiteral("replicaId"), guid},
        {QStringLiteral("mode"), QStringLiteral("Healthy")},
        {QStringLiteral("checkpointedIOSeq"), QString::number(qint64(volume.logical / 4096))},
        {QStringLiteral("inflightRead"), QStringLiteral("0")},
        {QStringLiteral("inflightWrite"), QStringLiteral("0")},
        {QStringLiteral("inflightSync"), QStringLiteral("0")},
        {QStringLiteral("upTime"), 259200},
        {QStringLiteral("quorum"), QStringLiteral("1")},
    };
}

QJsonObject GeneratedCluster::volumeReplica(const Volume &volume, const Pool &pool,
                                            const QString &replicaId, const VolumeIds &ids) const
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), volume.name + QLatin1Char('-') + pool.name},
             {QStringLiteral("namespace"), m_spec.ns},
             {QStringLiteral("uid"), newUid(m_clock)},
             {QStringLiteral("creationTimestamp"), m_created},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("cstorpoolinstance.openebs.io/name"), pool.name},
                          {QStringLiteral("cstorpoolinstance.openebs.io/uid"), pool.uid},
                          {QStringLiteral("cstorvolume.openebs.io/name"), volume.name},
                          {QStringLiteral("openebs.io/persistent-volume"), volume.name},
                          {QStringLiteral("openebs.io/version"), kCstorVersion}}},
             {QStringLiteral("annotations"),
              QJsonObject{{QStringLiteral("cstorpoolinstance.openebs.io/hostname"), pool.node}}},
             {QStringLiteral("finalizers"),
              QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/finalizer")}},
             {QStringLiteral("ownerReferences"),
              QJsonArray{ownerReference(QStringLiteral("CStorVolume"), volume.name, ids.cvUid)}},
         }},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("capacity"), ids.size},
                                             {QStringLiteral("replicaid"), replicaId},
                                             {QStringLiteral("targetIP"), ids.ip},
                                             {QStringLiteral("zvolWorkers"), QString()}}},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"), QStringLiteral("Healthy")},
             {QStringLiteral("capacity"),
              QJsonObject{{QStringLiteral("total"),
                           Cstor::Capacity::formatZfsSize(qint64(volume.allocated))},
                          {QStringLiteral("used"),
                           Cstor::Capacity::formatZfsSize(qint64(volume.logical))}}},
             {QStringLiteral("lastTransitionTime"), m_created},
             {QStringLiteral("lastUpdateTime"), m_created},
         }},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

QJsonObject GeneratedCluster::volumeConfig(const Volume &volume, const VolumeIds &ids,
                                           const QJsonArray &replicaPoolInfo,
                                           const QJsonArray &poolInfo) const
{
    const QJsonObject storage{{QStringLiteral("storage"), ids.size}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), volume.name},
             {QStringLiteral("namespace"), m_spec.ns},
             {QStringLiteral("uid"), ids.cvcUid},
             {QStringLiteral("creationTimestamp"), m_created},
             {QStringLiteral("annotations"),
              QJsonObject{{QStringLiteral("openebs.io/volumeID"), volume.name},
                          {QStringLiteral("openebs.io/volume-policy"), QString()},
                          {QStringLiteral("openebs.io/persistent-volume-claim"), volume.claim}}},
             {QStringLiteral("labels"),
              QJsonObject{
                  {QStringLiteral("openebs.io/cstor-pool-cluster"), m_cspcNames[volume.cspc]},
                  {QStringLiteral("openebs.io/version"), kCstorVersion}}},
             {QStringLiteral("finalizers"), QJsonArray{QStringLiteral("cvc.openebs.io/finalizer")}},
         }},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("capacity"), storage},
             {QStringLiteral("cstorVolumeRef"),
              QJsonObject{{QStringLiteral("apiVersion"), kCstorApi},
                          {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
                          {QStringLiteral("name"), volume.name},
                          {QStringLiteral("namespace"), m_spec.ns},
                          {QStringLiteral("uid"), ids.cvUid}}},
             {QStringLiteral("policy"),
              QJsonObject{{QStringLiteral("provision"),
                           QJsonObject{{QStringLiteral("replicaAffinity"), false}}},
                          {QStringLiteral("replica"), QJsonObject()},
                          {QStringLiteral("replicaPoolInfo"), replicaPoolInfo}}},
             {QStringLiteral("provision"),
              QJsonObject{{QStringLiteral("capacity"), storage},
                          {QStringLiteral("replicaCount"), m_spec.replicas}}},
         }},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("capacity"), storage},
                                               {QStringLiteral("phase"), QStringLiteral("Bound")},
                                               {QStringLiteral("poolInfo"), poolInfo}}},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

QJsonObject GeneratedCluster::cstorVolume(const Volume &volume, const VolumeIds &ids,
                                          const QJsonObject &known,
                                          const QJsonArray &statuses) const
{
    const int rf = m_spec.replicas;
    QJsonObject spec = volumeSpec(volume.name, ids.size, ids.ip, rf, rf / 2 + 1, rf, known);
    spec.insert(QStringLiteral("nodeBase"), QStringLiteral("iqn.2016-09.com.openebs.cstor"));
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), volume.name},
             {QStringLiteral("namespace"), m_spec.ns},
             {QStringLiteral("uid"), ids.cvUid},
             {QStringLiteral("creationTimestamp"), m_created},
             {QStringLiteral("labels"), volumeLabels(volume.name)},
             {QStringLiteral("ownerReferences"),
              QJsonArray{
                  ownerReference(QStringLiteral("CStorVolumeConfig"), volume.name, ids.cvcUid)}},
         }},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Healthy")},
                     {QStringLiteral("capacity"), ids.size},
                     {QStringLiteral("replicaStatuses"), statuses},
                     {QStringLiteral("replicaDetails"),
                      QJsonObject{{QStringLiteral("knownReplicas"), known}}},
                     {QStringLiteral("lastTransitionTime"), m_created},
                     {QStringLiteral("lastUpdateTime"), m_created}}},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

} // namespace Sim
