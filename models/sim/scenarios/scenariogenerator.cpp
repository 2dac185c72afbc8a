#include "models/sim/scenarios/scenariogenerator.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cvccontroller.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Sim {

namespace {

const QString kApi = QStringLiteral("cstor.openebs.io/v1");
const QString kVersion = QStringLiteral("3.6.0");

bool parseRange(const QString &text, bool percent, double *low, double *high)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    double values[2] = {0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts[i].trimmed();
        if (percent) {
            if (part.endsWith(QLatin1Char('%')))
                part.chop(1);
            bool ok = false;
            values[i] = part.toDouble(&ok) / 100.0;
            if (!ok || values[i] < 0 || values[i] > 1)
                return false;
        } else {
            const auto bytes = Cstor::Capacity::parseQuantity(part);
            if (!bytes || *bytes <= 0)
                return false;
            values[i] = double(*bytes);
        }
    }
    *low = values[0];
    *high = parts.size() == 2 ? values[1] : values[0];
    return *low <= *high;
}

QJsonObject versionDetails()
{
    return QJsonObject{
        {QStringLiteral("autoUpgrade"), false},
        {QStringLiteral("desired"), kVersion},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("current"), kVersion},
                                               {QStringLiteral("dependentsUpgraded"), true}}}};
}

QJsonObject ownerRef(const QString &kind, const QString &name, const QString &uid)
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), kApi}, {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},       {QStringLiteral("uid"), uid},
        {QStringLiteral("controller"), true}, {QStringLiteral("blockOwnerDeletion"), true}};
}

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

} // namespace

bool ScenarioGenerator::parseSpec(const QString &text, Spec *spec, QString *error)
{
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (pairs.isEmpty()) {
        *error = QStringLiteral("empty generator spec");
        return false;
    }
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("\"%1\": expected key=value").arg(pair);
            return false;
        }
        const QString key = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1).trimmed();
        bool ok = true;
        auto number = [&](int *out, int minimum) {
            *out = value.toInt(&ok);
            ok = ok && *out >= minimum;
        };
        if (key == QLatin1String("nodes")) {
            number(&spec->nodes, 1);
        } else if (key == QLatin1String("pools-per-node")) {
            number(&spec->poolsPerNode, 1);
        } else if (key == QLatin1String("volumes")) {
            number(&spec->volumes, 0);
        } else if (key == QLatin1String("replicas")) {
            number(&spec->replicas, 1);
        } else if (key == QLatin1String("volume-size")) {
            double low = 0;
            double high = 0;
            ok = parseRange(value, false, &low, &high);
            spec->minVolumeBytes = qint64(low);
            spec->maxVolumeBytes = qint64(high);
        } else if (key == QLatin1String("used")) {
            ok = parseRange(value, true, &spec->minUsed, &spec->maxUsed);
        } else if (key == QLatin1String("disk-size")) {
            const auto bytes = Cstor::Capacity::parseQuantity(value);
            ok = bytes && *bytes > 0;
            spec->diskBytes = bytes.value_or(0);
        } else if (key == QLatin1String("namespace")) {
            spec->ns = value;
            ok = !value.isEmpty();
        } else {
            *error = QStringLiteral("unknown key \"%1\" (known: nodes, pools-per-node, volumes, "
                                    "replicas, volume-size, used, disk-size, namespace)")
                         .arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for %1: \"%2\"").arg(key, value);
            return false;
        }
    }
    if (spec->replicas > spec->nodes) {
        *error = QStringLiteral("replicas=%1 needs at least as many nodes (nodes=%2)")
                     .arg(spec->replicas)
                     .arg(spec->nodes);
        return false;
    }
    return true;
}

