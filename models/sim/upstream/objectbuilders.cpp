#include "models/sim/upstream/objectbuilders.h"

#include "models/sim/store/simclock.h"

#include <QJsonArray>
#include <QUuid>

namespace Sim::ObjectBuilders {

QString newUid(SimClock *clock)
{
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
}

QString newTargetIp(SimClock *clock)
{
    const quint64 r = clock->next64();
    return QStringLiteral("10.%1.%2.%3")
        .arg(96 + int(r % 16))
        .arg(int((r >> 8) % 256))
        .arg(int((r >> 16) % 254) + 1);
}

QJsonObject versionDetails()
{
    return QJsonObject{
        {QStringLiteral("autoUpgrade"), false},
        {QStringLiteral("desired"), kCstorVersion},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("current"), kCstorVersion},
                                               {QStringLiteral("dependentsUpgraded"), true}}}};
}

QJsonObject ownerReference(const QString &kind, const QString &name, const QString &uid)
{
    return QJsonObject{{QStringLiteral("apiVersion"), kCstorApi},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("uid"), uid},
                       {QStringLiteral("controller"), true},
                       {QStringLiteral("blockOwnerDeletion"), true}};
}

QJsonObject volumeLabels(const QString &volume)
{
    return QJsonObject{{QStringLiteral("openebs.io/persistent-volume"), volume},
                       {QStringLiteral("openebs.io/version"), kCstorVersion}};
}

QJsonObject volumeSpec(const QString &volume, const QString &capacity, const QString &ip,
                       int replicationFactor, int consistencyFactor, int desiredReplicationFactor,
                       const QJsonObject &knownReplicas)
{
    return QJsonObject{
        {QStringLiteral("capacity"), capacity},
        {QStringLiteral("targetIP"), ip},
        {QStringLiteral("targetPort"), QStringLiteral("3260")},
        {QStringLiteral("targetPortal"), ip + QStringLiteral(":3260")},
        {QStringLiteral("iqn"), QStringLiteral("iqn.2016-09.com.openebs.cstor:") + volume},
        {QStringLiteral("replicationFactor"), replicationFactor},
        {QStringLiteral("consistencyFactor"), consistencyFactor},
        {QStringLiteral("desiredReplicationFactor"), desiredReplicationFactor},
        {QStringLiteral("replicaDetails"),
         QJsonObject{{QStringLiteral("knownReplicas"), knownReplicas}}},
    };
}

QJsonObject cspiObject(const QString &ns, const QString &name, const QString &uid,
                       const QString &created, const QString &node, const QString &cspc,
                       const QString &cspcUid, const QJsonObject &poolSpec)
{
    QJsonObject poolConfig = poolSpec.value(QLatin1String("poolConfig")).toObject();
    if (!poolConfig.contains(QLatin1String("roThresholdLimit")))
        poolConfig.insert(QStringLiteral("roThresholdLimit"), 85);
    QJsonObject nodeSelector = poolSpec.value(QLatin1String("nodeSelector")).toObject();
    if (nodeSelector.isEmpty())
        nodeSelector.insert(QStringLiteral("kubernetes.io/hostname"), node);
    QJsonObject spec{{QStringLiteral("hostName"), node},
                     {QStringLiteral("nodeSelector"), nodeSelector},
                     {QStringLiteral("poolConfig"), poolConfig}};
    for (const QString &groups :
         {QStringLiteral("dataRaidGroups"), QStringLiteral("writeCacheRaidGroups")}) {
        if (poolSpec.contains(groups))
            spec.insert(groups, poolSpec.value(groups));
    }
    return QJsonObject{
        {QStringLiteral("apiVersion"), kCstorApi},
        {QStringLiteral("kind"), QStringLiteral("CStorPoolInstance")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("namespace"), ns},
             {QStringLiteral("uid"), uid},
             {QStringLiteral("creationTimestamp"), created},
             {QStringLiteral("finalizers"),
              QJsonArray{QStringLiteral("cstorpoolcluster.openebs.io/finalizer")}},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("kubernetes.io/hostname"), node},
                          {QStringLiteral("openebs.io/cas-type"), QStringLiteral("cstor")},
                          {QStringLiteral("openebs.io/cstor-pool-cluster"), cspc},
                          {QStringLiteral("openebs.io/version"), kCstorVersion}}},
             {QStringLiteral("ownerReferences"),
              QJsonArray{ownerReference(QStringLiteral("CStorPoolCluster"), cspc, cspcUid)}},
         }},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("versionDetails"), versionDetails()},
    };
}

} // namespace Sim::ObjectBuilders
