#include "models/sim/metrics/historypool.h"

#include "models/cstor/capacity.h"
#include "models/sim/store/objectstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Sim {

namespace {

const QString kCspiLabel = QStringLiteral("openebs.io/cstor-pool-instance");
const QString kCspcLabel = QStringLiteral("openebs.io/cstor-pool-cluster");
const QString kHostLabel = QStringLiteral("kubernetes.io/hostname");
const QString kRoThreshold = QStringLiteral("roThresholdLimit");
constexpr int kDefaultReadOnlyPercent = 85;

QJsonObject child(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

QJsonObject metadata(const QJsonObject &object)
{
    return child(object, QStringLiteral("metadata"));
}

QString label(const QJsonObject &object, const QString &key)
{
    return child(metadata(object), QStringLiteral("labels")).value(key).toString();
}

qint64 quantity(const QJsonObject &capacity, const QString &key)
{
    return Cstor::Capacity::parseQuantity(capacity.value(key).toString()).value_or(0);
}

// The CSPC's pool spec for `node`'s threshold, as the CSPC controller copies it into the CSPI.
int clusterThreshold(const QJsonObject &cspc, const QString &node)
{
    const QJsonArray pools =
        child(cspc, QStringLiteral("spec")).value(QLatin1String("pools")).toArray();
    for (const QJsonValue &value : pools) {
        const QJsonObject pool = value.toObject();
        if (child(pool, QStringLiteral("nodeSelector")).value(kHostLabel).toString() != node)
            continue;
        const QJsonValue limit = child(pool, QStringLiteral("poolConfig")).value(kRoThreshold);
        if (limit.isDouble())
            return limit.toInt();
    }
    return kDefaultReadOnlyPercent;
}

} // namespace

QList<HistoryPool> HistoryPool::readAll(const ObjectStore &store)
{
    QHash<QString, QString> podOfCspi; // "<ns>/<cspi>" -> the first pod by name
    for (const QJsonObject &pod : store.list(QStringLiteral("pods"))) {
        const QString cspi = label(pod, kCspiLabel);
        if (cspi.isEmpty())
            continue;
        const QJsonObject meta = metadata(pod);
        const QString key = meta.value(QLatin1String("namespace")).toString() + u'/' + cspi;
        if (!podOfCspi.contains(key))
            podOfCspi.insert(key, meta.value(QLatin1String("name")).toString());
    }

    QList<HistoryPool> pools;
    for (const QJsonObject &cspi : store.list(QStringLiteral("cstorpoolinstances"))) {
        const QJsonObject capacity =
            child(child(cspi, QStringLiteral("status")), QStringLiteral("capacity"));
        HistoryPool pool;
        pool.sizeBytes = quantity(capacity, QStringLiteral("total"));
        pool.usedBytes = quantity(capacity, QStringLiteral("used"));
        if (pool.sizeBytes <= 0)
            continue;
        const QJsonObject meta = metadata(cspi);
        pool.ns = meta.value(QLatin1String("namespace")).toString();
        pool.cspi = meta.value(QLatin1String("name")).toString();
        pool.cspc = label(cspi, kCspcLabel);
        pool.node = child(cspi, QStringLiteral("spec")).value(QLatin1String("hostName")).toString();
        if (pool.node.isEmpty())
            pool.node = label(cspi, kHostLabel);
        pool.pod = podOfCspi.value(pool.ns + u'/' + pool.cspi);
        const auto cspc = store.get(QStringLiteral("cstorpoolclusters"), pool.ns, pool.cspc);
        if (cspc)
            pool.cspcUid = metadata(*cspc).value(QLatin1String("uid")).toString();
        const QJsonValue limit =
            child(child(cspi, QStringLiteral("spec")), QStringLiteral("poolConfig"))
                .value(kRoThreshold);
        if (limit.isDouble())
            pool.readOnlyPercent = limit.toInt();
        else if (cspc)
            pool.readOnlyPercent = clusterThreshold(*cspc, pool.node);
        pools.append(pool);
    }
    return pools;
}

} // namespace Sim