QList<QJsonObject> ScenarioGenerator::generate(const Spec &spec, SimClock *clock)
{
    auto uid = [clock] {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = clock->next64();
        const quint64 b = clock->next64();
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char((a >> (8 * i)) & 0xff);
            bytes[8 + i] = char((b >> (8 * i)) & 0xff);
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    };
    const QString created = ObjectStore::formatTimestamp(clock->now().addDays(-3));
    const QString ns = spec.ns;

    // Volumes first (sizes), so that the pools can be sized to end up about half full.
    struct Volume
    {
        QString name;
        qint64 size;
        double logical;
        double allocated;
        int cspc;
        QList<int> pools;
    };
    QList<Volume> volumes;
    volumes.reserve(spec.volumes);
    double demand = 0;
    for (int v = 0; v < spec.volumes; ++v) {
        Volume volume;
        volume.name = QStringLiteral("pvc-") + uid();
        const double gib = double(1LL << 30);
        double size = clock->uniform(double(spec.minVolumeBytes), double(spec.maxVolumeBytes));
        size = std::max(1.0, std::round(size / gib)) * gib; // whole Gi
        if (spec.maxVolumeBytes < (1LL << 30))
            size = double(spec.minVolumeBytes);
        volume.size = qint64(size);
        volume.logical = size * clock->uniform(spec.minUsed, spec.maxUsed);
        volume.allocated = volume.logical * clock->uniform(0.80, 0.92);
        volume.cspc = spec.poolsPerNode > 1 ? int(clock->random().bounded(spec.poolsPerNode)) : 0;
        demand += volume.allocated * spec.replicas;
        volumes.append(volume);
    }
    const int poolCount = spec.nodes * spec.poolsPerNode;
    qint64 disk = spec.diskBytes;
    if (disk <= 0) {
        const double perPool = demand / std::max(1, poolCount);
        disk = std::max<qint64>(10LL * 1000 * 1000 * 1000, qint64(std::ceil(perPool * 2.2 / 1e10)) *
                                                               10LL * 1000 * 1000 * 1000);
    }
    const double poolBytes = double(disk) * 0.963; // what zpool makes of a disk

    QList<QJsonObject> objects;
    objects.reserve(1 + poolCount + spec.volumes * (2 + spec.replicas));
    struct Pool
    {
        QString name;
        QString uid;
        QString node;
        double used = 81.5 * 1024;
        double logical = 81.5 * 1024;
        int replicas = 0;
    };
    QList<QList<Pool>> pools(spec.poolsPerNode); // [cspc][node]
    QStringList cspcNames;
    QStringList cspcUids;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QSet<QString> taken;
    for (int c = 0; c < spec.poolsPerNode; ++c) {
        const QString cspcName = spec.poolsPerNode == 1
                                     ? QStringLiteral("cspc-stripe-pool")
                                     : QStringLiteral("cspc-stripe-pool-%1").arg(c + 1);
        cspcNames.append(cspcName);
        cspcUids.append(uid());
        for (int n = 0; n < spec.nodes; ++n) {
            Pool pool;
            do {
                QString suffix;
                for (int i = 0; i < 4; ++i)
                    suffix.append(QLatin1Char(alphabet[clock->random().bounded(36)]));
                pool.name = cspcName + QLatin1Char('-') + suffix;
            } while (taken.contains(pool.name));
            taken.insert(pool.name);
            pool.uid = uid();
            pool.node = QStringLiteral("node-%1").arg(n + 1, 4, 10, QLatin1Char('0'));
            pools[c].append(pool);
        }
    }

    // Placement: distinct nodes, the least used of a few random candidates each time.
    for (Volume &volume : volumes) {
        QList<Pool> &candidates = pools[volume.cspc];
        QSet<int> chosen;
        for (int r = 0; r < spec.replicas; ++r) {
            int best = -1;
            for (int attempt = 0; attempt < 6 || best < 0; ++attempt) {
                const int index = int(clock->random().bounded(spec.nodes));
                if (chosen.contains(index))
                    continue;
                if (best < 0 || candidates[index].used < candidates[best].used)
                    best = index;
            }
            chosen.insert(best);
            volume.pools.append(best);
            candidates[best].used += volume.allocated;
            candidates[best].logical += volume.logical;
            ++candidates[best].replicas;
        }
    }

    for (int c = 0; c < spec.poolsPerNode; ++c) {
        QJsonArray specPools;
        for (const Pool &pool : std::as_const(pools[c])) {
            specPools.append(QJsonObject{
                {QStringLiteral("dataRaidGroups"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("blockDevices"),
                      QJsonArray{QJsonObject{{QStringLiteral("blockDeviceName"),
                                              QStringLiteral("blockdevice-") + pool.uid.left(8) +
                                                  pool.uid.mid(9, 4)}}}}}}},
                {QStringLiteral("nodeSelector"),
                 QJsonObject{{QStringLiteral("kubernetes.io/hostname"), pool.node}}},
                {QStringLiteral("poolConfig"),
                 QJsonObject{{QStringLiteral("dataRaidGroupType"), QStringLiteral("stripe")}}},
            });
        }
        objects.append(QJsonObject{
            {QStringLiteral("apiVersion"), kApi},
            {QStringLiteral("kind"), QStringLiteral("CStorPoolCluster")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), cspcNames[c]},
                         {QStringLiteral("namespace"), ns},
                         {QStringLiteral("uid"), cspcUids[c]},
                         {QStringLiteral("creationTimestamp"), created},
                         {QStringLiteral("finalizers"),
                          QJsonArray{QStringLiteral("cstorpoolcluster.openebs.io/finalizer")}}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("pools"), specPools}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("desiredInstances"), spec.nodes},
                         {QStringLiteral("provisionedInstances"), spec.nodes},
                         {QStringLiteral("healthyInstances"), spec.nodes}}},
            {QStringLiteral("versionDetails"), versionDetails()},
        });
        for (const Pool &pool : std::as_const(pools[c])) {
            const QString usedQ = Cstor::Capacity::zfsAsQuantity(qint64(pool.used));
            const QString freeQ =
                Cstor::Capacity::zfsAsQuantity(qint64(std::max(0.0, poolBytes - pool.used)));
            const QString totalQ =
                Cstor::Capacity::formatQuantity(Cstor::Capacity::parseQuantity(usedQ).value_or(0) +
                                                Cstor::Capacity::parseQuantity(freeQ).value_or(0));
            objects.append(QJsonObject{
                {QStringLiteral("apiVersion"), kApi},
                {QStringLiteral("kind"), QStringLiteral("CStorPoolInstance")},
                {QStringLiteral("metadata"),
                 QJsonObject{
                     {QStringLiteral("name"), pool.name},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("uid"), pool.uid},
                     {QStringLiteral("creationTimestamp"), created},
                     {QStringLiteral("finalizers"),
                      QJsonArray{QStringLiteral("cstorpoolcluster.openebs.io/finalizer"),
                                 QStringLiteral("openebs.io/pool-protection")}},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("kubernetes.io/hostname"), pool.node},
                                  {QStringLiteral("openebs.io/cas-type"), QStringLiteral("cstor")},
                                  {QStringLiteral("openebs.io/cstor-pool-cluster"), cspcNames[c]},
                                  {QStringLiteral("openebs.io/version"), kVersion}}},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{
                          ownerRef(QStringLiteral("CStorPoolCluster"), cspcNames[c], cspcUids[c])}},
                 }},
                {QStringLiteral("spec"),
                 QJsonObject{
                     {QStringLiteral("hostName"), pool.node},
                     {QStringLiteral("nodeSelector"),
                      QJsonObject{{QStringLiteral("kubernetes.io/hostname"), pool.node}}},
                     {QStringLiteral("poolConfig"),
                      QJsonObject{{QStringLiteral("dataRaidGroupType"), QStringLiteral("stripe")},
                                  {QStringLiteral("compression"), QStringLiteral("lz4")},
                                  {QStringLiteral("roThresholdLimit"), 85}}},
                 }},
                {QStringLiteral("status"),
                 QJsonObject{
                     {QStringLiteral("phase"), QStringLiteral("ONLINE")},
                     {QStringLiteral("capacity"),
                      QJsonObject{
                          {QStringLiteral("used"), usedQ},
                          {QStringLiteral("free"), freeQ},
                          {QStringLiteral("total"), totalQ},
                          {QStringLiteral("zfs"),
                           QJsonObject{{QStringLiteral("logicalUsed"),
                                        Cstor::Capacity::zfsAsQuantity(qint64(pool.logical))}}}}},
                     {QStringLiteral("readOnly"), false},
                     {QStringLiteral("provisionedReplicas"), pool.replicas},
                     {QStringLiteral("healthyReplicas"), pool.replicas},
                 }},
                {QStringLiteral("versionDetails"), versionDetails()},
            });
        }
    }

    for (const Volume &volume : std::as_const(volumes)) {
        const QString cvcUid = uid();
        const QString cvUid = uid();
        const QString size = sizeQuantity(volume.size);
        const quint64 r = clock->next64();
        const QString ip = QStringLiteral("10.%1.%2.%3")
                               .arg(96 + int(r % 16))
                               .arg(int((r >> 8) % 256))
                               .arg(int((r >> 16) % 254) + 1);
        QJsonArray replicaPoolInfo;
        QJsonArray poolInfo;
        QJsonObject known;
        QJsonArray statuses;
        QList<QJsonObject> replicas;
        for (int index : volume.pools) {
            const Pool &pool = pools[volume.cspc][index];
            replicaPoolInfo.append(QJsonObject{{QStringLiteral("poolName"), pool.name}});
            poolInfo.append(pool.name);
            const QString replicaId = QString::number(clock->next64() >> 1);
            const QString guid = QString::number(clock->next64() >> 1);
            known.insert(replicaId, guid);
            statuses.append(QJsonObject{
                {QStringLiteral("replicaId"), guid},
                {QStringLiteral("mode"), QStringLiteral("Healthy")},
                {QStringLiteral("checkpointedIOSeq"),
                 QString::number(qint64(volume.logical / 4096))},
                {QStringLiteral("inflightRead"), QStringLiteral("0")},
                {QStringLiteral("inflightWrite"), QStringLiteral("0")},
                {QStringLiteral("inflightSync"), QStringLiteral("0")},
                {QStringLiteral("upTime"), 259200},
                {QStringLiteral("quorum"), QStringLiteral("1")},
            });
            replicas.append(QJsonObject{
                {QStringLiteral("apiVersion"), kApi},
                {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
                {QStringLiteral("metadata"),
                 QJsonObject{
                     {QStringLiteral("name"), volume.name + QLatin1Char('-') + pool.name},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("uid"), uid()},
                     {QStringLiteral("creationTimestamp"), created},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("cstorpoolinstance.openebs.io/name"), pool.name},
                                  {QStringLiteral("cstorpoolinstance.openebs.io/uid"), pool.uid},
                                  {QStringLiteral("cstorvolume.openebs.io/name"), volume.name},
                                  {QStringLiteral("openebs.io/persistent-volume"), volume.name},
                                  {QStringLiteral("openebs.io/version"), kVersion}}},
                     {QStringLiteral("annotations"),
                      QJsonObject{
                          {QStringLiteral("cstorpoolinstance.openebs.io/hostname"), pool.node}}},
                     {QStringLiteral("finalizers"),
                      QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/finalizer")}},
                     {QStringLiteral("ownerReferences"),
                      QJsonArray{ownerRef(QStringLiteral("CStorVolume"), volume.name, cvUid)}},
                 }},
                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("capacity"), size},
                                                     {QStringLiteral("replicaid"), replicaId},
                                                     {QStringLiteral("targetIP"), ip},
                                                     {QStringLiteral("zvolWorkers"), QString()}}},
                {QStringLiteral("status"),
                 QJsonObject{
                     {QStringLiteral("phase"), QStringLiteral("Healthy")},
                     {QStringLiteral("capacity"),
                      QJsonObject{{QStringLiteral("total"),
                                   Cstor::Capacity::formatZfsSize(qint64(volume.allocated))},
                                  {QStringLiteral("used"),
                                   Cstor::Capacity::formatZfsSize(qint64(volume.logical))}}},
                     {QStringLiteral("lastTransitionTime"), created},
                     {QStringLiteral("lastUpdateTime"), created},
                 }},
                {QStringLiteral("versionDetails"), versionDetails()},
            });
        }
        const int rf = spec.replicas;
        objects.append(QJsonObject{
            {QStringLiteral("apiVersion"), kApi},
            {QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), volume.name},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("uid"), cvcUid},
                 {QStringLiteral("creationTimestamp"), created},
                 {QStringLiteral("annotations"),
                  QJsonObject{{QStringLiteral("openebs.io/volumeID"), volume.name},
                              {QStringLiteral("openebs.io/volume-policy"), QString()},
                              {QStringLiteral("openebs.io/persistent-volume-claim"),
                               QStringLiteral("data-") + volume.name.mid(4, 8)}}},
                 {QStringLiteral("labels"),
                  QJsonObject{
                      {QStringLiteral("openebs.io/cstor-pool-cluster"), cspcNames[volume.cspc]},
                      {QStringLiteral("openebs.io/version"), kVersion}}},
                 {QStringLiteral("finalizers"),
                  QJsonArray{QStringLiteral("cvc.openebs.io/finalizer")}},
             }},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("storage"), size}}},
                 {QStringLiteral("cstorVolumeRef"),
                  QJsonObject{{QStringLiteral("apiVersion"), kApi},
                              {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
                              {QStringLiteral("name"), volume.name},
                              {QStringLiteral("namespace"), ns},
                              {QStringLiteral("uid"), cvUid}}},
                 {QStringLiteral("policy"),
                  QJsonObject{{QStringLiteral("provision"),
                               QJsonObject{{QStringLiteral("replicaAffinity"), false}}},
                              {QStringLiteral("replica"), QJsonObject()},
                              {QStringLiteral("replicaPoolInfo"), replicaPoolInfo}}},
                 {QStringLiteral("provision"),
                  QJsonObject{
                      {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("storage"), size}}},
                      {QStringLiteral("replicaCount"), rf}}},
             }},
            {QStringLiteral("status"),
             QJsonObject{
                 {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("storage"), size}}},
                 {QStringLiteral("phase"), QStringLiteral("Bound")},
                 {QStringLiteral("poolInfo"), poolInfo}}},
            {QStringLiteral("versionDetails"), versionDetails()},
        });
        objects.append(QJsonObject{
            {QStringLiteral("apiVersion"), kApi},
            {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), volume.name},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("uid"), cvUid},
                 {QStringLiteral("creationTimestamp"), created},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("openebs.io/persistent-volume"), volume.name},
                              {QStringLiteral("openebs.io/version"), kVersion}}},
                 {QStringLiteral("ownerReferences"),
                  QJsonArray{ownerRef(QStringLiteral("CStorVolumeConfig"), volume.name, cvcUid)}},
             }},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("capacity"), size},
                 {QStringLiteral("targetIP"), ip},
                 {QStringLiteral("targetPort"), QStringLiteral("3260")},
                 {QStringLiteral("targetPortal"), ip + QStringLiteral(":3260")},
                 {QStringLiteral("iqn"),
                  QStringLiteral("iqn.2016-09.com.openebs.cstor:") + volume.name},
                 {QStringLiteral("nodeBase"), QStringLiteral("iqn.2016-09.com.openebs.cstor")},
                 {QStringLiteral("replicationFactor"), rf},
                 {QStringLiteral("consistencyFactor"), rf / 2 + 1},
                 {QStringLiteral("desiredReplicationFactor"), rf},
                 {QStringLiteral("replicaDetails"),
                  QJsonObject{{QStringLiteral("knownReplicas"), known}}},
             }},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"), QStringLiteral("Healthy")},
                         {QStringLiteral("capacity"), size},
                         {QStringLiteral("replicaStatuses"), statuses},
                         {QStringLiteral("replicaDetails"),
                          QJsonObject{{QStringLiteral("knownReplicas"), known}}},
                         {QStringLiteral("lastTransitionTime"), created},
                         {QStringLiteral("lastUpdateTime"), created}}},
            {QStringLiteral("versionDetails"), versionDetails()},
        });
        objects += replicas;
    }
    return objects;
}

} // namespace Sim
