#include "models/sim/scenarios/objectbuilders.h"

#include "models/sim/store/simclock.h"

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

} // namespace Sim::ObjectBuilders
